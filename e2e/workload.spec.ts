import { expect, type Page, test } from '@playwright/test';
import { costToRun } from '../lib/cost/cost-to-run';
import type { DesignInput } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { sizeWorkload } from '../lib/workload/size-workload';
import type { SizingAnswer } from '../lib/workload/types';
import { PlannerPage } from './pages/planner-page';

const WINDOW = { width: 1440, height: 900 };
/** The view scrolls inside the window: a tall one shows it whole in one screenshot. */
const TALL_WINDOW = { width: 1440, height: 2900 };

const fmt = (n: number) => n.toLocaleString('en-US');
const usd = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);

/** The answer the Workload view must show, computed by the library the view runs in its worker. */
function expectedAnswer(request: Record<string, unknown>): SizingAnswer {
  const r = sizeWorkload(request);
  if (!r.success) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.data;
}

/** The Workload view as a user sees it. */
class WorkloadPage {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  get status() {
    return this.page.getByTestId('sizing-status');
  }

  /** Waits for the answer of the form's current workload. */
  async sized(modelName: string) {
    await expect(this.status).toHaveText(new RegExp(`^Sized ${modelName}: `));
    await expect(this.page.locator('[data-view="workload"][data-sizing]')).toHaveCount(0);
  }

  /** The planner shows `design`: its figures on the Summary. */
  async expectPlannerShows(design: DesignInput) {
    const plan = planCluster(design);
    const planner = new PlannerPage(this.page);
    await expect(planner.tab('Summary')).toHaveAttribute('aria-selected', 'true');
    await expect(planner.headline('workers')).toHaveText(fmt(design.workerNodes));
    await expect(planner.figure('gpus')).toHaveText(fmt(plan.compute.totalGpus));
    await expect(planner.figure('gpu-name')).toHaveText(plan.compute.gpuName);
    await expect(planner.figure('cost')).toHaveText(usd(plan.bom.totalUSD));
    await expect(planner.field('Worker nodes')).toHaveValue(String(design.workerNodes));
    await expect(this.page.getByTestId('notice-sized-design')).toBeVisible();
  }
}

