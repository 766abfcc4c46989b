import { expect, type Locator, type Page } from '@playwright/test';

export const VIEW_TABS = [
  'Summary',
  'Topology',
  'Racks',
  'Network',
  'Kubernetes',
  'Workload',
  'Compare',
  'BOM',
  'Exports',
] as const;
export type ViewTab = (typeof VIEW_TABS)[number];

export const STORAGE_KEY = 'ai-factory-planner:design';
export const DAMAGED_BACKUP_KEY = 'ai-factory-planner:design:damaged';

/** The planner as a user sees it: the design form, the headline figures and the view tabs. */
export class PlannerPage {
  constructor(readonly page: Page) {}

  async goto(hash = '') {
    await this.page.goto(`/${hash}`);
    await this.ready();
  }

  /** Hydrated: the saved design or share link is applied and the figures are visible. */
  async ready() {
    await expect(this.page.locator('[data-hydrated]')).toBeVisible();
    await expect(this.page.locator('html')).not.toHaveAttribute('data-restoring', /.*/);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'AI Factory Planner' });
  }

  tab(name: ViewTab): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: ViewTab) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async setWorkerNodes(count: number) {
    await this.field('Worker nodes').fill(String(count));
  }

  async selectOption(label: string, option: string) {
    await this.field(label).selectOption(option);
  }

  /** Changes the design and waits until the views show it. */
  async setDesign({ layout, nodes, gpu }: { layout?: string; nodes?: number; gpu?: string }) {
    if (gpu) await this.selectOption('GPU', gpu);
    if (layout) await this.selectOption('Server layout', layout);
    if (nodes !== undefined) {
      await this.setWorkerNodes(nodes);
      await expect(this.headline('workers')).toHaveText(nodes.toLocaleString('en-US'));
    }
    await expect(this.page.getByText('Updating…')).toHaveCount(0);
  }

  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`);
  }

  headline(id: string): Locator {
    return this.page.getByTestId(`headline-${id}`);
  }

  fieldError(path: string): Locator {
    return this.page.getByTestId(`field-${path.replace(/\./g, '-')}-error`);
  }

  notice(id: string): Locator {
    return this.page.getByTestId(`notice-${id}`);
  }

  get topologySummary(): Locator {
    return this.page.getByTestId('topology-summary');
  }

  get racksSummary(): Locator {
    return this.page.getByTestId('racks-summary');
  }

  async storedDesign(): Promise<string | null> {
    return this.page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }

  async setTheme(theme: 'light' | 'dark') {
    const toggle = this.page.getByRole('button', { name: 'Dark theme' });
    const pressed = (await toggle.getAttribute('aria-pressed')) === 'true';
    if (pressed !== (theme === 'dark')) await toggle.click();
    await expect(this.page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark).*$/);
  }
}
