/** Label / value / note blocks for the non-tabular sheets (Summary, IP plan). */
import type ExcelJS from 'exceljs';
import { cellValue, NUMBER_FORMATS } from '../sheet-writer';
import type { CellKind, CellValue } from '../tables';

export interface KeyValue {
  label: string;
  /** The value, or the stored result of `formula`. */
  value: CellValue;
  kind?: CellKind;
  note?: string;
  /** Names this entry's value cell for later formulas on the sheet (`{key}`). */
  key?: string;
  /** A formula (without "="); `{key}` stands for the value cell of an earlier entry with that key. */
  formula?: string;
}

/** Value cells of keyed entries, by key, for the formulas of one sheet. */
export type SectionRefs = Map<string, string>;

const VALUE_COLUMN = 'B';

function resolve(formula: string, refs: SectionRefs): string {
  return formula.replace(/\{(\w+)\}/g, (_, key: string) => {
    const ref = refs.get(key);
    if (!ref) throw new Error(`formula ${formula}: no earlier entry with key "${key}"`);
    return ref;
  });
}

function cellOf(e: KeyValue, refs: SectionRefs): ExcelJS.CellValue {
  if (e.formula === undefined) return cellValue(e.value);
  if (typeof e.value !== 'number' && typeof e.value !== 'boolean')
    throw new Error(`formula ${e.formula} (${e.label}): its stored result must be a number or boolean`);
  return cellValue({ formula: resolve(e.formula, refs), result: e.value });
}

/**
 * A bold section title row, then one row per entry with a typed, formatted value (or a formula
 * with its stored result). Keyed entries are recorded in `refs` for the formulas after them.
 */
export function writeSection(
  sheet: ExcelJS.Worksheet,
  title: string,
  entries: readonly KeyValue[],
  refs: SectionRefs = new Map(),
): void {
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 12 };
  for (const e of entries) {
    const row = sheet.addRow([e.label, cellOf(e, refs), e.note ?? null]);
    const numFmt = NUMBER_FORMATS[e.kind ?? (typeof e.value === 'number' ? 'decimal' : 'text')];
    if (numFmt) row.getCell(2).numFmt = numFmt;
    if (e.key) refs.set(e.key, `${VALUE_COLUMN}${row.number}`);
  }
  sheet.addRow([]);
}
