/**
 * Every downloadable export, by id: its button label, file name, MIME type and builder. The web
 * panel, its Web Worker and the CLI all read this one table. Heavy builders (ExcelJS, the zip) are
 * imported inside `build`, so importing this module costs nothing.
 */
import type { Comparison } from '../compare/types';
import type { CostToRunInputs } from '../cost/cost-to-run';
import type { ClusterPlan } from '../plan/types';

export type ProgressListener = (stage: string, fraction: number) => void;

/** What an export takes besides the plan (the workbook only, today). */
export interface ExportOptions {
  /** The cost-to-run inputs set on the Summary card (left out: the planner's defaults). */
  costInputs?: Partial<CostToRunInputs>;
  /** Adds a Compare sheet (exported from the Compare view). */
  comparison?: Comparison;
}

export interface ExportFormat {
  /** The button's accessible name in the web panel. */
  label: string;
  /** One line for `--help`. */
  description: string;
  mimeType: string;
  fileName: (plan: ClusterPlan) => string;
  build: (plan: ClusterPlan, onProgress?: ProgressListener, options?: ExportOptions) => Promise<Uint8Array>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const nodes = (plan: ClusterPlan) => `${plan.compute.workerNodes}-nodes`;

const FORMATS = {
  xlsx: {
    label: 'Download BOM (.xlsx)',
    description: 'BOM workbook: Summary, BOM, Cabling, Racks, IP plan, Assumptions',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: (plan) => `ai-factory-bom-${nodes(plan)}.xlsx`,
    build: async (plan, onProgress, options) =>
      (await import('./xlsx')).buildWorkbook(plan, onProgress, options),
  },
  csv: {
    label: 'BOM (.csv)',
    description: 'BOM lines as RFC 4180 CSV',
    mimeType: 'text/csv;charset=utf-8',
    fileName: (plan) => `ai-factory-bom-${nodes(plan)}.csv`,
    build: async (plan) => utf8((await import('./csv')).bomCsv(plan)),
  },
  'cabling-csv': {
    label: 'Cabling (.csv)',
    description: 'cable schedule (one record per cable, A and B ends) as RFC 4180 CSV',
    mimeType: 'text/csv;charset=utf-8',
    fileName: (plan) => `ai-factory-cabling-${nodes(plan)}.csv`,
    build: async (plan) => utf8((await import('./csv')).cablingCsv(plan)),
  },
  'cable-labels-csv': {
    label: 'Cable labels (.csv)',
    description:
      'cable label sheet for a label printer: one record per cable end, both ends by rack, U, device and port, as RFC 4180 CSV',
    mimeType: 'text/csv;charset=utf-8',
    fileName: (plan) => `ai-factory-cable-labels-${nodes(plan)}.csv`,
    build: async (plan) => utf8((await import('./csv')).cableLabelsCsv(plan)),
  },
  'ip-plan-csv': {
    label: 'IP plan (.csv)',
    description:
      'IP plan, one record per address block (switchport prefixes, /31s, loopbacks, OOB, PXE, north-south, MetalLB), as RFC 4180 CSV',
    mimeType: 'text/csv;charset=utf-8',
    fileName: (plan) => `ai-factory-ip-plan-${nodes(plan)}.csv`,
    build: async (plan) => utf8((await import('./csv')).ipPlanCsv(plan)),
  },
  bundle: {
    label: 'Palette bundle (.zip)',
    description: 'Palette cluster-profile bundle: 4 import JSONs, README, design input',
    mimeType: 'application/zip',
    fileName: (plan) => `ai-ra-palette-profiles-${nodes(plan)}.zip`,
    build: async (plan) => (await import('../palette/bundle')).buildPaletteBundle(plan),
  },
  netbox: {
    label: 'NetBox import (.zip)',
    description:
      'NetBox bulk-import zip: device types, site, rows, racks, devices, cables, prefixes and addresses, with the import order in its README',
    mimeType: 'application/zip',
    fileName: (plan) => `ai-factory-netbox-${nodes(plan)}.zip`,
    build: async (plan) => (await import('./netbox/zip')).buildNetboxZip(plan),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatId = keyof typeof FORMATS;
export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

export function isExportFormatId(value: string): value is ExportFormatId {
  return Object.hasOwn(EXPORT_FORMATS, value);
}
