import { CABLE_NETWORK_IDS, type CableMediaId, type CableNetworkId } from './ids';
import { OPTICS, type Optic, type OpticId } from './optics';
import { estimate, ra, type Source } from './source';

// The ids live in ids.ts (the first screen reads them without this table); re-exported for the callers.
export { CABLE_MEDIA_IDS, CABLE_NETWORK_IDS, type CableMediaId, type CableNetworkId } from './ids';

/**
 * Cables and optics, per network. The RA's four options for "one 800G port on the Spectrum-X switch
 * to the 400G port of two B3140H SuperNICs" are copied exactly from its cable table (RA Network
 * configuration); every other entry is a planner estimate, flagged as such, in the same families.
 * Each network's list is sorted cheapest first, which is also shortest reach first. The table is
 * plain data; `cablePartSchema` (schemas.ts) checks it, with its rules, in a test, not at load.
 */
export interface CablePart {
  id: string;
  partNumber: string;
  description: string;
  media: CableMediaId;
  network: CableNetworkId;
  /** 2 for an 800G-to-2x400G (or 2x200G) splitter, 1 for a straight cable. */
  legs: 1 | 2;
  /** Speed of the A (switch) end and of each leg. */
  aEndGbps: number;
  legGbps: number;
  /** Longest run the part covers, metres. */
  reachM: number;
  /** Reach as the source writes it ("10ft / 3m"). */
  reachText: string;
  /** Whole-cable power, both ends, W (for ranges, the top of the range). */
  powerW: number;
  /** Power as the source writes it ("2.5–3W"). */
  powerText: string;
  /** Power drawn at the A (switch) end, W; the rest is spread evenly over the leg ends. */
  powerAEndW: number;
  priceUSD: number;
  source: Source;
  note?: string;
  /**
   * Fibre runs only: what the run is made of. priceUSD and powerW stay the whole run's (so media
   * choice, cable cost and rack power read one figure); the BOM lists the transceivers (one at the A
   * end, one per leg end, drawing powerAEndW and legEndPowerW) and the fibre (the rest of the price).
   */
  optics?: {
    aEnd: OpticId;
    legEnd: OpticId;
    fibre: { partNumber: string; description: string };
  };
}

const RA_TABLE = ra(
  'Network configuration',
  'cable table: one 800G switch port to two 400G B3140H SuperNICs',
);
const MM_REACH_NOTE =
  "The RA states 100 m (328ft). NVIDIA's own LinkX multimode optics (MMA4Z00-NS + MMA1Z00-NS400) are specified for 50 m on OM4 (hardware-facts section 7); 100 m matches IEEE 400GBASE-SR4 class third-party optics on OM4. The planner keeps the RA's 100 m and warns for runs over 50 m.";

const FIBRE_SPLIT_MM =
  'MPO-12/APC OM4 fibre splitting the twin-port OSFP to two QSFP112 ends (MFP7E20 class)';
const FIBRE_SPLIT_SM = 'MPO-12/APC single-mode fibre splitting the twin-port OSFP to two QSFP112 ends';

