/**
 * The catalog's schemas, apart from its data: the tables are plain typed literals, so the first
 * screen loads them without zod, and schemas.test.ts checks every table against its schema. Each
 * schema's inferred type must equal the catalog type it checks (the `TypesMatch` list below), so
 * neither can gain, lose or loosen a field without the other.
 */
import { z } from 'zod';
import type { CablePart } from './cables';
import { fibrePriceUSD } from './cables';
import type { Cpu } from './cpu';
import type { Gpu, MigProfile } from './gpus';
import { ALL_MIG_PROFILE_IDS, CABLE_MEDIA_IDS, CABLE_NETWORK_IDS, GPU_IDS, LAYOUT_IDS } from './ids';
import type { ControlPlaneSizingRow, Pvc, ResourcePool } from './kubernetes';
import type { Layout } from './layouts';
import { NIC_IDS, type Nic } from './nics';
import { OPTIC_IDS, type Optic } from './optics';
import { PALETTE_PROFILES, type PaletteLayer, type SoftwareRow } from './software';
import type { Source } from './source';
import { SWITCH_IDS, type Switch } from './switches';

export const sourceSchema = z.object({
  kind: z.enum(['ra', 'datasheet', 'estimate']),
  ref: z.string().min(1),
  confidence: z.enum(['H', 'M', 'L']).optional(),
  note: z.string().optional(),
});

/** The fields every powered, priced part shares (source.ts, `PricedPart`). */
const pricedPartFields = {
  powerTypicalW: z.number().positive(),
  powerMaxW: z.number().positive(),
  priceUSD: z.number().nonnegative(),
  priceSource: sourceSchema,
  powerSource: sourceSchema,
  source: sourceSchema,
};

export const migProfileSchema = z.object({
  id: z.enum(ALL_MIG_PROFILE_IDS),
  computeSlices: z.number().int().positive(),
  memoryGBPerInstance: z.number().positive(),
  instancesPerGpu: z.number().int().positive(),
  source: sourceSchema,
});

export const gpuSchema = z.object({
  id: z.enum(GPU_IDS),
  name: z.string(),
  partNumber: z.string(),
  description: z.string(),
  memoryGB: z.number().positive(),
  memoryType: z.string(),
  memoryBandwidthGBps: z.number().positive(),
  fp4Native: z.boolean(),
  nvlink: z.object({
    supported: z.boolean(),
    bridgeWays: z.number().int().nonnegative(),
    note: z.string(),
    source: sourceSchema,
  }),
  migProfiles: z.array(migProfileSchema).min(1),
  maxMigInstances: z.number().int().positive(),
  ...pricedPartFields,
});

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

export const nicSchema = z.object({
  id: z.enum(NIC_IDS),
  name: z.string(),
  role: z.enum(['east-west', 'north-south']),
  partNumber: z.string(),
  description: z.string(),
  formFactor: z.string(),
  ports: z.number().int().positive(),
  portGbps: z.number().positive(),
  oobPorts: z.number().int().nonnegative(),
  ...pricedPartFields,
});

export const switchSchema = z.object({
  id: z.enum(SWITCH_IDS),
  name: z.string(),
  role: z.enum(['data', 'oob']),
  partNumber: z.string(),
  description: z.string(),
  heightU: z.number().int().positive(),
  weightKg: z.number().positive(),
  ports: z.number().int().positive(),
  portGbps: z.number().positive(),
  splitPorts: z.number().int().positive(),
  splitPortGbps: z.number().positive(),
  uplinkPorts: z.number().int().nonnegative(),
  uplinkPortGbps: z.number().nonnegative(),
  mgmtPorts: z.number().int().nonnegative(),
  ...pricedPartFields,
});

export const layoutSchema = z.object({
  id: z.enum(LAYOUT_IDS),
  summary: z.string(),
  chassis: z.string(),
  chassisHeightU: z.number().int().positive(),
  cpu: z.string(),
  cpuSockets: z.number().int().positive(),
  cpuCores: z.number().int().positive(),
  ramGBMinimum: z.number().int().positive(),
  gpusPerServer: z.number().int().positive(),
  eastWestNicsPerServer: z.number().int().positive(),
  northSouthDpusPerServer: z.number().int().positive(),
  eastWestGbpsPerGpu: z.number().positive(),
  e1sDrives: z.number().int().nonnegative(),
  e1sDriveTB: z.number().positive(),
  m2Drives: z.number().int().nonnegative(),
  m2DriveTB: z.number().positive(),
  table: z.object({
    chassis: z.string(),
    cpu: z.string(),
    ram: z.string(),
    gpu: z.string(),
    networkAdapters: z.string(),
    nvmeE1s: z.string(),
    nvmeM2: z.string(),
  }),
  source: sourceSchema,
});

