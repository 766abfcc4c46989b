/** Racks sheet: each rack's elevation top to bottom (U, device, role, power) and its total line. */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import { freezeRows, writeTable } from '../sheet-writer';
import { rackTable } from '../tables';

export function addRacksSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Racks');
  freezeRows(sheet, 1);
  const table = rackTable(plan);
  const { firstRow } = writeTable(sheet, table);
  table.rows.forEach((row, i) => {
    if (row.type !== 'total') return;
    // Over-budget racks stand out in red.
    sheet.getRow(firstRow + i).font = row.rack.overBudget
      ? { bold: true, color: { argb: 'FFB91C1C' } }
      : { bold: true };
  });
  return sheet;
}
