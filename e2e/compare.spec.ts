import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { aDesign } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { wcagViolations } from './axe-scan';
import { PlannerPage } from './pages/planner-page';
import { lowContrast, textContrasts } from './text-contrast';

const usd = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
const MINUS = '\u2212';
const TALL_WINDOW = { width: 1440, height: 2600 };

/** The Compare view as a user sees it. */
class ComparePage {
  constructor(readonly page: Page) {}

  get tab() {
    return this.page.getByRole('tab', { name: 'Compare', exact: true });
  }

  async open() {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.page.locator('[data-view="compare"]')).toBeVisible();
  }

  /** Waits until the table shows the comparison of the scenarios on screen. */
  async compared(scenarios: number) {
    await expect(this.page.locator('[data-view="compare"][data-comparing]')).toHaveCount(0);
    await expect(this.page.getByTestId('compare-table').locator('thead th')).toHaveCount(scenarios + 1);
  }

  cell(metric: string, scenario: number) {
    return this.page.getByTestId(`compare-${metric}-${scenario}`);
  }

  value(metric: string, scenario: number) {
    return this.cell(metric, scenario).locator('[data-value]');
  }

  delta(metric: string, scenario: number) {
    return this.cell(metric, scenario).locator('[data-delta]');
  }

  async save(name: string) {
    await this.page.getByTestId('scenario-name').fill(name);
    await this.page.getByTestId('save-scenario').click();
    await expect(this.page.getByTestId('save-scenario-status')).toContainText('Saved "');
  }
}

