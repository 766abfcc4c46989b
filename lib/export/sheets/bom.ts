/**
 * BOM sheet: the plan's lines (price overrides highlighted), then a subtotal per category and a grand
 * total, as SUMIF / SUM formulas whose cached results are the plan's own figures, so Excel and the
 * planner agree before and after recalculation.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import { must } from '../../util/must';
import { columnLetter, freezeRows, NUMBER_FORMATS, writeTable } from '../sheet-writer';
import { BOM_COLUMNS, bomNotIncludedRecords, bomTable } from '../tables';

const OVERRIDE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFEF3C7' } };

/** Column letter of a BOM column by header (throws if the columns change under us). */
export function bomColumn(header: string): string {
  const index = BOM_COLUMNS.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no BOM column "${header}"`);
  return columnLetter(index + 1);
}

export const BOM_SUBTOTAL_LABEL = 'Subtotal';
export const BOM_GRAND_TOTAL_LABEL = 'Grand total';

/**
 * Cell references other sheets' formulas use, so a price edited here flows into them: defined names
 * on the grand total and on each category's subtotal (the rows below the lines move with the BOM),
 * and the row of each line (lines start right under the one-row header, in the plan's order).
 */
export const BOM_TOTAL_NAME = 'BOM_total_USD';
export const bomSubtotalName = (category: string): string => `BOM_subtotal_${category.replace(/\W/g, '_')}`;
const FIRST_LINE_ROW = 2;
/** Absolute reference to a BOM line's cell, e.g. `BOM!$E$7` for line 5's unit price. */
export const bomLineCell = (header: string, lineIndex: number): string =>
  `BOM!$${bomColumn(header)}$${FIRST_LINE_ROW + lineIndex}`;

/** Adds the BOM sheet. */
export function addBomSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('BOM');
  freezeRows(sheet, 1);
  const { firstRow, lastRow } = writeTable(sheet, bomTable(plan), FIRST_LINE_ROW - 1);
  const cat = bomColumn('Category');
  const label = bomColumn('Part number');
  const qty = bomColumn('Quantity');
  const unit = bomColumn('Unit price (USD)');
  const ext = bomColumn('Extended price (USD)');
  const unitW = bomColumn('Unit power (W)');
  const totalW = bomColumn('Total power (W)');

  plan.bom.lines.forEach((line, i) => {
    const r = firstRow + i;
    sheet.getCell(`${ext}${r}`).value = { formula: `${qty}${r}*${unit}${r}`, result: line.extendedPriceUSD };
    sheet.getCell(`${totalW}${r}`).value = { formula: `${qty}${r}*${unitW}${r}`, result: line.totalPowerW };
    if (line.priceOverridden) {
      const cell = sheet.getCell(`${unit}${r}`);
      cell.fill = OVERRIDE_FILL;
      cell.note = 'Price overridden by the user';
    }
  });

  const range = (col: string) => `$${col}$${firstRow}:$${col}$${Math.max(firstRow, lastRow)}`;
  sheet.addRow([]);
  for (const sub of plan.bom.subtotals) {
    const row = sheet.addRow([]);
    const r = row.number;
    row.getCell(cat).value = sub.category;
    row.getCell(label).value = BOM_SUBTOTAL_LABEL;
    const watts = plan.bom.lines
      .filter((l) => l.category === sub.category)
      .reduce((s, l) => s + l.totalPowerW, 0);
    row.getCell(ext).value = {
      formula: `SUMIF(${range(cat)},${cat}${r},${range(ext)})`,
      result: sub.totalUSD,
    };
    row.getCell(ext).name = bomSubtotalName(sub.category);
    row.getCell(totalW).value = {
      formula: `SUMIF(${range(cat)},${cat}${r},${range(totalW)})`,
      result: watts,
    };
    row.font = { italic: true };
  }
  const total = sheet.addRow([]);
  total.getCell(cat).value = BOM_GRAND_TOTAL_LABEL;
  total.getCell(ext).value = { formula: `SUM(${range(ext)})`, result: plan.bom.totalUSD };
  total.getCell(ext).name = BOM_TOTAL_NAME;
  total.getCell(totalW).value = {
    formula: `SUM(${range(totalW)})`,
    result: plan.bom.lines.reduce((s, l) => s + l.totalPowerW, 0),
  };
  total.font = { bold: true };
  for (const row of [total]) {
    row.getCell(ext).numFmt = must(NUMBER_FORMATS.usd, 'usd number format');
    row.getCell(totalW).numFmt = must(NUMBER_FORMATS.decimal, 'decimal number format');
  }
  addNotIncluded(sheet, plan);
  return sheet;
}

export const BOM_NOT_INCLUDED_HEADING = 'Not included in this BOM';

/** Below the totals: a heading, then the CSV's not-included records (no quantity, price or power). */
function addNotIncluded(sheet: ExcelJS.Worksheet, plan: ClusterPlan): void {
  sheet.addRow([]);
  const heading = sheet.addRow([]);
  heading.getCell(bomColumn('Category')).value = BOM_NOT_INCLUDED_HEADING;
  heading.font = { bold: true };
  for (const record of bomNotIncludedRecords(plan)) {
    const row = sheet.addRow(record.map((v) => (v === '' ? null : v)));
    row.getCell(bomColumn('Description')).alignment = { wrapText: true, vertical: 'top' };
  }
}
