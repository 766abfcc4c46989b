/**
 * Any table written with deferred rows (writeTable's `deferTo`, then writeWorkbook) gives the file
 * ExcelJS writes with every row in its model: random cells of every kind (texts needing escapes,
 * control characters, spaces at the ends, empty texts, noisy numbers, booleans, formulas), in
 * columns of every number format.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_SEEDS } from '../../design/test-support/seeds';
import { type FormulaCell, roundStoredNumbers, type SheetColumn, writeTable } from '../sheet-writer';
import type { CellKind, CellValue } from '../tables';
import { partsWithStringsResolved, sharedStringCounts } from '../test-support/resolved-parts';
import type { DeferredRows } from './deferred-rows';
import { writeWorkbook } from './splice';

type Cell = CellValue | FormulaCell;

const KINDS: readonly CellKind[] = ['text', 'integer', 'decimal', 'kw', 'usd', 'boolean'];
const CHARACTERS = [
  'a',
  'Z',
  '7',
  '&',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '\n',
  '\t',
  '\u0001',
  '\u007f',
  'é',
  '€',
  '😀',
  '_x0041_',
];

const textArb = fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 6 });
const numberArb = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  textArb,
  fc.constant(''),
  numberArb,
  fc.boolean(),
  fc.record({
    formula: fc.constantFrom('A1+1', 'SUM(B:B)', 'A1>"&"'),
    result: fc.oneof(numberArb, fc.boolean()),
  }),
);

const tableArb = fc
  .record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 6 }),
    rows: fc.integer({ min: 3, max: 40 }),
  })
  .chain(({ kinds, rows }) =>
    fc
      .array(fc.array(cellArb, { minLength: kinds.length, maxLength: kinds.length }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((cells) => ({ kinds, cells })),
  );

/** A one-sheet workbook of the table; with `deferTo`, the rows between first and last are deferred. */
async function fileOf(table: { kinds: CellKind[]; cells: Cell[][] }, deferTo?: DeferredRows[]) {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates: the two files' document properties are written a moment apart.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Table');
  const columns: SheetColumn<Cell[]>[] = table.kinds.map((kind, c) => ({
    header: `${kind} ${c}`,
    kind,
    width: 10,
    value: (row) => row[c] ?? '',
  }));
  writeTable(sheet, { columns, rows: table.cells }, 1, { shareStyles: true, deferTo });
  roundStoredNumbers(sheet);
  const rowNumbers = Array.from({ length: sheet.rowCount }, (_, i) => i + 1);
  const modelRows = rowNumbers.filter((n) => sheet.findRow(n) !== undefined).length;
  const bytes = deferTo
    ? await writeWorkbook(workbook, deferTo)
    : new Uint8Array(await workbook.xlsx.writeBuffer());
  return { bytes, modelRows };
}

describe('deferred rows (property)', () => {
  it('give the parts ExcelJS writes from the full model', async () => {
    for (const seed of PROPERTY_SEEDS) {
      await fc.assert(
        fc.asyncProperty(tableArb, async (table) => {
          const deferred: DeferredRows[] = [];
          const direct = await fileOf(table, deferred);
          const alone = await fileOf(table);
          // The model kept the header, the first and the last row; the others were deferred.
          expect([direct.modelRows, deferred.map((d) => d.count)]).toEqual([3, [table.cells.length - 2]]);
          expect(partsWithStringsResolved(direct.bytes)).toEqual(partsWithStringsResolved(alone.bytes));
          expect(sharedStringCounts(direct.bytes)).toEqual(sharedStringCounts(alone.bytes));
        }),
        { seed, numRuns: 30, includeErrorInReport: true },
      );
    }
  }, 120_000);
});
