/** Cabling sheet: the cable schedule for the technicians, one row per cable, A end to B end(s). */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import { freezeRows, writeTable } from '../sheet-writer';
import { cablingTable } from '../tables';

export function addCablingSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Cabling');
  freezeRows(sheet, 1);
  writeTable(sheet, cablingTable(plan), 1, { shareStyles: true });
  return sheet;
}
