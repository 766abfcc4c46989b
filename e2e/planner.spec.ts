import { expect, test } from '@playwright/test';
import { aDesign } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { DAMAGED_BACKUP_KEY, PlannerPage, STORAGE_KEY, VIEW_TABS } from './pages/planner-page';

const fmt = (n: number) => n.toLocaleString('en-US');

test.describe('the planner', () => {
  test('opens on the RA reference design with every view tab', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await expect(planner.heading).toBeVisible();
    const ra = planCluster(aDesign());
    await expect(planner.figure('gpus')).toHaveText(fmt(ra.compute.totalGpus));
    await expect(planner.figure('leaf-switches')).toHaveText(String(ra.fabric.leafSwitches));
    await expect(planner.figure('spine-switches')).toHaveText(String(ra.fabric.spineSwitches));
    await expect(planner.figure('racks')).toHaveText(fmt(ra.racks.length));
    await expect(planner.page.getByRole('tablist', { name: 'Views' }).getByRole('tab')).toHaveText([
      ...VIEW_TABS,
    ]);
  });

  test('changing GPU, layout and node count changes the figures, the topology and the racks', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();

    // RA Network configuration table: 48 nodes of 4 GPUs and 2 SuperNICs -> 2 leaves, 1 spine.
    await planner.setDesign({ layout: '1-4-3-200', nodes: 48 });
    const p48 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 }));
    await expect(planner.figure('leaf-switches')).toHaveText('2');
    await expect(planner.figure('spine-switches')).toHaveText('1');
    await expect(planner.figure('gpus')).toHaveText(fmt(p48.compute.totalGpus));
    await planner.screenshot('summary-light');

    await planner.openTab('Topology');
    await expect(planner.topologySummary).toContainText('1 spine, 2 leaves');
    await expect(page.locator('.react-flow__node-switch')).toHaveCount(3);
    await expect(page.locator('.react-flow__edge')).toHaveCount(4);
    await expect(page.locator('.react-flow__edge-text').first()).toBeVisible();
    await planner.screenshot('topology-light');

    await planner.openTab('Racks');
    await expect(planner.racksSummary).toContainText(`${p48.racks.length} racks`);
    await expect(page.locator('[data-rack]').first()).toBeVisible();
    await planner.screenshot('racks-light');

    // RA table: 32 nodes -> a single leaf and no spine.
    await planner.setDesign({ nodes: 32 });
    const p32 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 32 }));
    await expect(planner.racksSummary).toContainText(`${p32.racks.length} racks`);
    await planner.openTab('Topology');
    await expect(planner.topologySummary).toContainText('0 spines, 1 leaf');
    await expect(page.locator('.react-flow__node-switch')).toHaveCount(1);
    await planner.openTab('Summary');
    await expect(planner.figure('leaf-switches')).toHaveText('1');
    await expect(planner.figure('spine-switches')).toHaveText('0');

    // Another GPU: memory per GPU changes, GPU count does not.
    await planner.selectOption('GPU', 'h200-nvl');
    const h200 = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 32, gpu: 'h200-nvl' }));
    await expect(planner.figure('gpu-memory')).toHaveText(`${h200.compute.totalGpuMemoryTB.toFixed(1)} TB`);
    await expect(planner.figure('gpus')).toHaveText(fmt(h200.compute.totalGpus));
    // The MIG picker offers only this GPU's profiles.
    await expect(planner.field('MIG profile').locator('option')).toHaveText([
      'None (whole GPUs)',
      /^1g\.18gb/,
      /^1g\.35gb/,
      /^2g\.35gb/,
      /^3g\.71gb/,
      /^4g\.71gb/,
      /^7g\.141gb/,
    ]);
  });

  test('the slider and the number field move together up to the 3-tier ceiling; the hint says the layout limit', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    const slider = page.getByRole('slider', { name: 'Worker nodes slider' });
    await expect(slider).toHaveAttribute('max', '16384');
    await expect(page.locator('#field-workerNodes-hint')).toContainText("2,048 in the RA's 2-tier fabric");
    await planner.selectOption('Server layout', '1-2-2-200');
    await expect(page.locator('#field-workerNodes-hint')).toContainText("4,096 in the RA's 2-tier fabric");
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(planner.field('Worker nodes')).toHaveValue('65');
    await expect(planner.headline('workers')).toHaveText('65');
  });

  test('a bad CIDR is explained inline while the last valid figures stay', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });
    const gpus = await planner.figure('gpus').textContent();

    const pod = planner.field('Pod CIDR');
    await pod.fill('100.64.0.1/12');
    await expect(pod).toHaveAttribute('aria-invalid', 'true');
    await expect(planner.fieldError('podCidr')).toContainText('host bits set');
    await expect(pod).toHaveAttribute('aria-describedby', /field-podCidr-error/);
    await expect(pod).toHaveValue('100.64.0.1/12');
    await expect(page.getByTestId('design-invalid')).toContainText('The views show the last valid design');

    // Still the last valid plan, and the next edit does not sneak past the invalid field.
    await planner.setWorkerNodes(16);
    await expect(planner.figure('gpus')).toHaveText(gpus ?? '');
    await expect(planner.headline('workers')).toHaveText('48');
    await planner.screenshot('invalid-cidr-light');

    await pod.fill('100.64.0.0/12');
    await expect(pod).toHaveAttribute('aria-invalid', 'false');
    await expect(planner.headline('workers')).toHaveText('16');
  });

  test('the design survives a reload, including text still being fixed', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ layout: '1-2-3-400', nodes: 24 });
    await planner.field('Service CIDR').fill('100.80.0.0/33');
    await page.reload();
    await planner.ready();
    await expect(planner.field('Server layout')).toHaveValue('1-2-3-400');
    await expect(planner.field('Worker nodes')).toHaveValue('24');
    await expect(planner.headline('workers')).toHaveText('24');
    await expect(planner.field('Service CIDR')).toHaveValue('100.80.0.0/33');
    await expect(planner.fieldError('serviceCidr')).toBeVisible();
  });

  test('a damaged saved design opens the reference design, says so and keeps the text', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await page.evaluate(
      (key) => window.localStorage.setItem(key, '{"schemaVersion":1,"design":{"gpu":'),
      STORAGE_KEY,
    );
    await page.reload();
    await planner.ready();
    await expect(planner.notice('stored-damaged')).toContainText('Your saved design could not be opened');
    await expect(planner.headline('workers')).toHaveText('64');
    const backup = await page.evaluate((key) => window.localStorage.getItem(key), DAMAGED_BACKUP_KEY);
    expect(backup).toBe('{"schemaVersion":1,"design":{"gpu":');
  });

  test('Copy link puts the design in the URL, and opening it restores the design', async ({
    page,
    browser,
  }) => {
    const planner = new PlannerPage(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await planner.goto();
    await planner.setDesign({ gpu: 'h200-nvl', layout: '1-2-2-200', nodes: 12 });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('dialog', { name: 'Share link' })).toContainText('Link copied');
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/#d=[A-Za-z0-9_-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // Someone else, with an empty browser, opens it.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const them = new PlannerPage(otherPage);
    await otherPage.goto(url);
    await them.ready();
    await expect(them.notice('link-opened')).toContainText('Opened a shared design');
    await expect(them.field('GPU')).toHaveValue('h200-nvl');
    await expect(them.field('Server layout')).toHaveValue('1-2-2-200');
    await expect(them.headline('workers')).toHaveText('12');
    expect(new URL(otherPage.url()).hash).toBe('');
    await other.close();
  });

  test('opening a link over my own design keeps mine, restorable', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 40 });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    await planner.setDesign({ nodes: 8 });
    await page.goto('about:blank');
    await page.goto(url);
    await planner.ready();
    await expect(planner.headline('workers')).toHaveText('40');
    await planner.notice('link-opened').getByRole('button', { name: 'Restore my previous design' }).click();
    await expect(planner.headline('workers')).toHaveText('8');
  });

  test('a damaged share link shows a notice and loses nothing', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 20 });
    const stored = await planner.storedDesign();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    await page.goto('about:blank');
    await page.goto(url.slice(0, url.length - 25));
    await planner.ready();
    await expect(planner.notice('link-damaged')).toContainText('This share link could not be opened');
    await expect(planner.notice('link-damaged')).toContainText('your saved design is unchanged');
    await expect(planner.headline('workers')).toHaveText('20');
    expect(await planner.storedDesign()).toBe(stored);
    await planner.screenshot('damaged-link-light');
  });

  test('racks: selecting a device by mouse or keyboard lists its links with lengths and media', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });
    await planner.openTab('Racks');
    const plan = planCluster(aDesign({ workerNodes: 48 }));
    const leaf = plan.racks.flatMap((r) => r.devices).find((d) => d.role === 'leaf')!;
    await page.locator(`[data-device="${leaf.name}"]`).click();
    await expect(page.getByTestId('selected-device')).toHaveText(leaf.name);
    const links = page.getByRole('table', { name: `Links of ${leaf.name}` }).locator('tbody tr');
    const expected = plan.cabling.cables.flatMap((c) =>
      c.legs.filter((l) => l.a.device === leaf.name || l.b.device === leaf.name),
    ).length;
    await expect(links).toHaveCount(expected);
    await expect(links.first()).toContainText(/\d+(\.\d)? m/);
    await expect(links.first()).toContainText(/DAC|ACC|AEC|Fiber|Cat6/);

    // Keyboard: focus the first device of the first rack, move up with the arrow key, select with Enter.
    const rack = page.locator(`[data-rack="${plan.racks[0]!.name}"]`);
    await rack.locator('g[data-device][tabindex="0"]').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const second = [...plan.racks[0]!.devices].sort((a, b) => a.u - b.u)[1]!;
    await expect(page.getByTestId('selected-device')).toHaveText(second.name);
    await planner.screenshot('racks-selected-light');
  });

  test('topology: expand a group, show the other networks, highlight a switch', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });
    await planner.openTab('Topology');
    await page.getByRole('button', { name: 'Expand 16 servers' }).click();
    await expect(page.locator('.react-flow__node-server')).toHaveCount(16);
    await page.getByLabel('North-south network').check();
    await page.getByLabel('Out-of-band network').check();
    const plan = planCluster(aDesign({ workerNodes: 48 }));
    await expect(planner.topologySummary).toContainText(`${plan.northSouth.switches} north-south switches`);
    await page.locator('.react-flow__node-switch').first().hover();
    await expect(page.getByTestId('topology-canvas')).toHaveClass(/has-focus/);
    await expect(page.locator('.react-flow__edge.lit').first()).toBeVisible();
    await planner.screenshot('topology-expanded-light');

    // Keyboard: focus a switch and select it with Enter; its links stay lit without the mouse.
    await page.mouse.move(0, 0);
    await expect(page.getByTestId('topology-canvas')).not.toHaveClass(/has-focus/);
    const leaf = page.locator('.react-flow__node-switch').nth(1);
    await leaf.focus();
    await page.keyboard.press('Enter');
    await expect(leaf).toHaveClass(/selected/);
    await expect(page.getByTestId('topology-canvas')).toHaveClass(/has-focus/);
  });

  test('network, Kubernetes and BOM views read the plan; BOM headers sort', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    const ra = planCluster(aDesign());
    await planner.openTab('Network');
    await expect(page.getByTestId('port-prefix')).toContainText(`/${ra.network.portPrefixLength}`);
    await expect(page.getByText(ra.network.prefixReason)).toBeVisible();
    await planner.screenshot('network-light');

    await planner.openTab('Kubernetes');
    await expect(page.getByTestId('workload-pods')).toHaveText(fmt(ra.kubernetes.workloadPods));
    await planner.screenshot('kubernetes-light');

    await planner.openTab('BOM');
    await expect(page.getByTestId('bom-total')).toHaveText(`$${fmt(Math.round(ra.bom.totalUSD))}`);
    // Money columns sort most expensive first, then the other way (components/bom/bom-sort.ts).
    const header = page.getByRole('columnheader', { name: 'Extended' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const first = page.getByTestId('bom-table').locator('tbody tr').first();
    const top = [...ra.bom.lines].sort((a, b) => b.extendedPriceUSD - a.extendedPriceUSD)[0]!;
    await expect(first).toContainText(top.partNumber);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await planner.screenshot('bom-light');

    await planner.openTab('Exports');
    await expect(page.locator('[data-view="exports"]')).toBeVisible();
    await planner.screenshot('exports-light');
  });

  test('a price override changes the cost and is marked in the BOM', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await page.getByText('Price overrides (USD)').click();
    await page.locator('#field-price-sn5610').fill('1000');
    const ra = planCluster(aDesign({ priceOverridesUSD: { sn5610: 1000 } }));
    await expect(planner.figure('cost')).toHaveText(`$${fmt(Math.round(ra.bom.totalUSD))}`);
    await planner.openTab('BOM');
    await expect(page.locator('tr[data-part="sn5610"]').first()).toContainText('override');
  });

  test('keyboard: tabs move with the arrow keys and focus is visible', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.tab('Summary').focus();
    await page.keyboard.press('ArrowRight');
    await expect(planner.tab('Topology')).toBeFocused();
    await expect(planner.tab('Topology')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(planner.tab('Exports')).toBeFocused();
    const outline = await planner.tab('Exports').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('dark theme: toggles, persists, and the views stay readable', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });
    await planner.setTheme('dark');
    await page.reload();
    await planner.ready();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await planner.screenshot('summary-dark');
    await planner.openTab('Topology');
    await expect(page.locator('.react-flow__node-switch').first()).toBeVisible();
    await planner.screenshot('topology-dark');
    await planner.openTab('Racks');
    await expect(page.locator('[data-rack]').first()).toBeVisible();
    await planner.screenshot('racks-dark');
    await planner.setTheme('light');
  });

  test('fits a 1280x720 laptop without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const planner = new PlannerPage(page);
    await planner.goto();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await planner.screenshot('summary-1280-light');
    await planner.openTab('Racks');
    await expect(page.locator('[data-rack]').first()).toBeVisible();
    await planner.screenshot('racks-1280-light');
  });

  test('4,096 workers: topology aggregates and racks are windowed', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.field('Pod CIDR').fill('100.64.0.0/11');
    await planner.field('Service CIDR').fill('100.96.0.0/14');
    await planner.setDesign({ layout: '1-2-2-200', nodes: 4096 });
    await planner.openTab('Topology');
    await expect(planner.topologySummary).toContainText('32 spines, 64 leaves');
    // Leaf blocks under a spine tier (e2e/topology-scale.spec.ts covers them and takes the pictures).
    await expect(page.locator('.react-flow__node-switchBlock')).toHaveCount(9);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(400);
    await planner.openTab('Racks');
    const plan = planCluster(
      aDesign({
        layout: '1-2-2-200',
        workerNodes: 4096,
        podCidr: '100.64.0.0/11',
        serviceCidr: '100.96.0.0/14',
      }),
    );
    await expect(planner.racksSummary).toContainText(`${fmt(plan.racks.length)} racks`);
    expect(await page.locator('[data-rack]').count()).toBeLessThan(plan.racks.length);
    await planner.screenshot('racks-4096-light');
  });
});
