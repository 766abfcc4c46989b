'use client';

import { type ReactNode, useContext } from 'react';
import { PlanContext } from '@/components/planner/plan-context';
import { plural, pluralWord } from '@/components/ui/plural';
import { GPU_IDS, type GpuId, LAYOUT_IDS, type LayoutId } from '@/lib/catalog/ids';
import { LAYOUTS } from '@/lib/catalog/layouts';
import { PREFERRED_CIDRS } from '@/lib/design/auto-cidrs';
import { DEFAULT_DESIGN } from '@/lib/design/default-design';
import { DRAFT_FIELDS, PRICE_PATH_PREFIX } from '@/state/design-draft';
import { usePlannerStore } from '@/state/use-planner-store';
import {
  allowedFor,
  DesignCheckboxField,
  DesignSelectField,
  DesignTextField,
  fieldDomId,
} from './design-fields';
import {
  CONTROL_PLANE_NODE_OPTIONS,
  GPU_OPTIONS,
  LAYOUT_OPTIONS,
  MEDIA_POLICY_OPTIONS,
  migOptionsFor,
  PLACEMENT_OPTIONS,
  RACK_HEIGHT_OPTIONS,
  RACK_WIDTH_OPTIONS,
  WORKLOAD_OPTIONS,
} from './field-options';
import { PriceOverrides } from './price-overrides';
import { WorkerNodesField } from './worker-nodes-field';

const isGpu = (v: string): v is GpuId => (GPU_IDS as readonly string[]).includes(v);
const isLayout = (v: string): v is LayoutId => (LAYOUT_IDS as readonly string[]).includes(v);

function Group({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="group border-b border-slate-200 py-3 dark:border-slate-800">
      <summary className="cursor-pointer list-none text-xs font-semibold tracking-wide text-slate-700 uppercase select-none dark:text-slate-300">
        <span className="mr-1 inline-block transition-transform group-open:rotate-90" aria-hidden="true">
          ›
        </span>
        {title}
      </summary>
      <div className="mt-3 flex flex-col gap-3">{children}</div>
    </details>
  );
}

/** Errors the fields do not show themselves (cross-field rules without a field, the document). */
/** Moves focus to a field of the form (and scrolls it into view); false when the field is not shown. */
function focusField(path: string): boolean {
  const field = document.getElementById(fieldDomId(path));
  if (!field) return false;
  field.scrollIntoView({ block: 'center' });
  field.focus();
  return true;
}

/** One entry per field that needs attention (its first message), in the order the checks found them. */
function useFieldProblems() {
  const errors = usePlannerStore((s) => s.errors);
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.path) && Boolean(seen.add(e.path)));
}

/**
 * Names every field that needs attention, each a button that jumps to it; problems of fields the
 * form does not show (e.g. a whole-document problem) are listed as text.
 */
