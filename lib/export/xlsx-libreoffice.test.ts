/**
 * The BOM workbook opened by a real spreadsheet: LibreOffice Calc (Debian's libreoffice-calc-nogui,
 * installed by scripts/ensure-deps.sh --browser) loads the file we write, ExcelJS's parts and the
 * rows spliced in as XML alike, and exports every sheet to CSV twice: once from the stored values
 * and once after recalculating every formula on load (Calc's OOXMLRecalcMode 0, "always"). Every
 * sheet must come out, every cable must be a Cabling row, and what each recalculated cell shows at
 * the stored value's precision must be the stored value (we store numbers as their format shows
 * them: roundStoredNumbers).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { parseCsv } from './csv';
import { buildWorkbook } from './xlsx';

const SHEETS = ['Summary', 'BOM', 'Cabling', 'Racks', 'IP plan', 'Assumptions'];
const work = mkdtempSync(join(tmpdir(), 'xlsx-calc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A Calc user profile that recalculates OOXML files on load always (0) or never (1). */
function profile(recalcMode: 0 | 1): string {
  const dir = join(work, `profile-${recalcMode}`);
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalcMode}</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

function runCalc(args: string[]): void {
  try {
    execFileSync('soffice', args, { stdio: 'pipe', timeout: 240_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('LibreOffice (soffice) is not installed: run bash scripts/ensure-deps.sh --browser');
    throw error;
  }
}

/**
 * Every sheet of `file` as CSV rows, by sheet name. The filter options: comma, double quote, UTF-8,
 * from line 1, default column format, en-US, ..., raw values (not as shown), sheet -1 = every sheet.
 */
function sheetsViaCalc(file: string, recalcMode: 0 | 1): Map<string, string[][]> {
  const out = join(work, `out-${recalcMode}-${Date.now()}`);
  mkdirSync(out);
  runCalc([
    `-env:UserInstallation=${profile(recalcMode)}`,
    '--headless',
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
    '--outdir',
    out,
    file,
  ]);
  const base = file.replace(/^.*\//, '').replace(/\.xlsx$/, '');
  return new Map(
    readdirSync(out).map((name) => [
      name.slice(base.length + 1, -'.csv'.length),
      parseCsv(readFileSync(join(out, name), 'utf8')),
    ]),
  );
}

/** Decimals a stored number shows ("0.83" -> 2). */
const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

/** Cells whose recalculated value, at the stored value's precision, is not the stored value. */
function recalculationMismatches(stored: Map<string, string[][]>, recalculated: Map<string, string[][]>) {
  const mismatches: string[] = [];
  for (const [sheet, rows] of stored) {
    const again = recalculated.get(sheet) ?? [];
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const other = again[r]?.[c] ?? '';
        if (other === cell) return;
        const same =
          cell !== '' && Number.isFinite(Number(cell)) && Number(other).toFixed(decimalsOf(cell)) === cell;
        if (!same)
          mismatches.push(`${sheet} row ${r + 1} column ${c + 1}: stored ${cell}, recalculated ${other}`);
      });
    });
  }
  return mismatches;
}

describe('the BOM workbook in LibreOffice Calc', () => {
  const designs = [
    ['the RA reference design (64 workers)', aDesign({})],
    [
      '4,096 workers (big tables spliced in as XML)',
      aDesign({
        layout: '1-2-2-200',
        workerNodes: 4096,
        podCidr: '100.64.0.0/11',
        serviceCidr: '100.96.0.0/14',
      }),
    ],
  ] as const;
  for (const [label, design] of designs) {
    it(`opens ${label}: every sheet, every cable, recalculated as stored`, async () => {
      const plan = planCluster(design);
      const file = join(work, `${design.workerNodes}.xlsx`);
      writeFileSync(file, await buildWorkbook(plan));
      const stored = sheetsViaCalc(file, 1);
      const recalculated = sheetsViaCalc(file, 0);
      expect([...stored.keys()].sort()).toEqual([...SHEETS].sort());
      // The header and one row per cable.
      expect(stored.get('Cabling')?.filter((row) => row.some((cell) => cell !== '')).length).toBe(
        plan.cabling.cables.length + 1,
      );
      expect(recalculationMismatches(stored, recalculated)).toEqual([]);
    }, 300_000);
  }
});
