/**
 * Browser benchmark of the planner UI: time from changing the worker count to the view showing the new
 * plan (rendered and painted), at 64 workers (layout 1-4-3-200) and 4,096 workers (layout 1-2-2-200),
 * for the Summary, Topology and Racks views. Prints a table; no pass/fail.
 *
 *   npx next build            # once: the benchmark runs against the production build
 *   npx tsx bench/browser.ts  # starts `next start` on a free port, or reuses BENCH_URL=http://host:port
 *
 * Timing is taken inside the page (performance.now()) from the input event to two animation frames
 * after the view carries the new plan, so it includes planning, React rendering, layout and paint.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { aDesign, type DesignInput } from '../lib/design/schema';
import { encodeShareFragment } from '../lib/design/share-link';
import { planCluster } from '../lib/plan/plan-cluster';

const RUNS = 3;
const VIEWS = ['Summary', 'Topology', 'Racks'] as const;
type View = (typeof VIEWS)[number];

interface Case {
  label: string;
  /** The design the view is on before the change; only the worker count differs from the target. */
  base: DesignInput;
  nodes: number;
}

// 4,096 workers need a /11 pod CIDR (4,100 node /24s), so the service CIDR moves out of its way.
const BIG_NETWORK = { podCidr: '100.64.0.0/11', serviceCidr: '100.96.0.0/14' };
const CASES: Case[] = [
  { label: '64 workers, 1-4-3-200', base: aDesign({ layout: '1-4-3-200', workerNodes: 32 }), nodes: 64 },
  {
    label: '4,096 workers, 1-2-2-200',
    base: aDesign({ layout: '1-2-2-200', workerNodes: 2048, ...BIG_NETWORK }),
    nodes: 4096,
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function startServer(): Promise<{ url: string; server: ChildProcess | null }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, server: null };
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error(
      'No production build: run `npx next build` first (the benchmark measures the built app).',
    );
  }
  const port = await freePort();
  // Its own process group, so stopping it stops the server it forks too (and nothing else).
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, 60_000);
  return { url, server };
}

/**
 * A DOM condition (run in the page) that is true once `view` shows a plan of `nodes` workers. The
 * topology draws switches one by one for small designs and as blocks for big ones, so it waits for
 * the canvas carrying the new plan and at least one switch or block drawn in it.
 */
function readyCondition(view: View, nodes: number): string {
  const attr = `[data-rendered-nodes="${nodes}"]`;
  if (view === 'Summary') return `!!document.querySelector('[data-view="summary"]${attr}')`;
  if (view === 'Racks') {
    return `!!document.querySelector('[data-view="racks"]${attr}') && document.querySelectorAll('[data-rack]').length > 0`;
  }
  return `(() => { const canvas = document.querySelector('[data-testid="topology-canvas"]${attr}'); return !!canvas && canvas.querySelectorAll('.react-flow__node-switch, .react-flow__node-switchBlock').length > 0; })()`;
}

/**
 * Sets the worker count as a user would (an input event) and times until the view is painted. The
 * page script is a string: tsx would decorate a serialised function with helpers the page lacks.
 */
async function timeChange(page: Page, nodes: number, condition: string): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const input = document.querySelector('#field-workerNodes');
    if (!input) return reject(new Error('no worker count field'));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const t0 = performance.now();
    setValue.call(input, ${JSON.stringify(String(nodes))});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const poll = () => {
      if ((${condition}) && !document.body.textContent.includes('Updating…')) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      } else if (performance.now() - t0 > 60000) {
        reject(new Error('view did not update within 60 s'));
      } else {
        requestAnimationFrame(poll);
      }
    };
    requestAnimationFrame(poll);
  })`;
  return page.evaluate(script) as Promise<number>;
}

async function openOnView(page: Page, url: string, design: DesignInput, view: View) {
  await page.goto(`${url}/#${encodeShareFragment(design)}`);
  await page.locator('[data-hydrated]').waitFor();
  await page.getByRole('tab', { name: view, exact: true }).click();
  await page.waitForFunction(readyCondition(view, design.workerNodes), undefined, {
    timeout: 60_000,
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const { url, server } = await startServer();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const rows: string[][] = [];
  try {
    for (const c of CASES) {
      const t = performance.now();
      planCluster({ ...c.base, workerNodes: c.nodes });
      const nodePlanMs = performance.now() - t;
      for (const view of VIEWS) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          await openOnView(page, url, c.base, view);
          times.push(await timeChange(page, c.nodes, readyCondition(view, c.nodes)));
        }
        await context.close();
        rows.push([
          view,
          c.label,
          median(times).toFixed(0),
          Math.min(...times).toFixed(0),
          Math.max(...times).toFixed(0),
          nodePlanMs.toFixed(0),
        ]);
        console.error(`  measured ${view}, ${c.label}`);
      }
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  }
  const header = ['view', 'change', 'median ms', 'min ms', 'max ms', 'planCluster in Node ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  console.log(`\nWorker count change -> view updated and painted (${RUNS} runs, Chromium, 1440x900)\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
