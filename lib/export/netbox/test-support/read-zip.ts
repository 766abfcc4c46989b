/**
 * Reads a NetBox zip back the way NetBox reads its files: every CSV into records keyed by header,
 * every device-type YAML into an object (as YAML 1.1, PyYAML's dialect).
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import { parseCsv } from '../../csv';

export type CsvRecord = Record<string, string>;

export interface CsvFile {
  header: string[];
  records: CsvRecord[];
}

export interface DeviceTypeFile {
  manufacturer: string;
  model: string;
  slug: string;
  u_height: number;
  interfaces?: { name: string; type: string }[];
  'power-ports'?: { name: string; type: string; maximum_draw?: number; allocated_draw?: number }[];
  'console-ports'?: { name: string; type: string }[];
  [key: string]: unknown;
}

export interface NetboxZip {
  files: Record<string, string>;
  names: string[];
  csv: Record<string, CsvFile>;
  deviceTypes: Record<string, DeviceTypeFile>;
}

/** A CSV as records; throws when a record's field count differs from the header's. */
export function readCsv(name: string, text: string): CsvFile {
  const [header = [], ...rows] = parseCsv(text);
  const records = rows.map((row, i) => {
    if (row.length !== header.length)
      throw new Error(`${name} record ${i + 1}: ${row.length} fields, header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, row[j] ?? '']));
  });
  return { header, records };
}

/** One YAML document holding one object; throws on parse errors or more documents. */
export function readDeviceType(name: string, text: string): DeviceTypeFile {
  const docs = parseAllDocuments(text, { version: '1.1' });
  if (!Array.isArray(docs) || docs.length !== 1) throw new Error(`${name}: expected one YAML document`);
  const doc = docs[0]!;
  if (doc.errors.length > 0) throw new Error(`${name}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS() as DeviceTypeFile;
}

export function readNetboxZip(bytes: Uint8Array): NetboxZip {
  const raw = unzipSync(bytes);
  const names = Object.keys(raw);
  const files = Object.fromEntries(names.map((n) => [n, strFromU8(raw[n]!)]));
  const csv: Record<string, CsvFile> = {};
  const deviceTypes: Record<string, DeviceTypeFile> = {};
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.csv')) csv[name] = readCsv(name, text);
    else if (name.endsWith('.yaml')) deviceTypes[name] = readDeviceType(name, text);
  }
  return { files, names, csv, deviceTypes };
}

/** The records of the CSV whose name ends with `suffix` ("devices.csv"); [] when absent. */
export function recordsOf(zip: NetboxZip, suffix: string): CsvRecord[] {
  const name = zip.names.find((n) => n.endsWith(`-${suffix}`));
  return name ? zip.csv[name]!.records : [];
}
