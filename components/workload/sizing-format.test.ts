import { describe, expect, it } from 'vitest';
import type { ReplicaSummary, SizingOption } from '@/lib/workload/types';
import { deploymentShort, deploymentText, formatRange, replicaShape } from './sizing-format';

const replica = (over: Partial<ReplicaSummary>) =>
  ({ gpus: 2, tensorParallel: 2, pipelineParallel: 1, migProfile: null, ...over }) as ReplicaSummary;
const option = (over: Partial<SizingOption>) =>
  ({ replica: replica({}), training: null, replicas: 2, gpus: 4, migSlices: 0, ...over }) as SizingOption;

describe('sizing-format', () => {
  it('ranges: the value, and the low-high span only when there is one', () => {
    expect(formatRange({ low: 11.6, value: 12.2, high: 16.3 })).toBe('12.2 (11.6–16.3)');
    expect(formatRange({ low: 3, value: 3, high: 3 })).toBe('3');
  });

  it('a replica: tensor x pipeline GPUs, or one MIG slice', () => {
    expect(replicaShape(replica({}))).toBe('2 GPUs, TP2 × PP1');
    expect(replicaShape(replica({ gpus: 1, tensorParallel: 1, migProfile: '2g.48gb' }))).toBe(
      '1 MIG slice 2g.48gb',
    );
  });

  it('a deployment: replicas x GPUs, MIG slices, or data-parallel training', () => {
    expect(deploymentText(option({}))).toBe('2 × 2 GPUs = 4 GPUs');
    expect(deploymentText(option({ replicas: 8, migSlices: 8, gpus: 2 }))).toBe(
      '8 replicas in 8 MIG slices on 2 GPUs',
    );
    expect(deploymentText(option({ replica: null }))).toBe('—');
    expect(
      deploymentText(option({ gpus: 8, training: { sharding: 'zero-3' } as SizingOption['training'] })),
    ).toBe('8 GPUs (zero-3, data parallel)');
  });

  it('the short form for the options table', () => {
    expect(deploymentShort(option({}))).toBe('2 × 2 GPUs');
    expect(
      deploymentShort(
        option({ replicas: 8, migSlices: 8, replica: replica({ gpus: 1, migProfile: '1g.24gb' }) }),
      ),
    ).toBe('8 × MIG 1g.24gb');
    expect(deploymentShort(option({ replica: null }))).toBe('');
  });
});
