/**
 * Golden files for the contracts automation and purchasers rely on: the header of every CSV export
 * (and of each CSV inside a zip export), the workbook's sheet names and header rows, and the
 * README's stable fields of one small plan. A change here is a change of contract: make it
 * deliberately with `UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts`, review the diff of
 * lib/export/golden/ and update the README's documented columns and fields with it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aDesign, aPlannedDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { parseCsv } from './csv';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from './formats';
import { readmeStablePaths, valueAt } from './test-support/readme-stable';
import { readBack } from './test-support/workbook-checks';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HOW_TO_UPDATE =
  'if the change is deliberate, run `UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts`, review `git diff lib/export/golden/` and update the README with it';

/** Compares `actual` with the golden JSON file, or rewrites the file under UPDATE_GOLDEN=1. */
function expectGolden(file: string, actual: unknown): void {
  const url = new URL(`./golden/${file}`, import.meta.url);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (UPDATE) {
    writeFileSync(url, text);
    return;
  }
  expect(existsSync(url), `lib/export/golden/${file} is missing: ${HOW_TO_UPDATE}`).toBe(true);
  const golden: unknown = JSON.parse(readFileSync(url, 'utf8'));
  expect(JSON.parse(text), `lib/export/golden/${file} differs: ${HOW_TO_UPDATE}`).toEqual(golden);
}

const utf8 = new TextDecoder();

/** The header record of every CSV an export writes, by export id (and zip entry). */
async function csvHeaders(plan: ClusterPlan): Promise<Record<string, string[]>> {
  const headers: Record<string, string[]> = {};
  for (const id of EXPORT_FORMAT_IDS) {
    const format = EXPORT_FORMATS[id];
    const bytes = await format.build(plan);
    if (format.fileName(plan).endsWith('.csv')) headers[id] = parseCsv(utf8.decode(bytes))[0] ?? [];
    else if (format.fileName(plan).endsWith('.zip')) {
      for (const [name, entry] of Object.entries(unzipSync(bytes)).sort(([a], [b]) => a.localeCompare(b)))
        if (name.endsWith('.csv')) headers[`${id}/${name}`] = parseCsv(utf8.decode(entry))[0] ?? [];
    }
  }
  return headers;
}

const isHeaderCell = (cell: ExcelJS.Cell) => {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' && fill.pattern === 'solid';
};

/**
 * The cells styled as table headers (shaded), row by row, per sheet: the header rows without the
 * plan-dependent pointers beside them ("from row 83").
 */
function headerRows(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  const result: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const cells: unknown[] = [];
      row.eachCell((cell) => {
        if (isHeaderCell(cell)) cells.push(cell.value);
      });
      if (cells.length > 0) rows.push(cells);
    });
    result[sheet.name] = rows;
  }
  return result;
}

/** The README-named parts of list entries; other fields of those objects are not contract. */
const pick = (value: unknown, keys: readonly string[]) =>
  Object.fromEntries(
    keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, (value as Record<string, unknown>)[k]]),
  );

const PROJECTIONS: Record<string, (value: unknown) => unknown> = {
  // README: `name`, `row`, `position`, `role`, `devices[]` (`name`, `kind`, `u`, ...), `powerKW`.
  racks: (racks) =>
    (racks as Record<string, unknown>[]).map((r) => ({
      ...pick(r, ['name', 'row', 'position', 'role', 'powerKW']),
      devices: (r.devices as unknown[]).map((d) => pick(d, ['name', 'kind', 'u'])),
    })),
  // README: `rows`, `racksPerRow`, `lengthM`, `widthM`.
  floor: (floor) => pick(floor, ['rows', 'racksPerRow', 'lengthM', 'widthM']),
  // README: "bill of materials lines": what is bought, how many, at what price.
  'bom.lines': (lines) =>
    (lines as unknown[]).map((l) =>
      pick(l, ['partId', 'partNumber', 'category', 'quantity', 'unitPriceUSD', 'extendedPriceUSD']),
    ),
  // README: `code`, `severity`, `message`, `raSection`.
  warnings: (ws) => (ws as unknown[]).map((w) => pick(w, ['code', 'severity', 'message', 'raSection'])),
  // README: `code`, `topic`, `message`, `chosen`, `alternatives`.
  notes: (ns) =>
    (ns as unknown[]).map((n) => pick(n, ['code', 'topic', 'message', 'chosen', 'alternatives'])),
};

describe('golden files (contracts: change them deliberately)', () => {
  const plan = planCluster(aDesign());

  it('CSV exports: the header of every CSV, including those inside the NetBox zip', async () => {
    expectGolden('csv-headers.json', await csvHeaders(plan));
  });

  it('workbook: sheet names and header rows', async () => {
    const workbook = await readBack(await EXPORT_FORMATS.xlsx.build(plan));
    expectGolden('workbook-headers.json', {
      sheets: workbook.worksheets.map((s) => s.name),
      headers: headerRows(workbook),
    });
  });

  it("stable fields: the README's table, valued for 4 workers (the reference otherwise)", () => {
    const small = planCluster(aPlannedDesign({ workerNodes: 4 }));
    const fields = Object.fromEntries(
      readmeStablePaths().map((path) => {
        const key = path.join('.');
        const value = valueAt(small, path);
        return [key, PROJECTIONS[key]?.(value) ?? value];
      }),
    );
    expectGolden('stable-fields-4-workers.json', fields);
  });
});
