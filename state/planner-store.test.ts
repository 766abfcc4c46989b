import { beforeAll, describe, expect, it } from 'vitest';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { loadDesignCheck } from './design-check-loader';
import { createPlannerStore } from './planner-store';

// The store checks drafts once the checks are loaded (the app loads them at start-up).
beforeAll(async () => {
  await loadDesignCheck();
});

describe('planner store', () => {
  it('keeps the last valid design while a field is invalid, and the raw text', () => {
    const store = createPlannerStore();
    store.getState().setField('workerNodes', '48');
    expect(store.getState().design.workerNodes).toBe(48);
    store.getState().setField('podCidr', '100.64.0.0/40');
    const state = store.getState();
    expect(state.design.workerNodes).toBe(48);
    expect(state.design.podCidr).toBe(DEFAULT_DESIGN.podCidr);
    expect(state.draft.values.podCidr).toBe('100.64.0.0/40');
    expect(state.errors.map((e) => e.path)).toEqual(['podCidr']);
  });

  it('does not take other valid edits into the design while one field is invalid', () => {
    const store = createPlannerStore();
    store.getState().setField('podCidr', 'nope');
    store.getState().setField('workerNodes', '32');
    expect(store.getState().design.workerNodes).toBe(64);
    store.getState().setField('podCidr', '100.64.0.0/12');
    expect(store.getState().design.workerNodes).toBe(32);
    expect(store.getState().errors).toEqual([]);
  });

  it('loads a design with pending edits and resets to the reference', () => {
    const store = createPlannerStore();
    store.getState().selectDevice('r01-u03-gpu-001');
    store.getState().loadDesign(aDesign({ workerNodes: 16 }), { namespaces: 'many' });
    expect(store.getState().design.workerNodes).toBe(16);
    expect(store.getState().draft.values.namespaces).toBe('many');
    expect(store.getState().errors[0]?.path).toBe('namespaces');
    expect(store.getState().selectedDevice).toBeNull();
    store.getState().resetToReference();
    expect(store.getState().design).toEqual(DEFAULT_DESIGN);
    expect(store.getState().errors).toEqual([]);
  });

  it('toggles expanded topology groups and notices by id', () => {
    const store = createPlannerStore();
    store.getState().toggleGroup('g1');
    store.getState().toggleGroup('g2');
    store.getState().toggleGroup('g1');
    expect(store.getState().expandedGroups).toEqual(['g2']);
    store.getState().addNotice({ id: 'a', tone: 'info', title: 't', detail: 'd' });
    store.getState().addNotice({ id: 'a', tone: 'error', title: 't2', detail: 'd' });
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismissNotice('a');
    expect(store.getState().notices).toEqual([]);
  });
});
