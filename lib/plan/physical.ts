import type { PlannedDesign } from '../design/schema';
import { planBom } from './bom';
import { planCabling } from './cabling';
import { planIpPlan } from './ip-plan';
import { registerCableTable } from './plan-transfer';
import { planPower } from './power';
import { planRacks } from './racks';
import type { LogicalPlan, PhysicalPlan, PlanWarning } from './types';
import { info } from './warnings';

/** Said once per plan: what the physical plan leaves to the site's own network design. */
const OUT_OF_SCOPE = info(
  'uplinks-out-of-scope',
  "The cable plan covers every server port, leaf-spine link and 1GbE OOB port, but not the north-south switches' uplinks to the site core (their upper 32 ports, less the first switch's top ports that the control-plane nodes use) nor the SN2201 OOB switches' own uplinks: size and connect those with the site network.",
  'Network configuration',
);

/**
 * The physical plan (RA Network configuration): racks with every device's U position, every cable
 * with its ports, length, media, cost and power, per-rack power against the budget, and the BOM.
 * Pure and deterministic; linear in the number of devices and cables.
 */
export function planPhysical(input: PlannedDesign, logical: LogicalPlan): PhysicalPlan {
  const layout = planRacks(input, logical);
  // The later steps read the cable table, not the cable objects (built only when a reader asks).
  const { cabling, table, warnings: cablingWarnings } = planCabling(input, logical, layout);
  registerCableTable(cabling, table);
  const { racks, power, warnings: powerWarnings } = planPower(input, layout.racks, table);
  const bom = planBom(input, racks, table);
  const ipPlan = planIpPlan(input, logical, layout, table);
  const warnings: PlanWarning[] = [...powerWarnings, ...cablingWarnings, OUT_OF_SCOPE];
  return { racks, floor: layout.floor, cabling, power, bom, ipPlan, warnings };
}
