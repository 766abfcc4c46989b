import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../compare/compare-scenarios';

import { aDesign } from '../../design/schema';
import { planCluster } from '../../plan/plan-cluster';
import {
  formulasDisagreeing,
  formulasWithoutResult,
  noisyNumbers,
  readBack,
  storedNumber,
} from '../test-support/workbook-checks';
import { buildWorkbook } from '../xlsx';
import { COMPARE_SHEET_NAME } from './compare';

const comparison = (() => {
  const r = compareScenarios([
    { name: '64 nodes', design: aDesign() },
    { name: '32 nodes', design: aDesign({ workerNodes: 32 }) },
  ]);
  if (!r.success) throw new Error('compare failed');
  return r.data;
})();

/** The row whose column B (Figure) reads `figure`. */
function rowOf(sheet: ExcelJS.Worksheet, figure: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === figure) found = row;
  });
  if (!found) throw new Error(`no row "${figure}"`);
  return found;
}

describe('the Compare sheet', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    workbook = await readBack(await buildWorkbook(planCluster(aDesign()), undefined, { comparison }));
    const found = workbook.getWorksheet(COMPARE_SHEET_NAME);
    if (!found) throw new Error('no Compare sheet');
    sheet = found;
  }, 60_000);

  it('is added after the other sheets when exported with a comparison, and only then', async () => {
    expect(workbook.worksheets.at(-1)?.name).toBe('Compare');
    const plain = await readBack(await buildWorkbook(planCluster(aDesign({ workerNodes: 4 }))));
    expect(plain.getWorksheet(COMPARE_SHEET_NAME)).toBeUndefined();
  }, 60_000);

  it('has a value column per scenario, the baseline marked, and a difference and % per other scenario', () => {
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Group',
      'Figure',
      '64 nodes (baseline)',
      '32 nodes',
      '32 nodes: difference',
      '32 nodes: difference (%)',
    ]);
  });

  it('writes the figures and the differences as formulas with their results', () => {
    // RA table: 64 x 4 = 256 GPUs against 32 x 4 = 128: -128, -50 %.
    const gpus = rowOf(sheet, 'GPUs');
    expect([gpus.getCell(3).value, gpus.getCell(4).value]).toEqual([256, 128]);
    expect(gpus.getCell(5).formula).toBe(`D${gpus.number}-C${gpus.number}`);
    expect(storedNumber(gpus.getCell(5))).toBe(-128);
    expect(gpus.getCell(6).formula).toBe(`(D${gpus.number}-C${gpus.number})/C${gpus.number}*100`);
    expect(storedNumber(gpus.getCell(6))).toBe(-50);
    // Super-spines: 0 in both, so no percentage (no division by zero).
    expect(rowOf(sheet, 'Super-spine switches').getCell(6).value).toBeNull();
    const bom = rowOf(sheet, 'BOM total');
    expect(bom.getCell(3).numFmt).toBe('"$"#,##0.00');
    expect(bom.getCell(3).value).toBe(comparison.scenarios[0]?.bomTotalUSD);
  });

  it('lists no workload rows when no scenario has a workload', () => {
    let workloadRows = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Workload (as sized)') workloadRows++;
    });
    expect(workloadRows).toBe(0);
  });

  it('names the scenarios’ designs and the cost inputs below the figures', () => {
    const names: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'NVIDIA RTX PRO 6000 Blackwell Server Edition')
        names.push(row.getCell(1).value);
    });
    expect(names).toEqual(['64 nodes', '32 nodes']);
    let pue: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'power usage effectiveness (PUE)') pue = row.getCell(2).value;
    });
    // Uptime Institute 2024: the default PUE 1.56 (lib/cost).
    expect(pue).toBe(1.56);
  });

  it('every formula has a result that agrees with the cells; numbers stored as shown', () => {
    expect(formulasWithoutResult(workbook).filter((a) => a.startsWith(COMPARE_SHEET_NAME))).toEqual([]);
    expect(formulasDisagreeing(workbook).filter((a) => a.startsWith(COMPARE_SHEET_NAME))).toEqual([]);
    expect(noisyNumbers(workbook).filter((a) => a.startsWith(COMPARE_SHEET_NAME))).toEqual([]);
  });
});
