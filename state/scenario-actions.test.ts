import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDesignFile, serializeDesignFile } from '@/lib/design/design-file';
import { EMPTY_SCENARIO_SET, type ScenarioSet } from '@/lib/design/scenarios';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { encodeShareFragment } from '@/lib/design/share-link';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { sizeWorkload } from '@/lib/workload/size-workload';
import { restorePreviousDesign } from './design-actions';
import { loadDesignCheck } from './design-check-loader';
import { applyDesignFile, FILE_OPENED_NOTICE, saveDesignFile } from './design-file-actions';
import { addOptionAsScenario, saveCurrentAsScenario, suggestedScenarioName } from './scenario-actions';
import { PREVIOUS_DESIGN_KEY, resolveStartup } from './startup';
import { type FakeStorage, fakeLocalStorage } from './test-support/fake-storage';
import { plannerStore } from './use-planner-store';

// The store checks drafts once the checks are loaded (the app loads them at start-up).
beforeAll(async () => {
  await loadDesignCheck();
});

let storage: FakeStorage;
const state = () => plannerStore.getState();
const names = () => state().comparison.scenarios.map((s) => s.name);

beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('window', { localStorage: storage });
  state().loadDesign(DEFAULT_DESIGN);
  state().loadScenarios(EMPTY_SCENARIO_SET);
  for (const n of state().notices) state().dismissNotice(n.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Save as scenario', () => {
  it('saves the current design under the suggested name, numbered when taken', () => {
    expect(suggestedScenarioName()).toBe('RTX PRO 6000 · 1-4-3-200 · 64 nodes');
    expect(saveCurrentAsScenario('')).toEqual({ ok: true, name: 'RTX PRO 6000 · 1-4-3-200 · 64 nodes' });
    state().setField('workerNodes', '32');
    expect(saveCurrentAsScenario('  Half  ')).toEqual({ ok: true, name: 'Half' });
    expect(state().comparison.scenarios[1]?.design).toEqual(aDesign({ workerNodes: 32 }));
    state().setField('workerNodes', '16');
    state().loadScenarios({
      scenarios: [
        ...state().comparison.scenarios,
        { name: 'RTX PRO 6000 · 1-4-3-200 · 16 nodes', design: DEFAULT_DESIGN },
      ],
      baseline: 0,
    });
    expect(suggestedScenarioName()).toBe('RTX PRO 6000 · 1-4-3-200 · 16 nodes (2)');
  });

  it('refuses a fifth scenario and the same design twice, changing nothing', () => {
    for (const n of [8, 16, 24, 32]) {
      state().setField('workerNodes', String(n));
      expect(saveCurrentAsScenario('').ok).toBe(true);
    }
    const before = state().comparison;
    state().setField('workerNodes', '40');
    expect(saveCurrentAsScenario('Fifth')).toEqual({
      ok: false,
      name: 'Fifth',
      message: 'at most 4 scenarios can be compared: remove one before adding "Fifth"',
    });
    expect(state().comparison).toBe(before);
    state().removeScenario(3);
    state().setField('workerNodes', '8');
    expect(saveCurrentAsScenario('Again')).toMatchObject({
      ok: false,
      message: expect.stringContaining('already scenario 1'),
    });
  });

  it('says when fields in error are not in the saved scenario', () => {
    state().setField('workerNodes', '48');
    state().setField('podCidr', 'nope');
    expect(saveCurrentAsScenario('Partly')).toEqual({
      ok: true,
      name: 'Partly',
      detail: 'the last valid design: 1 field has an error and is not in it',
    });
    expect(state().comparison.scenarios[0]?.design.workerNodes).toBe(48);
  });

  it('renames, removes and picks the baseline through the store', () => {
    saveCurrentAsScenario('A');
    state().setField('workerNodes', '32');
    saveCurrentAsScenario('B');
    expect(state().renameScenario(1, 'a')).toEqual({
      ok: false,
      message: 'the name "a" is already used by scenario 1',
    });
    expect(state().renameScenario(1, 'Half')).toEqual({ ok: true });
    expect(state().setBaselineScenario(1)).toEqual({ ok: true });
    expect(state().comparison.baseline).toBe(1);
    state().removeScenario(0);
    expect(names()).toEqual(['Half']);
    expect(state().comparison.baseline).toBe(0);
  });
});

