/**
 * The workbook's big tables (Cabling, Racks devices, IP plan blocks) have their rows between the
 * first and the last written as XML directly (sheet-xml/), not through ExcelJS's model. The file
 * must hold what ExcelJS alone wrote from the full model (fillWorkbook, the writer before issue 10):
 * the same parts, cell for cell once shared strings are resolved, and the same workbook read back.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import {
  partsWithStringsResolved,
  sharedStringCounts,
  sharedStringEntries,
} from './test-support/resolved-parts';
import { readBack } from './test-support/workbook-checks';
import { buildWorkbook, fillWorkbook } from './xlsx';

/** The file as ExcelJS alone writes it: every row in its model. */
async function throughExcelJsAlone(plan: ClusterPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fillWorkbook(workbook, plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// The document properties hold the creator and dates, which buildWorkbook sets and fillWorkbook not.
const withoutCoreProperties = (parts: [string, string][]) => parts.filter(([n]) => n !== 'docProps/core.xml');

/** What a reader sees of a sheet: its settings and every cell's value, formula, result and style. */
function sheetAsRead(sheet: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      cells.push([c.address, c.type, c.value, c.formula, c.result, c.numFmt, c.style]),
    ),
  );
  return {
    name: sheet.name,
    dimensions: sheet.dimensions.range,
    autoFilter: sheet.autoFilter,
    views: sheet.views,
    columns: sheet.columns.map((c) => [c.width, c.numFmt]),
    cells,
  };
}

const DESIGNS = {
  'the reference design with a price override': aDesign({ priceOverridesUSD: { sn5610: 55000 } }),
  // Splitter cables: a second leg's U, or an empty cell with the integer format.
  '1-2-2-200 at 128 workers (more rows than one chunk)': aDesign({ layout: '1-2-2-200', workerNodes: 128 }),
  'over-budget racks': aDesign({
    workerNodes: 8,
    physical: { ...aDesign().physical, rackPowerBudgetKW: 2.5 },
  }),
};

describe.each(Object.entries(DESIGNS))('workbook rows written directly: %s', (_, design) => {
  const plan = planCluster(design);
  const files = Promise.all([buildWorkbook(plan), throughExcelJsAlone(plan)]);

  it('has the parts ExcelJS alone writes, string for string once shared strings are resolved', async () => {
    const [built, alone] = await files;
    expect(plan.cabling.cables.length).toBeGreaterThan(2);
    expect(withoutCoreProperties(partsWithStringsResolved(built))).toEqual(
      withoutCoreProperties(partsWithStringsResolved(alone)),
    );
  });

  it('shares each string once and counts every reference', async () => {
    const [built, alone] = await files;
    const entries = sharedStringEntries(built);
    expect(new Set(entries).size).toBe(entries.length);
    expect(new Set(entries)).toEqual(new Set(sharedStringEntries(alone)));
    // The direct rows' new strings follow ExcelJS's: the tables did go the direct way.
    expect(entries).not.toEqual(sharedStringEntries(alone));
    expect(sharedStringCounts(built)).toEqual(sharedStringCounts(alone));
    expect(sharedStringCounts(built).uniqueCount).toBe(entries.length);
  });

  it('reads back as the same workbook: every sheet, cell, format, style and formula', async () => {
    const [built, alone] = await files;
    const [a, b] = await Promise.all([readBack(built), readBack(alone)]);
    expect(a.worksheets.map(sheetAsRead)).toEqual(b.worksheets.map(sheetAsRead));
  });
});
