/**
 * Properties of the workbook over random designs (small worker counts, random rack budget, slack,
 * tray height, racks per row, media policy and price overrides in cents): every stored number as
 * its format shows it, every formula with a result that its recalculation reproduces, and the
 * numeric columns of every filtered table holding only numbers.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDIA_POLICY_IDS } from '../catalog/ids';
import { aDesign } from '../design/schema';
import { validDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { planCluster } from '../plan/plan-cluster';
import { formulasDisagreeing, formulasWithoutResult, noisyNumbers } from './test-support/workbook-checks';
import { fillWorkbook } from './xlsx';

const PART_IDS = [...new Set(planCluster(aDesign({ layout: '1-2-2-200' })).bom.lines.map((l) => l.partId))];

const designArb = fc
  .record({
    design: validDesignArb,
    workers: fc.integer({ min: 1, max: 96 }),
    budgetW: fc.integer({ min: 1000, max: 200_000 }),
    slackCm: fc.integer({ min: 0, max: 500 }),
    trayCm: fc.integer({ min: 0, max: 300 }),
    racksPerRow: fc.integer({ min: 3, max: 60 }),
    mediaPolicy: fc.constantFrom(...MEDIA_POLICY_IDS),
    overrides: fc.dictionary(
      fc.constantFrom(...PART_IDS),
      fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
      { maxKeys: 4 },
    ),
  })
  .map((r) =>
    aDesign({
      ...r.design,
      workerNodes: r.workers,
      physical: {
        ...r.design.physical,
        rackPowerBudgetKW: r.budgetW / 1000,
        slackPerEndM: r.slackCm / 100,
        trayHeightM: r.trayCm / 100,
        racksPerRow: r.racksPerRow,
        mediaPolicy: r.mediaPolicy,
      },
      priceOverridesUSD: r.overrides,
    }),
  );

/** Cells of a filtered table's number-formatted columns that hold something other than a number. */
function textInNumericColumns(workbook: ExcelJS.Workbook): string[] {
  const bad: string[] = [];
  for (const sheet of workbook.worksheets) {
    const filter = sheet.autoFilter as { to?: { row: number; column: number } } | undefined;
    if (!filter?.to) continue;
    for (let c = 1; c <= filter.to.column; c++) {
      if (!sheet.getColumn(c).numFmt) continue;
      for (let r = 2; r <= filter.to.row; r++) {
        const cell = sheet.getCell(r, c);
        const ok = cell.formula
          ? typeof cell.result === 'number'
          : cell.value === null || typeof cell.value === 'number';
        if (!ok)
          bad.push(`${sheet.name}!${cell.address} (${sheet.getCell(1, c).value}) = ${String(cell.value)}`);
      }
    }
  }
  return bad;
}

describe('workbook over random designs (property)', () => {
  it('stores rounded numbers, formulas with results that recalculate, numbers in numeric columns', () => {
    assertProperty(
      fc.property(designArb, (design) => {
        const workbook = new ExcelJS.Workbook();
        fillWorkbook(workbook, planCluster(design));
        const problems = [
          ...noisyNumbers(workbook),
          ...formulasWithoutResult(workbook).map((f) => `no stored result: ${f}`),
          ...formulasDisagreeing(workbook),
          ...textInNumericColumns(workbook).map((c) => `text in a numeric column: ${c}`),
        ];
        // The seed helper reports the counterexample; the problems name the cells.
        if (problems.length > 0) console.error(problems.slice(0, 10).join('\n'));
        expect(problems).toEqual([]);
      }),
      25,
    );
  }, 120_000);
});
