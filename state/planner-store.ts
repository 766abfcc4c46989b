/**
 * The one planner store. Two slices kept apart (as tldraw keeps document and session apart):
 * - design: the draft text of every field, the last valid DesignInput and the validation errors. This
 *   is the only part that is persisted and shared; the ClusterPlan is derived from `design`, never stored.
 * - ui: active tab, theme, selection, expanded topology groups, network toggles, notices (session only).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CostInputId } from '@/lib/cost/cost-to-run';
import { DEFAULT_DESIGN } from '@/lib/design/default-design';
import {
  addScenario,
  EMPTY_SCENARIO_SET,
  removeScenario,
  renameScenario,
  type Scenario,
  type ScenarioEdit,
  type ScenarioSet,
  setBaselineScenario,
} from '@/lib/design/scenario-set';
import type { DesignInput, FieldError } from '@/lib/design/schema';
import type { AssumptionId } from '@/lib/workload/assumptions';
import { type DesignCheck, loadDesignCheck, loadedDesignCheck } from './design-check-loader';
import { applyPendingEdits, type DesignDraft, type DraftField, designToDraft } from './design-draft';
import {
  type CustomModelField,
  DEFAULT_WORKLOAD_DRAFT,
  type WorkloadDraft,
  type WorkloadField,
} from './workload-form';

export const TAB_IDS = [
  'summary',
  'topology',
  'racks',
  'network',
  'kubernetes',
  'workload',
  'compare',
  'bom',
  'exports',
] as const;
export type TabId = (typeof TAB_IDS)[number];

export type Theme = 'light' | 'dark';

export type NoticeTone = 'info' | 'warning' | 'error';
export type NoticeAction = 'restore-previous';

export interface Notice {
  id: string;
  tone: NoticeTone;
  title: string;
  detail: string;
  action?: NoticeAction;
}

export interface DesignSlice {
  /** The last valid design: what the plan and the views show. */
  design: DesignInput;
  /** What the user typed, field by field. */
  draft: DesignDraft;
  /** Problems of the draft, by field path; empty when the draft is the design. */
  errors: FieldError[];
  /** Designs kept side by side (at most 4) and the baseline: persisted and shared with the design. */
  comparison: ScenarioSet;
}

export interface UiSlice {
  activeTab: TabId;
  theme: Theme;
  /** Device selected in the rack view (placed device name). */
  selectedDevice: string | null;
  /** Topology node whose links are highlighted (flow node id). */
  selectedNode: string | null;
  /** Topology nodes shown opened (flow ids): server groups as their servers, switch blocks as their switches. */
  expandedGroups: string[];
  showNorthSouth: boolean;
  showOob: boolean;
  notices: Notice[];
  /** The Workload view's form (session only: the design it leads to is what is kept). */
  workload: WorkloadDraft;
  /** The cost-to-run card's inputs as typed, by input id; absent or empty = the default. */
  costInputs: Partial<Record<CostInputId, string>>;
  /** False until the stored design and any share link were read (client only). */
  hydrated: boolean;
}

export interface PlannerActions {
  setField: (path: DraftField, text: string) => void;
  setPrice: (partId: string, text: string) => void;
  /** Replaces the design (reset, share link, restore); pending edits are laid over it. */
  loadDesign: (design: DesignInput, pendingEdits?: Record<string, string>) => void;
  resetToReference: () => void;
  setTab: (tab: TabId) => void;
  setTheme: (theme: Theme) => void;
  selectDevice: (name: string | null) => void;
  selectNode: (id: string | null) => void;
  toggleGroup: (id: string) => void;
  collapseAllGroups: () => void;
  setShowNorthSouth: (show: boolean) => void;
  setShowOob: (show: boolean) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  markHydrated: () => void;
  setWorkloadField: (field: WorkloadField, text: string) => void;
  setCustomModelField: (field: CustomModelField, text: string) => void;
  /** An assumption override as typed; empty text or null goes back to the default. */
  setAssumptionOverride: (id: AssumptionId, text: string | null) => void;
  resetWorkload: () => void;
  setCostInput: (id: CostInputId, text: string) => void;
  resetCostInputs: () => void;
  /** Adds a scenario; refused (the set unchanged) when full, its name is taken or it is already there. */
  addScenario: (scenario: Scenario) => ScenarioResult;
  removeScenario: (index: number) => void;
  renameScenario: (index: number, name: string) => ScenarioResult;
  setBaselineScenario: (index: number) => ScenarioResult;
  /** Replaces the scenarios (a share link, a design file, a restore). */
  loadScenarios: (set: ScenarioSet) => void;
}

export type ScenarioResult = { ok: true } | { ok: false; message: string };

export type PlannerState = DesignSlice & UiSlice & PlannerActions;

function designSliceFor(
  check: DesignCheck,
  draft: DesignDraft,
  lastValid: DesignInput,
): Omit<DesignSlice, 'comparison'> {
  const { design, errors } = check.evaluateDraft(draft, lastValid);
  return { design: design ?? lastValid, draft, errors };
}

