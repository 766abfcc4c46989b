import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner-page';

// lib/plan/physical.test.ts: 200 workers on 12-rack rows -> A (12 racks), B (the network rack), C (7).
test.describe('the floor plan and the 3rd fabric tier', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`200 workers: rows A, B, C; jumping to C07 shows its elevation (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const planner = new PlannerPage(page);
      await planner.goto();
      await planner.setTheme(theme);
      await planner.setDesign({ nodes: 200 });
      await planner.openTab('Racks');
      await expect(planner.racksSummary).toContainText('20 racks in 3 rows of up to 12');
      const floor = page.getByTestId('floor-plan');
      await expect(floor).toBeVisible();
      await expect(floor.locator('[data-floor-row]')).toHaveText(['A', 'B', 'C']);
      await expect(floor.locator('[data-floor-rack]')).toHaveCount(20);
      await expect(floor.locator('[data-floor-rack^="A"]')).toHaveCount(12);
      await expect(floor.locator('[data-floor-rack^="C"]')).toHaveCount(7);
      // The first rack's elevation until another is chosen.
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'A01');

      await planner.field('Jump to rack').fill('c7');
      await planner.field('Jump to rack').press('Enter');
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'C07');
      await expect(page.locator('[data-rack="C07"] g[data-device]').first()).toBeVisible();
      await planner.screenshot(`floor-200-${theme}`);

      // The chosen rack survives a trip to another view; a reload reopens the Racks view.
      await planner.openTab('Summary');
      await planner.openTab('Racks');
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'C07');
      await page.reload();
      await planner.ready();
      await expect(planner.tab('Racks')).toHaveAttribute('aria-selected', 'true');
      await expect(planner.racksSummary).toContainText('20 racks in 3 rows of up to 12');

      await planner.field('Jump to rack').fill('D01');
      await planner.field('Jump to rack').press('Enter');
      await expect(page.getByText('No rack D01')).toBeVisible();

      // Mouse, then keyboard: the network rack, then one to the right... of B01 is nothing, down is C01.
      await floor.locator('[data-floor-rack="B01"]').click();
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'B01');
      await floor.locator('[data-floor-rack="B01"]').focus();
      await page.keyboard.press('ArrowDown');
      await expect(floor.locator('[data-floor-rack="C01"]')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'C02');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press(' ');
      await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'B01');
    });
  }

  test('4,096 workers on the default layout: the topology shows the super-spine tier over 4 pods', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.setDesign({ nodes: 4096 });
    await planner.openTab('Topology');
    await expect(planner.topologySummary).toContainText(
      '64 super-spines over 4 pods, 128 spines, 128 leaves',
    );
    await expect(page.locator('.react-flow__node[data-id="blk:super-spine"]')).toBeVisible();
    await expect(page.locator('.react-flow__node[data-id^="blk:spine-pod-"]')).toHaveCount(4);
    await expect(page.locator('.react-flow__node[data-id^="blk:leaf-pod-"]')).toHaveCount(4);
    await planner.screenshot('topology-3-tier-light');
    await planner.openTab('Racks');
    await expect(page.getByTestId('floor-plan')).toBeVisible();
    await planner.field('Jump to rack').fill('K07');
    await planner.field('Jump to rack').press('Enter');
    await expect(page.locator('[data-rack]')).toHaveAttribute('data-rack', 'K07');
    await planner.screenshot('floor-4096-light');
    await planner.setTheme('dark');
    await planner.openTab('Topology');
    await expect(page.locator('.react-flow__node[data-id="blk:super-spine"]')).toBeVisible();
    await planner.screenshot('topology-3-tier-dark');
    await planner.openTab('Racks');
    await expect(page.getByTestId('floor-plan')).toBeVisible();
    await planner.screenshot('floor-4096-dark');
    await planner.setTheme('light');
  });
});
