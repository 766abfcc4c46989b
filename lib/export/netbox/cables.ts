/**
 * Cables. NetBox's CSV cable import takes one termination per side (CableImportForm in
 * netbox/dcim/forms/bulk_import.py, v4.6.8), so a splitter (one 800G switch cage, two 400G or 200G
 * legs on the sub-ports swp5s0/swp5s1) becomes one NetBox cable per leg: each leg joins its own pair
 * of interfaces. The legs share the cable's printed label (lib/plan/cable-labels.ts, "leaf-1:swp5")
 * and sit in one cable bundle named after it, which is how NetBox groups the parts of one physical
 * cable. A straight cable is one NetBox cable, outside any bundle.
 */
import { CABLE_PARTS_BY_ID } from '../../catalog/cables';
import { cableLabel } from '../../plan/cable-labels';
import type { Cable, ClusterPlan, Endpoint } from '../../plan/types';
import { CABLE_STYLE, LENGTH_UNIT_M, PLANNED, TERMINATION_INTERFACE } from './choices';
import type { CABLE_BUNDLE_COLUMNS, CABLE_COLUMNS, Row } from './columns';
import { bundleName, clip, type SiteNames } from './names';

/** Fibre is multimode unless its catalog part says single-mode (the catalog has no mode field). */
function styleOf(cable: Cable): { type: string; color: string } {
  if (cable.media !== 'fiber') return CABLE_STYLE[cable.media];
  const part = CABLE_PARTS_BY_ID.get(cable.partId);
  return /single-mode/i.test(part?.description ?? '') ? CABLE_STYLE['fiber-sm'] : CABLE_STYLE.fiber;
}

const isSplitter = (cable: Cable): boolean => cable.legs.length > 1;

export function cableBundleRows(plan: ClusterPlan, names: SiteNames): Row<typeof CABLE_BUNDLE_COLUMNS>[] {
  return plan.cabling.cables.filter(isSplitter).map((cable) => ({
    name: bundleName(names.siteSlug, cableLabel(cable)),
    description: clip(`${cable.partNumber}, ${cable.network}: ${cable.legs.length} legs of one splitter`),
  }));
}

/** Both terminations of a leg: interfaces named by device and port, the site disambiguating names. */
function ends(a: Endpoint, b: Endpoint, site: string): Row<typeof CABLE_COLUMNS> {
  return {
    side_a_site: site,
    side_a_device: a.device,
    side_a_type: TERMINATION_INTERFACE,
    side_a_name: a.port,
    side_b_site: site,
    side_b_device: b.device,
    side_b_type: TERMINATION_INTERFACE,
    side_b_name: b.port,
  };
}

/** One record per leg; A is the switch end, as in the plan. */
export function cableRows(plan: ClusterPlan, names: SiteNames): Row<typeof CABLE_COLUMNS>[] {
  return plan.cabling.cables.flatMap((cable) => {
    const style = styleOf(cable);
    const splitter = isSplitter(cable);
    const label = cableLabel(cable);
    return cable.legs.map(
      (leg, i): Row<typeof CABLE_COLUMNS> => ({
        ...ends(leg.a, leg.b, names.site),
        type: style.type,
        status: PLANNED,
        bundle: splitter ? bundleName(names.siteSlug, label) : '',
        label,
        color: style.color,
        length: cable.lengthM,
        length_unit: LENGTH_UNIT_M,
        description: clip(
          `${cable.network}, ${cable.partNumber}, ${leg.speedGbps}G${splitter ? `, leg ${i + 1} of ${cable.legs.length}` : ''}`,
        ),
      }),
    );
  });
}