/** The RA's cable table, verbatim (RA Network configuration). */
const raTable: CablePart[] = [
  {
    id: 'o2q112-800g-cu3',
    partNumber: 'O2Q112-800G-CU3',
    description: 'DAC splitter, 800G OSFP to 2x 400G QSFP112, passive copper, 3 m',
    media: 'DAC',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 3,
    reachText: '10ft / 3m',
    powerW: 0.15,
    powerText: '0.15W',
    powerAEndW: 0.15,
    priceUSD: 249,
    source: RA_TABLE,
  },
  {
    id: 'o2q112-800g-ac5',
    partNumber: 'O2Q112-800G-AC5',
    description: 'ACC splitter, 800G OSFP to 2x 400G QSFP112, active copper, 5 m',
    media: 'ACC',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 5,
    reachText: '16ft / 5m',
    powerW: 3,
    powerText: '2.5–3W',
    // LinkX ACC split: more at the 800G end, 0.6 W per 400G end (hardware-facts section 7).
    powerAEndW: 1.8,
    priceUSD: 990,
    source: RA_TABLE,
    note: 'The RA gives a 2.5–3W range; the planner uses 3 W (the maximum).',
  },
  {
    id: 'o2o112-800g-ae7',
    partNumber: 'O2O112-800G-AE7',
    description: 'AEC, 800G OSFP to 2x 400G, active electrical (DSP retimed), 7 m',
    media: 'AEC',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 7,
    reachText: '23ft / 7m',
    powerW: 25,
    powerText: '25W',
    powerAEndW: 12.5,
    priceUSD: 1689,
    source: RA_TABLE,
    note: 'End split (half at the switch end) is a planner assumption.',
  },
  {
    id: 'osfp-800g-2xsr4-kit',
    partNumber: 'OSFP-800G-2xSR4 + 2x Q112-400G-SR4',
    description: 'Multimode optics: 800G twin-port OSFP 2xSR4 + 2x 400G QSFP112 SR4 + MPO fibre',
    media: 'fiber',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 100,
    reachText: '328ft / 100m',
    powerW: 32,
    powerText: '32W (14 + 2*9)',
    powerAEndW: 14,
    priceUSD: 1975,
    source: RA_TABLE,
    note: MM_REACH_NOTE,
    optics: {
      aEnd: 'osfp-800g-2xsr4',
      legEnd: 'q112-400g-sr4',
      fibre: { partNumber: 'MPO-12/APC 1:2 splitter fibre, OM4', description: FIBRE_SPLIT_MM },
    },
  },
];

const estimateNote = (what: string) => estimate(`${what}; not in the RA, override with a quote`);

/** Single-mode kits for runs beyond multimode reach (end-of-row network racks in long rows). */
const eastWestExtra: CablePart[] = [
  {
    id: 'ew-sm-dr4-kit',
    partNumber: 'OSFP-800G-2xDR4 + 2x Q112-400G-DR4',
    description: 'Single-mode optics: 800G twin-port OSFP 2xDR4 + 2x 400G QSFP112 DR4 + MPO fibre, 500 m',
    media: 'fiber',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 500,
    reachText: '500m (IEEE 400GBASE-DR4)',
    powerW: 35,
    powerText: '35W (17 + 2*9)',
    powerAEndW: 17,
    priceUSD: 2675,
    source: estimateNote(
      'power from NVIDIA LinkX MMS4X00-NS (17 W) + MMS4X00-NS400 (9 W), hardware-facts section 7; part number and price are planner estimates',
    ),
    optics: {
      aEnd: 'osfp-800g-2xdr4',
      legEnd: 'q112-400g-dr4',
      fibre: { partNumber: 'MPO-12/APC 1:2 splitter fibre, single-mode', description: FIBRE_SPLIT_SM },
    },
  },
  {
    id: 'ew-sm-lr4-kit',
    partNumber: 'OSFP-800G-2xLR4 + 2x Q112-400G-LR4',
    description:
      'Single-mode optics: 800G twin-port OSFP 2xLR4 + 2x 400G QSFP112 LR4 + duplex LC fibre, 10 km',
    media: 'fiber',
    network: 'east-west',
    legs: 2,
    aEndGbps: 800,
    legGbps: 400,
    reachM: 10_000,
    reachText: '10km',
    powerW: 42,
    powerText: '42W (18 + 2*12)',
    powerAEndW: 18,
    priceUSD: 6075,
    source: estimateNote('long-reach single-mode kit so no computed run is ever left without a part'),
    optics: {
      aEnd: 'osfp-800g-2xlr4',
      legEnd: 'q112-400g-lr4',
      fibre: {
        partNumber: 'Duplex LC single-mode fibre',
        description: 'Duplex LC single-mode fibre, one per QSFP112 end',
      },
    },
  },
];