test.describe('the Compare view', () => {
  test('save two scenarios, see the deltas, pick the baseline, share the comparison by link', async ({
    page,
    browser,
  }) => {
    const planner = new PlannerPage(page);
    const compare = new ComparePage(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await planner.goto();
    await compare.open();
    await expect(page.getByTestId('no-scenarios')).toBeVisible();

    // The RA reference design, saved under the name it suggests.
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('save-scenario-status')).toHaveText(
      'Saved "RTX PRO 6000 · 1-4-3-200 · 64 nodes".',
    );
    await compare.compared(1);

    // Half the workers, saved by keyboard (Enter in the name field).
    await planner.setDesign({ nodes: 32 });
    await page.getByTestId('scenario-name').fill('Half');
    await page.getByTestId('scenario-name').press('Enter');
    await expect(page.getByTestId('save-scenario-status')).toHaveText('Saved "Half".');
    await compare.compared(2);

    // RA node/switch table: 64 x 4 = 256 GPUs and 2 leaves; 32 x 4 = 128 GPUs and 1 leaf.
    await expect(compare.value('gpus', 0)).toHaveText('256');
    await expect(compare.value('gpus', 1)).toHaveText('128');
    await expect(compare.delta('gpus', 1)).toHaveText(`against the baseline: ${MINUS}128 (${MINUS}50 %)`);
    await expect(compare.delta('switches-leaf', 1)).toContainText(`${MINUS}1 (${MINUS}50 %)`);
    // 24 TB and 12 TB of GPU memory (x 96 GB / 1024).
    await expect(compare.value('gpuMemoryTB', 0)).toHaveText('24');
    await expect(compare.value('gpuMemoryTB', 1)).toHaveText('12');
    await expect(compare.value('bomTotalUSD', 0)).toHaveText(usd(planCluster(aDesign()).bom.totalUSD));
    await expect(compare.value('bomTotalUSD', 1)).toHaveText(
      usd(planCluster(aDesign({ workerNodes: 32 })).bom.totalUSD),
    );
    await expect(page.getByTestId('scenario-list').getByText('current design')).toHaveCount(1);
    await planner.screenshot('compare-light');

    // The baseline by keyboard: focus the first radio, arrow to the second.
    await page.getByTestId('scenario-baseline-0').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('scenario-baseline-1')).toBeChecked();
    await expect(compare.delta('gpus', 0)).toContainText('+128 (+100 %)');
    await expect(compare.delta('gpus', 1)).toHaveCount(0);

    // The chart of one figure, chosen from the list.
    await page.getByTestId('compare-chart-metric').selectOption({ label: 'GPUs' });
    await expect(page.locator('[data-view="compare"] .recharts-bar-rectangle')).toHaveCount(2);

    // The workbook with its Compare sheet.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('compare-workbook').click(),
    ]);
    expect(download.suggestedFilename()).toBe('ai-factory-compare-2-scenarios-32-nodes.xlsx');
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(await download.path());
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.getWorksheet('Compare')?.getRow(1).getCell(4).value).toBe('Half (baseline)');

    // Reload: the scenarios and the baseline are kept.
    await page.reload();
    await planner.ready();
    await compare.open();
    await compare.compared(2);
    await expect(page.getByTestId('scenario-baseline-1')).toBeChecked();

    // Share by link: someone with an empty browser sees the same comparison.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const them = new PlannerPage(otherPage);
    const theirs = new ComparePage(otherPage);
    await otherPage.goto(url);
    await them.ready();
    await expect(them.notice('link-opened')).toContainText('It holds 2 scenarios to compare');
    await theirs.open();
    await theirs.compared(2);
    await expect(otherPage.getByTestId('scenario-name-1')).toHaveValue('Half');
    await expect(theirs.delta('gpus', 0)).toContainText('+128 (+100 %)');
    await other.close();
  });

  test('rename and remove; a fifth scenario is refused, saying why', async ({ page }) => {
    const planner = new PlannerPage(page);
    const compare = new ComparePage(page);
    await planner.goto();
    await compare.open();
    for (const nodes of [8, 16, 24, 32]) {
      await planner.setDesign({ nodes });
      await compare.save(`${nodes} nodes`);
    }
    await planner.setDesign({ nodes: 40 });
    await page.getByTestId('scenario-name').fill('Fifth');
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('save-scenario-status')).toHaveText(
      'Not saved: at most 4 scenarios can be compared: remove one before adding "Fifth".',
    );
    const name = page.getByTestId('scenario-name-0');
    await name.fill('16 NODES');
    await name.press('Enter');
    await expect(page.getByText('the name "16 NODES" is already used by scenario 2')).toBeVisible();
    await name.fill('Smallest');
    await name.press('Enter');
    await compare.compared(4);
    await expect(page.getByTestId('compare-table').locator('thead')).toContainText('Smallest');
    await page.getByRole('button', { name: 'Remove 32 nodes' }).click();
    await compare.compared(3);
  });

  test('options of a workload answer join as scenarios, with their throughput', async ({ page }) => {
    const planner = new PlannerPage(page);
    const compare = new ComparePage(page);
    await planner.goto();
    await planner.openTab('Workload');
    await expect(page.getByTestId('sizing-status')).toHaveText(/^Sized Llama 3\.1 70B: /);
    const add = page.getByRole('button', { name: /^Add as scenario: / });
    const ids = (await add.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).slice(0, 2);
    for (const label of ids) await page.getByRole('button', { name: label ?? '' }).click();
    await expect(page.locator('[data-testid^="scenario-added-"]')).toHaveCount(2);
    await compare.open();
    await compare.compared(2);
    await expect(page.getByTestId('compare-table')).toContainText('Throughput, all users (tokens/s)');
    await expect(compare.value('workload-users', 0)).toHaveText('64');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${theme}: no WCAG 2.1 A/AA violations, chart text readable, prints without the controls`, async ({
      page,
    }) => {
      const planner = new PlannerPage(page);
      const compare = new ComparePage(page);
      await page.emulateMedia({ colorScheme: theme });
      await planner.goto();
      await compare.open();
      await compare.save('Reference');
      await planner.setDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', nodes: 16 });
      await compare.save('H200');
      await compare.compared(2);
      await expect(page.locator('[data-view="compare"] .recharts-surface')).toHaveCount(1);
      await page.setViewportSize(TALL_WINDOW);
      if (theme === 'dark') await planner.screenshot('compare-dark');
      const contrasts = await textContrasts(
        page,
        '[data-view="compare"] .recharts-cartesian-axis-tick-value',
      );
      expect(contrasts.length).toBeGreaterThan(0);
      expect(lowContrast(contrasts)).toBe('');
      expect(await wcagViolations(page)).toBe('');

      await page.emulateMedia({ media: 'print', colorScheme: theme });
      await expect(page.getByTestId('save-scenario')).toBeHidden();
      await expect(page.getByTestId('compare-workbook')).toBeHidden();
      await expect(page.getByTestId('compare-table')).toBeVisible();
      await planner.screenshot(`compare-print-${theme}`);
    });
  }
});
