/**
 * Small ExcelJS helpers shared by the sheets: typed cells by column kind, a styled and frozen header,
 * column widths and an autofilter over a table. Type-only ExcelJS import: the library itself is
 * loaded lazily by xlsx.ts.
 */
import type ExcelJS from 'exceljs';
import type { CellKind, CellValue, Table } from './tables';

export const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.##',
  usd: '"$"#,##0.00',
  boolean: undefined,
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };

/** A cell value as ExcelJS stores it: "" becomes an empty cell, everything else keeps its type. */
export function cellValue(value: CellValue): ExcelJS.CellValue {
  return value === '' ? null : value;
}

/** Bold, shaded header row. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** Freezes the rows above `firstDataRow` (1-based) so headers stay visible while scrolling. */
export function freezeRows(sheet: ExcelJS.Worksheet, rows: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: rows }];
}

/**
 * Writes a table from row `headerRow` down: header, typed rows, number formats, widths, autofilter.
 * The header must be the sheet's last row so far (rows are appended after it).
 *
 * `secondary`: a further small table below the sheet's main one. A sheet has one autofilter, so it
 * gets none; and its number formats go on its own cells, not on whole columns (ExcelJS applies a
 * column format to every cell already in the column, tens of thousands below a big main table).
 * @returns the 1-based row numbers of the first and last data rows (last < first when empty).
 */
export function writeTable<R>(
  sheet: ExcelJS.Worksheet,
  table: Table<R>,
  headerRow = 1,
  { secondary = false }: { secondary?: boolean } = {},
): { firstRow: number; lastRow: number } {
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, c.width);
    const numFmt = NUMBER_FORMATS[c.kind];
    if (numFmt && !secondary) column.numFmt = numFmt;
  });
  const header = sheet.getRow(headerRow);
  header.values = table.columns.map((c) => c.header);
  styleHeader(header);
  const firstRow = headerRow + 1;
  if (sheet.rowCount !== headerRow)
    throw new Error(`table header ${headerRow} is not the last row of ${sheet.name}`);
  const values = table.rows.map((row) => table.columns.map((c) => cellValue(c.value(row))));
  const rows = sheet.addRows(values);
  const lastRow = firstRow + values.length - 1;
  if (secondary) {
    table.columns.forEach((c, i) => {
      const numFmt = NUMBER_FORMATS[c.kind];
      if (numFmt) for (const row of rows) row.getCell(i + 1).numFmt = numFmt;
    });
  } else {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: Math.max(headerRow, lastRow), column: table.columns.length },
    };
  }
  return { firstRow, lastRow };
}

/** Spreadsheet column letter of a 1-based column index (1 -> A, 27 -> AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
