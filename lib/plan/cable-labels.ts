/**
 * Cable labels: one identifier per physical cable, on a label at each of its ends that names both
 * ends by rack, U, device and port, the near end first (as TIA-606-B writes a cable's two ends).
 *
 * The identifier is the cable's A end, which is always a switch port: the switch's name without its
 * rack-and-U prefix ("leaf-1") and the port the cable plugs into ("swp5"; for a splitter the one 800G
 * cage that holds its legs swp5s0 and swp5s1), so "leaf-1:swp5". A switch port holds one cable, so
 * the identifiers are unique. They depend neither on placement (rack and U shift as racks fill) nor
 * on the plan's running cable count (`Cable.id`, "oob-0042", which numbers cables in order, so adding
 * a worker renumbers the OOB cables of every later rack): growing the cluster keeps the label of
 * every cable whose switch and switch port stay the same.
 */
import { must } from '../util/must';
import type { Cable, ClusterPlan, Endpoint, NetworkId } from './types';

/** One end of a cable as printed: rack, U (lowest U of the device), device name, port. */
export interface LabelEnd {
  rack: string;
  u: number;
  device: string;
  port: string;
}

/** A label to print and stick on one end of a cable. */
export interface CableEndLabel {
  label: string;
  cableId: string;
  network: NetworkId;
  /** "A" (the switch end), "B" (a straight cable's other end), or "B1"/"B2" (a splitter's legs). */
  end: string;
  here: LabelEnd;
  /** The other end(s): a splitter's A end reaches one device port per leg. */
  far: LabelEnd[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "a02-u20-leaf-1" in rack A02 -> "leaf-1": the name without the rack and U it starts with. */
export function shortName(end: Pick<Endpoint, 'device' | 'rack'>): string {
  const prefix = new RegExp(`^${escapeRegExp(end.rack.toLowerCase())}-u\\d+-`);
  return prefix.test(end.device) ? end.device.replace(prefix, '') : end.device;
}

/** The switch cage a port is in: "swp5s1" (leg 1 of a split cage) -> "swp5"; other ports unchanged. */
export function cagePort(port: string): string {
  return port.replace(/^(swp\d+)s\d+$/, '$1');
}

const firstLeg = (cable: Cable) => {
  const leg = cable.legs[0];
  if (!leg) throw new Error(`cable ${cable.id} has no legs`);
  return leg;
};

/** The cable's identifier: its A-end switch and switch port, "leaf-1:swp5". */
export function cableLabel(cable: Cable): string {
  const { a } = firstLeg(cable);
  return `${shortName(a)}:${cagePort(a.port)}`;
}

const labelEnd = (e: Endpoint, port = e.port): LabelEnd => ({ rack: e.rack, u: e.u, device: e.device, port });

/** The A end as plugged in (a splitter's cage), and each leg's B end. */
export function cableEnds(cable: Cable): { a: LabelEnd; b: LabelEnd[] } {
  const { a } = firstLeg(cable);
  return { a: labelEnd(a, cagePort(a.port)), b: cable.legs.map((leg) => labelEnd(leg.b)) };
}

/** One line per end for a label or a list: "A01 U10 gpu-001 nic1". */
export function endText(end: LabelEnd): string {
  return `${end.rack} U${end.u} ${shortName(end)} ${end.port}`;
}

/**
 * The labels of one cable: its A end (the switch, reaching every leg's B end), then one per leg's
 * B end (reaching the switch sub-port of its leg, "swp5s0", which says which breakout it is).
 */
export function cableEndLabels(cable: Cable): CableEndLabel[] {
  const label = cableLabel(cable);
  const { a, b } = cableEnds(cable);
  const base = { label, cableId: cable.id, network: cable.network };
  const splitter = cable.legs.length > 1;
  return [
    { ...base, end: 'A', here: a, far: b },
    ...cable.legs.map((leg, i) => ({
      ...base,
      end: splitter ? `B${i + 1}` : 'B',
      here: labelEnd(leg.b),
      far: [labelEnd(leg.a)],
    })),
  ];
}

/** Every label of the plan, cable by cable in the plan's order, A end first. */
export function planEndLabels(plan: ClusterPlan): CableEndLabel[] {
  return plan.cabling.cables.flatMap(cableEndLabels);
}

/** A rack's cables: every cable with an end in it (one between two racks is listed in both). */
export interface RackCableRuns {
  rack: string;
  cables: Cable[];
}

/** The cable run list grouped by rack, racks in floor order, cables in the plan's order. */
export function cableRunsByRack(plan: ClusterPlan): RackCableRuns[] {
  const byRack = new Map<string, Cable[]>(plan.racks.map((r) => [r.name, []]));
  for (const cable of plan.cabling.cables) {
    const racks = new Set(cable.legs.flatMap((leg) => [leg.a.rack, leg.b.rack]));
    for (const rack of racks) must(byRack.get(rack), `rack ${rack} of cable ${cable.id}`).push(cable);
  }
  return plan.racks.map((r) => ({ rack: r.name, cables: must(byRack.get(r.name), `rack ${r.name}`) }));
}