/** Leaf-to-spine: 800G OSFP to 800G OSFP straight links, one per uplink (RA: "32x 800GbE links"). */
const leafSpine: CablePart[] = [
  {
    id: 'ls-dac-3m',
    partNumber: 'O2O112-800G-CU3',
    description: 'DAC, 800G OSFP to 800G OSFP, passive copper, 3 m',
    media: 'DAC',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 3,
    reachText: '3m',
    powerW: 0.15,
    powerText: '0.15W',
    powerAEndW: 0.075,
    priceUSD: 249,
    source: estimateNote('straight OSFP DAC priced like the RA splitter DAC'),
  },
  {
    id: 'ls-acc-5m',
    partNumber: 'O2O112-800G-AC5',
    description: 'ACC, 800G OSFP to 800G OSFP, active copper, 5 m',
    media: 'ACC',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 5,
    reachText: '5m',
    powerW: 3,
    powerText: '3W',
    powerAEndW: 1.5,
    priceUSD: 990,
    source: estimateNote('straight OSFP ACC priced like the RA splitter ACC'),
  },
  {
    id: 'ls-aec-7m',
    partNumber: 'O2O112-800G-AE7',
    description: 'AEC, 800G OSFP to 800G OSFP, active electrical, 7 m',
    media: 'AEC',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 7,
    reachText: '7m',
    powerW: 25,
    powerText: '25W',
    powerAEndW: 12.5,
    priceUSD: 1689,
    source: estimateNote('the RA names O2O112-800G-AE7 (OSFP-to-OSFP by its name) in its cable table'),
  },
  {
    id: 'ls-mm-sr4-pair',
    partNumber: '2x OSFP-800G-2xSR4 + 2x MPO-12 fibre',
    description: 'Multimode optics pair: 2x 800G twin-port OSFP 2xSR4 + 2 MPO-12 fibres, 100 m',
    media: 'fiber',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 100,
    reachText: '100m',
    powerW: 28,
    powerText: '28W (2 * 14)',
    powerAEndW: 14,
    priceUSD: 2350,
    source: estimateNote('two OSFP-800G-2xSR4 (14 W each, RA cable table) and fibre'),
    note: MM_REACH_NOTE,
    optics: {
      aEnd: 'osfp-800g-2xsr4',
      legEnd: 'osfp-800g-2xsr4',
      fibre: {
        partNumber: '2x MPO-12/APC fibre, OM4',
        description: 'Two MPO-12/APC OM4 fibres, one per OSFP port pair',
      },
    },
  },
  {
    id: 'ls-sm-dr4-pair',
    partNumber: '2x OSFP-800G-2xDR4 + 2x MPO-12 SM fibre',
    description: 'Single-mode optics pair: 2x 800G twin-port OSFP 2xDR4 + 2 MPO-12 fibres, 500 m',
    media: 'fiber',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 500,
    reachText: '500m',
    powerW: 34,
    powerText: '34W (2 * 17)',
    powerAEndW: 17,
    priceUSD: 2950,
    source: estimateNote('two twin-port 2xDR4 OSFPs (17 W each, NVIDIA MMS4X00-NS equivalent) and fibre'),
    optics: {
      aEnd: 'osfp-800g-2xdr4',
      legEnd: 'osfp-800g-2xdr4',
      fibre: {
        partNumber: '2x MPO-12/APC fibre, single-mode',
        description: 'Two MPO-12/APC single-mode fibres, one per OSFP port pair',
      },
    },
  },
  {
    id: 'ls-sm-lr4-pair',
    partNumber: '2x OSFP-800G-2xLR4 + 2x duplex LC SM fibre',
    description: 'Single-mode optics pair: 2x 800G twin-port OSFP 2xLR4 + fibres, 10 km',
    media: 'fiber',
    network: 'leaf-spine',
    legs: 1,
    aEndGbps: 800,
    legGbps: 800,
    reachM: 10_000,
    reachText: '10km',
    powerW: 36,
    powerText: '36W (2 * 18)',
    powerAEndW: 18,
    priceUSD: 6150,
    source: estimateNote('long-reach single-mode pair so no computed run is ever left without a part'),
    optics: {
      aEnd: 'osfp-800g-2xlr4',
      legEnd: 'osfp-800g-2xlr4',
      fibre: {
        partNumber: '2x duplex LC single-mode fibre',
        description: 'Two duplex LC single-mode fibres, one per OSFP port pair',
      },
    },
  },
];

