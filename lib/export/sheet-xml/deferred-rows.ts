/**
 * The rows of a big table that skip ExcelJS's model: ExcelJS writes the table's header, first and
 * last data rows (its own row count, dimension and style indices) and everything else on the sheet;
 * the rows between are rendered as sheet XML (row-xml.ts) and put in place in its file (splice.ts).
 */
import type { CellValue } from '../tables';

/** A formula (without "=") and its stored result, as sheet-writer's FormulaCell. */
export interface DeferredFormula {
  formula: string;
  result: number | boolean;
}

export type DeferredCell = CellValue | DeferredFormula;

export interface DeferredRows {
  /** The worksheet's id: ExcelJS writes it as xl/worksheets/sheet<id>.xml. */
  sheetId: number;
  /** The row ExcelJS writes just above the deferred rows, whose cells' style indices they share. */
  templateRow: number;
  /** Row number of the first deferred row (templateRow + 1). */
  firstRow: number;
  count: number;
  /** Each column's number format (one shared style per column: see writeTable's shareStyles). */
  numFmts: readonly (string | undefined)[];
  /** The value of deferred row `index` (0-based) in column `column` (0-based). */
  valueAt: (index: number, column: number) => DeferredCell;
}
