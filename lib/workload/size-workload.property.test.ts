import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GPU_IDS, LAYOUT_IDS } from '../catalog/ids';
import { validateDesign } from '../design/schema';
import { assertProperty } from '../design/test-support/seeds';
import { planCluster } from '../plan/plan-cluster';
import { MIG_MODE_IDS, MODEL_IDS, PRECISION_IDS } from './ids';
import { MODELS } from './models';
import { MAX_CONTEXT_TOKENS, type SizingRequestInput } from './request';
import { sizeWorkload } from './size-workload';
import type { SizingAnswer } from './types';

/** Runs per seed: each request plans up to 6 designs. */
const RUNS = 25;

function answer(request: SizingRequestInput): SizingAnswer {
  const r = sizeWorkload(request);
  if (!r.success) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** Inference requests over the catalog, sized to keep each plan small (at most a few hundred nodes). */
const inferenceArb = fc.record({
  model: fc.constantFrom(...MODEL_IDS),
  precision: fc.constantFrom(...PRECISION_IDS),
  kvCachePrecision: fc.constantFrom('bf16' as const, 'fp8' as const),
  contextTokens: fc.integer({ min: 1, max: 32_768 }),
  users: fc.integer({ min: 1, max: 400 }),
  mig: fc.constantFrom(...MIG_MODE_IDS),
  gpu: fc.option(fc.constantFrom(...GPU_IDS), { nil: undefined }),
  layout: fc.option(fc.constantFrom(...LAYOUT_IDS), { nil: undefined }),
  tokensPerSecondPerUser: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
});

/** Per option id: GPUs when it fits, null when it does not. */
function gpusByOption(a: SizingAnswer): Map<string, number | null> {
  return new Map(a.options.map((o) => [o.id, o.fits ? o.gpus : null]));
}

/** `larger` never needs fewer GPUs than `smaller` on any GPU/layout, and fits only where `smaller` does. */
function neverFewer(smaller: SizingAnswer, larger: SizingAnswer): void {
  const small = gpusByOption(smaller);
  for (const [id, big] of gpusByOption(larger)) {
    if (big === null) continue;
    const s = small.get(id);
    expect(s, `${id} fits the larger workload but not the smaller`).not.toBeNull();
    expect(s ?? Number.POSITIVE_INFINITY, id).toBeLessThanOrEqual(big);
  }
}

describe('sizeWorkload properties', () => {
  it('more users never need fewer GPUs', () => {
    assertProperty(
      fc.property(inferenceArb, fc.integer({ min: 0, max: 400 }), (request, extra) => {
        neverFewer(answer(request), answer({ ...request, users: request.users + extra }));
      }),
      RUNS,
    );
  });

  it('a longer context never needs fewer GPUs', () => {
    assertProperty(
      fc.property(inferenceArb, fc.integer({ min: 0, max: 32_768 }), (request, extra) => {
        const longer = Math.min(
          request.contextTokens + extra,
          MODELS[request.model].maxContextTokens ?? MAX_CONTEXT_TOKENS,
        );
        neverFewer(answer(request), answer({ ...request, contextTokens: longer }));
      }),
      RUNS,
    );
  });

  it('a longer training sequence never needs fewer GPUs', () => {
    const trainingArb = fc.record({
      task: fc.constantFrom('lora' as const, 'qlora' as const, 'full-finetune' as const),
      model: fc.constantFrom(
        'llama-3.1-8b' as const,
        'llama-3.1-70b' as const,
        'mixtral-8x7b' as const,
        'gpt-oss-20b' as const,
      ),
      contextTokens: fc.integer({ min: 1, max: 16_384 }),
      layout: fc.constantFrom(...LAYOUT_IDS),
    });
    assertProperty(
      fc.property(trainingArb, fc.integer({ min: 0, max: 16_384 }), (request, extra) => {
        const longer = Math.min(
          request.contextTokens + extra,
          MODELS[request.model].maxContextTokens ?? MAX_CONTEXT_TOKENS,
        );
        neverFewer(answer(request), answer({ ...request, contextTokens: longer }));
      }),
      RUNS,
    );
  });

  it('a recommended design passes validateDesign and planCluster and holds the model in every replica', () => {
    const requestArb = fc.oneof(
      inferenceArb,
      fc.record({
        task: fc.constantFrom('lora' as const, 'qlora' as const, 'full-finetune' as const),
        model: fc.constantFrom(...MODEL_IDS),
        contextTokens: fc.integer({ min: 256, max: 16_384 }),
        training: fc.record({ tokens: fc.integer({ min: 1e6, max: 1e10 }) }),
      }),
    );
    assertProperty(
      fc.property(requestArb, (request) => {
        const a = answer(request);
        if (a.recommended === null) return;
        expect(validateDesign(a.recommended).success).toBe(true);
        const plan = planCluster(a.recommended);
        const best = a.options.find((o) => o.id === a.recommendation?.optionId);
        expect(best?.design).toEqual(a.recommended);
        expect(plan.compute.totalGpus).toBeGreaterThanOrEqual(a.gpus);
        const r = a.replica;
        expect(r).not.toBeNull();
        if (!r) return;
        // Per-replica memory within per-replica usable GPU memory, and on every GPU of it.
        expect(r.fits).toBe(true);
        expect(r.perGpu.totalGB).toBeLessThanOrEqual(r.perGpu.usableGB);
        expect(r.memoryGB).toBeLessThanOrEqual(r.usableGB);
        // The parts add up to the per-GPU total (rounding to 0.01 GB per part).
        const parts =
          r.perGpu.weightsGB +
          r.perGpu.kvCacheGB +
          r.perGpu.activationsGB +
          r.perGpu.optimizerStatesGB +
          r.perGpu.overheadGB;
        expect(Math.abs(parts - r.perGpu.totalGB)).toBeLessThan(0.05);
        // A replica is whole GPUs of one design (or one MIG slice of the design's profile).
        expect(r.migProfile).toBe(a.recommended.migProfile);
        expect(plan.compute.gpuMemoryGB).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
