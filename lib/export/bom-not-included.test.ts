import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BOM_NOT_INCLUDED } from '../catalog/not-included';
import { DEFAULT_DESIGN } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { bomCsv, parseCsv } from './csv';
import { addBomSheet, BOM_GRAND_TOTAL_LABEL, BOM_NOT_INCLUDED_HEADING, bomColumn } from './sheets/bom';
import { BOM_NOT_INCLUDED_CATEGORY } from './tables';

const plan = planCluster(DEFAULT_DESIGN);

describe('the BOM says what it leaves out', () => {
  it('appends one CSV record per not-included item after the lines, with no quantity or price', () => {
    const [header, ...rows] = parseCsv(bomCsv(plan));
    const at = (r: string[], name: string) => r[header!.indexOf(name)];
    const tail = rows.slice(plan.bom.lines.length);
    expect(tail).toHaveLength(BOM_NOT_INCLUDED.length);
    expect(tail.map((r) => [at(r, 'Category'), at(r, 'Description'), at(r, 'Part id')])).toEqual(
      BOM_NOT_INCLUDED.map((n) => [BOM_NOT_INCLUDED_CATEGORY, n.item, `not-included:${n.id}`]),
    );
    for (const r of tail) {
      for (const f of ['Quantity', 'Unit price (USD)', 'Extended price (USD)', 'Total power (W)'])
        expect(at(r, f)).toBe('');
    }
    // Storage's reason quotes the RA and names its section.
    const storage = tail.find((r) => at(r, 'Part id') === 'not-included:storage')!;
    expect(at(storage, 'Source')).toContain('RA: Network configuration');
    // Summing the Extended column over every record still gives the grand total.
    const total = rows.reduce((s, r) => s + Number(at(r, 'Extended price (USD)')), 0);
    expect(total).toBeCloseTo(plan.bom.totalUSD, 6);
  });

  it('lists them in the workbook below the grand total, under a heading', () => {
    const sheet = addBomSheet(new ExcelJS.Workbook(), plan);
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      rows.push(row);
    });
    const cat = (r: ExcelJS.Row) => r.getCell(bomColumn('Category')).value;
    const totalAt = rows.findIndex((r) => cat(r) === BOM_GRAND_TOTAL_LABEL);
    const headingAt = rows.findIndex((r) => cat(r) === BOM_NOT_INCLUDED_HEADING);
    expect(headingAt).toBeGreaterThan(totalAt);
    const items = rows.slice(headingAt + 1);
    expect(items.map((r) => r.getCell(bomColumn('Description')).value)).toEqual(
      BOM_NOT_INCLUDED.map((n) => n.item),
    );
    expect(items.every((r) => r.getCell(bomColumn('Quantity')).value === null)).toBe(true);
  });
});
