/**
 * Read-outs of a plan shared by the Summary, the headline and the comparison: switch counts by
 * role, cables by media, servers by kind. No sizing rule lives here; these only read or count what
 * the plan already decided (moved down from components/summary so compare reads the same facts).
 */
import { CABLE_MEDIA_IDS, type CableMediaId } from '../catalog/ids';
import type { ClusterPlan, DeviceKind } from '../plan/types';

export interface MediaCount {
  media: CableMediaId;
  count: number;
}

/** Cable counts in the RA's media order (DAC, ACC, AEC, fiber, then the OOB's Cat6), including zeros. */
export function cablesByMedia(plan: ClusterPlan): MediaCount[] {
  return CABLE_MEDIA_IDS.map((media) => ({ media, count: plan.cabling.byMedia[media]?.count ?? 0 }));
}

export interface SwitchCounts {
  leaf: number;
  spine: number;
  /** 3-tier fabrics only (beyond the RA). */
  superSpine: number;
  northSouth: number;
  oob: number;
  /** Every switch of the design: east-west leaves, spines and super-spines, north-south and out-of-band. */
  total: number;
}

/** The plan's switch counts of each network, and their sum. */
export function switchCounts(plan: ClusterPlan): SwitchCounts {
  const leaf = plan.fabric.leafSwitches;
  const spine = plan.fabric.spineSwitches;
  const superSpine = plan.fabric.superSpineSwitches;
  const northSouth = plan.northSouth.switches;
  const oob = plan.oob.switches;
  return { leaf, spine, superSpine, northSouth, oob, total: leaf + spine + superSpine + northSouth + oob };
}

export interface ServerCounts {
  /** GPU worker servers (SYS-212GB-FNR). */
  gpuWorkers: number;
  /** Physical control-plane servers (0 with virtual control-plane nodes). */
  controlPlane: number;
  /** The spare kept for rolling repaves (RA Hardware resources), when physical. */
  spare: number;
  total: number;
}

const SERVER_KINDS: Record<Exclude<keyof ServerCounts, 'total'>, DeviceKind> = {
  gpuWorkers: 'gpu-server',
  controlPlane: 'control-plane-server',
  spare: 'spare-server',
};

/** Servers placed in the racks, by kind: what the floor holds and the BOM prices. */
export function serverCounts(plan: ClusterPlan): ServerCounts {
  const counts = { gpuWorkers: 0, controlPlane: 0, spare: 0 };
  const byKind = new Map(
    Object.entries(SERVER_KINDS).map(([key, kind]) => [kind, key as keyof typeof counts]),
  );
  for (const rack of plan.racks) {
    for (const device of rack.devices) {
      const key = byKind.get(device.kind);
      if (key) counts[key] += 1;
    }
  }
  return { ...counts, total: counts.gpuWorkers + counts.controlPlane + counts.spare };
}
