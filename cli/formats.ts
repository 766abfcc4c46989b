import { EXPORT_FORMATS } from '../lib/export/formats';
import type { ClusterPlan } from '../lib/plan/types';

/**
 * Output formats of the `plan` command: format id -> writer. A writer turns the ClusterPlan into the
 * file's bytes; binary formats need `--out FILE`. Heavy writers (ExcelJS, zip) must import their
 * dependencies inside `write` so that `--help` and argument errors stay instant.
 */
export interface FormatSpec {
  description: string;
  /** True when the output is not text and so cannot go to stdout. */
  binary: boolean;
  write: (plan: ClusterPlan) => Promise<string | Uint8Array>;
}

export const FORMATS = {
  json: {
    description: 'the ClusterPlan as JSON (default)',
    binary: false,
    write: async (plan: ClusterPlan) => `${JSON.stringify(plan, null, 2)}\n`,
  },
  // The web panel's exports (lib/export/formats.ts); each builder loads its library on first use.
  xlsx: {
    description: `${EXPORT_FORMATS.xlsx.description} (needs --out)`,
    binary: true,
    write: (plan) => EXPORT_FORMATS.xlsx.build(plan),
  },
  csv: {
    description: EXPORT_FORMATS.csv.description,
    binary: false,
    write: async (plan) => (await import('../lib/export/csv')).bomCsv(plan),
  },
  'cabling-csv': {
    description: EXPORT_FORMATS['cabling-csv'].description,
    binary: false,
    write: async (plan) => (await import('../lib/export/csv')).cablingCsv(plan),
  },
  'cable-labels-csv': {
    description: EXPORT_FORMATS['cable-labels-csv'].description,
    binary: false,
    write: async (plan) => (await import('../lib/export/csv')).cableLabelsCsv(plan),
  },
  'ip-plan-csv': {
    description: EXPORT_FORMATS['ip-plan-csv'].description,
    binary: false,
    write: async (plan) => (await import('../lib/export/csv')).ipPlanCsv(plan),
  },
  bundle: {
    description: `${EXPORT_FORMATS.bundle.description} (needs --out)`,
    binary: true,
    write: (plan) => EXPORT_FORMATS.bundle.build(plan),
  },
  netbox: {
    description: `${EXPORT_FORMATS.netbox.description} (needs --out)`,
    binary: true,
    write: (plan) => EXPORT_FORMATS.netbox.build(plan),
  },
} satisfies Record<string, FormatSpec>;

export type FormatId = keyof typeof FORMATS;
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

export function isFormatId(value: string): value is FormatId {
  return Object.hasOwn(FORMATS, value);
}