const NS_NOTE =
  "same construction as the RA's east-west splitter, each 400G leg running at 200GbE into a B3220 port";

/**
 * A north-south kit is the east-west splitter kit of the same media (reach, power split, price) with
 * each leg running at 200GbE into a B3220 port; only what differs is given.
 */
function northSouthKit(eastWestId: string, id: string, changes: Partial<CablePart>): CablePart {
  const eastWest = [...raTable, ...eastWestExtra].find((p) => p.id === eastWestId);
  if (!eastWest) throw new Error(`no east-west cable part ${eastWestId}`);
  return { ...eastWest, id, network: 'north-south', legGbps: 200, source: estimateNote(NS_NOTE), ...changes };
}

/** North-south: one 800G SN5610 port split to the server's B3220 DPU ports (2x 200GbE, RA Architecture), or to a control-plane node's assumed 2x 200GbE NIC. */
const northSouth: CablePart[] = [
  northSouthKit('o2q112-800g-cu3', 'ns-dac-3m', {
    description: 'DAC splitter, 800G OSFP to 2x QSFP112 (2x 200GbE DPU or NIC ports), passive copper, 3 m',
  }),
  northSouthKit('o2q112-800g-ac5', 'ns-acc-5m', {
    description: 'ACC splitter, 800G OSFP to 2x QSFP112 (2x 200GbE DPU or NIC ports), active copper, 5 m',
  }),
  northSouthKit('o2o112-800g-ae7', 'ns-aec-7m', {
    description: 'AEC, 800G OSFP to 2x 200GbE DPU or NIC ports, active electrical, 7 m',
  }),
  northSouthKit('osfp-800g-2xsr4-kit', 'ns-mm-sr4-kit', {
    partNumber: 'OSFP-800G-2xSR4 + 2x Q112-400G-SR4 (200G mode)',
    description: 'Multimode optics: 800G twin-port OSFP 2xSR4 + 2x QSFP112 SR4 at 200GbE + MPO fibre',
    powerW: 24,
    powerText: '24W (14 + 2*5)',
    source: estimateNote(`${NS_NOTE}; QSFP112 SR4 draws 5 W max in 200G mode (NVIDIA MMA1Z00-NS400)`),
  }),
  northSouthKit('ew-sm-dr4-kit', 'ns-sm-dr4-kit', {
    partNumber: 'OSFP-800G-2xDR4 + 2x Q112-400G-DR4 (200G mode)',
    description:
      'Single-mode optics: 800G twin-port OSFP 2xDR4 + 2x QSFP112 DR4 at 200GbE + MPO fibre, 500 m',
    reachText: '500m',
  }),
  northSouthKit('ew-sm-lr4-kit', 'ns-sm-lr4-kit', {
    partNumber: 'OSFP-800G-2xLR4 + 2x Q112-400G-LR4 (200G mode)',
    description: 'Single-mode optics: 800G twin-port OSFP 2xLR4 + 2x QSFP112 LR4 at 200GbE, 10 km',
    source: estimateNote('long-reach single-mode kit so no computed run is ever left without a part'),
  }),
];

/** OOB: every BMC, BlueField OOB and switch management port is 1GbE RJ45 (hardware-facts sections 5, 6). */
const oob: CablePart[] = [
  {
    id: 'cat6-rj45',
    partNumber: 'Cat6 U/UTP RJ45 patch cable',
    description: 'Cat6 RJ45 patch cable, 1000BASE-T, for BMC / BlueField OOB / switch management ports',
    media: 'cat6',
    network: 'oob',
    legs: 1,
    aEndGbps: 1,
    legGbps: 1,
    reachM: 100,
    reachText: '100m (1000BASE-T channel)',
    powerW: 0,
    powerText: 'passive',
    powerAEndW: 0,
    priceUSD: 15,
    source: estimateNote('generic Cat6 patch cable'),
  },
];

