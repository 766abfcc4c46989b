import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { BOM_GRAND_TOTAL_LABEL, BOM_SUBTOTAL_LABEL, bomColumn } from './sheets/bom';
import { BOM_COLUMNS } from './tables';
import { buildWorkbook, SHEET_NAMES } from './xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** Data rows of a sheet below a header in row 1 (the sheet's last row included). */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows;
}

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result;

describe('BOM workbook (reference design, one price override)', () => {
  let plan: ClusterPlan;
  let workbook: ExcelJS.Workbook;
  const progress: [string, number][] = [];

  beforeAll(async () => {
    plan = planCluster(aDesign({ priceOverridesUSD: { sn5610: 55000 } }));
    workbook = await readBack(await buildWorkbook(plan, (stage, f) => progress.push([stage, f])));
  });

  it('has the six sheets in order, each with a frozen header', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEET_NAMES]);
    for (const sheet of workbook.worksheets)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('reports progress from 0 to 1', () => {
    expect(progress[0]![1]).toBe(0);
    expect(progress.at(-1)).toEqual(['Done', 1]);
    const fractions = progress.map(([, f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('lists every BOM line with typed cells and an autofilter', () => {
    const sheet = workbook.getWorksheet('BOM')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...BOM_COLUMNS.map((c) => c.header)]);
    const lines = dataRows(sheet).filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number');
    expect(lines).toHaveLength(plan.bom.lines.length);
    const first = lines[0]!;
    expect(first.getCell(bomColumn('Unit price (USD)')).numFmt).toContain('$');
    expect(first.getCell(bomColumn('Estimate')).value).toBe(plan.bom.lines[0]!.estimate);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(bomColumn('Description')).width).toBeGreaterThan(30);
  });

  it('totals with SUMIF / SUM formulas whose results equal the plan', () => {
    const sheet = workbook.getWorksheet('BOM')!;
    const ext = bomColumn('Extended price (USD)');
    const rows = dataRows(sheet);
    const subtotals = rows.filter((r) => r.getCell(bomColumn('Part number')).value === BOM_SUBTOTAL_LABEL);
    expect(subtotals.map((r) => [r.getCell(bomColumn('Category')).value, resultOf(r.getCell(ext))])).toEqual(
      plan.bom.subtotals.map((s) => [s.category, s.totalUSD]),
    );
    for (const r of subtotals) expect(formulaOf(r.getCell(ext))).toMatch(/^SUMIF\(/);
    const total = rows.find((r) => r.getCell(bomColumn('Category')).value === BOM_GRAND_TOTAL_LABEL)!;
    expect(formulaOf(total.getCell(ext))).toMatch(/^SUM\(/);
    expect(resultOf(total.getCell(ext))).toBe(plan.bom.totalUSD);
    // The line results the formulas sum agree with the cached total.
    const lineSum = rows
      .filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number')
      .reduce((s, r) => s + Number(resultOf(r.getCell(ext))), 0);
    expect(lineSum).toBeCloseTo(plan.bom.totalUSD, 6);
  });

  it('flags the overridden price in the BOM and lists it in Assumptions', () => {
    const bom = workbook.getWorksheet('BOM')!;
    const overridden = dataRows(bom).filter((r) => r.getCell(bomColumn('Price overridden')).value === true);
    expect(overridden.length).toBe(plan.bom.lines.filter((l) => l.priceOverridden).length);
    expect(overridden.length).toBeGreaterThan(0);
    for (const r of overridden) expect(r.getCell(bomColumn('Unit price (USD)')).value).toBe(55000);
    const assumptions = dataRows(workbook.getWorksheet('Assumptions')!);
    const overrideRows = assumptions.filter((r) => r.getCell(1).value === 'Price override');
    expect(overrideRows).toHaveLength(overridden.length);
    const estimates = assumptions.filter((r) => r.getCell(1).value === 'Price estimate');
    expect(estimates).toHaveLength(plan.bom.lines.filter((l) => l.estimate && !l.priceOverridden).length);
  });

  it('has one Cabling row per cable and one Racks row per placed device plus a total per rack', () => {
    expect(dataRows(workbook.getWorksheet('Cabling')!)).toHaveLength(plan.cabling.cables.length);
    const racks = dataRows(workbook.getWorksheet('Racks')!);
    const devices = plan.racks.reduce((s, r) => s + r.devices.length, 0);
    expect(racks.filter((r) => r.getCell(6).value !== 'rack total')).toHaveLength(devices);
    const totals = racks.filter((r) => r.getCell(6).value === 'rack total');
    expect(totals.map((r) => r.getCell(10).value)).toEqual(plan.racks.map((r) => r.powerKW * 1000));
  });

  it('gives the IP plan: pod and service CIDRs, per-port prefix and the pools', () => {
    const values: unknown[] = [];
    workbook.getWorksheet('IP plan')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toEqual(
      expect.arrayContaining([
        plan.kubernetes.podCidr,
        plan.kubernetes.serviceCidr,
        plan.network.portPrefixLength,
      ]),
    );
    for (const pool of plan.network.pools) expect(values).toContain(pool.cidr);
  });

  it('summarises the input, totals, warnings and RA notes', () => {
    const values: unknown[] = [];
    workbook.getWorksheet('Summary')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toEqual(
      expect.arrayContaining([plan.input.workerNodes, plan.bom.totalUSD, plan.compute.totalGpus]),
    );
    for (const w of plan.warnings) expect(values).toContain(w.code);
    for (const n of plan.notes) expect(values).toContain(n.topic);
  });
});

describe('large design', () => {
  it('exports 4,096 nodes and every cable', async () => {
    const plan = planCluster(
      aDesign({
        layout: '1-2-2-200',
        workerNodes: 4096,
        podCidr: '10.0.0.0/11',
        eastWestCidr: '172.16.0.0/12',
      }),
    );
    const workbook = await readBack(await buildWorkbook(plan));
    expect(workbook.getWorksheet('Cabling')!.rowCount).toBe(plan.cabling.cables.length + 1);
    expect(plan.cabling.cables.length).toBeGreaterThan(20_000);
  }, 120_000);
});
