import { expect, type Locator, type Page, test } from '@playwright/test';
import { wcagViolations } from './axe-scan';
import { type FocusedElement, focusedElement } from './focus-ring';
import { PlannerPage, VIEW_TABS, type ViewTab } from './pages/planner-page';
import { lowContrast, textContrasts } from './text-contrast';

const THEMES = ['light', 'dark'] as const;

/**
 * Each view once its lazy parts have loaded, with the parts a user opens on demand opened too, so axe
 * sees the controls and text the view can show (not a skeleton).
 */
const OPEN_VIEW: Record<ViewTab, (page: Page) => Promise<void>> = {
  Summary: async (page) => {
    await expect(page.locator('[data-view="summary"] .recharts-surface')).toHaveCount(2);
    // The design form is on every tab; its closed group is opened here once.
    await page.getByText('Price overrides (USD)').click();
    await expect(page.locator('#field-price-sn5610')).toBeVisible();
  },
  Topology: async (page) => {
    await expect(page.locator('.react-flow__node-switch').first()).toBeVisible();
    await page.getByLabel('North-south network').check();
    await page.getByLabel('Out-of-band network').check();
    await page
      .getByRole('button', { name: /^Expand / })
      .first()
      .click();
    await expect(page.locator('.react-flow__node-server').first()).toBeVisible();
    // A selected switch: its links are lit and labelled, every other node is muted. (Selected by
    // keyboard, not hover: the view re-frames after an expand and could move a node from under the mouse.)
    await page.mouse.move(0, 0);
    const leaf = page.locator('.react-flow__node-switch').nth(1);
    await leaf.focus();
    await page.keyboard.press('Enter');
    await expect(leaf).toHaveClass(/selected/);
    await expect(page.getByTestId('topology-canvas')).toHaveClass(/has-focus/);
  },
  Racks: async (page) => {
    await page.locator('[data-rack] g[data-device]').first().click();
    await expect(page.getByTestId('device-links')).toBeVisible();
  },
  Network: async (page) => {
    await expect(page.getByTestId('port-prefix')).toBeVisible();
    // The address plan filtered (a server's rows) and its conventions opened.
    await page.getByLabel('Filter (device, port, prefix, peer)').fill('gpu-001');
    await expect(page.getByTestId('address-count')).toContainText(' of ');
    await page.getByText('How addresses are handed out').click();
    await expect(page.getByText(/^Node names are the server names/)).toBeVisible();
  },
  Kubernetes: async (page) => {
    await expect(page.getByTestId('workload-pods')).toBeVisible();
  },
  Workload: async (page) => {
    // The custom-model fields opened, and the answer for that model on screen.
    await page.getByLabel('Model', { exact: true }).selectOption('custom');
    await expect(page.getByLabel('Layers', { exact: true })).toBeVisible();
    await expect(page.getByTestId('sizing-status')).toContainText('Sized custom model');
  },
  Compare: async (page) => {
    // One saved scenario: the table, its baseline picker and the chart on screen.
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('save-scenario-status')).toContainText('Saved "');
    await expect(page.locator('[data-view="compare"][data-comparing]')).toHaveCount(0);
    await expect(page.getByTestId('compare-table')).toBeVisible();
  },
  BOM: async (page) => {
    await expect(page.getByTestId('bom-total')).toBeVisible();
  },
  Exports: async (page) => {
    const profile = page.locator('[data-profile]').first();
    await profile.locator('summary').first().click();
    await profile.locator('details summary').first().click();
    await expect(profile.locator('details pre').first()).toBeVisible();
  },
};

/** Text axe leaves "incomplete" (SVG text on shapes, React Flow's layered canvas), measured by hand. */
const UNMEASURED_TEXT: Partial<Record<ViewTab, string>> = {
  Summary: '.recharts-cartesian-axis-tick-value',
  Topology: '.react-flow__node .truncate, .react-flow__node button, .react-flow__edge-text',
  Racks: '[data-rack] svg text',
};

/**
 * The views fill the window and scroll inside it; axe cannot judge the colours of text scrolled out
 * of sight, so the scans run in a window tall enough to show each view whole.
 */
const TALL_WINDOW = { width: 1440, height: 2600 };

const slug = (tab: ViewTab) => tab.toLowerCase();

