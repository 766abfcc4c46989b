import { expect, type Page, test } from '@playwright/test';
import { aDesign } from '../lib/design/schema';
import { encodeShareFragment } from '../lib/design/share-link';
import { planCluster } from '../lib/plan/plan-cluster';
import { wcagViolations } from './axe-scan';
import { PlannerPage } from './pages/planner-page';
import { lowContrast, textContrasts } from './text-contrast';

// 4,096 workers need a /11 pod CIDR, so the service CIDR moves out of its way (as bench/browser.ts).
const DESIGN = aDesign({
  layout: '1-2-2-200',
  workerNodes: 4096,
  podCidr: '100.64.0.0/11',
  serviceCidr: '100.96.0.0/14',
});
const plan = planCluster(DESIGN);
const LEAVES_PER_BLOCK = 8;
const blocks = Math.ceil(plan.fabric.leaves.length / LEAVES_PER_BLOCK);
const firstBlock = plan.fabric.leaves.slice(0, LEAVES_PER_BLOCK);
/** The plan's own numbers: uplinks and servers of the first block's leaves. */
const blockUplinks = firstBlock.reduce((s, l) => s + l.uplinks, 0);
const blockServerPorts = firstBlock.reduce((s, l) => s + l.serverPorts, 0);
const blockServers = firstBlock.reduce((s, l) => s + l.servers, 0);
const fmt = (n: number) => n.toLocaleString('en-US');

const canvas = (page: Page) => page.getByTestId('topology-canvas');
const edgeLabels = (page: Page, text: string) =>
  page.locator('.react-flow__edge-text').filter({ hasText: new RegExp(`^${text}$`) });

async function openTopology(page: Page): Promise<PlannerPage> {
  const planner = new PlannerPage(page);
  await planner.goto(`#${encodeShareFragment(DESIGN)}`);
  await expect(planner.headline('workers')).toHaveText('4,096');
  await planner.notice('link-opened').getByRole('button', { name: 'Dismiss' }).click();
  await planner.openTab('Topology');
  await expect(planner.topologySummary).toContainText('32 spines, 64 leaves');
  return planner;
}

test.describe('topology at 4,096 workers', () => {
  test('shows leaf blocks under one spine tier, bundled links labelled with the plan totals', async ({
    page,
  }) => {
    const planner = await openTopology(page);
    await expect(planner.topologySummary).toContainText(`leaves in ${blocks} blocks of 8`);
    // 8 leaf blocks and the spine tier; no switch drawn on its own.
    await expect(page.locator('.react-flow__node-switchBlock')).toHaveCount(blocks + 1);
    await expect(page.locator('.react-flow__node-switch')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Expand leaf-1 … leaf-8' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Expand spine-1 … spine-32' })).toBeVisible();
    // One bundle per block up to the spines, one down to its servers.
    await expect(edgeLabels(page, `${blockUplinks} × 800G`)).toHaveCount(blocks);
    await expect(edgeLabels(page, `${blockServerPorts} × 400G`)).toHaveCount(blocks);
    await expect(page.locator('.react-flow__node-serverGroup').first()).toContainText(
      `${fmt(blockServers)} servers`,
    );
    expect(blockUplinks * blocks).toBe(plan.fabric.spineLinks);
    await planner.screenshot('topology-4096-light');

    // Hovering a block lights its bundles: one up, one down.
    await page.locator('.react-flow__node-switchBlock').nth(1).hover();
    await expect(canvas(page)).toHaveClass(/has-focus/);
    await expect(page.locator('.react-flow__edge.lit')).toHaveCount(2);
  });

  test('a block expands to its leaves, each with its own links and server group', async ({ page }) => {
    const planner = await openTopology(page);
    await page.getByRole('button', { name: 'Expand leaf-1 … leaf-8' }).click();
    const leaves = page.locator('.react-flow__node-switch');
    await expect(leaves).toHaveCount(LEAVES_PER_BLOCK);
    await expect(leaves.first()).toContainText('leaf-1');
    await expect(page.getByRole('button', { name: 'Collapse leaf-1 … leaf-8' })).toBeVisible();
    // Each leaf's own bundle to the spine tier and its own group, as the plan gives them.
    const leaf = firstBlock[0]!;
    await expect(edgeLabels(page, `${leaf.uplinks} × 800G`)).toHaveCount(LEAVES_PER_BLOCK);
    await expect(page.getByRole('button', { name: `Expand ${leaf.servers} servers` })).toHaveCount(
      LEAVES_PER_BLOCK,
    );
    // The view frames the opened block and its groups; its links' labels show above it.
    await page.waitForTimeout(400);
    await planner.screenshot('topology-4096-expanded-light');

    // A leaf's links light up, through the block.
    await leaves.nth(2).hover();
    await expect(canvas(page)).toHaveClass(/has-focus/);
    await expect(page.locator('.react-flow__edge.lit')).toHaveCount(2);

    // Back to the whole fabric: the spine tier opens to its spines, the leaf links then go to each.
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.getByRole('button', { name: 'Expand spine-1 … spine-32' }).click();
    const spines = page.locator('.react-flow__node-switch').filter({ hasText: /^spine-\d+/ });
    await expect(spines).toHaveCount(plan.fabric.spineSwitches);
    await page.waitForTimeout(400);
    await planner.screenshot('topology-4096-spines-light');
    await page.getByRole('button', { name: 'Collapse spine-1 … spine-32' }).click();
    await expect(spines).toHaveCount(0);
  });

  test('north-south and out-of-band networks are drawn as tiers too', async ({ page }) => {
    const planner = await openTopology(page);
    await page.getByLabel('North-south network').check();
    await page.getByLabel('Out-of-band network').check();
    await expect(planner.topologySummary).toContainText(`${plan.northSouth.switches} north-south switches`);
    await expect(planner.topologySummary).toContainText(`${plan.oob.switches} OOB switches`);
    await expect(page.getByRole('button', { name: /^Expand ns-1 … / })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Expand oob-1 … / })).toBeVisible();
    // 8 leaf blocks, the spine, north-south and OOB tiers; a few dozen nodes for 4,096 servers.
    await expect(page.locator('.react-flow__node-switchBlock')).toHaveCount(blocks + 3);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(40);
    await planner.screenshot('topology-4096-networks-light');
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`topology at 4,096 workers, ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('blocks pass axe and keep text contrast, collapsed and expanded', async ({ page }) => {
      await openTopology(page);
      await page.getByRole('button', { name: 'Expand leaf-1 … leaf-8' }).click();
      await expect(page.locator('.react-flow__node-switch')).toHaveCount(LEAVES_PER_BLOCK);
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.waitForTimeout(300);
      if (theme === 'dark')
        await page.screenshot({ path: 'test-results/screenshots/topology-4096-dark.png' });
      // Tall enough for the whole view, so every node is rendered and measured (as e2e/a11y.spec.ts).
      await page.setViewportSize({ width: 1440, height: 2600 });
      const selector = '.react-flow__node .truncate, .react-flow__node button, .react-flow__edge-text';
      const contrasts = await textContrasts(page, selector);
      expect(contrasts.length).toBeGreaterThan(0);
      expect(lowContrast(contrasts), `text under 4.5:1 (${theme})`).toBe('');
      expect(await wcagViolations(page), `axe (${theme})`).toBe('');
    });
  });
}
