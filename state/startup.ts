/**
 * What the planner opens with: the design saved in this browser, a share link in the URL, or the RA
 * reference design, plus the notices that explain it. Pure (storage text in, decisions out) so every
 * path - damaged storage, a good link, a damaged or too-old link - has a unit test.
 */
import { EMPTY_SCENARIO_SET, type ScenarioSet } from '@/lib/design/scenarios';
import { DEFAULT_DESIGN, type DesignInput } from '@/lib/design/schema';
import { readShareFragment } from '@/lib/design/share-link';
import { type DecodedDesign, decodeDesignDocument } from '@/lib/design/storage-codec';
import type { Notice } from './planner-store';
import { DAMAGED_BACKUP_KEY, PREVIOUS_DESIGN_KEY, STORAGE_KEY } from './storage-keys';

export { DAMAGED_BACKUP_KEY, PREVIOUS_DESIGN_KEY, STORAGE_KEY };

export interface StartupInput {
  storedText: string | null;
  hash: string;
}

export interface StartupDecision {
  design: DesignInput;
  pendingEdits: Record<string, string>;
  notices: Notice[];
  /** Storage keys to write before the store starts persisting (backups). */
  backups: Record<string, string>;
  /** True when the URL carried a share link: remove it so a reload shows the saved design. */
  clearHash: boolean;
  /**
   * The scenarios to open with, when there are any: the link's when it holds some (a link without
   * scenarios leaves the saved ones as they are), otherwise the saved ones.
   */
  comparison?: ScenarioSet;
}

const sameScenarios = (a: ScenarioSet | undefined, b: ScenarioSet | undefined) =>
  JSON.stringify(a ?? EMPTY_SCENARIO_SET) === JSON.stringify(b ?? EMPTY_SCENARIO_SET);

/** One sentence on why a saved design or link cannot be opened. */
function describeFailure(result: Extract<DecodedDesign, { success: false }>): string {
  if (result.kind === 'too-old') {
    return `It was made by an older planner version that can no longer be read (${result.message})`;
  }
  if (result.kind === 'too-new')
    return `It was made by a newer planner version than this one (${result.message})`;
  return `It cannot be read: ${result.message}`;
}

/** "It holds 2 scenarios to compare (the Compare view)." */
export function scenariosSentence(set: ScenarioSet): string {
  const n = set.scenarios.length;
  return `It holds ${n} scenario${n === 1 ? '' : 's'} to compare (the Compare view).`;
}

export function resolveStartup({ storedText, hash }: StartupInput): StartupDecision {
  const stored = decodeDesignDocument(storedText);
  const link = readShareFragment(hash);
  const notices: Notice[] = [];
  const backups: Record<string, string> = {};

  let design: DesignInput = DEFAULT_DESIGN;
  let pendingEdits: Record<string, string> = {};
  let comparison: ScenarioSet | undefined;
  if (stored.success) {
    design = stored.design;
    pendingEdits = stored.pendingEdits;
    comparison = stored.scenarios;
  } else if (stored.kind !== 'empty' && storedText !== null) {
    backups[DAMAGED_BACKUP_KEY] = storedText;
    notices.push({
      id: 'stored-damaged',
      tone: 'warning',
      title: 'Your saved design could not be opened',
      detail: `${describeFailure(stored)}. The planner opened the RA reference design instead; the saved text is kept in this browser under "${DAMAGED_BACKUP_KEY}".`,
    });
  }

  if (link !== null) {
    if (link.success) {
      const replacesScenarios = link.scenarios !== undefined && !sameScenarios(link.scenarios, comparison);
      const replacesOwn =
        stored.success &&
        (JSON.stringify(stored.design) !== JSON.stringify(link.design) || replacesScenarios);
      if (replacesOwn && storedText !== null) backups[PREVIOUS_DESIGN_KEY] = storedText;
      design = link.design;
      pendingEdits = {};
      if (link.scenarios) comparison = link.scenarios;
      notices.push({
        id: 'link-opened',
        tone: 'info',
        title: 'Opened a shared design',
        detail: `${
          replacesOwn
            ? 'The link replaced the design you had; yours is kept and can be restored.'
            : 'The design from the link is now your working design.'
        }${link.scenarios ? ` ${scenariosSentence(link.scenarios)}` : ''}`,
        action: replacesOwn ? 'restore-previous' : undefined,
      });
    } else {
      const kept = stored.success ? 'your saved design is unchanged' : 'you see the RA reference design';
      notices.push({
        id: 'link-damaged',
        tone: 'error',
        title: 'This share link could not be opened',
        detail: `${describeFailure(link)}. Nothing was lost: ${kept}.`,
      });
    }
  }
  return {
    design,
    pendingEdits,
    notices,
    backups,
    clearHash: link !== null,
    ...(comparison ? { comparison } : {}),
  };
}

/** Reads the design (and the scenarios) kept before a share link, a file or a reset replaced it. */
export function readPreviousDesign(
  text: string | null,
): { design: DesignInput; pendingEdits: Record<string, string>; comparison: ScenarioSet } | null {
  const decoded = decodeDesignDocument(text);
  if (!decoded.success) return null;
  return {
    design: decoded.design,
    pendingEdits: decoded.pendingEdits,
    comparison: decoded.scenarios ?? EMPTY_SCENARIO_SET,
  };
}