test.describe('the Workload view', () => {
  test('sizes Llama 3.1 70B FP8, 8,192 tokens, 64 users; "Use this design" makes it the planner’s design', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    const workload = new WorkloadPage(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await planner.goto();
    const before = await planner.figure('gpus').textContent();
    await planner.openTab('Workload');

    // The form opens on the example.
    await expect(workload.field('Model')).toHaveValue('llama-3.1-70b');
    await expect(workload.field('Weight precision')).toHaveValue('fp8');
    await expect(workload.field('Context (tokens per sequence)')).toHaveValue('8192');
    await expect(workload.field('Concurrent users')).toHaveValue('64');
    await workload.sized('Llama 3.1 70B');

    const answer = expectedAnswer({
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 64,
    });
    const best = answer.options.find((o) => o.id === answer.recommendation?.optionId);
    if (!best || !answer.recommended) throw new Error('the example must have a recommendation');
    await expect(page.getByTestId('sizing-recommended-option')).toHaveText(best.id);
    await expect(page.getByTestId('sizing-worker-nodes')).toHaveText(fmt(best.workerNodes));
    await expect(page.getByTestId('sizing-gpus')).toHaveText(fmt(best.gpus));
    await expect(page.getByTestId('sizing-cost')).toHaveText(usd(best.totalUSD ?? 0));
    await expect(page.getByTestId('sizing-weights')).toHaveText('70.6 GB');
    await expect(page.getByTestId('sizing-kv-cache')).toHaveText(`${answer.memory.kvCacheGB.toFixed(1)} GB`);
    // One row per GPU and layout, each with its fit and a way to use it.
    await expect(page.getByTestId('sizing-options').locator('[data-option]')).toHaveCount(
      answer.options.length,
    );
    for (const o of answer.options.filter((x) => x.fits)) {
      await expect(page.getByRole('button', { name: `Use this design: ${o.id}` })).toBeVisible();
    }
    // Every assumption is listed with an override input.
    await expect(page.getByTestId('sizing-assumptions').locator('tbody tr')).toHaveCount(
      Object.keys(answer.assumptions).length,
    );
    await planner.screenshot('workload-light');
    await page.setViewportSize(TALL_WINDOW);
    await planner.screenshot('workload-light-full');
    await page
      .locator('section[aria-labelledby="sizing-options-title"]')
      .screenshot({ path: 'test-results/screenshots/workload-options-light.png' });
    await page.setViewportSize(WINDOW);

    // By keyboard: focus the recommendation's button and press Enter.
    const use = page.getByTestId('use-recommended-design');
    await use.focus();
    await page.keyboard.press('Enter');
    await workload.expectPlannerShows(answer.recommended);
    expect(await planner.figure('gpus').textContent()).not.toBe(before);

    // The replaced design comes back with "Restore".
    await page
      .getByTestId('notice-sized-design')
      .getByRole('button', { name: 'Restore my previous design' })
      .click();
    await expect(planner.headline('workers')).toHaveText('64');
  });

  test('a filtered, bigger workload: the chosen option row fills the planner; assumptions override', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    const workload = new WorkloadPage(page);
    await planner.goto();
    await planner.openTab('Workload');
    await workload.field('Concurrent users').fill('1000');
    await workload.field('GPUs to size for').selectOption('h200-nvl');
    await workload.sized('Llama 3.1 70B');
    const answer = expectedAnswer({
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 1000,
      gpu: 'h200-nvl',
    });
    await expect(page.getByTestId('sizing-options').locator('[data-option]')).toHaveCount(3);
    await expect(page.getByTestId('sizing-recommended-option')).toHaveText(
      answer.recommendation?.optionId ?? '',
    );

    // An override changes the answer and is marked; a bad one is refused on its input.
    const override = page.getByLabel(/^Override: engine GPU memory utilisation/);
    await override.fill('1.5');
    await expect(page.getByTestId('workload-assumption-gpuMemoryUtilization-error')).toContainText(
      'at most 0.99',
    );
    await expect(workload.status).toContainText('1 field to fix');
    await override.fill('0.95');
    await workload.sized('Llama 3.1 70B');
    await expect(page.getByTestId('sizing-assumptions')).toContainText('overridden');
    const tuned = expectedAnswer({
      model: 'llama-3.1-70b',
      precision: 'fp8',
      contextTokens: 8192,
      users: 1000,
      gpu: 'h200-nvl',
      assumptions: { gpuMemoryUtilization: 0.95 },
    });
    const row =
      tuned.options.find((o) => o.fits && o.id !== tuned.recommendation?.optionId) ?? tuned.options[0]!;
    if (!row.design) throw new Error('a fitting option has a design');
    await page.getByRole('button', { name: `Use this design: ${row.id}` }).click();
    await workload.expectPlannerShows(row.design);
  });

  test('a bad field says why and keeps the last answer; the workload form survives a tab switch', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    const workload = new WorkloadPage(page);
    await planner.goto();
    await planner.openTab('Workload');
    await workload.sized('Llama 3.1 70B');
    await workload.field('Concurrent users').fill('0');
    await expect(page.getByTestId('workload-users-error')).toHaveText(
      'concurrent users must be at least 1 user',
    );
    await expect(workload.field('Concurrent users')).toHaveAttribute('aria-invalid', 'true');
    await expect(workload.status).toContainText('the answer below is for the last valid workload');
    await expect(page.getByTestId('sizing-recommended-option')).toBeVisible();
    await workload.field('Concurrent users').fill('32');
    await workload.field('Task').selectOption('lora');
    await expect(workload.field('Concurrent users')).toHaveCount(0);
    await workload.sized('Llama 3.1 70B');
    await planner.openTab('Summary');
    await planner.openTab('Workload');
    await expect(workload.field('Task')).toHaveValue('lora');
  });

  test('the Summary’s cost to run: energy from the plan’s typical power, inputs the user can change', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    const plan = planCluster((await import('../lib/design/schema')).DEFAULT_DESIGN);
    const r = costToRun(plan);
    const mwh = (kwh: number) => `${fmt(Math.round(kwh / 1000))} MWh`;
    await expect(page.getByTestId('cost-energy-kwh')).toHaveText(mwh(r.energy.yearlyKWh));
    await expect(page.getByTestId('cost-capex')).toHaveText(usd(plan.bom.totalUSD));
    await expect(page.getByTestId('cost-total')).toHaveText(usd(r.totalUSD));
    await page.getByLabel('PUE', { exact: true }).fill('1.2');
    await expect(page.getByTestId('cost-energy-kwh')).toHaveText(
      mwh(costToRun(plan, { pue: 1.2 }).energy.yearlyKWh),
    );
    await page.getByLabel('PUE', { exact: true }).fill('0.5');
    await expect(page.getByTestId('cost-pue-error')).toContainText('at least 1');
    await page
      .locator('section[aria-labelledby="cost-to-run-title"]')
      .screenshot({ path: 'test-results/screenshots/summary-cost-to-run.png' });
  });

  test('dark theme: the Workload view', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setTheme('dark');
    await planner.openTab('Workload');
    await new WorkloadPage(page).sized('Llama 3.1 70B');
    await planner.screenshot('workload-dark');
    await page.setViewportSize(TALL_WINDOW);
    await planner.screenshot('workload-dark-full');
  });
});
