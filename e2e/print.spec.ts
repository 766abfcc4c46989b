import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { formatUSD, formatW } from '../components/ui/format';
import { aDesign, type DesignInput } from '../lib/design/schema';
import { parseCsv } from '../lib/export/csv';
import { cableLabel } from '../lib/plan/cable-labels';
import { planCluster } from '../lib/plan/plan-cluster';
import type { ClusterPlan } from '../lib/plan/types';
import { PlannerPage, type ViewTab } from './pages/planner-page';

/**
 * Printing, as Chromium prints it: each view's Print button (window.print stubbed, so the dialog does
 * not block), then `page.pdf`, which fires beforeprint/afterprint and lays the pages out as the print
 * dialog would. The PDF's text is read back with poppler's pdftotext (scripts/ensure-deps.sh installs
 * poppler-utils), and the first page of each is saved as a PNG under test-results/screenshots/.
 */
const OUT = 'test-results/print';
const SHOTS = 'test-results/screenshots';

interface PrintedPdf {
  text: string;
  /** The text of each page (pdftotext ends every page with a form feed). */
  pages: string[];
}

function requirePoppler() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'pdftotext is missing: run `bash scripts/ensure-deps.sh --browser` (installs poppler-utils)',
    );
  }
}

async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const path = `${OUT}/${name}.pdf`;
  // The print dialog's defaults: A4 here, and the page's own orientation (@page size) preferred.
  writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { maxBuffer: 1 << 28 }).toString('utf8');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    `${SHOTS}/print-${name}`,
  ]);
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { text, pages };
}

/** Opens the view and presses its Print button; the print-only document is then in the page. */
async function pressPrint(page: Page, tab: ViewTab, button: string) {
  const planner = new PlannerPage(page);
  await planner.openTab(tab);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print', /.+/);
}

/** Every page has the design in its header and "Page n of N" in its footer (@page margin boxes). */
function expectPageFrame(pdf: PrintedPdf, plan: ClusterPlan) {
  const design = `${plan.compute.workerNodes} workers, ${plan.compute.gpuName}, layout ${plan.compute.layout}`;
  pdf.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
    expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(design);
    expect(text, `page ${i + 1}`).toMatch(/Printed \d{4}-\d\d-\d\d \d\d:\d\d/);
  });
}

const servers = (plan: ClusterPlan) =>
  plan.racks.flatMap((r) => r.devices.filter((d) => d.kind === 'gpu-server').map((d) => d.name));

/** Every rack's elevation whole on one page: its header and every one of its devices on that page. */
function expectRacksWhole(pdf: PrintedPdf, plan: ClusterPlan) {
  for (const rack of plan.racks) {
    const header = `Row ${rack.row}, position ${rack.position} · ${rack.usedU}/${rack.heightU}U used`;
    const pages = pdf.pages.filter((p) => p.includes(header));
    expect(pages, `${rack.name}: one elevation`).toHaveLength(1);
    for (const device of rack.devices)
      expect(pages[0], `${rack.name}: ${device.name}`).toContain(device.name);
  }
}

async function openDesign(page: Page, design: Partial<DesignInput> = {}): Promise<ClusterPlan> {
  const planner = new PlannerPage(page);
  await planner.goto();
  if (design.workerNodes !== undefined) await planner.setDesign({ nodes: design.workerNodes });
  return planCluster(aDesign(design));
}

