import { expect, test } from '@playwright/test';

test('the planner page loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'AI Factory Planner' })).toBeVisible();
});
