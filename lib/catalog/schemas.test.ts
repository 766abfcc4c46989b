import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CABLE_PARTS } from './cables';
import { XEON_6774P } from './cpu';
import { GPUS } from './gpus';
import { CONTROL_PLANE_TABLE, MAAS_RESOURCE_POOLS, PVCS } from './kubernetes';
import { LAYOUTS } from './layouts';
import { NICS } from './nics';
import { OPTICS } from './optics';
import {
  cablePartSchema,
  controlPlaneRowSchema,
  cpuSchema,
  gpuSchema,
  layoutSchema,
  nicSchema,
  opticSchema,
  paletteLayerSchema,
  pvcSchema,
  resourcePoolSchema,
  softwareRowSchema,
  switchSchema,
} from './schemas';
import { PALETTE_LAYERS, SOFTWARE } from './software';
import { SWITCHES } from './switches';

// The tables are plain data (the first screen loads them without zod): this is where a bad edit fails.
const TABLES: [string, z.ZodType, readonly unknown[]][] = [
  ['GPUS', gpuSchema, Object.values(GPUS)],
  ['XEON_6774P', cpuSchema, [XEON_6774P]],
  ['NICS', nicSchema, Object.values(NICS)],
  ['SWITCHES', switchSchema, Object.values(SWITCHES)],
  ['LAYOUTS', layoutSchema, Object.values(LAYOUTS)],
  ['CONTROL_PLANE_TABLE', controlPlaneRowSchema, CONTROL_PLANE_TABLE],
  ['PVCS', pvcSchema, PVCS],
  ['MAAS_RESOURCE_POOLS', resourcePoolSchema, MAAS_RESOURCE_POOLS],
  ['OPTICS', opticSchema, Object.values(OPTICS)],
  ['CABLE_PARTS', cablePartSchema, CABLE_PARTS],
  ['SOFTWARE', softwareRowSchema, SOFTWARE],
  ['PALETTE_LAYERS', paletteLayerSchema, PALETTE_LAYERS],
];

describe('catalog tables against their schemas', () => {
  it.each(TABLES)('%s: every entry passes, with no field the schema does not know', (_name, schema, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const result = schema.safeParse(row);
      expect(result.error?.issues ?? [], JSON.stringify(row).slice(0, 80)).toEqual([]);
      // zod drops unknown keys: a parsed entry equal to the entry has none.
      expect(result.data).toEqual(row);
    }
  });

  it('keys each table by its entries own id', () => {
    for (const table of [GPUS, NICS, SWITCHES, LAYOUTS, OPTICS])
      for (const [key, entry] of Object.entries(table)) expect(entry.id).toBe(key);
  });

  // The cable rules the schema adds to its fields, each refusing a run that breaks it.
  const fibre = CABLE_PARTS.find((c) => c.media === 'fiber');
  const copper = CABLE_PARTS.find((c) => c.media === 'DAC');
  it.each([
    [
      'an A end drawing more than the cable',
      { ...copper, powerAEndW: (copper?.powerW ?? 0) + 1 },
      'A-end power cannot exceed the cable power',
    ],
    [
      'a fibre run without its transceivers',
      { ...fibre, optics: undefined },
      'a fibre run (and only a fibre run) lists its transceivers',
    ],
    [
      'a copper run with transceivers',
      { ...copper, optics: fibre?.optics },
      'a fibre run (and only a fibre run) lists its transceivers',
    ],
    [
      'transceivers costing more than the run',
      { ...fibre, priceUSD: 1 },
      "a fibre run's transceivers cannot cost more than the run",
    ],
  ])('refuses %s', (_what, part, message) => {
    const result = cablePartSchema.safeParse(part);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
