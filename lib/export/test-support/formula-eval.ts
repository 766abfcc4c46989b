/**
 * A small spreadsheet formula evaluator for the tests, for the shapes the workbook writes: numbers,
 * strings, + - * / and comparisons, parentheses, cell and range references (A1, $A$1, A1:B9, on
 * another sheet as BOM!$E$7 or 'IP plan'!A1), defined names, SUM, SUMIF and COUNTIF. Formula cells
 * are recalculated from their formulas (never their stored results), with edits applied, so a test
 * can change a BOM price and see where it flows. Anything else throws, naming what it met.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../sheet-writer';

type Scalar = number | string | boolean | null;
type Value = Scalar | Scalar[];

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|("(?:[^"]|"")*")|((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)|(<=|>=|<>|[-+*/(),<>=]))/y;

type Token =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'ref'; sheet: string | undefined; ref: string }
  | { type: 'name'; value: string }
  | { type: 'op'; value: string };

function tokenize(text: string): Token[] {
  const formula = text.trim();
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`formula ${formula}: cannot read from "${formula.slice(at)}"`);
    if (m[1] !== undefined) tokens.push({ type: 'number', value: Number(m[1]) });
    else if (m[2] !== undefined)
      tokens.push({ type: 'string', value: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[4] !== undefined) {
      const sheet = m[3]?.slice(0, -1).replace(/^'(.*)'$/, '$1');
      tokens.push({ type: 'ref', sheet, ref: m[4].replace(/\$/g, '') });
    } else if (m[5] !== undefined) tokens.push({ type: 'name', value: m[5] });
    else tokens.push({ type: 'op', value: m[6] ?? '' });
  }
  return tokens;
}

const decode = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
};

const num = (v: Value, what: string): number => {
  if (Array.isArray(v)) throw new Error(`${what}: a range where a number belongs`);
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw new Error(`${what}: "${v}" is not a number`);
  return v;
};

const same = (a: Scalar, b: Scalar) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

export class FormulaEvaluator {
  private readonly edits = new Map<string, Scalar>();
  private readonly memo = new Map<string, Scalar>();
  private readonly active = new Set<string>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** Sets a cell to a plain value, as a user typing into it; cached results are dropped. */
  edit(sheet: string, ref: string, value: Scalar): void {
    this.edits.set(`${sheet}!${ref.replace(/\$/g, '')}`, value);
    this.memo.clear();
  }

