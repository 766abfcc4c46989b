/**
 * Puts the deferred rows into the workbook ExcelJS wrote: each between its template row and the
 * table's last row in the sheet's XML, their strings into the shared-string table, and the parts
 * zipped again in ExcelJS's order (zip.ts).
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { columnLetter } from '../sheet-writer';
import type { DeferredRows } from './deferred-rows';
import { deferredRowsXml } from './row-xml';
import { SharedStrings } from './shared-strings';
import { type Bytes, type ZipPart, zipParts } from './zip';

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** A part's text, or a failure naming it. */
function partText(files: Record<string, Uint8Array>, name: string): string {
  const bytes = files[name];
  if (!bytes) throw new Error(`the workbook has no ${name}`);
  return strFromU8(bytes);
}

/** Where row `row`'s element (`<row r="n" ...>...</row>`, or `<row r="n" .../>` when empty) is in the XML. */
function rowElement(sheetXml: string, row: number): { start: number; end: number } {
  const start = sheetXml.indexOf(`<row r="${row}" `);
  const open = sheetXml.indexOf('>', start);
  if (start < 0 || open < 0) throw new Error(`row ${row} is missing from the sheet ExcelJS wrote`);
  if (sheetXml[open - 1] === '/') return { start, end: open + 1 };
  const close = sheetXml.indexOf('</row>', open);
  if (close < 0) throw new Error(`row ${row} has no end in the sheet ExcelJS wrote`);
  return { start, end: close + '</row>'.length };
}

/** Style index of each column's cell in the template row (0 where ExcelJS omits the cell or its s). */
function templateStyleIds(sheetXml: string, rows: DeferredRows): number[] {
  const { start, end } = rowElement(sheetXml, rows.templateRow);
  const ids = new Map<string, number>();
  for (const [, letters = '', style] of sheetXml
    .slice(start, end)
    .matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g))
    ids.set(letters, Number(style ?? 0));
  return rows.numFmts.map((_, c) => ids.get(columnLetter(c + 1)) ?? 0);
}

/** The sheet's XML with the deferred rows in place, as UTF-8 chunks. */
function withRows(sheetXml: string, rows: DeferredRows, strings: SharedStrings): Bytes[] {
  const at = rowElement(sheetXml, rows.templateRow).end;
  if (rowElement(sheetXml, rows.firstRow + rows.count).start !== at)
    throw new Error(`rows ${rows.templateRow} and ${rows.firstRow + rows.count} are not neighbours`);
  const xml = deferredRowsXml(rows, templateStyleIds(sheetXml, rows), strings);
  return [strToU8(sheetXml.slice(0, at)), ...xml, strToU8(sheetXml.slice(at))];
}

/**
 * @param workbook the .xlsx bytes ExcelJS wrote (stored, uncompressed: they are unzipped here).
 * @param mtime the entries' modification time (the workbook's date keeps the file deterministic).
 */
export async function spliceDeferredRows(
  workbook: Uint8Array,
  deferred: readonly DeferredRows[],
  mtime: Date,
): Promise<Uint8Array> {
  const files = unzipSync(workbook);
  const parts = new Map<string, Bytes[]>(Object.entries(files).map(([name, bytes]) => [name, [bytes]]));
  if (deferred.length > 0) {
    const strings = new SharedStrings(partText(files, SHARED_STRINGS));
    for (const rows of deferred) {
      const name = `xl/worksheets/sheet${rows.sheetId}.xml`;
      if (deferred.filter((d) => d.sheetId === rows.sheetId).length > 1)
        throw new Error(`${name}: one deferred table per sheet`);
      parts.set(name, withRows(partText(files, name), rows, strings));
    }
    parts.set(SHARED_STRINGS, [strToU8(strings.toXml())]);
  }
  return zipParts([...parts] as ZipPart[], mtime);
}

/**
 * The .xlsx file of a workbook whose big tables' middle rows were deferred (writeTable's `deferTo`):
 * ExcelJS writes the rest, stored (uncompressed: it is unzipped at once), and the deferred rows go
 * into its parts before the whole is deflated (zip.ts).
 */
export async function writeWorkbook(
  workbook: ExcelJS.Workbook,
  deferred: readonly DeferredRows[],
): Promise<Uint8Array> {
  const stored = await workbook.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return spliceDeferredRows(new Uint8Array(stored as ArrayBuffer), deferred, workbook.modified);
}
