import { z } from 'zod';
import { datasheet, estimate, pricedPartFields, ra } from './source';

export const cpuSchema = z.object({
  id: z.string(),
  name: z.string(),
  partNumber: z.string(),
  description: z.string(),
  cores: z.number().int().positive(),
  threads: z.number().int().positive(),
  baseGHz: z.number().positive(),
  turboGHz: z.number().positive(),
  pcieLanes: z.number().int().positive(),
  maxRamTB: z.number().positive(),
  tdpW: z.number().positive(),
  ...pricedPartFields,
});
export type Cpu = z.infer<typeof cpuSchema>;

/**
 * The RA's CPU: "Intel 6774P 64-core processor, 350W, 136 PCIe 5.0 lanes, max 2TB RAM" (Technology Overview).
 * The layout table writes "Intel Xeon 6774" (see the plan's notes); the 6774P is the 1-socket part.
 */
export const XEON_6774P: Cpu = cpuSchema.parse({
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
});
