import { datasheet, estimate, ra, type Source } from './source';

/**
 * Pluggable transceivers of the fibre runs, as their own BOM parts. Copper runs (DAC, ACC, AEC) have
 * their ends built in; a fibre run needs a transceiver at the switch end and one at each far end. The
 * multimode names are the RA's (Network configuration, cable table); power comes from the run it sits
 * in (its A-end share, or its leg-end share: a QSFP112 SR4 draws 9 W at 400GbE, 5 W at 200GbE), so it
 * is not repeated here. No public price exists for any of them (hardware-facts section 7): every price
 * is a planner estimate, chosen so that each run's transceivers and fibre add up to the run's price
 * (the RA's $1975 for its multimode option), at US$75 per fibre cord.
 */
export const OPTIC_IDS = [
  'osfp-800g-2xsr4',
  'q112-400g-sr4',
  'osfp-800g-2xdr4',
  'q112-400g-dr4',
  'osfp-800g-2xlr4',
  'q112-400g-lr4',
] as const;
export type OpticId = (typeof OPTIC_IDS)[number];

/** A transceiver of the catalog; `opticSchema` (schemas.ts) checks every entry in a test, not at load. */
export interface Optic {
  id: OpticId;
  partNumber: string;
  description: string;
  formFactor: 'OSFP' | 'QSFP112';
  /** Nearest NVIDIA LinkX part (hardware-facts section 7), where one is known. */
  linkxEquivalent?: string;
  priceUSD: number;
  priceSource: Source;
  source: Source;
}

const PRICE_NOTE =
  'no public price (hardware-facts section 7); planner estimate, a share of its run price, override with a quote';
const RA_NAME = ra('Network configuration', 'cable table, Fiber (MM) option');
const LINKX = 'hardware-facts section 7 (NVIDIA LinkX equivalent)';

const opticList: readonly Optic[] = [
  {
    id: 'osfp-800g-2xsr4',
    partNumber: 'OSFP-800G-2xSR4',
    description: 'Transceiver, 800G twin-port OSFP 2x SR4, multimode, switch end',
    formFactor: 'OSFP',
    linkxEquivalent: 'MMA4Z00-NS',
    priceUSD: 1100,
    priceSource: estimate(PRICE_NOTE),
    source: RA_NAME,
  },
  {
    id: 'q112-400g-sr4',
    partNumber: 'Q112-400G-SR4',
    description: 'Transceiver, 400G QSFP112 SR4, multimode (200GbE mode into a B3220 or ConnectX-7)',
    formFactor: 'QSFP112',
    linkxEquivalent: 'MMA1Z00-NS400',
    priceUSD: 400,
    priceSource: estimate(PRICE_NOTE),
    source: RA_NAME,
  },
  {
    id: 'osfp-800g-2xdr4',
    partNumber: 'OSFP-800G-2xDR4',
    description: 'Transceiver, 800G twin-port OSFP 2x DR4, single-mode 500 m',
    formFactor: 'OSFP',
    linkxEquivalent: 'MMS4X00-NS',
    priceUSD: 1400,
    priceSource: estimate(PRICE_NOTE),
    source: datasheet(LINKX, 'H', 'not in the RA: for runs beyond multimode reach'),
  },
  {
    id: 'q112-400g-dr4',
    partNumber: 'Q112-400G-DR4',
    description: 'Transceiver, 400G QSFP112 DR4, single-mode 500 m',
    formFactor: 'QSFP112',
    linkxEquivalent: 'MMS4X00-NS400',
    priceUSD: 600,
    priceSource: estimate(PRICE_NOTE),
    source: datasheet(LINKX, 'H', 'not in the RA: for runs beyond multimode reach'),
  },
  {
    id: 'osfp-800g-2xlr4',
    partNumber: 'OSFP-800G-2xLR4',
    description: 'Transceiver, 800G twin-port OSFP 2x LR4, single-mode 10 km',
    formFactor: 'OSFP',
    priceUSD: 3000,
    priceSource: estimate(PRICE_NOTE),
    source: estimate('long-reach single-mode class, so no computed run is ever left without a part'),
  },
  {
    id: 'q112-400g-lr4',
    partNumber: 'Q112-400G-LR4',
    description: 'Transceiver, 400G QSFP112 LR4, single-mode 10 km',
    formFactor: 'QSFP112',
    priceUSD: 1500,
    priceSource: estimate(PRICE_NOTE),
    source: estimate('long-reach single-mode class, so no computed run is ever left without a part'),
  },
];

export const OPTICS: Readonly<Record<OpticId, Optic>> = Object.fromEntries(
  opticList.map((o) => [o.id, o]),
) as Record<OpticId, Optic>;