export const controlPlaneRowSchema = z.object({
  workers: z.number().int().positive(),
  namespaces: z.number().int().positive(),
  cpuCores: z.number().int().positive(),
  memoryGB: z.number().int().positive(),
});

export const pvcSchema = z.object({
  name: z.string(),
  namespace: z.string(),
  sizeGi: z.number().int().positive(),
  accessMode: z.enum(['RWO', 'RWX']),
});

export const resourcePoolSchema = z.object({
  name: z.string(),
  role: z.enum(['control-plane', 'worker']),
  description: z.string(),
  source: sourceSchema,
});

export const opticSchema = z.object({
  id: z.enum(OPTIC_IDS),
  partNumber: z.string().min(1),
  description: z.string().min(1),
  formFactor: z.enum(['OSFP', 'QSFP112']),
  linkxEquivalent: z.string().optional(),
  priceUSD: z.number().positive(),
  priceSource: sourceSchema,
  source: sourceSchema,
});

export const cablePartSchema = z
  .object({
    id: z.string().min(1),
    partNumber: z.string().min(1),
    description: z.string(),
    media: z.enum(CABLE_MEDIA_IDS),
    network: z.enum(CABLE_NETWORK_IDS),
    legs: z.union([z.literal(1), z.literal(2)]),
    aEndGbps: z.number().positive(),
    legGbps: z.number().positive(),
    reachM: z.number().positive(),
    reachText: z.string(),
    powerW: z.number().nonnegative(),
    powerText: z.string(),
    powerAEndW: z.number().nonnegative(),
    priceUSD: z.number().nonnegative(),
    source: sourceSchema,
    note: z.string().optional(),
    optics: z
      .object({
        aEnd: z.enum(OPTIC_IDS),
        legEnd: z.enum(OPTIC_IDS),
        fibre: z.object({ partNumber: z.string().min(1), description: z.string().min(1) }),
      })
      .optional(),
  })
  .refine((c) => c.powerAEndW <= c.powerW, { message: 'A-end power cannot exceed the cable power' })
  .refine((c) => (c.media === 'fiber') === (c.optics !== undefined), {
    message: 'a fibre run (and only a fibre run) lists its transceivers',
  })
  .refine((c) => fibrePriceUSD(c) >= 0, {
    message: "a fibre run's transceivers cannot cost more than the run",
  });

export const softwareRowSchema = z.object({
  component: z.string().min(1),
  product: z.string().min(1),
  version: z.string().min(1),
});

export const paletteLayerSchema = z.object({
  profile: z.enum(PALETTE_PROFILES),
  section: z.string(),
  layer: z.string(),
  packType: z.string(),
  registry: z.string().nullable(),
  packName: z.string().nullable(),
  packVersion: z.string().nullable(),
  installOrder: z.number().int().nonnegative().nullable(),
  values: z.string().nullable(),
});

/** True when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;

/** Compile-time only: each schema infers exactly the catalog type it checks. */
export type TypesMatch = [
  Holds<Same<z.infer<typeof sourceSchema>, Source>>,
  Holds<Same<z.infer<typeof migProfileSchema>, MigProfile>>,
  Holds<Same<z.infer<typeof gpuSchema>, Gpu>>,
  Holds<Same<z.infer<typeof cpuSchema>, Cpu>>,
  Holds<Same<z.infer<typeof nicSchema>, Nic>>,
  Holds<Same<z.infer<typeof switchSchema>, Switch>>,
  Holds<Same<z.infer<typeof layoutSchema>, Layout>>,
  Holds<Same<z.infer<typeof controlPlaneRowSchema>, ControlPlaneSizingRow>>,
  Holds<Same<z.infer<typeof pvcSchema>, Pvc>>,
  Holds<Same<z.infer<typeof resourcePoolSchema>, ResourcePool>>,
  Holds<Same<z.infer<typeof opticSchema>, Optic>>,
  Holds<Same<z.infer<typeof cablePartSchema>, CablePart>>,
  Holds<Same<z.infer<typeof softwareRowSchema>, SoftwareRow>>,
  Holds<Same<z.infer<typeof paletteLayerSchema>, PaletteLayer>>,
];