export const CABLE_PARTS: readonly CablePart[] = [
  ...raTable,
  ...eastWestExtra,
  ...leafSpine,
  ...northSouth,
  ...oob,
];

export const CABLE_PARTS_BY_ID: ReadonlyMap<string, CablePart> = new Map(CABLE_PARTS.map((c) => [c.id, c]));

/** The RA's four cable-table rows, in the RA's order (DAC, ACC, AEC, fiber). */
export const RA_CABLE_TABLE: readonly CablePart[] = CABLE_PARTS.filter((c) => c.source.kind === 'ra');

/** NVIDIA LinkX multimode reach on OM4 (hardware-facts section 7), below the RA's 100 m. */
export const NVIDIA_MM_REACH_M = 50;

/** Spine to super-spine (3 tiers) is the same 800G straight link as leaf to spine: the same parts. */
const PARTS_OF: Readonly<Record<CableNetworkId, CableNetworkId>> = {
  'east-west': 'east-west',
  'leaf-spine': 'leaf-spine',
  'spine-superspine': 'leaf-spine',
  'north-south': 'north-south',
  oob: 'oob',
};

const byNetwork = new Map<CableNetworkId, CablePart[]>(
  CABLE_NETWORK_IDS.map((n) => [
    n,
    CABLE_PARTS.filter((c) => c.network === PARTS_OF[n]).sort(
      (a, b) => a.priceUSD - b.priceUSD || a.reachM - b.reachM,
    ),
  ]),
);

/** The parts for one network, cheapest first. */
export function cablePartsFor(network: CableNetworkId): readonly CablePart[] {
  return byNetwork.get(network) ?? [];
}

/** Power at one leg end of a cable, W (the leg ends share what the A end does not draw). */
export function legEndPowerW(part: { powerW: number; powerAEndW: number; legs: number }): number {
  return (part.powerW - part.powerAEndW) / part.legs;
}

/** What a run's make-up is read from (typed apart from CablePart: the schema's refinements use it). */
interface RunFacts {
  optics?: { aEnd: OpticId; legEnd: OpticId };
  legs: number;
  powerW: number;
  powerAEndW: number;
  priceUSD: number;
}

/** One kind of transceiver in a fibre run: how many per run, and what each draws there. */
export interface RunOptic {
  optic: Optic;
  /** 'a': the switch end; 'leg': each far end (each leg of a splitter). */
  end: 'a' | 'leg';
  count: number;
  unitPowerW: number;
}

/**
 * The transceivers of a fibre run, [] for copper: one at the A end (drawing powerAEndW) and one at
 * each leg end of the part (legEndPowerW), so they draw the whole run's power and the fibre none.
 * A splitter run counts both leg ends even when the plan leaves one unused, as the run is priced.
 */
export function runOptics(part: RunFacts): RunOptic[] {
  if (!part.optics) return [];
  return [
    { optic: OPTICS[part.optics.aEnd], end: 'a', count: 1, unitPowerW: part.powerAEndW },
    { optic: OPTICS[part.optics.legEnd], end: 'leg', count: part.legs, unitPowerW: legEndPowerW(part) },
  ];
}

/** Catalog price of a run without its transceivers: the fibre of a fibre run, the whole cable otherwise. */
export function fibrePriceUSD(part: RunFacts): number {
  return part.priceUSD - runOptics(part).reduce((s, o) => s + o.count * o.optic.priceUSD, 0);
}

/**
 * Worst-case cable power one 800G switch port, or one server NIC/DPU port, can add to its rack (W):
 * the rack packer reserves it so optics chosen later never push a rack over its budget.
 */
export const MAX_SWITCH_PORT_CABLE_POWER_W = Math.max(
  ...CABLE_PARTS.map((c) => Math.max(c.powerAEndW, c.legs === 1 ? legEndPowerW(c) : 0)),
);
export const MAX_SERVER_PORT_CABLE_POWER_W = Math.max(
  ...CABLE_PARTS.filter((c) => c.legs === 2).map((c) => legEndPowerW(c)),
);
