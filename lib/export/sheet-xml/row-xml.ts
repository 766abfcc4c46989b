/**
 * Sheet XML for deferred rows, cell for cell as ExcelJS renders them (its RowXform and CellXform):
 * the same attributes in the same order, numbers stored as their format shows them, strings through
 * the shared-string table, empty cells written only when they carry a style.
 */
import { columnLetter, formatDecimals, roundToDecimals } from '../sheet-writer';
import type { DeferredCell, DeferredRows } from './deferred-rows';
import type { SharedStrings } from './shared-strings';
import { xmlEscape } from './xml-text';
import type { Bytes } from './zip';

interface ColumnXml {
  letter: string;
  /** ` s="7"`, or nothing for the default style (0), as ExcelJS omits it. */
  styleAttribute: string;
  decimals: number | undefined;
}

function cellXml(ref: string, column: ColumnXml, value: DeferredCell, strings: SharedStrings): string {
  const head = `<c r="${ref}"${column.styleAttribute}`;
  switch (typeof value) {
    case 'string':
      return value === '' ? emptyCell(head, column) : `${head} t="s"><v>${strings.idOf(value)}</v></c>`;
    case 'number':
      return `${head}><v>${roundToDecimals(value, column.decimals)}</v></c>`;
    case 'boolean':
      return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
    default: {
      const f = `<f>${xmlEscape(value.formula)}</f>`;
      return typeof value.result === 'boolean'
        ? `${head} t="b">${f}<v>${value.result ? 1 : 0}</v></c>`
        : `${head}>${f}<v>${roundToDecimals(value.result, column.decimals)}</v></c>`;
    }
  }
}

/** An empty cell ("" in a table): ExcelJS writes it only when it has a style (a column's number format). */
const emptyCell = (head: string, column: ColumnXml) => (column.styleAttribute ? `${head}/>` : '');

/** Rows encoded per chunk: short-lived strings the young-generation GC frees cheaply. */
const ROWS_PER_CHUNK = 256;

/**
 * The deferred rows' XML, UTF-8 encoded in chunks (a few hundred rows each): one string of 15 MB
 * kept every row's pieces alive until the end, and rendering took twice as long, mostly in the GC.
 * @param styleIds each column's style index, as ExcelJS gave the template row's cells.
 */
export function deferredRowsXml(
  rows: DeferredRows,
  styleIds: readonly number[],
  strings: SharedStrings,
): Bytes[] {
  const columns: ColumnXml[] = rows.numFmts.map((numFmt, c) => ({
    letter: columnLetter(c + 1),
    styleAttribute: styleIds[c] ? ` s="${styleIds[c]}"` : '',
    decimals: formatDecimals(numFmt),
  }));
  // Every column has a cell in the model (empty ones too), so every row spans them all.
  const rowAttributes = `" spans="1:${columns.length}" x14ac:dyDescent="0.25"`;
  const encoder = new TextEncoder();
  const chunks: Bytes[] = [];
  let xml = '';
  for (let i = 0; i < rows.count; i++) {
    const n = rows.firstRow + i;
    let cells = '';
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ColumnXml;
      cells += cellXml(`${column.letter}${n}`, column, rows.valueAt(i, c), strings);
    }
    // A row of empty, unstyled cells is an empty element, as ExcelJS writes it.
    xml += cells ? `<row r="${n}${rowAttributes}>${cells}</row>` : `<row r="${n}${rowAttributes}/>`;
    if ((i + 1) % ROWS_PER_CHUNK === 0 || i === rows.count - 1) {
      chunks.push(encoder.encode(xml));
      xml = '';
    }
  }
  return chunks;
}