describe('Add as scenario (a workload option)', () => {
  it('adds the option’s design with its throughput, named after the model and the option', () => {
    const r = sizeWorkload({ model: 'llama-3.1-8b', contextTokens: 4096, users: 8 });
    if (!r.success) throw new Error('sizing failed');
    const option = r.data.options.find((o) => o.fits && o.design);
    if (!option) throw new Error('an option fits');
    expect(addOptionAsScenario(r.data, option)).toEqual({ ok: true, name: `Llama 3.1 8B · ${option.id}` });
    const added = state().comparison.scenarios[0];
    expect(added?.design).toEqual(option.design);
    expect(added?.workload?.optionId).toBe(option.id);
    expect(addOptionAsScenario(r.data, option).ok).toBe(false);
  });
});

describe('scenarios in storage, share links and design files', () => {
  const two: ScenarioSet = {
    scenarios: [
      { name: 'A', design: DEFAULT_DESIGN },
      { name: 'B', design: aDesign({ workerNodes: 32 }) },
    ],
    baseline: 1,
  };

  it('start-up opens the saved scenarios', () => {
    const decision = resolveStartup({ storedText: encodeDesignDocument(DEFAULT_DESIGN, {}, two), hash: '' });
    expect(decision.comparison).toEqual(two);
  });

  it('a link with scenarios replaces them and keeps the saved document restorable; one without keeps them', () => {
    const storedText = encodeDesignDocument(DEFAULT_DESIGN, {}, two);
    const other: ScenarioSet = {
      scenarios: [{ name: 'C', design: aDesign({ workerNodes: 8 }) }],
      baseline: 0,
    };
    const withScenarios = resolveStartup({
      storedText,
      hash: `#${encodeShareFragment(DEFAULT_DESIGN, other)}`,
    });
    expect(withScenarios.comparison).toEqual(other);
    expect(withScenarios.backups).toEqual({ [PREVIOUS_DESIGN_KEY]: storedText });
    expect(withScenarios.notices[0]?.detail).toBe(
      'The link replaced the design you had; yours is kept and can be restored. It holds 1 scenario to compare (the Compare view).',
    );
    const plain = resolveStartup({
      storedText,
      hash: `#${encodeShareFragment(aDesign({ workerNodes: 8 }))}`,
    });
    expect(plain.comparison).toEqual(two);
  });

  it('a design file saves the scenarios; opening one replaces them, and Restore brings the old ones back', () => {
    state().loadScenarios(two);
    const download = vi.fn();
    saveDesignFile(download);
    const saved = parseDesignFile(download.mock.calls[0]?.[0]);
    expect(saved).toEqual({ success: true, data: DEFAULT_DESIGN, scenarios: two });

    const one: ScenarioSet = {
      scenarios: [{ name: 'Only', design: aDesign({ workerNodes: 8 }) }],
      baseline: 0,
    };
    applyDesignFile('one.json', parseDesignFile(serializeDesignFile(DEFAULT_DESIGN, { scenarios: one })));
    expect(state().comparison).toEqual(one);
    expect(plannerStore.getState().notices.find((n) => n.id === FILE_OPENED_NOTICE)?.detail).toBe(
      'It replaced the design you had; yours is kept and can be restored. It holds 1 scenario to compare (the Compare view).',
    );
    restorePreviousDesign(FILE_OPENED_NOTICE);
    expect(state().comparison).toEqual(two);

    // A file without scenarios leaves them as they are.
    applyDesignFile('plain.json', parseDesignFile(serializeDesignFile(aDesign({ workerNodes: 12 }))));
    expect(state().comparison).toEqual(two);
  });
});