/** The reference design is valid by definition: resetting to it needs no check. */
const referenceSlice = (): Omit<DesignSlice, 'comparison'> => ({
  design: DEFAULT_DESIGN,
  draft: designToDraft(DEFAULT_DESIGN),
  errors: [],
});

export function createPlannerStore(initialDesign: DesignInput = DEFAULT_DESIGN): StoreApi<PlannerState> {
  return createStore<PlannerState>()((set, get) => {
    /** Checks the current draft against the last valid design; once the checks are loaded. */
    function recheck() {
      const check = loadedDesignCheck();
      if (check) set(designSliceFor(check, get().draft, get().design));
    }
    /** The draft, checked now when the checks are here, otherwise kept as typed and checked on arrival. */
    function editDraft(draft: DesignDraft) {
      const check = loadedDesignCheck();
      if (check) return set(designSliceFor(check, draft, get().design));
      set({ draft });
      void loadDesignCheck().then(recheck);
    }
    return {
      design: initialDesign,
      draft: designToDraft(initialDesign),
      errors: [],
      comparison: EMPTY_SCENARIO_SET,
      activeTab: 'summary',
      theme: 'light',
      selectedDevice: null,
      selectedNode: null,
      expandedGroups: [],
      showNorthSouth: false,
      showOob: false,
      notices: [],
      workload: DEFAULT_WORKLOAD_DRAFT,
      costInputs: {},
      hydrated: false,

      setField: (path, text) => {
        const { draft } = get();
        editDraft({ ...draft, values: { ...draft.values, [path]: text } });
      },
      setPrice: (partId, text) => {
        const { draft } = get();
        editDraft({ ...draft, prices: { ...draft.prices, [partId]: text } });
      },
      loadDesign: (design, pendingEdits = {}) => {
        const check = loadedDesignCheck();
        if (!check) {
          void loadDesignCheck().then(() => get().loadDesign(design, pendingEdits));
          return;
        }
        // A loaded design that cannot be planned (a site subnet too small, say) shows its errors in the
        // form, while the views keep the last design that plans.
        const lastValid = check.validatePlannable(design).success ? design : get().design;
        set({
          ...designSliceFor(check, applyPendingEdits(design, pendingEdits), lastValid),
          ...clearedSelection,
        });
      },
      resetToReference: () => {
        set({ ...referenceSlice(), ...clearedSelection });
      },
      setTab: (activeTab) => set({ activeTab }),
      setTheme: (theme) => set({ theme }),
      selectDevice: (selectedDevice) => set({ selectedDevice }),
      selectNode: (selectedNode) => set({ selectedNode }),
      toggleGroup: (id) => {
        const groups = get().expandedGroups;
        set({ expandedGroups: groups.includes(id) ? groups.filter((g) => g !== id) : [...groups, id] });
      },
      collapseAllGroups: () => set({ expandedGroups: [] }),
      setShowNorthSouth: (showNorthSouth) => set({ showNorthSouth }),
      setShowOob: (showOob) => set({ showOob }),
      addNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      markHydrated: () => set({ hydrated: true }),
      setWorkloadField: (field, text) => {
        const w = get().workload;
        set({ workload: { ...w, values: { ...w.values, [field]: text } } });
      },
      setCustomModelField: (field, text) => {
        const w = get().workload;
        set({ workload: { ...w, custom: { ...w.custom, [field]: text } } });
      },
      setAssumptionOverride: (id, text) => {
        const w = get().workload;
        const assumptions = { ...w.assumptions };
        if (text === null || text.trim() === '') delete assumptions[id];
        else assumptions[id] = text;
        set({ workload: { ...w, assumptions } });
      },
      resetWorkload: () => set({ workload: DEFAULT_WORKLOAD_DRAFT }),
      setCostInput: (id, text) => set({ costInputs: { ...get().costInputs, [id]: text } }),
      resetCostInputs: () => set({ costInputs: {} }),
      addScenario: (scenario) => commit(set, addScenario(get().comparison, scenario)),
      removeScenario: (index) => set({ comparison: removeScenario(get().comparison, index) }),
      renameScenario: (index, name) => commit(set, renameScenario(get().comparison, index, name)),
      setBaselineScenario: (index) => commit(set, setBaselineScenario(get().comparison, index)),
      loadScenarios: (comparison) => set({ comparison }),
    };
  });
}

/** Keeps an accepted scenario edit; a refused one changes nothing and says why. */
function commit(set: (partial: Partial<PlannerState>) => void, edit: ScenarioEdit): ScenarioResult {
  if (!edit.ok) return edit;
  set({ comparison: edit.set });
  return { ok: true };
}

/** Selections name devices of one plan; a new design starts with none. */
const clearedSelection = {
  selectedDevice: null,
  selectedNode: null,
  expandedGroups: [],
} satisfies Partial<UiSlice>;
