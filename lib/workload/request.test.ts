import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../design/test-support/seeds';
import { parseSizingRequest } from './request';
import { sizeWorkload } from './size-workload';

const ok = { model: 'llama-3.1-8b', contextTokens: 8192 };

/** The errors of a request that must be refused. */
function errorsOf(value: unknown) {
  const r = sizeWorkload(value);
  if (r.success) throw new Error(`expected a refusal for ${JSON.stringify(value)}`);
  return r.errors;
}

describe('bad sizing requests: a clear message naming the field, nothing thrown', () => {
  it.each([
    ['not an object', 'hello', '', /sizing request must be an object/],
    ['an array', [], '', /sizing request must be an object/],
    ['no context length', { model: 'llama-3.1-8b' }, 'contextTokens', /context length is required/],
    [
      'a fractional context',
      { ...ok, contextTokens: 8192.5 },
      'contextTokens',
      /context length must be a whole number/,
    ],
    ['a text context', { ...ok, contextTokens: '8192' }, 'contextTokens', /context length must be a number/],
    [
      'zero context',
      { ...ok, contextTokens: 0 },
      'contextTokens',
      /context length must be at least 1 token$/,
    ],
    [
      'a context beyond the model',
      { ...ok, contextTokens: 200_000 },
      'contextTokens',
      /200,000 tokens exceeds Llama 3\.1 8B's 131,072-token context window/,
    ],
    ['no model', { contextTokens: 8192 }, 'model', /model is required: one of llama-3\.1-8b/],
    ['an unknown model', { ...ok, model: 'gpt-5' }, 'model', /model must be one of .*deepseek-v3/],
    ['zero users', { ...ok, users: 0 }, 'users', /concurrent users must be at least 1 user/],
    [
      'an unknown precision',
      { ...ok, precision: 'int4' },
      'precision',
      /precision must be one of bf16, fp8, fp4/,
    ],
    [
      'an unknown task',
      { ...ok, task: 'train' },
      'task',
      /task must be one of inference, lora, qlora, full-finetune/,
    ],
    ['an unknown GPU', { ...ok, gpu: 'h100' }, 'gpu', /GPU must be one of rtx-pro-6000, h200-nvl/],
    ['an unknown layout', { ...ok, layout: '1-8-5-400' }, 'layout', /layout must be one of/],
    ['an unknown MIG policy', { ...ok, mig: 'yes' }, 'mig', /MIG policy must be one of auto, require, off/],
    [
      'input longer than context',
      { ...ok, inputTokens: 9000 },
      'inputTokens',
      /input length cannot exceed the context/,
    ],
    ['a negative speed target', { ...ok, tokensPerSecondPerUser: -3 }, 'tokensPerSecondPerUser', /above 0/],
    [
      'a zero TTFT target',
      { ...ok, timeToFirstTokenS: 0 },
      'timeToFirstTokenS',
      /time to first token must be above 0/,
    ],
    ['an unknown field', { ...ok, gpus: 4 }, '', /unknown field: gpus/],
    [
      'full fine-tuning in fp8',
      { ...ok, task: 'full-finetune', precision: 'fp8' },
      'precision',
      /full fine-tuning is sized as BF16 mixed precision/,
    ],
    ['LoRA on a 4-bit base', { ...ok, task: 'lora', precision: 'fp4' }, 'precision', /use task qlora/],
    ['QLoRA in fp8', { ...ok, task: 'qlora', precision: 'fp8' }, 'precision', /4-bit NF4 base/],
    ['training options for inference', { ...ok, training: { tokens: 5 } }, 'training', /not inference/],
    [
      'a latency target for fine-tuning',
      { ...ok, task: 'lora', tokensPerSecondPerUser: 3 },
      'tokensPerSecondPerUser',
      /latency targets apply to inference/,
    ],
    ['training as a number', { ...ok, task: 'lora', training: 3 }, 'training', /training must be an object/],
    [
      'an out-of-range assumption',
      { ...ok, assumptions: { gpuMemoryUtilization: 1.5 } },
      'assumptions.gpuMemoryUtilization',
      /gpu_memory_utilization\)\) must be at most 0\.99/,
    ],
    [
      'an unknown assumption',
      { ...ok, assumptions: { bogus: 1 } },
      'assumptions',
      /unknown field in assumptions: bogus/,
    ],
    ['assumptions as text', { ...ok, assumptions: 'x' }, 'assumptions', /assumptions must be an object/],
    [
      'both a model and a custom model',
      {
        ...ok,
        customModel: {
          totalParamsB: 1,
          activeParamsB: 1,
          layers: 2,
          hiddenSize: 8,
          attentionHeads: 2,
          attention: 'gqa',
          kvHeads: 1,
          headDim: 4,
        },
      },
      'customModel',
      /either model .* or customModel, not both/,
    ],
    [
      'a custom model as text',
      { contextTokens: 10, customModel: 'big' },
      'customModel',
      /model architecture must be an object/,
    ],
  ])('%s', (_what, value, path, message) => {
    const errors = errorsOf(value);
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  const gqa = {
    totalParamsB: 7,
    activeParamsB: 7,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    attention: 'gqa',
    kvHeads: 8,
    headDim: 128,
  };

  it.each([
    [
      'KV heads missing for GQA',
      { ...gqa, kvHeads: undefined },
      'customModel.kvHeads',
      /KV heads are required for GQA/,
    ],
    [
      'heads not a multiple of KV heads',
      { ...gqa, kvHeads: 5 },
      'customModel.kvHeads',
      /multiple of KV heads/,
    ],
    [
      'MLA without its dimensions',
      { ...gqa, attention: 'mla', kvHeads: undefined },
      'customModel.mla',
      /MLA attention needs/,
    ],
    ['active above total', { ...gqa, activeParamsB: 8 }, 'customModel.activeParamsB', /cannot exceed total/],
    [
      'a dense model activating less',
      { ...gqa, activeParamsB: 3 },
      'customModel.activeParamsB',
      /dense model/,
    ],
    [
      'an MoE model activating everything',
      { ...gqa, moe: { experts: 8, expertsPerToken: 2 } },
      'customModel.activeParamsB',
      /activates fewer parameters/,
    ],
    ['zero layers', { ...gqa, layers: 0 }, 'customModel.layers', /at least 1 layer/],
    [
      'an unknown architecture field',
      { ...gqa, ropeTheta: 5e5 },
      'customModel',
      /unknown field in customModel: ropeTheta/,
    ],
  ])('custom model: %s', (_what, customModel, path, message) => {
    const errors = errorsOf({ contextTokens: 1024, customModel });
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('accepts a minimal request with the defaults filled in', () => {
    const r = parseSizingRequest(ok);
    expect(r.success && r.data).toMatchObject({
      task: 'inference',
      users: 1,
      kvCachePrecision: 'bf16',
      mig: 'auto',
    });
  });

  it('never throws on random input, and always answers or refuses with a field and a message', () => {
    assertProperty(
      fc.property(fc.anything(), (value) => {
        const r = sizeWorkload(value);
        if (!r.success) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message.length).toBeGreaterThan(5);
        }
      }),
      200,
    );
  });

  it('never throws on near-valid requests with wrong types and values in any field', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -10, max: 200_000 }),
      fc.double(),
      fc.string({ maxLength: 8 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('fp4', 'bf16', 'lora', 'qlora', 'h200-nvl', '1-4-3-200', 'require', 'off'),
    );
    const request = fc.record(
      {
        model: fc.oneof(fc.constantFrom('llama-3.1-8b', 'deepseek-v3', 'gpt-oss-20b', 'nope'), field),
        contextTokens: field,
        users: field,
        task: field,
        precision: field,
        gpu: field,
        layout: field,
        mig: field,
        inputTokens: field,
        tokensPerSecondPerUser: field,
        kvCachePrecision: field,
      },
      { requiredKeys: [] },
    );
    assertProperty(
      fc.property(request, (value) => {
        const r = sizeWorkload(value);
        if (!r.success) for (const e of r.errors) expect(typeof e.path).toBe('string');
      }),
      60,
    );
  });
});