test.describe('print', () => {
  test.beforeAll(requirePoppler);
  test.beforeEach(async ({ page }) => {
    // The dialog would block the test; the button's work (rendering the print document) is done before it.
    await page.addInitScript(() => {
      window.print = () => {};
    });
  });

  test('racks of the 64-worker reference: floor plan, every rack whole, every server, headers and page numbers', async ({
    page,
  }) => {
    const plan = await openDesign(page);
    await pressPrint(page, 'Racks', 'Print racks');
    const pdf = await printPdf(page, 'racks-64');
    // The floor page, then 4 racks a page: 7 racks -> 2 elevation pages.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    expectPageFrame(pdf, plan);
    // The floor drawing itself (its aisle names) is on the first page, under the title.
    expect(pdf.pages[0]).toContain('Floor plan');
    expect(pdf.pages[0]).toContain('cold aisle');
    for (const name of servers(plan)) expect(pdf.text).toContain(name);
    expect(servers(plan)).toHaveLength(64);
    expectRacksWhole(pdf, plan);
    // The print is over: the page is back to the screen.
    await expect(page.locator('html')).not.toHaveAttribute('data-print', /.*/);
  });

  test('racks of a 256-worker design: every rack whole and every server', async ({ page }) => {
    test.setTimeout(180_000);
    const plan = await openDesign(page, { workerNodes: 256 });
    await pressPrint(page, 'Racks', 'Print racks');
    const pdf = await printPdf(page, 'racks-256');
    expectPageFrame(pdf, plan);
    expect(pdf.pages[0]).toContain('cold aisle');
    for (const name of servers(plan)) expect(pdf.text).toContain(name);
    expect(servers(plan)).toHaveLength(256);
    expectRacksWhole(pdf, plan);
  });

  test('the browser Print command on Racks prints every rack too, in light colours from the dark theme', async ({
    page,
  }) => {
    const plan = await openDesign(page);
    const planner = new PlannerPage(page);
    await planner.setTheme('dark');
    await planner.openTab('Racks');
    await expect(page.locator('[data-view="racks"]')).toBeVisible();
    // No button: page.pdf fires beforeprint as Ctrl+P does.
    const pdf = await printPdf(page, 'racks-browser-dark');
    expectRacksWhole(pdf, plan);
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('any other view by the browser Print command: the view alone, light, with header and page numbers', async ({
    page,
  }) => {
    const plan = await openDesign(page);
    const planner = new PlannerPage(page);
    await planner.setTheme('dark');
    await expect(page.locator('[data-view="summary"]')).toBeVisible();
    const pdf = await printPdf(page, 'summary-browser-dark');
    expectPageFrame(pdf, plan);
    expect(pdf.pages[0]).toContain('AI Factory Planner: Summary view');
    // Not the app around it: the header's buttons, the design form, the view tabs.
    expect(pdf.text).not.toContain('Reset to the RA reference design');
    expect(pdf.text).not.toContain('Worker nodes');
    expect(pdf.text).not.toMatch(/Topology\s+Racks\s+Network/);
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('BOM: every column, every subtotal and the grand total', async ({ page }) => {
    const plan = await openDesign(page);
    await pressPrint(page, 'BOM', 'Print BOM');
    const pdf = await printPdf(page, 'bom-64');
    expectPageFrame(pdf, plan);
    for (const header of ['Part number', 'Description', 'Category', 'Qty', 'Unit price', 'Extended', 'Power'])
      expect(pdf.text).toContain(header);
    for (const line of plan.bom.lines) {
      expect(pdf.text).toContain(formatUSD(line.extendedPriceUSD));
      expect(pdf.text).toContain(formatW(line.totalPowerW));
    }
    for (const s of plan.bom.subtotals)
      expect(pdf.text).toMatch(new RegExp(`Subtotal ${s.category}\\s+\\${formatUSD(s.totalUSD)}`));
    expect(pdf.text).toMatch(new RegExp(`Grand total\\s+\\${formatUSD(plan.bom.totalUSD)}`));
  });

  test('cable run list: every rack, every cable label', async ({ page }) => {
    test.setTimeout(120_000);
    const plan = await openDesign(page);
    await pressPrint(page, 'Racks', 'Print cable list');
    const pdf = await printPdf(page, 'cables-64');
    expectPageFrame(pdf, plan);
    for (const rack of plan.racks)
      expect(pdf.text).toContain(`Rack ${rack.name}, row ${rack.row} position ${rack.position}`);
    for (const cable of plan.cabling.cables) expect(pdf.text).toContain(cableLabel(cable));
  });

  test('cable labels: a label for each end of every cable', async ({ page }) => {
    test.setTimeout(120_000);
    const plan = await openDesign(page);
    await new PlannerPage(page).openTab('Exports');
    // The label printer's CSV: one record per cable end, the same labels as the sheet below.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cable labels (.csv)', exact: true }).click(),
    ]);
    const records = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(records).toHaveLength(1 + plan.cabling.cables.length + plan.cabling.links);
    const labelColumn = records[0]!.indexOf('label');
    const csvLabels = new Set(records.slice(1).map((r) => r[labelColumn]));
    expect(csvLabels).toEqual(new Set(plan.cabling.cables.map(cableLabel)));

    await pressPrint(page, 'Exports', 'Print cable labels');
    const pdf = await printPdf(page, 'labels-64');
    expectPageFrame(pdf, plan);
    expect(pdf.text.match(/\bA end\b/g)).toHaveLength(plan.cabling.cables.length);
    for (const label of csvLabels) expect(pdf.text).toContain(label);
  });

  test("the device panel shows each link's cable label, the same at both ends", async ({ page }) => {
    const plan = await openDesign(page);
    await new PlannerPage(page).openTab('Racks');
    // README, "The IP plan": a01-u10-gpu-001 nic1/nic2 sit on a02-u20-leaf-1 swp1s0/swp1s1.
    await page.locator('[data-device="a01-u10-gpu-001"]').click();
    const panel = page.getByTestId('device-links');
    await expect(panel.getByTestId('link-label').first()).toHaveText('Label leaf-1:swp1');
    const server = plan.cabling.cables.filter((c) => c.legs.some((l) => l.b.device === 'a01-u10-gpu-001'));
    await expect(panel.getByTestId('link-label')).toHaveCount(
      server.reduce((n, c) => n + c.legs.filter((l) => l.b.device === 'a01-u10-gpu-001').length, 0),
    );
    await page.locator('[data-device="a02-u20-leaf-1"]').click();
    await expect(panel.getByTestId('link-label').first()).toHaveText('Label leaf-1:swp1');
  });

  test('IP plan by the browser Print command: every address block, not just the windowed rows', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const plan = await openDesign(page);
    await new PlannerPage(page).openTab('Network');
    // On screen the table is windowed: far fewer rows than blocks.
    await expect(page.getByTestId('address-table').locator('tbody tr[data-network]').first()).toBeVisible();
    const screenRows = await page.getByTestId('address-table').locator('tbody tr[data-network]').count();
    expect(screenRows).toBeLessThan(plan.ipPlan.blocks.length);
    const pdf = await printPdf(page, 'ip-plan-64');
    expectPageFrame(pdf, plan);
    for (const block of plan.ipPlan.blocks) expect(pdf.text).toContain(block.prefix);
    expect(pdf.text).toContain(
      `Address plan: ${plan.ipPlan.blocks.length.toLocaleString('en-US')} address blocks`,
    );
  });
});
