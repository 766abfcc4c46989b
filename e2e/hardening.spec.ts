import { expect, type Locator, type Page, test } from '@playwright/test';
import { cablesByRack } from '../components/racks/rack-index';
import { switchCounts } from '../components/summary/summary-figures';
import { aDesign, type DesignInput } from '../lib/design/schema';
import { encodeShareFragment } from '../lib/design/share-link';
import { encodeDesignDocument } from '../lib/design/storage-codec';
import { planCluster } from '../lib/plan/plan-cluster';
import { PlannerPage, STORAGE_KEY, VIEW_TABS, type ViewTab } from './pages/planner-page';

/**
 * Issue 13 (hardening) in the browser: a design that cannot be planned, notices, the headline's
 * switch count, rack cable counts, plurals, truncation and wrapping, the BOM's header and money sort,
 * topology labels, the skip link and reflow below 1280 px. Screenshots under test-results/screenshots/.
 */

const fmt = (n: number) => n.toLocaleString('en-US');
const ra = planCluster(aDesign());

/**
 * A design the schema accepts but the planner refuses: its out-of-band subnet cannot hold the OOB
 * ports. A saved design or a share link is checked against the schema only, so it reaches the planner.
 */
const UNPLANNABLE: DesignInput = aDesign({ oobCidr: '10.250.0.0/24' });

async function openWithStoredDesign(page: Page, stored: string) {
  await page.goto('/');
  // After start-up, which saves the design it opened: written earlier, the text would be overwritten.
  await new PlannerPage(page).ready();
  await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element not rendered');
  return b;
}

test.describe('when planning or a view fails', () => {
  // The form keeps such a design with its errors on the fields, while the views keep the last
  // design that plans (state/planner-store.ts loadDesign).
  test('a saved design that cannot be planned says why on its field, the views keep the last plan', async ({
    page,
  }) => {
    await openWithStoredDesign(page, encodeDesignDocument(UNPLANNABLE));
    const planner = new PlannerPage(page);
    await planner.goto();
    const banner = page.getByTestId('design-invalid');
    await expect(banner).toContainText('1 field needs attention');
    await expect(banner).toContainText('too small');
    await expect(planner.fieldError('oobCidr')).toContainText('too small');
    await expect(planner.headline('workers')).toHaveText(fmt(ra.compute.workerNodes));
    await planner.screenshot('hardening-plan-error-light');

    // The banner's entry jumps to the field.
    await page.getByTestId('design-invalid-jump-oobCidr').click();
    await expect(planner.field('Out-of-band subnet')).toBeFocused();
  });

  test('a share link that cannot be planned, in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const planner = new PlannerPage(page);
    await planner.goto(`#${encodeShareFragment(UNPLANNABLE)}`);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(planner.fieldError('oobCidr')).toContainText('too small');
    await planner.screenshot('hardening-plan-error-dark');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`a view that cannot render shows the reason and a way back, not a blank page (${theme})`, async ({
      page,
    }) => {
      // A browser without ResizeObserver: the rack view fails as it mounts (it sizes its window with one).
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        w.__ResizeObserver = w.ResizeObserver;
        delete w.ResizeObserver;
      });
      await page.emulateMedia({ colorScheme: theme });
      const planner = new PlannerPage(page);
      await planner.goto();
      await planner.tab('Racks').click();
      const failure = page.getByTestId('plan-failure');
      await expect(failure).toHaveRole('alert');
      await expect(
        failure.getByRole('heading', { name: 'The planner could not show this design' }),
      ).toBeVisible();
      await expect(page.getByTestId('plan-failure-reason')).toContainText('ResizeObserver');
      // The header stays: the design can still be saved, another one opened.
      await expect(planner.heading).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save design', exact: true })).toBeVisible();
      await planner.screenshot(`hardening-plan-failure-${theme}`);

      // The browser "recovers"; the reset brings the reference design back, views and all.
      await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        w.ResizeObserver = w.__ResizeObserver;
      });
      await failure.getByRole('button', { name: 'Reset to the RA reference design' }).click();
      await expect(failure).toHaveCount(0);
      await expect(planner.headline('workers')).toHaveText(fmt(ra.compute.workerNodes));
      await expect(page.locator('[data-rack]').first()).toBeVisible();
      await expect(planner.notice('reset')).toBeVisible();
    });
  }
});

