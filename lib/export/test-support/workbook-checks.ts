/**
 * Checks over a whole workbook for the export tests: where numbers carry noise, which formulas lack
 * a stored result, which recalculate to something other than what they store.
 */
import ExcelJS from 'exceljs';
import { FormulaEvaluator } from './formula-eval';

/**
 * Decimals each number format of the workbook shows, written from the precision decided for the
 * export (money to the cent, kW to the watt, other decimals to 2, counts whole), not read from the
 * code: a format missing here is a failure, so every stored number has a known precision.
 */
export const FORMAT_DECIMALS: Readonly<Record<string, number>> = {
  '#,##0': 0,
  '#,##0.##': 2,
  '#,##0.0##': 3,
  '"$"#,##0.00': 2,
};

export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

export interface CellAt {
  sheet: string;
  address: string;
  cell: ExcelJS.Cell;
}

const listed = new WeakMap<ExcelJS.Workbook, CellAt[]>();

/** Every non-empty cell of the workbook (listed once per workbook: the checks below share it). */
export function everyCell(workbook: ExcelJS.Workbook): CellAt[] {
  const known = listed.get(workbook);
  if (known) return known;
  const cells: CellAt[] = [];
  listed.set(workbook, cells);
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push({ sheet: sheet.name, address: cell.address, cell });
      }),
    );
  return cells;
}

/**
 * The stored number of a cell: its value, or its formula's result. ExcelJS's `cell.value` drops a
 * formula result of 0 or false when it reads a file (it copies only truthy fields), so the result is
 * read through `cell.result`.
 */
export function storedNumber(cell: ExcelJS.Cell): number | undefined {
  if (cell.formula) return typeof cell.result === 'number' ? cell.result : undefined;
  return typeof cell.value === 'number' ? cell.value : undefined;
}

/** Numbers whose decimal digits exceed what their format shows, or that have no known format. */
export function noisyNumbers(workbook: ExcelJS.Workbook): string[] {
  const bad: string[] = [];
  for (const { sheet, address, cell } of everyCell(workbook)) {
    const n = storedNumber(cell);
    if (n === undefined) continue;
    const decimals = FORMAT_DECIMALS[cell.numFmt ?? ''];
    const shown = /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
    if (decimals === undefined)
      bad.push(`${sheet}!${address} = ${n}: no known number format (${cell.numFmt})`);
    else if (shown > decimals)
      bad.push(`${sheet}!${address} = ${n}: ${shown} decimals, format shows ${decimals}`);
  }
  return bad;
}

/** Formula cells without a stored number or boolean result. */
export function formulasWithoutResult(workbook: ExcelJS.Workbook): string[] {
  return everyCell(workbook)
    .filter(({ cell }) => cell.formula && typeof cell.result !== 'number' && typeof cell.result !== 'boolean')
    .map(({ sheet, address, cell }) => `${sheet}!${address} = ${cell.formula}`);
}

/**
 * Formula cells whose recalculated value differs from the stored result by more than one unit of
 * the last decimal their format shows (inputs are stored rounded, results rounded once).
 */
export function formulasDisagreeing(workbook: ExcelJS.Workbook): string[] {
  const evaluator = new FormulaEvaluator(workbook);
  const bad: string[] = [];
  for (const { sheet, address, cell } of everyCell(workbook)) {
    if (!cell.formula) continue;
    const value = evaluator.cell(sheet, address);
    const stored = cell.result;
    const unit = 10 ** -(FORMAT_DECIMALS[cell.numFmt ?? ''] ?? 2);
    const agrees =
      typeof stored === 'number' && typeof value === 'number'
        ? Math.abs(value - stored) <= unit * 1.001 + Math.abs(stored) * 1e-12
        : value === stored;
    if (!agrees) bad.push(`${sheet}!${address} = ${cell.formula}: stored ${stored}, recalculated ${value}`);
  }
  return bad;
}
