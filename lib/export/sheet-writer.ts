/**
 * Small ExcelJS helpers shared by the sheets: typed cells by column kind, formula cells with their
 * stored results, a styled and frozen header, column widths, an autofilter over a table, and the
 * rounding of every stored number to what its number format shows. Type-only ExcelJS import: the
 * library itself is loaded lazily by xlsx.ts.
 */
import type ExcelJS from 'exceljs';
import type { DeferredRows } from './sheet-xml/deferred-rows';
import { withoutForbiddenCharacters } from './sheet-xml/xml-text';
import type { CellKind, CellValue, Column } from './tables';

/**
 * Number format per column kind; the decimals a format shows are the decimals stored
 * (`roundStoredNumbers`): money to the cent, kW to the watt (3), other decimals (W, m, ratios) to 2,
 * which keeps the catalog's 0.15 W of a DAC cable exact.
 */
export const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.##',
  kw: '#,##0.0##',
  usd: '"$"#,##0.00',
  boolean: undefined,
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };

/** A formula (without "=") and the result viewers show before, or without, recalculating. */
export interface FormulaCell {
  formula: string;
  result: number | boolean;
}

/** A workbook column: like a table column, but a cell may be a formula built from its row number. */
export interface SheetColumn<R> extends Omit<Column<R>, 'value'> {
  value: (row: R, rowNumber: number) => CellValue | FormulaCell;
}

export interface SheetTable<R> {
  columns: readonly SheetColumn<R>[];
  rows: readonly R[];
}

const isFormula = (value: CellValue | FormulaCell): value is FormulaCell => typeof value === 'object';

/**
 * A cell's value as both writers (ExcelJS and the deferred rows) store it: texts without the control
 * characters XML cannot hold, dropped here and not only when written, so a text is one key in the
 * shared-string table and a text of those characters alone is an empty cell.
 */
function storedValue(value: CellValue | FormulaCell): CellValue | FormulaCell {
  return typeof value === 'string' ? withoutForbiddenCharacters(value) : value;
}

/** A cell value as ExcelJS stores it: "" becomes an empty cell, everything else keeps its type. */
export function cellValue(value: CellValue | FormulaCell): ExcelJS.CellValue {
  const stored = storedValue(value);
  if (isFormula(stored)) return { formula: stored.formula, result: stored.result };
  return stored === '' ? null : stored;
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
 * `shareStyles`: for the big tables (cables, addresses, rack devices) whose cells are not restyled
 * afterwards: one shared, frozen style per number format (see shareCellStyles).
 * `deferTo` (with `shareStyles`): the rows between the first and the last data row are not added to
 * the model but listed there, for sheet-xml/ to write as XML (see addDataRows).
 * `secondary`: a further small table below the sheet's main one. A sheet has one autofilter, so it
 * gets none; and its number formats go on its own cells, not on whole columns (ExcelJS applies a
 * column format to every cell already in the column, tens of thousands below a big main table).
 * @returns the 1-based row numbers of the first and last data rows (last < first when empty).
 */
export function writeTable<R>(
  sheet: ExcelJS.Worksheet,
  table: SheetTable<R>,
  headerRow = 1,
  {
    secondary = false,
    shareStyles = false,
    deferTo,
  }: { secondary?: boolean; shareStyles?: boolean; deferTo?: DeferredRows[] } = {},
): { firstRow: number; lastRow: number } {
  if (deferTo && !shareStyles)
    throw new Error('deferred rows need one shared style per column (shareStyles)');
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
  const rows = addDataRows(sheet, table, firstRow, deferTo);
  const lastRow = firstRow + table.rows.length - 1;
  if (secondary) {
    // Small tables that callers may restyle (bold total rows): a style object per cell.
    table.columns.forEach((c, i) => {
      const numFmt = NUMBER_FORMATS[c.kind];
      if (numFmt) for (const row of rows) row.getCell(i + 1).numFmt = numFmt;
    });
  } else {
    if (shareStyles) shareCellStyles(rows, table.columns);
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: Math.max(headerRow, lastRow), column: table.columns.length },
    };
  }
  return { firstRow, lastRow };
}

