import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { createPlannerStore, TAB_IDS } from './planner-store';
import { DEFAULT_WORKLOAD_DRAFT } from './workload-draft';

describe('planner store: the Workload view and the cost-to-run inputs', () => {
  it('has a workload tab between Kubernetes and BOM, then the comparison', () => {
    expect(TAB_IDS).toEqual([
      'summary',
      'topology',
      'racks',
      'network',
      'kubernetes',
      'workload',
      'compare',
      'bom',
      'exports',
    ]);
  });

  it('keeps the workload form text, field by field, without touching the design', () => {
    const store = createPlannerStore(aDesign({ workerNodes: 8 }));
    const s = () => store.getState();
    s().setWorkloadField('users', '128');
    s().setCustomModelField('layers', '48');
    s().setAssumptionOverride('gpuMemoryUtilization', '0.92');
    expect(s().workload.values.users).toBe('128');
    expect(s().workload.values.contextTokens).toBe(DEFAULT_WORKLOAD_DRAFT.values.contextTokens);
    expect(s().workload.custom.layers).toBe('48');
    expect(s().workload.assumptions).toEqual({ gpuMemoryUtilization: '0.92' });
    s().setAssumptionOverride('gpuMemoryUtilization', '  ');
    expect(s().workload.assumptions).toEqual({});
    s().setAssumptionOverride('loraRank', '16');
    s().setAssumptionOverride('loraRank', null);
    expect(s().workload.assumptions).toEqual({});
    expect(s().design).toEqual(aDesign({ workerNodes: 8 }));
    s().resetWorkload();
    expect(s().workload).toEqual(DEFAULT_WORKLOAD_DRAFT);
  });

  it('keeps the cost inputs as typed, and resets them', () => {
    const store = createPlannerStore();
    store.getState().setCostInput('pue', '1.3');
    expect(store.getState().costInputs).toEqual({ pue: '1.3' });
    store.getState().resetCostInputs();
    expect(store.getState().costInputs).toEqual({});
  });
});