  /** The cell's value: edited, recalculated from its formula, or as stored. */
  cell(sheetName: string, ref: string): Scalar {
    const key = `${sheetName}!${ref}`;
    if (this.edits.has(key)) return this.edits.get(key) ?? null;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    const sheet = this.workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`no sheet "${sheetName}" (${key})`);
    const cell = sheet.getCell(ref);
    let value: Scalar;
    if (cell.formula) {
      if (this.active.has(key)) throw new Error(`circular reference at ${key}`);
      this.active.add(key);
      const v = this.evaluate(sheetName, cell.formula);
      this.active.delete(key);
      if (Array.isArray(v)) throw new Error(`${key}: formula ${cell.formula} gives a range`);
      value = v;
    } else {
      const raw = cell.value;
      if (raw === null || raw === undefined) value = null;
      else if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') value = raw;
      else throw new Error(`${key}: unsupported cell value ${JSON.stringify(raw)}`);
    }
    this.memo.set(key, value);
    return value;
  }

  /** Evaluates a formula (without "=") as if it stood on `sheet`. */
  evaluate(sheet: string, formula: string): Value {
    const tokens = tokenize(formula);
    let i = 0;
    const peek = () => tokens[i];
    const isOp = (v: string) => {
      const t = peek();
      return t?.type === 'op' && t.value === v;
    };
    const expect = (v: string) => {
      if (!isOp(v)) throw new Error(`formula ${formula}: expected "${v}" at token ${i}`);
      i += 1;
    };
    const range = (sheetName: string, ref: string): Value => {
      const [from, to] = ref.split(':');
      if (!from) throw new Error(`bad reference ${ref}`);
      if (!to) return this.cell(sheetName, from);
      const a = decode(from);
      const b = decode(to);
      const cells: Scalar[] = [];
      for (let row = a.row; row <= b.row; row++)
        for (let col = a.col; col <= b.col; col++)
          cells.push(this.cell(sheetName, `${columnLetter(col)}${row}`));
      return cells;
    };
    const name = (n: string): Value => {
      const ranges = this.workbook.definedNames.getRanges(n).ranges;
      const [only] = ranges;
      if (ranges.length !== 1 || !only) throw new Error(`formula ${formula}: unknown name ${n}`);
      const [sheetPart, ref] = only.split('!');
      return range((sheetPart ?? '').replace(/^'(.*)'$/, '$1'), (ref ?? '').replace(/\$/g, ''));
    };
    const call = (fn: string, args: Value[]): Value => {
      const flat = (v: Value) => (Array.isArray(v) ? v : [v]);
      switch (fn.toUpperCase()) {
        case 'SUM':
          return args.flatMap(flat).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
        case 'SUMIF': {
          const [where, criterion, sums] = args;
          if (!Array.isArray(where) || Array.isArray(criterion) || !Array.isArray(sums))
            throw new Error(`formula ${formula}: SUMIF(range, criterion, sum range)`);
          return where.reduce<number>((s, v, k) => {
            const add = sums[k];
            return s + (same(v, criterion ?? null) && typeof add === 'number' ? add : 0);
          }, 0);
        }
        case 'COUNTIF': {
          const [where, criterion] = args;
          if (!Array.isArray(where) || Array.isArray(criterion))
            throw new Error(`formula ${formula}: COUNTIF(range, criterion)`);
          return where.filter((v) => same(v, criterion ?? null)).length;
        }
        default:
          throw new Error(`formula ${formula}: unsupported function ${fn}`);
      }
    };
    const primary = (): Value => {
      const t = peek();
      if (!t) throw new Error(`formula ${formula}: ends early`);
      i += 1;
      if (t.type === 'number' || t.type === 'string') return t.value;
      if (t.type === 'ref') return range(t.sheet ?? sheet, t.ref);
      if (t.type === 'name') {
        if (!isOp('(')) return name(t.value);
        i += 1;
        const args: Value[] = [];
        if (!isOp(')')) {
          args.push(comparison());
          while (isOp(',')) {
            i += 1;
            args.push(comparison());
          }
        }
        expect(')');
        return call(t.value, args);
      }
      if (t.value === '(') {
        const v = comparison();
        expect(')');
        return v;
      }
      if (t.value === '-') return -num(primary(), formula);
      if (t.value === '+') return num(primary(), formula);
      throw new Error(`formula ${formula}: unexpected "${t.value}"`);
    };
    const product = (): Value => {
      let v = primary();
      while (isOp('*') || isOp('/')) {
        const op = (peek() as { value: string }).value;
        i += 1;
        const r = num(primary(), formula);
        v = op === '*' ? num(v, formula) * r : num(v, formula) / r;
      }
      return v;
    };
    const sum = (): Value => {
      let v = product();
      while (isOp('+') || isOp('-')) {
        const op = (peek() as { value: string }).value;
        i += 1;
        const r = num(product(), formula);
        v = op === '+' ? num(v, formula) + r : num(v, formula) - r;
      }
      return v;
    };
    const comparison = (): Value => {
      const left = sum();
      const t = peek();
      if (t?.type !== 'op' || !['<', '>', '<=', '>=', '=', '<>'].includes(t.value)) return left;
      i += 1;
      const a = num(left, formula);
      const b = num(sum(), formula);
      const results: Record<string, boolean> = {
        '<': a < b,
        '>': a > b,
        '<=': a <= b,
        '>=': a >= b,
        '=': a === b,
        '<>': a !== b,
      };
      return results[t.value] ?? false;
    };
    const result = comparison();
    if (i !== tokens.length) throw new Error(`formula ${formula}: unexpected token ${i}`);
    return result;
  }
}
