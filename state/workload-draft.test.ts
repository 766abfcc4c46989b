import { describe, expect, it } from 'vitest';
import { CUSTOM_MODEL, DEFAULT_WORKLOAD_DRAFT, type WorkloadDraft, workloadRequest } from './workload-draft';

/** A draft from the default with some fields changed (text, as typed). */
function aDraft(over: {
  values?: Partial<WorkloadDraft['values']>;
  custom?: Partial<WorkloadDraft['custom']>;
  assumptions?: WorkloadDraft['assumptions'];
}): WorkloadDraft {
  return {
    values: { ...DEFAULT_WORKLOAD_DRAFT.values, ...over.values },
    custom: { ...DEFAULT_WORKLOAD_DRAFT.custom, ...over.custom },
    assumptions: { ...over.assumptions },
  };
}

const errorsOf = (d: WorkloadDraft) =>
  Object.fromEntries(workloadRequest(d).errors.map((e) => [e.path, e.message]));

describe('workloadRequest', () => {
  it('the default form is the issue example: Llama 3.1 70B, FP8, 8,192 tokens, 64 users', () => {
    const r = workloadRequest(DEFAULT_WORKLOAD_DRAFT);
    expect(r.errors).toEqual([]);
    expect(r.request).toMatchObject({
      task: 'inference',
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 64,
      mig: 'auto',
    });
    expect(r.request?.gpu).toBeUndefined();
    expect(r.request?.training).toBeUndefined();
  });

  it('reads targets, filters and assumption overrides; thousands separators are fine', () => {
    const r = workloadRequest(
      aDraft({
        values: {
          users: '1,024',
          tokensPerSecondPerUser: '20',
          timeToFirstTokenS: '1.5',
          gpu: 'h200-nvl',
          layout: '1-2-2-200',
        },
        assumptions: { gpuMemoryUtilization: '0.92' },
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.request).toMatchObject({
      users: 1024,
      tokensPerSecondPerUser: 20,
      timeToFirstTokenS: 1.5,
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      assumptions: { gpuMemoryUtilization: 0.92 },
    });
  });

  it('puts each problem on the field the user typed', () => {
    expect(errorsOf(aDraft({ values: { contextTokens: '8k' } }))).toEqual({
      contextTokens: 'context length must be a number',
    });
    expect(errorsOf(aDraft({ values: { users: '0' } }))).toEqual({
      users: 'concurrent users must be at least 1 user',
    });
    expect(errorsOf(aDraft({ values: { contextTokens: '200000' } })).contextTokens).toMatch(
      /exceeds Llama 3.1 70B's 131,072-token context window/,
    );
    expect(
      errorsOf(aDraft({ assumptions: { gpuMemoryUtilization: '1.5' } }))['assumption.gpuMemoryUtilization'],
    ).toMatch(/must be at most 0.99/);
    expect(errorsOf(aDraft({ assumptions: { loraRank: 'eight' } }))).toEqual({
      'assumption.loraRank': 'loraRank must be a number',
    });
    expect(workloadRequest(aDraft({ values: { users: '0' } })).request).toBeNull();
  });

  it('fine-tuning: the training fields go in, the inference-only ones are left out', () => {
    const r = workloadRequest(
      aDraft({
        values: {
          task: 'lora',
          precision: 'bf16',
          tokensPerSecondPerUser: '20',
          trainingTokens: '1e8',
          targetHoursPerEpoch: '12',
          activationCheckpointing: 'false',
        },
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.request).toMatchObject({
      task: 'lora',
      training: { tokens: 1e8, targetHoursPerEpoch: 12, activationCheckpointing: false },
    });
    expect(r.request?.tokensPerSecondPerUser).toBeUndefined();
    expect(errorsOf(aDraft({ values: { task: 'qlora', precision: 'fp8' } }))).toEqual({
      precision: 'QLoRA trains on a 4-bit NF4 base: precision must be fp4 or left out',
    });
  });

  it('a custom model: GQA by default, MLA and MoE dimensions when chosen, errors on custom fields', () => {
    const gqa = workloadRequest(aDraft({ values: { model: CUSTOM_MODEL } }));
    expect(gqa.errors).toEqual([]);
    expect(gqa.request?.customModel).toMatchObject({
      totalParamsB: 13,
      layers: 40,
      kvHeads: 8,
      headDim: 128,
    });
    expect(gqa.request?.model).toBeUndefined();

    const mla = workloadRequest(
      aDraft({
        values: { model: CUSTOM_MODEL },
        custom: {
          attention: 'mla',
          totalParamsB: '100',
          activeParamsB: '10',
          experts: '64',
          expertsPerToken: '4',
        },
      }),
    );
    expect(mla.errors).toEqual([]);
    expect(mla.request?.customModel).toMatchObject({
      attention: 'mla',
      mla: { kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128 },
      moe: { experts: 64, expertsPerToken: 4 },
    });
    expect(mla.request?.customModel?.kvHeads).toBeUndefined();

    expect(errorsOf(aDraft({ values: { model: CUSTOM_MODEL }, custom: { kvHeads: '3' } }))).toEqual({
      'custom.kvHeads': 'attention heads must be a multiple of KV heads (grouped-query attention)',
    });
    expect(errorsOf(aDraft({ values: { model: CUSTOM_MODEL }, custom: { activeParamsB: '5' } }))).toEqual({
      'custom.activeParamsB': 'a dense model (no moe) activates all its parameters: active must equal total',
    });
    expect(errorsOf(aDraft({ values: { model: CUSTOM_MODEL }, custom: { layers: 'forty' } }))).toEqual({
      'custom.layers': 'layers must be a number',
    });
  });
});
