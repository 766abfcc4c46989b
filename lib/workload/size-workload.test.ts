import { describe, expect, it } from 'vitest';
import { aDesign, validateDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { SizingRequestInput } from './request';
import { sizeWorkload } from './size-workload';
import type { SizingAnswer, SizingOption } from './types';

function answer(request: SizingRequestInput): SizingAnswer {
  const r = sizeWorkload(request);
  if (!r.success) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

function option(a: SizingAnswer, id: string): SizingOption {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
}

describe('sizeWorkload: inference, hand-checked against workload-sizing.md', () => {
  const llama70 = answer({ model: 'llama-3.1-70b', precision: 'fp8', contextTokens: 8192, users: 64 });

  it('reports the workload memory: 70.6 GB of FP8 weights, 64 x 2.68 GB of KV', () => {
    // §1.1: 70.6e9 x 1 B. §1.2: 8,192 x 327,680 = 2,684,354,560 B per user; x 64 = 171.8 GB.
    expect(llama70.memory.weightsGB).toBe(70.6);
    expect(llama70.memory.kvCacheBytesPerToken).toBe(327_680);
    expect(llama70.memory.kvCacheGBPerSequence).toBe(2.68);
    expect(llama70.memory.kvCacheGB).toBe(171.8);
    expect(llama70.memory.totalGB).toBe(242.4);
  });

  it('gives one option per GPU and layout, each with its design, cost and power from planCluster', () => {
    expect(llama70.options.map((o) => o.id)).toEqual([
      'rtx-pro-6000/1-2-2-200',
      'rtx-pro-6000/1-2-3-400',
      'rtx-pro-6000/1-4-3-200',
      'h200-nvl/1-2-2-200',
      'h200-nvl/1-2-3-400',
      'h200-nvl/1-4-3-200',
    ]);
    for (const o of llama70.options) {
      expect(o.design).not.toBeNull();
      if (!o.design) continue;
      const plan = planCluster(o.design);
      expect(o.totalUSD).toBe(plan.bom.totalUSD);
      expect(o.powerKW).toBe(plan.power.totalMaxKW);
      expect([o.design.gpu, o.design.layout, o.design.workerNodes]).toEqual([o.gpu, o.layout, o.workerNodes]);
    }
  });

  // H200 NVL, TP1: 136.26e9 usable - 70.6e9 - 3.76e9 = 61.9e9 -> 23 users, 3 replicas, 3 GPUs, 2 servers.
  // TP2 (NVLink pair): 136.26e9 - 35.3e9 - 4.19e9 = 96.77e9 / (8,192 x 163,840) = 72 users -> 1 replica.
  // At 64 users: TPOT = (35.3e9 + 64 x 1.342e9) / (4.8e12 x 0.6) = 42.08 ms = 23.76 tokens/s per user.
  it('H200 NVL 1-2-2-200: one TP2 replica on the NVLink pair, 1 server, ~23.8 tokens/s per user', () => {
    const o = option(llama70, 'h200-nvl/1-2-2-200');
    expect(o.fits).toBe(true);
    expect(o.replica).toMatchObject({ gpus: 2, tensorParallel: 2, pipelineParallel: 1, migProfile: null });
    expect(o.replica?.users).toMatchObject({ perReplica: 72, byMemory: 72, atLoad: 64 });
    expect([o.replicas, o.gpus, o.workerNodes, o.minimumReplicaGpus]).toEqual([1, 2, 1, 1]);
    expect(o.replica?.performance?.tokensPerSecondPerUser.value).toBe(23.8);
    expect(o.replica?.perGpu.weightsGB).toBe(35.3);
    expect(o.design).toMatchObject({
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      workerNodes: 1,
      migProfile: null,
    });
  });

  // RTX PRO, TP1: 92.38e9 - 70.6e9 - 3.76e9 = 18.02e9 -> 6 users. TP1 x PP2: per GPU 92.38 - 35.3 - 4.19 =
  // 52.89e9 / 1.342e9 = 39 users, but 10 tokens/s needs (35.3e9 + 19.5 x 1.342e9) x 2 / 958.2e9 <= 0.1 s:
  // 128 ms at 39 users, too slow; TP2: (35.3e9 + 39 x 1.342e9) / 958.2e9 = 91.5 ms, 39 users. 64 users:
  // 2 TP2 replicas, 4 GPUs: 1 server of 4 or 2 servers of 2.
  it('RTX PRO 6000: 2 replicas of TP2 (the per-user speed rules out PP2), 4 GPUs', () => {
    for (const [layout, servers] of [
      ['1-2-2-200', 2],
      ['1-4-3-200', 1],
    ] as const) {
      const o = option(llama70, `rtx-pro-6000/${layout}`);
      expect(o.replica).toMatchObject({ gpus: 2, tensorParallel: 2, pipelineParallel: 1 });
      expect(o.replica?.users?.perReplica).toBe(39);
      expect([o.replicas, o.gpus, o.workerNodes]).toEqual([2, 4, servers]);
    }
    expect(llama70.warnings.some((w) => w.code === 'tp-over-pcie')).toBe(true);
  });

  it('recommends the cheapest option that fits, as a design validateDesign and planCluster accept', () => {
    const fitting = llama70.options.filter((o) => o.fits && o.totalUSD !== null);
    const cheapest = Math.min(...fitting.map((o) => o.totalUSD ?? Number.POSITIVE_INFINITY));
    expect(llama70.recommendation?.optionId).toBe(fitting.find((o) => o.totalUSD === cheapest)?.id);
    expect(validateDesign(llama70.recommended).success).toBe(true);
    expect(() => planCluster(llama70.recommended ?? aDesign())).not.toThrow();
    expect(llama70.recommendation?.reasons[0]).toMatch(/cheapest of 6 options that fit/);
    // The top-level replica figures are the recommended option's.
    const best = option(llama70, llama70.recommendation?.optionId ?? '');
    expect([llama70.replica?.gpus, llama70.replicas, llama70.gpus]).toEqual([
      best.replica?.gpus,
      best.replicas,
      best.gpus,
    ]);
  });

  it('shows every assumption with its source and lets a request override it', () => {
    expect(llama70.assumptions.gpuMemoryUtilization).toMatchObject({ value: 0.9, overridden: false });
    expect(llama70.assumptions.gpuMemoryUtilization.source).toMatch(/gpu_memory_utilization/);
    const tighter = answer({
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 64,
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      assumptions: { gpuMemoryUtilization: 0.6 },
    });
    expect(tighter.assumptions.gpuMemoryUtilization).toMatchObject({ value: 0.6, overridden: true });
    // 151.4e9 x 0.6 = 90.84e9 - 35.3e9 - 4.19e9 = 51.35e9 / 1.342e9 = 38 users per TP2 replica: 2 replicas.
    expect(tighter.options[0]?.replica?.users?.perReplica).toBe(38);
    expect(tighter.options[0]?.replicas).toBe(2);
  });
});

describe('sizeWorkload: engine behaviours', () => {
  it('sizes fp4 at FP8 on the H200 NVL (no FP4 tensor cores) and keeps fp4 on the RTX PRO 6000', () => {
    const a = answer({ model: 'deepseek-v3', precision: 'fp4', contextTokens: 8192, users: 16 });
    for (const o of a.options) expect(o.precision).toBe(o.gpu === 'h200-nvl' ? 'fp8' : 'fp4');
    expect(a.warnings.filter((w) => w.code === 'fp4-no-compute').map((w) => w.optionId)).toEqual([
      'h200-nvl/1-2-2-200',
      'h200-nvl/1-2-3-400',
      'h200-nvl/1-4-3-200',
    ]);
    expect(a.warnings.some((w) => w.code === 'fp4-software-dependent')).toBe(true);
    // §5: "8x H200 NVL fits" at FP8 (TP2 x PP4, 88 GB per GPU); RTX PRO ">= 8 GPUs at NVFP4 with PP
    // across 2-4 servers" (PP8, 49.3 GB per GPU).
    const h200 = option(a, 'h200-nvl/1-4-3-200');
    expect(h200.replica).toMatchObject({ gpus: 8, tensorParallel: 2, pipelineParallel: 4, servers: 2 });
    expect(h200.replica?.perGpu.weightsGB).toBe(88);
    const rtx2 = option(a, 'rtx-pro-6000/1-2-2-200');
    expect(rtx2.replica).toMatchObject({ gpus: 8, tensorParallel: 1, pipelineParallel: 8, servers: 4 });
    expect(rtx2.replica?.perGpu.weightsGB).toBe(49.28);
    expect(option(a, 'rtx-pro-6000/1-4-3-200').workerNodes).toBe(2);
  });

  it('warns that VRAM is not pooled where a replica spans GPUs', () => {
    const a = answer({ model: 'deepseek-v3', precision: 'fp8', contextTokens: 4096, users: 4 });
    const w = a.warnings.filter((x) => x.code === 'vram-is-not-pooled');
    expect(w.length).toBe(2); // one per GPU
    expect(w[0]?.message).toMatch(/Summing VRAM across cards is not capacity/);
  });

  it('uses one MIG slice per replica for a small model with few users, and whole GPUs with mig off', () => {
    // Llama 8B BF16, 4K context, 2 users: a 1g.24gb slice holds 5 (replica.test.ts): 1 slice, 1 GPU,
    // as many GPUs as a whole-GPU replica.
    const request = { model: 'llama-3.1-8b', contextTokens: 4096, users: 2, gpu: 'rtx-pro-6000' } as const;
    const mig = answer(request);
    const o = mig.options[0];
    expect(o?.replica?.migProfile).toBe('1g.24gb');
    expect([o?.migSlices, o?.gpus, o?.workerNodes]).toEqual([1, 1, 1]);
    expect(o?.design?.migProfile).toBe('1g.24gb');
    expect(validateDesign(o?.design).success).toBe(true);
    expect(mig.warnings.some((w) => w.code === 'mig-one-replica-per-slice')).toBe(true);
    const whole = answer({ ...request, mig: 'off' });
    expect(whole.options[0]?.replica?.migProfile).toBeNull();
    expect(whole.options[0]?.design?.migProfile).toBeNull();
  });

  it('never splits a model across MIG slices: with MIG required, a model that needs 2 GPUs does not fit', () => {
    // Llama 70B BF16 is 141.2 GB: no slice (at most 47.4 GiB on RTX PRO, 71 GB on H200 besides whole GPUs) holds it.
    const a = answer({
      model: 'llama-3.1-70b',
      precision: 'bf16',
      contextTokens: 4096,
      users: 1,
      mig: 'require',
    });
    for (const o of a.options) {
      expect(o.fits).toBe(false);
      expect(o.design).toBeNull();
      expect(o.why[0]).toMatch(
        /MIG required, but no .* slice holds a whole replica.*never split across slices/,
      );
    }
    // With the default policy the same request gets whole GPUs and no MIG profile.
    const auto = answer({ model: 'llama-3.1-70b', precision: 'bf16', contextTokens: 4096, users: 1 });
    for (const o of auto.options) expect(o.design?.migProfile).toBeNull();
  });

  it('turns an unreachable per-user speed into an option that does not fit, with the reason', () => {
    // Llama 70B FP8 at batch 1 on H200 TP2: (35.3e9 + 2.68e9/2) / 2.88e12 = 12.7 ms, ~79 tokens/s: 500 is out of reach.
    const a = answer({
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 8,
      gpu: 'h200-nvl',
      tokensPerSecondPerUser: 500,
    });
    expect(a.options.every((o) => !o.fits)).toBe(true);
    expect(a.options[0]?.why[0]).toMatch(/no replica reaches 500 tokens\/s per user/);
    expect(a.recommended).toBeNull();
    expect(a.warnings.some((w) => w.code === 'no-option-fits' && w.severity === 'error')).toBe(true);
  });

  it('turns an unreachable time to first token into an option that does not fit', () => {
    // Llama 405B BF16, 32K prompt on H200 TP2: 2 x 405e9 x 32,768 + 2 x 126 x 32,768^2 x 16,384 = 3.1e16
    // FLOPs / (2 x 835e12 x 0.4) = ~46 s, far above 1 s.
    const a = answer({
      model: 'llama-3.1-405b',
      contextTokens: 32_768,
      users: 1,
      gpu: 'h200-nvl',
      timeToFirstTokenS: 1,
    });
    expect(a.options.every((o) => !o.fits)).toBe(true);
    expect(a.options[0]?.why[0]).toMatch(/time to first token/);
  });

  it('refuses a model no replica can hold and says so, however much memory the cluster has', () => {
    const a = answer({
      customModel: {
        name: 'huge',
        totalParamsB: 50_000,
        activeParamsB: 50_000,
        layers: 40,
        hiddenSize: 8192,
        attentionHeads: 64,
        attention: 'gqa',
        kvHeads: 8,
        headDim: 128,
      },
      contextTokens: 4096,
    });
    expect(a.recommended).toBeNull();
    expect(a.replica).toBeNull();
    expect(a.options.every((o) => !o.fits && o.design === null)).toBe(true);
    expect(a.options[0]?.why[0]).toMatch(/does not fit a replica of up to 64/);
    expect(
      a.warnings.some((w) => w.code === 'vram-is-not-pooled' && /however much GPU memory/.test(w.message)),
    ).toBe(true);
  });

  it('sizes a custom MLA model like the catalog one with the same facts', () => {
    const ds = answer({
      model: 'deepseek-v3',
      precision: 'fp8',
      contextTokens: 4096,
      users: 4,
      gpu: 'h200-nvl',
    });
    const custom = answer({
      customModel: {
        name: 'my MLA model',
        totalParamsB: 671,
        activeParamsB: 37,
        layers: 61,
        hiddenSize: 7168,
        attentionHeads: 128,
        attention: 'mla',
        mla: { kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128 },
        moe: { experts: 256, expertsPerToken: 8 },
      },
      precision: 'fp8',
      contextTokens: 4096,
      users: 4,
      gpu: 'h200-nvl',
    });
    expect(custom.modelId).toBe('custom');
    expect(custom.memory.kvCacheBytesPerToken).toBe(70_272);
    expect(custom.options.map((o) => o.gpus)).toEqual(ds.options.map((o) => o.gpus));
  });
});

describe('sizeWorkload: fine-tuning', () => {
  // Llama 3.1 8B, 4K tokens, checkpointing: activations 1.644e9 + logits 4.203e9 = 5.847e9; overhead
  // 3.9 GiB = 4.188e9 on 2+ GPUs. RTX PRO usable 0.9 x 102.64e9 = 92.38e9. K = 14:
  // N = 1: 18 x 8e9 = 144e9, no. N = 2, ZeRO-1: 4 x 8 + 14 x 8/2 = 88e9 + 10.03e9 = 98.03e9 > 92.38e9;
  // ZeRO-2: 2 x 8 + 16 x 8/2 = 80e9 + 10.03e9 = 90.03e9, fits. H200 (136.26e9 usable): ZeRO-1 at N = 2.
  // Time: 8 x 8e9 x 1e9 = 6.4e19 FLOPs / (2 x 467.8e12 x 0.4) = 47.5 h on RTX PRO; / (2 x 835e12 x 0.4) = 26.6 h.
  const full = answer({
    task: 'full-finetune',
    model: 'llama-3.1-8b',
    contextTokens: 4096,
    training: { tokens: 1e9 },
  });

  it('full fine-tuning Llama 8B: 2 RTX PRO with ZeRO-2, 2 H200 NVL with ZeRO-1', () => {
    const rtx = option(full, 'rtx-pro-6000/1-2-2-200');
    expect(rtx.training).toMatchObject({ method: 'full-finetune', sharding: 'zero-2', dataParallelGpus: 2 });
    expect(rtx.replica?.perGpu.totalGB).toBe(90.03);
    expect(rtx.replica?.perGpu.weightsGB).toBe(16);
    expect(rtx.replica?.perGpu.optimizerStatesGB).toBe(64);
    expect(rtx.training?.timePerEpochHours?.value).toBe(47.5);
    const h200 = option(full, 'h200-nvl/1-2-2-200');
    expect(h200.training).toMatchObject({ sharding: 'zero-1', dataParallelGpus: 2 });
    expect(h200.replica?.perGpu.totalGB).toBe(98.03);
    expect(h200.training?.timePerEpochHours?.value).toBe(26.61);
    // The unsharded workload: 16 GB weights + 16 x 8 = 128 GB gradients and optimizer + 5.85 GB activations.
    expect([full.memory.weightsGB, full.memory.optimizerStatesGB, full.memory.activationsGB]).toEqual([
      16, 128, 5.85,
    ]);
  });

  it('fine-tuning designs use the RA fine-tuning workload and pass validateDesign', () => {
    expect(full.recommended?.workload).toBe('fine-tuning');
    expect(validateDesign(full.recommended).success).toBe(true);
  });

  it('adds GPUs until a time budget per epoch is met', () => {
    // 47.5 h on 2 RTX PRO; 6 h needs 47.5 x 2 / 6 = 15.8 GPUs: 16 (powers of two), 5.94 h.
    const a = answer({
      task: 'full-finetune',
      model: 'llama-3.1-8b',
      contextTokens: 4096,
      gpu: 'rtx-pro-6000',
      layout: '1-4-3-200',
      training: { tokens: 1e9, targetHoursPerEpoch: 6 },
    });
    const o = a.options[0];
    expect(o?.training?.dataParallelGpus).toBe(16);
    expect(o?.workerNodes).toBe(4);
    expect(o?.training?.timePerEpochHours?.value).toBe(5.94);
  });

  it('QLoRA fits Llama 70B on one GPU: 36.7 GB NF4 base + adapters + activations', () => {
    // 70.6e9 x 0.52 = 36,712,000,000; adapters 32,768,000 x 16 = 524,288,000; activations
    // 2 x 4096 x 8192 x 80 + 34 x 4096 x 8192 = 6,509,559,808; logits 4096 x 128,256 x 8 = 4,202,692,608;
    // overhead 3.5 GiB = 3,758,096,384: 51,706,636,800 bytes = 51.71 GB.
    const a = answer({ task: 'qlora', model: 'llama-3.1-70b', contextTokens: 4096, gpu: 'rtx-pro-6000' });
    const o = a.options[0];
    expect(o?.training).toMatchObject({ method: 'qlora', sharding: 'none', dataParallelGpus: 1 });
    expect(o?.replica?.perGpu.totalGB).toBe(51.71);
    expect(o?.training?.trainableParamsB).toBeCloseTo(0.032_768, 6);
    expect(a.warnings.some((w) => w.code === 'training-time-needs-tokens')).toBe(true);
  });

  it('LoRA shards a base that one GPU cannot hold with ZeRO-3', () => {
    // Llama 70B BF16 base 141.2 GB > 92.4 GB usable: ZeRO-3 over 2 GPUs gives 70.6 GB + states.
    const a = answer({
      task: 'lora',
      model: 'llama-3.1-70b',
      contextTokens: 2048,
      gpu: 'rtx-pro-6000',
      layout: '1-2-2-200',
    });
    expect(a.options[0]?.training).toMatchObject({ sharding: 'zero-3', dataParallelGpus: 2 });
  });
});
