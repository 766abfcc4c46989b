import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { restorePreviousDesign } from './design-actions';
import { loadDesignCheck } from './design-check-loader';
import { PREVIOUS_DESIGN_KEY } from './startup';
import { type FakeStorage, fakeLocalStorage } from './test-support/fake-storage';
import { plannerStore } from './use-planner-store';
import { applySizedDesign, SIZED_DESIGN_NOTICE } from './workload-actions';

// The store checks drafts once the checks are loaded (the app loads them at start-up).
beforeAll(async () => {
  await loadDesignCheck();
});

let storage: FakeStorage;
const state = () => plannerStore.getState();
const notice = (id: string) => state().notices.find((n) => n.id === id);

beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('window', { localStorage: storage });
  state().loadDesign(DEFAULT_DESIGN);
  state().setTab('workload');
  for (const n of state().notices) state().dismissNotice(n.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('applySizedDesign', () => {
  it('replaces the design in one click, opens the Summary, and the replaced design can be restored', () => {
    state().setField('workerNodes', '40');
    const sized = aDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', workerNodes: 2 });
    applySizedDesign(sized, 'h200-nvl/1-2-2-200');
    expect(state().design).toEqual(sized);
    expect(state().draft.values.workerNodes).toBe('2');
    expect(state().activeTab).toBe('summary');
    expect(notice(SIZED_DESIGN_NOTICE)).toMatchObject({
      tone: 'info',
      title: 'Using the sized design h200-nvl/1-2-2-200',
      action: 'restore-previous',
    });
    expect(notice(SIZED_DESIGN_NOTICE)?.detail).toBe(
      '2 worker nodes; the design you had is kept and can be restored.',
    );
    expect(storage.items.has(PREVIOUS_DESIGN_KEY)).toBe(true);

    restorePreviousDesign(SIZED_DESIGN_NOTICE);
    expect(state().design).toEqual(aDesign({ workerNodes: 40 }));
  });

  it('the design already on screen: nothing kept, nothing to restore', () => {
    applySizedDesign(DEFAULT_DESIGN, 'rtx-pro-6000/1-4-3-200');
    expect(state().design).toEqual(DEFAULT_DESIGN);
    expect(storage.items.has(PREVIOUS_DESIGN_KEY)).toBe(false);
    expect(notice(SIZED_DESIGN_NOTICE)?.action).toBeUndefined();
    expect(notice(SIZED_DESIGN_NOTICE)?.detail).toBe('It is the design you already had (64 worker nodes).');
  });
});
