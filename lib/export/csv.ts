/**
 * RFC 4180 CSV: CRLF line endings; a field is quoted when it holds a comma, a double quote, CR or LF,
 * and quotes inside it are doubled. Numbers are written as JavaScript prints them (no thousands
 * separators, "." decimals), so every spreadsheet and parser reads them back exactly.
 */
import type { ClusterPlan } from '../plan/types';
import {
  bomNotIncludedRecords,
  bomTable,
  type CellValue,
  cableLabelTable,
  cablingTable,
  ipPlanTable,
  type Table,
} from './tables';

const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: CellValue): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header + rows, every record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return lines.join(CRLF) + CRLF;
}

/** A table as CSV text. */
export function tableToCsv<R>(table: Table<R>): string {
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows.map((row) => table.columns.map((c) => c.value(row))),
  );
}

/**
 * BOM lines as CSV (price overrides flagged in the "Price overridden" column), then one record per
 * item the BOM leaves out (category "not included", no quantity or price).
 */
export function bomCsv(plan: ClusterPlan): string {
  const table = bomTable(plan);
  return toCsv(
    table.columns.map((c) => c.header),
    [...table.rows.map((row) => table.columns.map((c) => c.value(row))), ...bomNotIncludedRecords(plan)],
  );
}

/** The cable schedule as CSV, one record per cable. */
export function cablingCsv(plan: ClusterPlan): string {
  return tableToCsv(cablingTable(plan));
}

/** The cable label sheet as CSV for a label printer, one record per cable end. */
export function cableLabelsCsv(plan: ClusterPlan): string {
  return tableToCsv(cableLabelTable(plan));
}

/** The IP plan as CSV, one record per address block (network, device, port, prefix, gateway, peer). */
export function ipPlanCsv(plan: ClusterPlan): string {
  return tableToCsv(ipPlanTable(plan));
}

/**
 * Parses RFC 4180 text into records of fields (all strings). Accepts CRLF or LF line ends and a
 * missing final line end; throws on a quote in an unquoted field or an unterminated quoted field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted || field !== '') throw new Error(`quote inside an unquoted field at offset ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (ch === '\n') {
      endRecord();
      i += 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}
