'use client';

import { type DesignFileResult, designFileName, serializeDesignFile } from '@/lib/design/design-file';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { writeStorage } from './browser-storage';
import { pendingEdits } from './design-draft';
import { PREVIOUS_DESIGN_KEY, scenariosSentence } from './startup';
import { plannerStore } from './use-planner-store';

export const FILE_OPENED_NOTICE = 'file-opened';
export const FILE_DAMAGED_NOTICE = 'file-damaged';
export const FILE_SAVED_NOTICE = 'file-saved';

/** Notices about the design a file replaces: their "Restore" would no longer bring back what they say. */
const SUPERSEDED_NOTICES = ['link-opened', 'reset', 'restore-failed'];

/**
 * Hands the last valid design and the scenarios, as a design file, to `download` (the browser download in the app).
 * Fields still in error cannot be in a valid file: the user is told, so nothing is left out silently.
 */
export function saveDesignFile(download: (text: string, fileName: string) => void, now: Date = new Date()) {
  const state = plannerStore.getState();
  const fileName = designFileName(state.design);
  download(serializeDesignFile(state.design, { savedAt: now, scenarios: state.comparison }), fileName);
  state.dismissNotice(FILE_SAVED_NOTICE);
  const skipped = state.errors.length;
  if (skipped > 0) {
    state.addNotice({
      id: FILE_SAVED_NOTICE,
      tone: 'warning',
      title: `Saved the last valid design as "${fileName}"`,
      detail: `${skipped} field${skipped === 1 ? ' has an error and is' : 's have errors and are'} not in the file. Fix ${skipped === 1 ? 'it' : 'them'} and save again to keep ${skipped === 1 ? 'that change' : 'those changes'}.`,
    });
  }
}

/**
 * Applies what was read from a design file. A good file replaces the design the way a share link does,
 * keeping the user's design restorable; a bad one only adds a notice saying why, and changes nothing.
 */
export function applyDesignFile(fileName: string, result: DesignFileResult) {
  const state = plannerStore.getState();
  const name = shortName(fileName);
  if (!result.success) {
    state.addNotice({
      id: FILE_DAMAGED_NOTICE,
      tone: 'error',
      title: `"${name}" could not be opened`,
      detail: `${result.error} Nothing changed: your design is as it was.`,
    });
    return;
  }
  const edits = pendingEdits(state.draft, state.design);
  // A file with scenarios replaces them; one without leaves the scenarios as they are.
  const replacesScenarios =
    result.scenarios !== undefined && JSON.stringify(result.scenarios) !== JSON.stringify(state.comparison);
  const replacesOwn =
    JSON.stringify(state.design) !== JSON.stringify(result.data) ||
    Object.keys(edits).length > 0 ||
    replacesScenarios;
  // Without storage the old design cannot be kept, so no "Restore" is offered.
  const kept =
    replacesOwn &&
    writeStorage(PREVIOUS_DESIGN_KEY, encodeDesignDocument(state.design, edits, state.comparison));
  state.loadDesign(result.data);
  if (result.scenarios) state.loadScenarios(result.scenarios);
  state.dismissNotice(FILE_DAMAGED_NOTICE);
  if (replacesOwn) for (const id of SUPERSEDED_NOTICES) state.dismissNotice(id);
  const outcome = !replacesOwn
    ? 'It holds the design you already had.'
    : kept
      ? 'It replaced the design you had; yours is kept and can be restored.'
      : 'It replaced the design you had.';
  state.addNotice({
    id: FILE_OPENED_NOTICE,
    tone: 'info',
    title: `Opened "${name}"`,
    detail: [outcome, result.scenarios ? scenariosSentence(result.scenarios) : '', result.notice ?? '']
      .filter(Boolean)
      .join(' '),
    action: kept ? 'restore-previous' : undefined,
  });
}

/** File names come from the user's disk: keep notices readable whatever their length. */
function shortName(fileName: string): string {
  return fileName.length > 60 ? `${fileName.slice(0, 40)}…${fileName.slice(-16)}` : fileName;
}
