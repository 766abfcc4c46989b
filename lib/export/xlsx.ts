/**
 * The BOM workbook (ExcelJS): Summary, BOM, Cabling, Racks, IP plan and Assumptions sheets, built
 * from one ClusterPlan. ExcelJS is imported lazily so it never weighs on the first screen; the same
 * code runs in Node, the browser and a Web Worker. Every number is stored as its format shows it,
 * and every formula with its result, so a viewer that does not recalculate shows the plan's figures.
 * The big tables' rows (cables, rack devices, address blocks) go into the sheets' XML directly,
 * around ExcelJS's model (sheet-xml/): the file is the one ExcelJS writes from the full model.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../plan/types';
import type { ExportOptions, ProgressListener } from './formats';
import { roundStoredNumbers } from './sheet-writer';
import type { DeferredRows } from './sheet-xml/deferred-rows';
import { writeWorkbook } from './sheet-xml/splice';
import { addAssumptionsSheet } from './sheets/assumptions';
import { addBomSheet } from './sheets/bom';
import { addCablingSheet } from './sheets/cabling';
import { addCompareSheet } from './sheets/compare';
import { addIpPlanSheet } from './sheets/ip-plan';
import { addRacksSheet } from './sheets/racks';
import { addSummarySheet } from './sheets/summary';

export const SHEET_NAMES = ['Summary', 'BOM', 'Cabling', 'Racks', 'IP plan', 'Assumptions'] as const;

/** Adds a sheet; one with a big table may list its rows in `deferTo` to be written as XML (writeTable). */
type AddSheet = (
  wb: ExcelJS.Workbook,
  plan: ClusterPlan,
  options: ExportOptions,
  deferTo?: DeferredRows[],
) => ExcelJS.Worksheet;

const SHEETS: [(typeof SHEET_NAMES)[number], AddSheet][] = [
  ['Summary', addSummarySheet],
  ['BOM', addBomSheet],
  ['Cabling', addCablingSheet],
  ['Racks', addRacksSheet],
  ['IP plan', addIpPlanSheet],
  ['Assumptions', addAssumptionsSheet],
];

function addSheet(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  add: AddSheet,
  options: ExportOptions,
  deferTo?: DeferredRows[],
): void {
  roundStoredNumbers(add(workbook, plan, options, deferTo));
}

/** Adds every sheet to an empty workbook, synchronously (tests read it without writing a file). */
export function fillWorkbook(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  options: ExportOptions = {},
): void {
  for (const [, add] of SHEETS) addSheet(workbook, plan, add, options);
}

/** The share of the progress bar for building the sheets; writing the file takes the rest. */
const SHEETS_SHARE = 0.1;

/** Lets the event loop breathe between sheets when the build runs on the page's main thread. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return mod.default ?? mod;
}

/**
 * Builds the workbook for a plan.
 * @param onProgress called per sheet and before writing the file (fractions 0..1).
 * @param options.costInputs the Summary card's cost-to-run inputs (else the planner's defaults).
 * @param options.comparison adds a Compare sheet (exported from the Compare view).
 * @returns the .xlsx file's bytes.
 */
export async function buildWorkbook(
  plan: ClusterPlan,
  onProgress?: ProgressListener,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  workbook.creator = 'AI Factory Planner';
  // Fixed dates keep the file deterministic for a given plan.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  // The big tables' rows between their first and last go straight to XML (see writeTable).
  const deferred: DeferredRows[] = [];
  // With those rows deferred, writing the file takes about nine tenths of the time (npm run bench).
  for (const [i, [name, add]] of SHEETS.entries()) {
    onProgress?.(`Building ${name} sheet`, (SHEETS_SHARE * i) / SHEETS.length);
    addSheet(workbook, plan, add, options, deferred);
    await nextTick();
  }
  if (options.comparison) roundStoredNumbers(addCompareSheet(workbook, options.comparison));
  onProgress?.('Writing the .xlsx file', SHEETS_SHARE);
  const file = await writeWorkbook(workbook, deferred);
  onProgress?.('Done', 1);
  return file;
}