/**
 * Adds a table's data rows to the sheet, or with `deferTo` only its first and last rows: ExcelJS
 * renders every cell through model objects (about 3 s for the 770,000 cells of the 4,096-node
 * workbook), so the rows between are listed in `deferTo` and written as XML into the file ExcelJS
 * writes (sheet-xml/splice.ts). The two rows ExcelJS keeps give the sheet its own row count and
 * dimension, and the first one the style index of each column's cells.
 * @returns the rows added to the model.
 */
function addDataRows<R>(
  sheet: ExcelJS.Worksheet,
  table: SheetTable<R>,
  firstRow: number,
  deferTo: DeferredRows[] | undefined,
): ExcelJS.Row[] {
  const valuesOf = (row: R, n: number) => table.columns.map((c) => cellValue(c.value(row, n)));
  const count = table.rows.length;
  const first = table.rows[0];
  const last = table.rows[count - 1];
  if (!deferTo || count <= 2 || first === undefined || last === undefined)
    return sheet.addRows(table.rows.map((row, i) => valuesOf(row, firstRow + i)));
  const lastRow = firstRow + count - 1;
  const top = sheet.addRow(valuesOf(first, firstRow));
  const bottom = sheet.getRow(lastRow);
  bottom.values = valuesOf(last, lastRow);
  const { columns, rows } = table;
  deferTo.push({
    sheetId: sheet.id,
    templateRow: firstRow,
    firstRow: firstRow + 1,
    count: count - 2,
    numFmts: columns.map((c) => NUMBER_FORMATS[c.kind]),
    valueAt: (i, c) => storedValue((columns[c] as SheetColumn<R>).value(rows[i + 1] as R, firstRow + 1 + i)),
  });
  return [top, bottom];
}

/** One frozen style object per number format (and one for none), shared by every cell that has it. */
const SHARED_STYLES = new Map<string | undefined, Partial<ExcelJS.Style>>();

function sharedStyle(numFmt: string | undefined): Partial<ExcelJS.Style> {
  let style = SHARED_STYLES.get(numFmt);
  if (!style) {
    style = Object.freeze(numFmt ? { numFmt } : {});
    SHARED_STYLES.set(numFmt, style);
  }
  return style;
}

/**
 * Gives a table's cells their column's number format as one shared style object per format.
 * ExcelJS gives every new cell a style object of its own and, when writing, looks each one up (a
 * deep comparison) unless it has seen that very object: sharing makes 20,000 rows of cables write in
 * a fraction of the time. The objects are frozen, so a later per-cell style edit fails loudly
 * instead of restyling every cell.
 */
function shareCellStyles<R>(rows: readonly ExcelJS.Row[], columns: readonly SheetColumn<R>[]): void {
  const styles = columns.map((c) => sharedStyle(NUMBER_FORMATS[c.kind]));
  for (const row of rows) {
    row.eachCell((cell, col) => {
      const style = styles[col - 1];
      if (style) cell.style = style;
    });
  }
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

/**
 * Decimals a number format shows: the digit placeholders after its decimal point ("#,##0.0##" -> 3,
 * '"$"#,##0.00' -> 2, "#,##0" -> 0); undefined for the General format (no format set).
 */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || numFmt === 'General') return undefined;
  const section = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"/g, '');
  return /\.([0#?]+)/.exec(section)?.[1]?.length ?? 0;
}

function rounded(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** A number as a format showing `decimals` shows it (kept whole, or as it is under General: undefined). */
export function roundToDecimals(value: number, decimals: number | undefined): number {
  return decimals === undefined || Number.isInteger(value) ? value : rounded(value, decimals);
}

/**
 * Stores every number, and every formula's numeric result, as its number format shows it, so no
 * floating-point noise (180.39890000000003) reaches the file. The plan keeps full precision; a
 * formula recalculated from rounded inputs may differ from its stored result in the last shown digit.
 */
export function roundStoredNumbers(sheet: ExcelJS.Worksheet): void {
  const round = (cell: ExcelJS.Cell, value: number): number | undefined => {
    if (Number.isInteger(value)) return undefined; // whole numbers are exact under every format
    const r = roundToDecimals(value, formatDecimals(cell.numFmt));
    return r === value ? undefined : r;
  };
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (typeof value === 'number') {
        const r = round(cell, value);
        if (r !== undefined) cell.value = r;
      } else if (cell.formula && typeof cell.result === 'number') {
        const r = round(cell, cell.result);
        if (r !== undefined) cell.value = { formula: cell.formula, result: r };
      }
    });
  });
}
