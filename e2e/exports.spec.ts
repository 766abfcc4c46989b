import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_DESIGN } from '../lib/design/schema';
import { parseCsv } from '../lib/export/csv';
import { planCluster } from '../lib/plan/plan-cluster';

/**
 * Exports panel, against the reference design a fresh browser opens with. Assumes the planner shows
 * the panel under a tab named "Exports" (components/planner/view-tabs.tsx).
 */
const plan = planCluster(DEFAULT_DESIGN);
const PROFILES = ['AI-RA-Infra-MaaS-Spectrum-X', 'AI-RA-Core', 'AI-RA-RunAI-Backend', 'AI-RA-RunAI-Cluster'];

class ExportsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await this.page.getByRole('tab', { name: 'Exports' }).click();
    await expect(this.page.getByRole('button', { name: 'Download BOM (.xlsx)', exact: true })).toBeVisible();
  }

  /** Clicks a download button and returns the saved file. */
  async download(name: string): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByRole('button', { name, exact: true }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
  }
}

test.describe('exports', () => {
  let exportsPage: ExportsPage;

  test.beforeEach(async ({ page }) => {
    exportsPage = new ExportsPage(page);
    await exportsPage.open();
  });

  test('BOM workbook has every sheet and the plan total', async ({ page }) => {
    const { fileName, bytes } = await exportsPage.download('Download BOM (.xlsx)');
    expect(fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'BOM',
      'Cabling',
      'Racks',
      'IP plan',
      'Assumptions',
    ]);
    const bom = workbook.getWorksheet('BOM')!;
    let total: unknown;
    bom.eachRow((row) => {
      if (row.getCell(1).value === 'Grand total')
        total = (row.getCell(6).value as ExcelJS.CellFormulaValue).result;
    });
    expect(total).toBe(plan.bom.totalUSD);
    expect(workbook.getWorksheet('Cabling')!.rowCount).toBe(plan.cabling.cables.length + 1);
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveCount(1);
  });

  test('the workbook costs the run at the Summary card’s inputs', async ({ page }) => {
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByLabel('PUE', { exact: true }).fill('1.2');
    await page.getByRole('tab', { name: 'Exports' }).click();
    const { bytes } = await exportsPage.download('Download BOM (.xlsx)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const rows = new Map<string, unknown>();
    workbook.getWorksheet('Summary')!.eachRow((row) => {
      rows.set(String(row.getCell(1).value).trim(), row.getCell(2).value);
    });
    expect(
      rows.has('Cost to run (the assumptions set on the Summary card; the others are the defaults)'),
    ).toBe(true);
    expect(rows.get('power usage effectiveness (PUE) (facility power / IT power)')).toBe(1.2);
  });

  test('BOM and cabling CSVs have their header and one record per line or cable', async () => {
    const bom = parseCsv((await exportsPage.download('BOM (.csv)')).bytes.toString('utf8'));
    expect(bom[0]).toContain('Extended price (USD)');
    // The lines, then one "not included" record per item the BOM leaves out.
    expect(bom).toHaveLength(plan.bom.lines.length + plan.bom.notIncluded.length + 1);
    expect(bom.at(-1)?.[0]).toBe('not included');
    const cabling = parseCsv((await exportsPage.download('Cabling (.csv)')).bytes.toString('utf8'));
    expect(cabling[0]?.slice(0, 3)).toEqual(['Cable', 'Network', 'A rack']);
    expect(cabling).toHaveLength(plan.cabling.cables.length + 1);
  });

  test('Palette bundle holds the 4 profiles, the README and the design input', async () => {
    const { fileName, bytes } = await exportsPage.download('Palette bundle (.zip)');
    expect(fileName).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(
      [...PROFILES.map((p) => `${p}.json`), 'README.md', 'design-input.json'].sort(),
    );
    for (const name of PROFILES) {
      const profile = JSON.parse(strFromU8(files[`${name}.json`]!));
      expect(profile.metadata.name).toBe(name);
      expect(profile.spec.template.packs.length).toBeGreaterThan(0);
    }
    // The design as planned: the reference design with the CIDRs the planner chose written out.
    expect(JSON.parse(strFromU8(files['design-input.json']!))).toEqual(
      JSON.parse(JSON.stringify(plan.input)),
    );
    expect(plan.input.podCidr).toBe('100.64.0.0/12');
  });

  test('NetBox import holds the files in import order, every placed device among its devices', async () => {
    const { fileName, bytes } = await exportsPage.download('NetBox import (.zip)');
    expect(fileName).toMatch(/netbox.*\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toContain('README.md');
    const devices = parseCsv(strFromU8(files['08-devices.csv']!));
    const names = new Set(devices.slice(1).map((row) => row[devices[0]!.indexOf('name')]));
    for (const rack of plan.racks)
      for (const device of rack.devices) expect(names.has(device.name)).toBe(true);
  });

  test('previews each profile with its layers in install order', async ({ page }) => {
    for (const name of PROFILES) await expect(page.getByText(name, { exact: true })).toBeVisible();
    await page.getByText('AI-RA-Core', { exact: true }).click();
    const layers = page.getByRole('table', { name: 'AI-RA-Core', exact: true });
    await expect(layers.getByRole('cell', { name: 'nvidia-gpu-operator-ai' })).toBeVisible();
    await expect(layers.getByRole('row')).toHaveCount(5);
  });
});