for (const theme of THEMES) {
  test.describe(`accessibility, ${theme} theme`, () => {
    // The system preference picks the theme on a first visit (no saved choice), as for a real user.
    test.use({ colorScheme: theme });

    for (const tab of VIEW_TABS) {
      test(`${tab}: no WCAG 2.1 A/AA violations`, async ({ page }) => {
        const planner = new PlannerPage(page);
        await planner.goto();
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await planner.openTab(tab);
        await OPEN_VIEW[tab](page);
        await expect(page.getByText('Updating…')).toHaveCount(0);
        // The scan is of the view itself: its lazily loaded charts drawn, no placeholder left.
        await expect(page.getByText(/^Loading /)).toHaveCount(0);
        if (theme === 'dark') {
          await page.screenshot({ path: `test-results/screenshots/a11y-${slug(tab)}-dark.png` });
        }
        await page.setViewportSize(TALL_WINDOW);
        const unmeasured = UNMEASURED_TEXT[tab];
        if (unmeasured) {
          const contrasts = await textContrasts(page, unmeasured);
          expect(contrasts.length, `text found by ${unmeasured}`).toBeGreaterThan(0);
          expect(lowContrast(contrasts), `text under 4.5:1 on ${tab} (${theme})`).toBe('');
        }
        expect(await wcagViolations(page), `axe found WCAG 2.1 A/AA violations on ${tab} (${theme})`).toBe(
          '',
        );
      });
    }

    test('states shown on demand: an invalid field, the share dialog, a notice', async ({ page }) => {
      const planner = new PlannerPage(page);
      await planner.goto();
      await planner.field('Pod CIDR').fill('100.64.0.1/12');
      await expect(planner.fieldError('podCidr')).toBeVisible();
      await expect(page.getByTestId('design-invalid')).toBeVisible();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByRole('dialog', { name: 'Share link' })).toBeVisible();
      expect(await wcagViolations(page), `axe: invalid field and share dialog (${theme})`).toBe('');

      // A notice over the views: a damaged share link.
      const url = await page.getByTestId('share-url').inputValue();
      await page.goto('about:blank');
      await page.goto(url.slice(0, url.length - 25));
      await planner.ready();
      await expect(planner.notice('link-damaged')).toBeVisible();
      expect(await wcagViolations(page), `axe: notice (${theme})`).toBe('');
    });

    test('keyboard only: Tab reaches the form, the tabs and a view control, focus always visible', async ({
      page,
    }) => {
      const planner = new PlannerPage(page);
      await planner.goto();
      const visited: FocusedElement[] = [];

      /** Presses Tab until `target` has focus, checking every stop on the way shows a focus indicator. */
      async function tabTo(target: Locator, limit = 80) {
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press('Tab');
          const focused = await focusedElement(page);
          visited.push(focused);
          expect(focused.indicator, `no visible focus indicator on ${focused.description}`).not.toBeNull();
          if (await target.evaluate((el) => el === document.activeElement)) return;
        }
        throw new Error(
          `Tab never reached the target; focus went:\n${visited.map((v) => v.description).join('\n')}`,
        );
      }

      // From page load: the design form's first field.
      await tabTo(planner.field('GPU'));
      // On through the form to the view tabs: only the selected tab is a Tab stop (roving tabindex).
      await tabTo(planner.tab('Summary'));
      await page.keyboard.press('ArrowRight');
      await expect(planner.tab('Topology')).toBeFocused();
      await expect(planner.tab('Topology')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('End');
      await expect(planner.tab('Exports')).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(planner.tab('BOM')).toBeFocused();
      await expect(planner.tab('BOM')).toHaveAttribute('aria-selected', 'true');
      expect((await focusedElement(page)).indicator, 'focus indicator on the BOM tab').not.toBeNull();

      // Tab moves into the panel: the panel itself (it scrolls), then the BOM's first sort button.
      await expect(page.getByTestId('bom-total')).toBeVisible();
      await tabTo(page.getByRole('tabpanel', { name: 'BOM' }), 1);
      const partNumber = page.getByRole('columnheader', { name: 'Part number' });
      await tabTo(partNumber.getByRole('button'), 1);
      await page.keyboard.press('Enter');
      await expect(partNumber).toHaveAttribute('aria-sort', 'ascending');
    });
  });
}
