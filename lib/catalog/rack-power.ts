import type { RackHeightU, RackWidthMm } from './ids';
import { estimate, type Source } from './source';

/**
 * Rack enclosures and rack PDUs. The RA names neither ("around 40kW per rack" is its only figure,
 * Network configuration), so every part here is a planner estimate: override prices by part id.
 */
export interface RackPart {
  id: string;
  partNumber: string;
  description: string;
  priceUSD: number;
  priceSource: Source;
}

export interface RackEnclosurePart extends RackPart {
  heightU: RackHeightU;
  widthMm: RackWidthMm;
}

const enclosure = (heightU: RackHeightU, widthMm: RackWidthMm, priceUSD: number): RackEnclosurePart => ({
  id: `rack-${heightU}u-${widthMm}mm`,
  partNumber: `${heightU}U ${widthMm} mm rack enclosure`,
  description: `${heightU}U 19-inch rack enclosure, ${widthMm} mm wide (EIA-310), doors, side panels`,
  heightU,
  widthMm,
  priceUSD,
  priceSource: estimate('no rack model named by the RA; generic server enclosure, planner estimate'),
});

/** One enclosure per placed rack, by the design's rack height and width. */
export const RACK_ENCLOSURES: readonly RackEnclosurePart[] = [
  enclosure(42, 600, 1500),
  enclosure(42, 800, 1900),
  enclosure(48, 600, 1800),
  enclosure(48, 800, 2200),
];

export function rackEnclosureFor(heightU: number, widthMm: number): RackEnclosurePart {
  const part = RACK_ENCLOSURES.find((r) => r.heightU === heightU && r.widthMm === widthMm);
  if (!part) throw new Error(`no ${heightU}U ${widthMm} mm rack enclosure`);
  return part;
}

/** Volts per phase of a 400 V three-phase feed (IEC): a PDU carries 3 x 230 V x its current. */
const PHASE_VOLTS = 230;

export interface PduPart extends RackPart {
  amps: number;
  /** What one PDU carries: 3 phases x 230 V x amps, kW (power factor 1: servers' PSUs correct it). */
  capacityKW: number;
}

const pdu = (amps: number, priceUSD: number): PduPart => {
  const capacityKW = (3 * PHASE_VOLTS * amps) / 1000;
  return {
    id: `pdu-3ph-${amps}a`,
    partNumber: `3-phase ${amps} A rack PDU (400 V)`,
    description: `Metered rack PDU, 3-phase 400 V ${amps} A (${capacityKW.toFixed(1)} kW), C13/C19 outlets`,
    amps,
    capacityKW,
    priceUSD,
    priceSource: estimate(
      `no PDU named by the RA; capacity 3 x ${PHASE_VOLTS} V x ${amps} A with no derating (a North American 208 V / 80% circuit carries less), price a planner estimate`,
    ),
  };
};

/** Rack PDUs, smallest first: 11.0, 22.1 and 43.5 kW. */
export const PDUS: readonly PduPart[] = [pdu(16, 1200), pdu(32, 1800), pdu(63, 2800)];

/** Power feeds per rack: A and B, each able to carry the whole rack (the servers' PSUs are redundant). */
export const FEEDS_PER_RACK = 2;

/**
 * The PDUs of one rack: per feed, the smallest PDU that carries the rack's design power alone, or as
 * many of the largest as it takes; the same again on the other feed.
 */
export function pdusForRack(powerKW: number): { part: PduPart; quantity: number } {
  const largest = PDUS[PDUS.length - 1];
  if (!largest) throw new Error('no PDU parts');
  const single = PDUS.find((p) => p.capacityKW >= powerKW);
  const perFeed = single ? 1 : Math.ceil(powerKW / largest.capacityKW);
  return { part: single ?? largest, quantity: FEEDS_PER_RACK * perFeed };
}
