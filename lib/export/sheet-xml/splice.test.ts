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

/**
 * A fresh seed that once failed: a deferred "\x7f" (DEL, which XML drops) became a second shared
 * string written like the "" ExcelJS wrote for another DEL cell. Pinned here, not in PINNED_SEEDS,
 * so every other property (the 16,384-node one takes minutes) does not run it too.
 */
const SPLICE_SEEDS = [...PROPERTY_SEEDS, 1610200990];

describe('deferred rows', () => {
  it('a text of characters XML drops is an empty cell, in the rows ExcelJS writes and the rows written here', async () => {
    // Rows 2 and 5 are ExcelJS's (first and last), rows 3 and 4 are written directly.
    const table = {
      kinds: ['text', 'text'] as CellKind[],
      cells: [
        ['\x7f', 'a\x01'],
        ['\x7f', 'a'],
        ['\x01\x7f', 'a\x7f'],
        ['\x7f', 'b'],
      ],
    };
    const deferred: DeferredRows[] = [];
    const direct = await fileOf(table, deferred);
    const alone = await fileOf(table);
    expect(deferred.map((d) => d.count)).toEqual([2]);
    // Header texts, then "a" (three cells) and "b": no entry for the DEL cells, nothing twice.
    expect(sharedStringCounts(alone.bytes)).toEqual({ count: 6, uniqueCount: 4 });
    expect(sharedStringCounts(direct.bytes)).toEqual({ count: 6, uniqueCount: 4 });
    expect(partsWithStringsResolved(direct.bytes)).toEqual(partsWithStringsResolved(alone.bytes));
  });
});

describe('deferred rows (property)', () => {
  it('give the parts ExcelJS writes from the full model', async () => {
    for (const seed of SPLICE_SEEDS) {
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
