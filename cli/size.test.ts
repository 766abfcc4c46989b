import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { MODEL_IDS } from '../lib/workload/ids';
import { parseSizeArgs, planArgsFor, runSize } from './size';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs the real command as a user would (`npx tsx cli/plan.ts ...`). */
function run(args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'cli/plan.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LLAMA_70B = ['--model', 'llama-3.1-70b', '--precision', 'fp8', '--context', '8192', '--users', '64'];

describe('npm run plan -- size (spawned)', () => {
  it('sizes Llama 3.1 70B FP8, 8,192 tokens, 64 users, and the recommended design plans back the same', () => {
    const r = run(['size', ...LLAMA_70B]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout);
    // workload-sizing.md §5: 70.6B parameters x 1 byte (FP8) = 70.6 GB of weights.
    expect(answer.memory.weightsGB).toBeCloseTo(70.6, 1);
    // §1.2: 2 x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 B/token; x 8,192 x 64 users = 171.8 GB.
    expect(answer.memory.kvCacheGB).toBeCloseTo((327_680 * 8192 * 64) / 1e9, 1);
    expect(answer.memory.totalGB).toBeCloseTo(answer.memory.weightsGB + answer.memory.kvCacheGB, 1);
    expect(answer.replica.gpus).toBeGreaterThanOrEqual(1);
    expect(answer.replicas).toBeGreaterThanOrEqual(1);
    expect(answer.gpus).toBe(answer.replicas * answer.replica.gpus);
    // Both GPUs x three layouts, each with its planned design, cost and power.
    expect(answer.options).toHaveLength(6);
    for (const o of answer.options) {
      expect(o).toHaveProperty('design');
      expect(o).toHaveProperty('workerNodes');
      expect(o).toHaveProperty('totalUSD');
      expect(o).toHaveProperty('powerKW');
      expect(Array.isArray(o.why)).toBe(true);
    }
    const best = answer.options.find((o: { id: string }) => o.id === answer.recommendation.optionId);
    expect(answer.recommended).toEqual(best.design);

    // The recommended design is one `plan` accepts: through the schema, and through the command.
    expect(validateDesign(answer.recommended).success).toBe(true);
    const inProcess = planCluster(answer.recommended);
    expect(inProcess.bom.totalUSD).toBe(best.totalUSD);
    expect(inProcess.power.totalMaxKW).toBe(best.powerKW);
    expect(answer.recommendedPlanArgs).toEqual(planArgsFor(answer.recommended));
    const planned = run(answer.recommendedPlanArgs);
    expect(planned.stderr).toBe('');
    expect(planned.status).toBe(0);
    const plan = JSON.parse(planned.stdout);
    expect(plan.compute.workerNodes).toBe(best.workerNodes);
    expect(plan.input.gpu).toBe(best.gpu);
    expect(plan.input.layout).toBe(best.layout);
    expect(plan.bom.totalUSD).toBe(best.totalUSD);
    expect(plan.power.totalMaxKW).toBe(best.powerKW);
  });

  it('bad flags: one line on stderr naming the flag, exit 2, nothing on stdout', () => {
    for (const [args, flag] of [
      [
        ['size', '--model', 'gpt-5', '--context', '8192'],
        /^plan size: --model: model must be one of llama-3.1-8b/,
      ],
      [
        ['size', '--model', 'llama-3.1-8b', '--context', 'lots'],
        /^plan size: --context: "lots" is not a number/,
      ],
      [['size', '--model', 'llama-3.1-8b'], /^plan size: --context: context length is required \(tokens\)/],
      [
        ['size', '--model', 'llama-3.1-8b', '--context', '8192', '--frobnicate'],
        /^plan size: unknown option --frobnicate/,
      ],
    ] as const) {
      const r = run([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(flag);
    }
  });

  it('--help lists the flags and the model ids', () => {
    const r = run(['size', '--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const flag of [
      '--model',
      '--precision',
      '--context',
      '--users',
      '--ttft',
      '--assume',
      '--mig',
      '--target-hours',
    ])
      expect(r.stdout).toContain(flag);
    for (const id of MODEL_IDS) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('gpuMemoryUtilization = 0.9');
  });
});

describe('parseSizeArgs', () => {
  const ok = (argv: string[]) => {
    const r = parseSizeArgs(argv);
    if (!r.ok || r.help) throw new Error(r.ok ? 'help' : r.message);
    return r.request;
  };
  const refused = (argv: string[]) => {
    const r = parseSizeArgs(argv);
    if (r.ok) throw new Error('accepted');
    return r.message;
  };

  it('maps every flag onto the request', () => {
    expect(
      ok([
        ...LLAMA_70B,
        '--kv-precision',
        'fp8',
        '--input-tokens',
        '4096',
        '--tokens-per-second-per-user',
        '20',
        '--ttft',
        '2',
        '--gpu',
        'h200-nvl',
        '--layout',
        '1-2-2-200',
        '--mig',
        'off',
        '--assume',
        'gpuMemoryUtilization=0.92',
        '--assume',
        'runtimeOverheadGiB=2',
      ]),
    ).toMatchObject({
      task: 'inference',
      model: 'llama-3.1-70b',
      precision: 'fp8',
      kvCachePrecision: 'fp8',
      contextTokens: 8192,
      inputTokens: 4096,
      users: 64,
      tokensPerSecondPerUser: 20,
      timeToFirstTokenS: 2,
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      mig: 'off',
      assumptions: { gpuMemoryUtilization: 0.92, runtimeOverheadGiB: 2 },
    });
  });

  it('fine-tuning flags go into training', () => {
    expect(
      ok([
        '--task',
        'lora',
        '--model',
        'llama-3.1-8b',
        '--context',
        '4096',
        '--training-tokens',
        '1e8',
        '--target-hours',
        '12',
        '--no-checkpointing',
      ]),
    ).toMatchObject({
      task: 'lora',
      training: { tokens: 1e8, targetHoursPerEpoch: 12, activationCheckpointing: false },
    });
  });

  it('reads a custom model from JSON text or a file', () => {
    const arch = {
      name: 'my 13B',
      totalParamsB: 13,
      activeParamsB: 13,
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 40,
      attention: 'gqa',
      kvHeads: 40,
      headDim: 128,
    };
    expect(ok(['--custom-model', JSON.stringify(arch), '--context', '4096']).customModel).toMatchObject(arch);
    const file = join(mkdtempSync(join(tmpdir(), 'size-')), 'model.json');
    writeFileSync(file, JSON.stringify(arch));
    expect(ok(['--custom-model', `@${file}`, '--context', '4096']).customModel?.layers).toBe(40);
    expect(refused(['--custom-model', '{nope', '--context', '4096'])).toMatch(
      /^--custom-model: not valid JSON/,
    );
    expect(refused(['--custom-model', JSON.stringify({ ...arch, kvHeads: 3 }), '--context', '4096'])).toBe(
      '--custom-model kvHeads: attention heads must be a multiple of KV heads (grouped-query attention)',
    );
  });

  it('names the flag in every refusal', () => {
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', '--users', '0'])).toBe(
      '--users: concurrent users must be at least 1 user',
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context', '200000'])).toMatch(
      /^--context: context length 200,000 tokens exceeds Llama 3.1 8B's 131,072-token context window/,
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', '--gpu', 'a100'])).toBe(
      '--gpu: GPU must be one of rtx-pro-6000, h200-nvl',
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', '--assume', 'speed'])).toMatch(
      /^--assume: "speed" must be NAME=VALUE/,
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', '--assume', 'speed=3'])).toMatch(
      /^--assume: unknown assumption "speed"; use one of gpuMemoryUtilization,/,
    );
    expect(
      refused(['--model', 'llama-3.1-8b', '--context', '8192', '--assume', 'gpuMemoryUtilization=2']),
    ).toMatch(/^--assume gpuMemoryUtilization: assumption gpuMemoryUtilization .* must be at most 0.99/);
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', '--training-tokens', '5'])).toBe(
      '--training-tokens / --target-hours: training options apply to the lora, qlora and full-finetune tasks, not inference',
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context', '8192', 'extra'])).toMatch(
      /^unexpected argument "extra"/,
    );
    expect(refused(['--model', 'llama-3.1-8b', '--context'])).toBe(
      '--context: missing value (see size --help)',
    );
  });
});

describe('runSize', () => {
  it('prints nothing on stdout for a refusal', async () => {
    const r = await runSize(['--model', 'llama-3.1-8b', '--context', '-3']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^plan size: --context/),
    });
  });

  it('an answer where nothing fits has no recommended design and no plan arguments', async () => {
    const r = await runSize([
      '--model',
      'llama-3.1-405b',
      '--context',
      '8192',
      '--gpu',
      'rtx-pro-6000',
      '--assume',
      'maxReplicaGpus=1',
    ]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.recommended).toBeNull();
    expect(answer.recommendedPlanArgs).toBeNull();
    expect(answer.warnings.map((w: { code: string }) => w.code)).toContain('no-option-fits');
  });
});
