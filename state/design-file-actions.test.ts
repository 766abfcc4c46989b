import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDesignFile, serializeDesignFile } from '@/lib/design/design-file';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { restorePreviousDesign } from './design-actions';
import { loadDesignCheck } from './design-check-loader';
import {
  applyDesignFile,
  FILE_DAMAGED_NOTICE,
  FILE_OPENED_NOTICE,
  saveDesignFile,
} from './design-file-actions';
import { PREVIOUS_DESIGN_KEY } from './startup';
import { type FakeStorage, fakeLocalStorage } from './test-support/fake-storage';
import { plannerStore } from './use-planner-store';

// The store checks drafts once the checks are loaded (the app loads them at start-up).
beforeAll(async () => {
  await loadDesignCheck();
});

let storage: FakeStorage;
const state = () => plannerStore.getState();
const notice = (id: string) => state().notices.find((n) => n.id === id);
const fileOf = (workerNodes: number) => parseDesignFile(serializeDesignFile(aDesign({ workerNodes })));

beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('window', { localStorage: storage });
  state().loadDesign(DEFAULT_DESIGN);
  for (const n of state().notices) state().dismissNotice(n.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saveDesignFile', () => {
  it('downloads the last valid design as a design file named after the workers', () => {
    state().setField('workerNodes', '48');
    const download = vi.fn();
    saveDesignFile(download, new Date('2025-03-01T12:00:00Z'));
    expect(download).toHaveBeenCalledOnce();
    const [text, fileName] = download.mock.calls[0]!;
    expect(fileName).toBe('ai-factory-design-48-nodes.json');
    expect(parseDesignFile(text)).toEqual({ success: true, data: aDesign({ workerNodes: 48 }) });
    expect(JSON.parse(text).savedAt).toBe('2025-03-01T12:00:00.000Z');
    expect(state().notices).toEqual([]);
  });

  it('says which edits are not in the file when fields have errors', () => {
    state().setField('workerNodes', '48');
    state().setField('podCidr', 'nope');
    const download = vi.fn();
    saveDesignFile(download);
    expect(parseDesignFile(download.mock.calls[0]![0])).toMatchObject({
      data: { podCidr: DEFAULT_DESIGN.podCidr },
    });
    expect(notice('file-saved')).toMatchObject({ tone: 'warning' });
    expect(notice('file-saved')?.detail).toContain('1 field has an error and is not in the file');
  });
});

describe('applyDesignFile', () => {
  it('replaces the design like a share link, and the replaced one can be restored', () => {
    state().setField('workerNodes', '40');
    state().setField('podCidr', '100.64.0.1/12');
    applyDesignFile('team.json', fileOf(12));
    expect(state().design).toEqual(aDesign({ workerNodes: 12 }));
    expect(state().errors).toEqual([]);
    expect(notice(FILE_OPENED_NOTICE)).toMatchObject({
      tone: 'info',
      title: 'Opened "team.json"',
      action: 'restore-previous',
    });
    expect(storage.items.has(PREVIOUS_DESIGN_KEY)).toBe(true);

    restorePreviousDesign(FILE_OPENED_NOTICE);
    expect(state().design.workerNodes).toBe(40);
    expect(state().draft.values.podCidr).toBe('100.64.0.1/12');
    expect(notice(FILE_OPENED_NOTICE)).toBeUndefined();
  });

  it('offers no restore when the file holds the design already open', () => {
    applyDesignFile('same.json', fileOf(64));
    expect(notice(FILE_OPENED_NOTICE)?.detail).toBe('It holds the design you already had.');
    expect(notice(FILE_OPENED_NOTICE)?.action).toBeUndefined();
    expect(storage.items.has(PREVIOUS_DESIGN_KEY)).toBe(false);
  });

  it('passes on the notice of a migrated file', () => {
    applyDesignFile('old.json', {
      success: true,
      data: aDesign({ workerNodes: 8 }),
      notice: 'It was migrated.',
    });
    expect(notice(FILE_OPENED_NOTICE)?.detail).toMatch(/can be restored\. It was migrated\.$/);
  });

  it('changes nothing for a bad file, and says why', () => {
    state().setField('workerNodes', '40');
    state().setField('podCidr', 'nope');
    const before = { design: state().design, draft: state().draft, errors: state().errors };
    applyDesignFile('garbage.json', parseDesignFile('\u0000garbage'));
    expect({ design: state().design, draft: state().draft, errors: state().errors }).toEqual(before);
    expect(storage.items.size).toBe(0);
    expect(notice(FILE_DAMAGED_NOTICE)).toMatchObject({
      tone: 'error',
      title: '"garbage.json" could not be opened',
    });
    expect(notice(FILE_DAMAGED_NOTICE)?.detail).toBe(
      'It is not a design file: the text is not valid JSON. Nothing changed: your design is as it was.',
    );

    // A good file afterwards clears the error.
    applyDesignFile('good.json', fileOf(12));
    expect(notice(FILE_DAMAGED_NOTICE)).toBeUndefined();
  });

  it('shortens a very long file name in the notice', () => {
    applyDesignFile(`${'a'.repeat(200)}.json`, fileOf(12));
    expect(notice(FILE_OPENED_NOTICE)?.title.length).toBeLessThan(80);
    expect(notice(FILE_OPENED_NOTICE)?.title).toMatch(/…a+\.json"$/);
  });
});