test.describe('notices', () => {
  test('do not pile up or cover the figures and the views: the newest three, each dismissible', async ({
    page,
  }) => {
    // A damaged saved design and a damaged share link: two notices at start-up.
    await openWithStoredDesign(page, '{ not json');
    await page.goto('about:blank');
    const link = encodeShareFragment(aDesign({ workerNodes: 12 }));
    const planner = new PlannerPage(page);
    await planner.goto(`#${link.slice(0, link.length - 25)}`);
    await expect(planner.notice('stored-damaged')).toBeVisible();
    await expect(planner.notice('link-damaged')).toBeVisible();
    // A reset and a damaged design file: four in all.
    await page.getByRole('banner').getByRole('button', { name: 'Reset to the RA reference design' }).click();
    await expect(planner.notice('reset')).toBeVisible();
    await page.getByTestId('design-file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ broken', 'utf8'),
    });
    await expect(planner.notice('file-damaged')).toBeVisible();

    const notices = page.getByRole('region', { name: 'Notices' });
    const items = notices.locator('[data-testid^="notice-"]');
    await expect(items).toHaveCount(3);
    // Newest first; the oldest waits behind a count.
    await expect(items.first()).toHaveAttribute('data-testid', 'notice-file-damaged');
    await expect(planner.notice('stored-damaged')).toHaveCount(0);
    await expect(page.getByTestId('notices-hidden')).toHaveText('and 1 earlier notice');

    // Nothing they cover: the headline figures, the view tabs, the view.
    const region = await box(notices);
    for (const covered of [
      page.locator('[aria-label="Headline figures"]'),
      page.getByRole('tablist', { name: 'Views' }),
      page.getByRole('tabpanel'),
    ]) {
      expect(overlaps(region, await box(covered))).toBe(false);
    }
    await planner.screenshot('hardening-notices-light');

    // Dismissing one brings the older one back; "Dismiss all" clears them.
    await planner
      .notice('file-damaged')
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await expect(items).toHaveCount(3);
    await expect(planner.notice('stored-damaged')).toBeVisible();
    await expect(page.getByTestId('notices-hidden')).toHaveCount(0);
    await notices.getByRole('button', { name: 'Dismiss all notices' }).click();
    await expect(notices).toHaveCount(0);
  });
});

