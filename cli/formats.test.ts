import { describe, expect, it } from 'vitest';
import { aDesign } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { FORMATS } from './formats';

const plan = planCluster(aDesign({ workerNodes: 8 }));

describe('export formats of the plan command', () => {
  it('marks the workbook and the bundle binary (they need --out) and the CSVs text', () => {
    expect([
      FORMATS.xlsx.binary,
      FORMATS.bundle.binary,
      FORMATS.csv.binary,
      FORMATS['cabling-csv'].binary,
      FORMATS['ip-plan-csv'].binary,
    ]).toEqual([true, true, false, false, false]);
  });

  it('writes the CSVs as text and the binary formats as zip bytes', async () => {
    expect(await FORMATS.csv.write(plan)).toMatch(/^Category,Part number,/);
    expect(await FORMATS['cabling-csv'].write(plan)).toMatch(/^Cable,Network,/);
    expect(await FORMATS['ip-plan-csv'].write(plan)).toMatch(
      /^network,device,port,prefix,gateway,peer_device,peer_port,peer_addresses,rail\r\n/,
    );
    for (const id of ['xlsx', 'bundle'] as const) {
      const bytes = (await FORMATS[id].write(plan)) as Uint8Array;
      expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
    }
  });
});
