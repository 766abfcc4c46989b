/** Cabling sheet: the cable schedule for the technicians, one row per cable, A end to B end(s). */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import type { ExportOptions } from '../formats';
import { freezeRows, writeTable } from '../sheet-writer';
import type { DeferredRows } from '../sheet-xml/deferred-rows';
import { cablingTable } from '../tables';

/** @param deferTo where the cable rows go to be written as XML (else into the model; see writeTable). */
export function addCablingSheet(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  _options?: ExportOptions,
  deferTo?: DeferredRows[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Cabling');
  freezeRows(sheet, 1);
  writeTable(sheet, cablingTable(plan), 1, { shareStyles: true, deferTo });
  return sheet;
}