test.describe('figures', () => {
  test('the headline counts every switch, with the breakdown by network', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    const counts = switchCounts(ra);
    expect(counts.total).toBe(
      ra.fabric.leafSwitches + ra.fabric.spineSwitches + ra.northSouth.switches + ra.oob.switches,
    );
    await expect(planner.headline('switches')).toHaveText(fmt(counts.total));
    await expect(planner.headline('switches-breakdown')).toHaveText(
      `${counts.leaf} leaf · ${counts.spine} spine · ${counts.northSouth} north-south · ${counts.oob} OOB`,
    );
    await expect(planner.figure('switches')).toHaveText(fmt(counts.total));
    // Read from the plan's own counts: the control plane is the plan's, the nodes its cluster nodes.
    await expect(planner.figure('cluster-nodes')).toHaveText(fmt(ra.kubernetes.clusterNodes));
  });

  test('warnings are listed in plan order, and counts agree with their nouns', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    const listed = page.getByRole('list', { name: 'Warnings' }).locator('li');
    await expect(listed).toHaveCount(ra.warnings.length);
    expect(await listed.evaluateAll((li) => li.map((l) => l.getAttribute('data-code')))).toEqual(
      ra.warnings.map((w) => w.code),
    );
    await expect(page.getByTestId('warning-count')).toHaveText(/^(No warnings|\d+ warnings?), \d+ notes?$/);

    // One worker: one server, in the singular.
    await planner.setDesign({ nodes: 1 });
    await planner.openTab('Topology');
    await expect(page.getByRole('button', { name: 'Expand 1 server', exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByText(/\b1 servers\b|\(s\)|->/)).toHaveCount(0);
  });

  test('racks say that their cable counts are the cables ending there, counted in both racks', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('Racks');
    const first = ra.racks[0]!;
    const counts = cablesByRack(ra).get(first.name)!;
    const cables = page.locator(`[data-rack="${first.name}"]`).getByTestId('rack-cables');
    await expect(cables).toContainText(`${fmt(counts.total)} cables end here`);
    await expect(cables).toContainText(`${fmt(counts.toOtherRacks)} also end in another rack`);
    // The elevation is drawn whole under the taller cable lines: no U cut off at the bottom.
    const drawing = page.locator(`[data-rack="${first.name}"] svg`);
    const drawn = await drawing.evaluate((svg) => [
      svg.getBoundingClientRect().height,
      Number(svg.getAttribute('height')),
    ]);
    expect(drawn[0]).toBeCloseTo(drawn[1]!, 0);
    const card = await box(page.locator(`[data-rack="${first.name}"]`));
    const svgBox = await box(drawing);
    expect(svgBox.y + svgBox.height).toBeLessThanOrEqual(card.y + card.height);
    await planner.screenshot('hardening-racks-light');
  });
});

test.describe('truncation, wrapping and sorting', () => {
  test('the GPU name is whole in its key figure and its picker at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const planner = new PlannerPage(page);
    await planner.goto();
    const name = page.getByTestId('figure-gpu-name');
    await expect(name).toHaveText(ra.compute.gpuName);
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The select shows its option's text in its content box (less padding and the arrow).
    const fits = await planner.field('GPU').evaluate((el) => {
      const select = el as HTMLSelectElement;
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0]?.text ?? '').width;
      const arrow = 20;
      return (
        text + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight) + arrow <=
        select.clientWidth
      );
    });
    expect(fits).toBe(true);
    await planner.screenshot('hardening-summary-1280-light');
  });

  test('BOM: part numbers stay whole, the header stays on top, money sorts most expensive first', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('BOM');
    const table = page.getByTestId('bom-table');
    // Every word of every part number on one line ("SYS-212GB-FNR" once broke after a hyphen).
    const broken = await table
      .locator('tbody td:first-child span.whitespace-nowrap')
      .evaluateAll((words) => words.filter((w) => w.getClientRects().length !== 1).map((w) => w.textContent));
    expect(broken).toEqual([]);

    const scroller = page.getByTestId('bom-scroller');
    const header = page.getByRole('columnheader', { name: 'Part number' });
    const top = (await box(scroller)).y;
    await scroller.evaluate((el) => el.scrollBy(0, 600));
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    expect(Math.abs((await box(header)).y - top)).toBeLessThan(2);
    // The page itself never scrolls sideways: the table scrolls inside its card.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await planner.screenshot('hardening-bom-sticky-light');
    await scroller.evaluate((el) => el.scrollTo(0, 0));

    const extended = page.getByRole('columnheader', { name: 'Extended' });
    await extended.getByRole('button').click();
    await expect(extended).toHaveAttribute('aria-sort', 'descending');
    const dearest = [...ra.bom.lines].sort((a, b) => b.extendedPriceUSD - a.extendedPriceUSD)[0]!;
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-part', dearest.partId);
    await extended.getByRole('button').click();
    await expect(extended).toHaveAttribute('aria-sort', 'ascending');
    const cheapest = [...ra.bom.lines].sort((a, b) => a.extendedPriceUSD - b.extendedPriceUSD)[0]!;
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-part', cheapest.partId);
    // Text columns still start A to Z.
    const partNumber = page.getByRole('columnheader', { name: 'Part number' });
    await partNumber.getByRole('button').click();
    await expect(partNumber).toHaveAttribute('aria-sort', 'ascending');
  });

  test("topology: an expanded group's server links do not pile up labels", async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('Topology');
    await page.getByLabel('North-south network').check();
    const perServer = (text: string) =>
      page.locator('.react-flow__edge-text').filter({ hasText: new RegExp(`^${text}$`) });
    await page
      .getByRole('button', { name: /^Expand 32 servers/ })
      .first()
      .click();
    await expect(page.locator('.react-flow__node-server')).toHaveCount(32);
    // Selected (by keyboard: the view re-frames after an expand), the group and its leaf light every
    // server link, and none of them is labelled: the group's card says "× 2 × 400G" once.
    await page.mouse.move(0, 0);
    async function select(node: Locator) {
      await node.focus();
      await page.keyboard.press('Enter');
      await expect(node).toHaveClass(/selected/);
      await expect(page.getByTestId('topology-canvas')).toHaveClass(/has-focus/);
    }
    await select(page.locator('.react-flow__node-serverGroup').first());
    await expect(perServer('2 × 400G')).toHaveCount(0);
    await expect(perServer('2 × 200G')).toHaveCount(0);
    await planner.screenshot('hardening-topology-expanded-light');
    await select(page.locator('.react-flow__node-switch').filter({ hasText: 'leaf-1' }));
    await expect(perServer('2 × 400G')).toHaveCount(0);
    // Selecting one server labels its own links, once each.
    const server = page.locator('.react-flow__node-server').first();
    await select(server);
    await expect(perServer('2 × 400G')).toHaveCount(1);
    await expect(perServer('2 × 200G')).toHaveCount(1);
    await planner.screenshot('hardening-topology-server-light');
  });
});

