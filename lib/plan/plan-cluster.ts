import type { DesignInput } from '../design/schema';
import { planLogical } from './logical';
import { planPhysical } from './physical';
import type { ClusterPlan } from './types';
import { sortWarnings } from './warnings';

/**
 * The one entry point: a valid DesignInput in, the whole ClusterPlan out. Deterministic and pure.
 * Validate untrusted input with `validateDesign` first; this throws on an invalid design.
 */
export function planCluster(input: DesignInput): ClusterPlan {
  const logical = planLogical(input);
  // The validated design (CIDRs in canonical form) feeds the physical plan too.
  const physical = planPhysical(logical.input, logical);
  // The OOB switch count is the number the rack plan places (one fact).
  let oobPlaced = 0;
  for (const rack of physical.racks) for (const d of rack.devices) if (d.kind === 'sn2201') oobPlaced++;
  return {
    ...logical,
    oob: { ...logical.oob, switches: oobPlaced },
    racks: physical.racks,
    floor: physical.floor,
    cabling: physical.cabling,
    power: physical.power,
    bom: physical.bom,
    ipPlan: physical.ipPlan,
    // One list for every view and export, most severe first.
    warnings: sortWarnings([...logical.warnings, ...physical.warnings]),
  };
}
