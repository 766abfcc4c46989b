import { datasheet, estimate, type PricedPart, ra } from './source';

/** The CPU of the catalog; `cpuSchema` (schemas.ts) checks it in a test, not at load. */
export interface Cpu extends PricedPart {
  id: string;
  name: string;
  partNumber: string;
  description: string;
  cores: number;
  threads: number;
  baseGHz: number;
  turboGHz: number;
  pcieLanes: number;
  maxRamTB: number;
  tdpW: number;
}

/**
 * The RA's CPU: "Intel 6774P 64-core processor, 350W, 136 PCIe 5.0 lanes, max 2TB RAM" (Technology Overview).
 * The layout table writes "Intel Xeon 6774" (see the plan's notes); the 6774P is the 1-socket part.
 */
export const XEON_6774P: Cpu = {
  id: 'xeon-6774p',
  name: 'Intel Xeon 6774P',
  partNumber: 'Intel Xeon 6774P',
  description:
    'Intel Xeon 6774P, 64 cores, 2.5 GHz base, 3.6 GHz all-core turbo, 350 W, 136 PCIe 5.0 lanes, 1S',
  cores: 64,
  threads: 128,
  baseGHz: 2.5,
  turboGHz: 3.6,
  pcieLanes: 136,
  maxRamTB: 2,
  tdpW: 350,
  powerTypicalW: 280,
  powerMaxW: 350,
  priceUSD: 6500,
  priceSource: estimate('no public price found for the Xeon 6774P; planner estimate, override with a quote'),
  powerSource: datasheet(
    'heise.de/-10395118 (Intel launch table: 350 W TDP)',
    'M',
    'powerTypicalW is a planner estimate (80% of TDP)',
  ),
  source: ra('Technology Overview', '64 cores, 350W, 136 PCIe 5.0 lanes, max 2TB RAM'),
};