function ValidityBanner() {
  const problems = useFieldProblems();
  if (problems.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="design-invalid"
      className="mb-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <p className="font-semibold">
        {plural(problems.length, 'field')} {pluralWord(problems.length, 'needs', 'need')} attention. The views
        show the last valid design.
      </p>
      <ul className="mt-1 flex flex-col gap-1">
        {problems.map((e) => (
          <li key={e.path}>
            {Object.hasOwn(DRAFT_FIELDS, e.path) || e.path.startsWith(PRICE_PATH_PREFIX) ? (
              <button
                type="button"
                className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                onClick={() => focusField(e.path)}
                data-testid={`design-invalid-jump-${e.path}`}
              >
                {e.message}
              </button>
            ) : (
              <span>{e.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Everything the user chooses, grouped as the RA presents it; every entry is kept as typed. */
export function DesignPanel() {
  const gpuText = usePlannerStore((s) => s.draft.values.gpu);
  const layoutText = usePlannerStore((s) => s.draft.values.layout);
  const gpu: GpuId = isGpu(gpuText) ? gpuText : 'rtx-pro-6000';
  const layoutSummary = isLayout(layoutText) ? LAYOUTS[layoutText].summary : undefined;
  const gpuName = GPU_OPTIONS.find((o) => o.value === gpu)?.label ?? gpu;
  // The planned design shows what "auto" resolves to.
  const planned = useContext(PlanContext);

  return (
    <form
      aria-label="Design"
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-col px-4 pb-8"
      data-restorable
    >
      <h2 className="pt-3 pb-1 text-sm font-semibold">Design</h2>
      <ValidityBanner />
      <Group title="Compute">
        <DesignSelectField path="gpu" options={GPU_OPTIONS} />
        <DesignSelectField path="layout" options={LAYOUT_OPTIONS} hint={layoutSummary} />
        <WorkerNodesField />
        <DesignSelectField path="workload" options={WORKLOAD_OPTIONS} />
        <DesignSelectField
          path="migProfile"
          options={migOptionsFor(gpu)}
          staleLabel={(value) => `${value} (not on ${gpuName})`}
        />
      </Group>
      <Group title="Kubernetes">
        <DesignSelectField
          path="controlPlane.nodes"
          options={CONTROL_PLANE_NODE_OPTIONS}
          hint="One spare server is always kept for rolling repaves (RA Hardware resources)."
        />
        <DesignSelectField path="controlPlane.placement" options={PLACEMENT_OPTIONS} />
        <DesignTextField path="namespaces" numeric />
        <DesignTextField
          path="maxPodsPerNode"
          numeric
          hint={`${allowedFor('maxPodsPerNode')}: a node's /24 holds 254.`}
        />
      </Group>
      <Group title="Network">
        <DesignCheckboxField
          path="sriov"
          hint="Hardware isolation for multi-tenancy, about 20% slower than a shared RDMA device (RA)."
        />
        <DesignTextField
          path="podCidr"
          placeholder={`auto: ${planned?.kubernetes.podCidr ?? PREFERRED_CIDRS.podCidr}`}
          hint="Empty: the planner keeps the RA's 100.64.0.0/12 while it fits, and grows it when it does not."
        />
        <DesignTextField
          path="serviceCidr"
          placeholder={`auto: ${planned?.kubernetes.serviceCidr ?? PREFERRED_CIDRS.serviceCidr}`}
        />
        <DesignTextField
          path="eastWestCidr"
          placeholder={`auto: ${planned?.network.eastWestCidr ?? PREFERRED_CIDRS.eastWestCidr}`}
          hint="Spectrum-X switchport prefixes and the Network Operator CIDRPools; empty: the planner's choice."
        />
        <DesignCheckboxField
          path="pointToPointPorts"
          hint="Only for single-tenant designs where every GPU has its own SuperNIC (1-2-3-400, no MIG, no SR-IOV); RA Network configuration."
        />
        <h3 className="pt-1 text-xs font-semibold text-slate-700 dark:text-slate-300">Site subnets</h3>
        <DesignTextField
          path="underlayCidr"
          placeholder={DEFAULT_DESIGN.underlayCidr}
          hint="SN5610 loopbacks (/32) and leaf-spine links (/31)."
        />
        <DesignTextField
          path="oobCidr"
          placeholder={DEFAULT_DESIGN.oobCidr}
          hint="Every BMC, BlueField and switch management 1GbE port."
        />
        <DesignTextField
          path="managementCidr"
          placeholder={DEFAULT_DESIGN.managementCidr}
          hint="MAAS PXE: every node's InternalIP."
        />
        <DesignTextField
          path="northSouthCidr"
          placeholder={DEFAULT_DESIGN.northSouthCidr}
          hint="Every node's DPU address, and the MetalLB pool at the top."
        />
        <DesignTextField
          path="loadBalancerAddresses"
          numeric
          hint={`MetalLB addresses for LoadBalancer services, ${allowedFor('loadBalancerAddresses')}.`}
        />
      </Group>
      <Group title="Racks and cabling">
        <DesignSelectField path="physical.rackHeightU" options={RACK_HEIGHT_OPTIONS} />
        <DesignSelectField path="physical.rackWidthMm" options={RACK_WIDTH_OPTIONS} />
        <DesignTextField path="physical.rackPowerBudgetKW" numeric hint="The RA's racks draw around 40 kW." />
        <DesignTextField
          path="physical.racksPerRow"
          numeric
          hint={`Floor plan: ${allowedFor('physical.racksPerRow')}; a data-hall row holds 10 to 12.`}
        />
        <DesignTextField
          path="physical.rackDepthMm"
          numeric
          hint={`${allowedFor('physical.rackDepthMm')}.`}
        />
        <DesignTextField
          path="physical.aisleWidthMm"
          numeric
          hint={`Between rows (hot and cold aisles), ${allowedFor('physical.aisleWidthMm')}.`}
        />
        <DesignSelectField path="physical.mediaPolicy" options={MEDIA_POLICY_OPTIONS} />
        <DesignTextField path="physical.slackPerEndM" numeric />
        <DesignTextField path="physical.trayHeightM" numeric />
      </Group>
      <Group title="Price overrides (USD)" open={false}>
        <PriceOverrides />
      </Group>
    </form>
  );
}
