import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { aDesign, DEFAULT_DESIGN } from '../lib/design/schema';
import { encodeShareFragment } from '../lib/design/share-link';
import { parseCsv } from '../lib/export/csv';
import { planCluster } from '../lib/plan/plan-cluster';
import { PlannerPage } from './pages/planner-page';

/**
 * The IP plan in the Network view, against the reference design a fresh browser opens with (64 x
 * 1-4-3-200, east-west 172.16.0.0/16: rail 0 = 172.16.0.0/17, rail 1 = 172.16.128.0/17, a /29 per
 * switchport; hand-checked in lib/plan/ip-plan.test.ts).
 */
const plan = planCluster(DEFAULT_DESIGN);
const FIRST_WORKER = plan.racks.flatMap((r) => r.devices).find((d) => d.kind === 'gpu-server')!.name;

/** The IP plan CSV header as the spec states it (issue 8, item 5). */
const IP_PLAN_HEADER = [
  'network',
  'device',
  'port',
  'prefix',
  'gateway',
  'peer_device',
  'peer_port',
  'peer_addresses',
  'rail',
];

const addressRows = (page: Page) => page.getByTestId('address-table').locator('tbody tr[data-network]');

async function cellsOf(page: Page, row: number): Promise<string[]> {
  return addressRows(page).nth(row).locator('td').allInnerTexts();
}

test.describe('IP plan', () => {
  test('the Network view filters the address plan to one server: its two east-west blocks', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('Network');
    await expect(page.getByText('node name = server name = MAAS hostname')).toBeVisible();
    await expect(page.getByTestId('address-count')).toHaveText(
      `${plan.ipPlan.blocks.length.toLocaleString('en-US')} address blocks`,
    );
    // Windowed: tens of rows in the DOM, not all of them.
    expect(await addressRows(page).count()).toBeLessThan(60);

    await page.getByLabel('Filter (device, port, prefix, peer)').fill(FIRST_WORKER);
    // Both SuperNIC ports, the four OOB ports, one PXE/management and one north-south address.
    await expect(addressRows(page)).toHaveCount(2 + plan.oob.portsPerServer + 1 + 1);
    await expect(page.getByTestId('address-count')).toContainText(
      `8 of ${plan.ipPlan.blocks.length.toLocaleString('en-US')}`,
    );
    await page.locator('#address-filter-network').selectOption('east-west');
    await expect(addressRows(page)).toHaveCount(2);
    const [rail0, rail1] = [await cellsOf(page, 0), await cellsOf(page, 1)];
    expect(rail0).toEqual([
      'east-west',
      expect.stringMatching(/leaf-1$/),
      'swp1s0',
      '172.16.0.0/29',
      '172.16.0.1',
      FIRST_WORKER,
      'nic1',
      '172.16.0.2-172.16.0.6',
    ]);
    expect(rail1.slice(2, 8)).toEqual([
      'swp1s1',
      '172.16.128.0/29',
      '172.16.128.1',
      FIRST_WORKER,
      'nic2',
      '172.16.128.2-172.16.128.6',
    ]);
    // The MetalLB pool: 16 addresses below the broadcast address of 10.252.0.0/16.
    await expect(page.getByTestId('metallb-range')).toHaveText('10.252.255.239-10.252.255.254');

    const view = page.getByRole('tabpanel', { name: 'Network' });
    await view.getByRole('heading', { name: 'Address plan' }).scrollIntoViewIfNeeded();
    await planner.screenshot('network-ip-plan-light');
    await planner.setTheme('dark');
    await expect(addressRows(page)).toHaveCount(2);
    // Let the theme's colour transition finish before the picture.
    await page.waitForTimeout(500);
    await planner.screenshot('network-ip-plan-dark');
    await view.getByRole('heading', { name: 'Site subnets' }).scrollIntoViewIfNeeded();
    await planner.screenshot('network-site-subnets-dark');
  });

  test('a too-small out-of-band subnet is refused on its field; the views keep the last valid plan', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('Network');
    const oob = planner.field('Out-of-band subnet');
    await oob.fill('10.250.0.0/24');
    // 64 workers: 265 OOB ports + the gateway need a /23.
    await expect(planner.fieldError('oobCidr')).toContainText(
      'the out-of-band subnet 10.250.0.0/24 is too small',
    );
    await expect(planner.fieldError('oobCidr')).toContainText('use /23 or larger');
    await expect(oob).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('design-invalid')).toBeVisible();
    await planner.fieldError('oobCidr').scrollIntoViewIfNeeded();
    await planner.screenshot('design-oob-too-small-light');

    // The error offers the /23 around the chosen block in one click.
    await page.getByRole('button', { name: 'Use 10.250.0.0/23' }).click();
    await expect(oob).toHaveValue('10.250.0.0/23');
    await expect(planner.fieldError('oobCidr')).toHaveCount(0);
    await expect(page.getByTestId('design-invalid')).toHaveCount(0);
  });

  test('the Exports panel downloads the IP plan CSV: the spec header, one record per block', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.goto();
    await planner.openTab('Exports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'IP plan (.csv)', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ai-factory-ip-plan-64-nodes.csv');
    const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(header).toEqual(IP_PLAN_HEADER);
    expect(rows).toHaveLength(plan.ipPlan.blocks.length);
    const worker = rows.filter((r) => r[0] === 'east-west' && r[5] === FIRST_WORKER);
    expect(worker.map((r) => [r[3], r[4], r[8]])).toEqual([
      ['172.16.0.0/29', '172.16.0.1', '0'],
      ['172.16.128.0/29', '172.16.128.1', '1'],
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'saved ai-factory-ip-plan' })).toHaveCount(1);
  });

  test('at 4,096 workers the address plan stays windowed, scrolls to its last block and filters', async ({
    page,
  }) => {
    // 4,096 workers need a /11 pod CIDR, so the service CIDR moves out of its way (as bench/browser.ts).
    const design = aDesign({
      layout: '1-2-2-200',
      workerNodes: 4096,
      podCidr: '100.64.0.0/11',
      serviceCidr: '100.96.0.0/14',
    });
    const big = planCluster(design);
    const lastWorker = big.racks
      .flatMap((r) => r.devices)
      .filter((d) => d.kind === 'gpu-server')
      .at(-1)!.name;
    const planner = new PlannerPage(page);
    await planner.goto(`#${encodeShareFragment(design)}`);
    await expect(planner.headline('workers')).toHaveText('4,096');
    await planner.openTab('Network');
    const total = big.ipPlan.blocks.length;
    expect(total).toBeGreaterThan(25_000);
    await expect(page.getByTestId('address-count')).toHaveText(
      `${total.toLocaleString('en-US')} address blocks`,
    );
    expect(await addressRows(page).count()).toBeLessThan(60);
    // The whole list is reachable: scrolled to the end, the MetalLB pool is the last row.
    await page.getByTestId('address-table').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect(addressRows(page).last()).toHaveAttribute('data-network', 'load-balancer');
    await expect(addressRows(page).last()).toHaveAttribute('aria-rowindex', String(total + 1));
    // 1-2-2-200: one SuperNIC per server, so one east-west block for the last worker.
    await page.getByLabel('Filter (device, port, prefix, peer)').fill(lastWorker);
    await page.locator('#address-filter-network').selectOption('east-west');
    await expect(addressRows(page)).toHaveCount(1);
    await expect(addressRows(page).first().locator('td').nth(5)).toHaveText(lastWorker);
  });
});