test.describe('keyboard', () => {
  test('"Skip to views" is the first Tab stop and puts focus on the selected view tab', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to views' });
    await expect(skip).toBeFocused();
    const skipBox = await box(skip);
    expect(skipBox.width).toBeGreaterThan(40);
    expect(skipBox.y).toBeGreaterThanOrEqual(0);
    await planner.screenshot('hardening-skip-link-light');
    await page.keyboard.press('Enter');
    await expect(planner.tab('Summary')).toBeFocused();
    // On from the tab: the arrow keys move between views, Tab enters the view.
    await page.keyboard.press('ArrowRight');
    await expect(planner.tab('Topology')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel', { name: 'Topology' })).toBeFocused();
  });
});

const NARROW = [1024, 768] as const;
/** Views whose content must fit their panel (their tables scroll inside their cards). */
const REFLOWING: readonly ViewTab[] = ['Summary', 'Topology', 'Racks', 'Kubernetes', 'BOM'];

test.describe('below 1280 px', () => {
  for (const width of NARROW) {
    test(`reflows at ${width} px: no sideways page scroll, the form above the views when narrow`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const planner = new PlannerPage(page);
      await planner.goto();
      const form = page.getByRole('complementary', { name: 'Design inputs' });
      const views = page.getByRole('tablist', { name: 'Views' });
      const formBox = await box(form);
      const viewsBox = await box(views);
      if (width < 1024) expect(formBox.y + formBox.height).toBeLessThanOrEqual(viewsBox.y + 1);
      else expect(formBox.x + formBox.width).toBeLessThanOrEqual(viewsBox.x + 1);

      for (const tab of VIEW_TABS) {
        await planner.openTab(tab);
        await expect(page.getByText(/^Loading /)).toHaveCount(0);
        const pageOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(pageOverflow, `${tab} at ${width} px scrolls the page sideways`).toBeLessThanOrEqual(0);
        if (REFLOWING.includes(tab)) {
          const panel = page.getByRole('tabpanel', { name: tab });
          const panelOverflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
          expect(panelOverflow, `${tab} at ${width} px is wider than its panel`).toBeLessThanOrEqual(0);
        }
        if (tab !== 'Exports' && tab !== 'Network') {
          await planner.screenshot(`hardening-${tab.toLowerCase()}-${width}-light`);
        }
      }
    });
  }
});
