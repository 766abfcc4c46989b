import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { parseCsv } from './csv';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, isExportFormatId } from './formats';

const plan = planCluster(aDesign({ workerNodes: 16 }));

describe('export formats', () => {
  it('offers the seven downloads under the panel button names', () => {
    expect(EXPORT_FORMAT_IDS.map((id) => EXPORT_FORMATS[id].label)).toEqual([
      'Download BOM (.xlsx)',
      'BOM (.csv)',
      'Cabling (.csv)',
      'Cable labels (.csv)',
      'IP plan (.csv)',
      'Palette bundle (.zip)',
      'NetBox import (.zip)',
    ]);
    expect(isExportFormatId('bundle')).toBe(true);
    expect(isExportFormatId('toString')).toBe(false);
  });

  it.each(EXPORT_FORMAT_IDS)('%s builds a file whose name ends in its extension', async (id) => {
    const format = EXPORT_FORMATS[id];
    const bytes = await format.build(plan);
    expect(bytes.byteLength).toBeGreaterThan(100);
    const ext = format.fileName(plan).split('.').pop();
    if (ext === 'csv') expect(parseCsv(new TextDecoder().decode(bytes)).length).toBeGreaterThan(1);
    // xlsx and zip files both start with a zip local-file header.
    else expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
    expect(format.fileName(plan)).toContain('16-nodes');
  });

  it('zips the Palette profiles in the bundle format', async () => {
    const files = unzipSync(await EXPORT_FORMATS.bundle.build(plan));
    expect(Object.keys(files)).toContain('README.md');
    expect(JSON.parse(strFromU8(files['design-input.json']!))).toEqual(plan.input);
  });
});
