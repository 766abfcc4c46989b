/** Label / value / note blocks for the non-tabular sheets (Summary, IP plan). */
import type ExcelJS from 'exceljs';
import { NUMBER_FORMATS } from '../sheet-writer';
import type { CellKind, CellValue } from '../tables';

export interface KeyValue {
  label: string;
  value: CellValue;
  kind?: CellKind;
  note?: string;
}

/** A bold section title row, then one row per entry with a typed, formatted value. */
export function writeSection(sheet: ExcelJS.Worksheet, title: string, entries: readonly KeyValue[]): void {
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 12 };
  for (const e of entries) {
    const row = sheet.addRow([e.label, e.value === '' ? null : e.value, e.note ?? null]);
    const numFmt = NUMBER_FORMATS[e.kind ?? (typeof e.value === 'number' ? 'decimal' : 'text')];
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
  sheet.addRow([]);
}
