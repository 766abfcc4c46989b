/**
 * `npm run bench`: times planCluster (every cable, the IP plan and the floor) at 64, 512, 4,096 and
 * 16,384 worker nodes and prints median / min ms per size beside the target (issue: "Instant at
 * every scale"). Informational only (no pass/fail); the machine's core count is printed with them.
 * The plan's cable and address-block lists are built on first read (from the cable table the
 * cabling step writes), so a second median times planCluster with both lists read as well: what an
 * export or any reader of every cable and block pays.
 */
import { cpus } from 'node:os';
import { aDesign, type DesignInput } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';
import { packPlan } from '../lib/plan/plan-transfer';

interface Case {
  label: string;
  input: DesignInput;
  iterations: number;
  /** The target, where it sets one. */
  targetMs?: number;
}

const CASES: Case[] = [
  {
    label: '64 nodes (1-4-3-200, RA reference)',
    input: aDesign({ workerNodes: 64 }),
    iterations: 30,
    targetMs: 2,
  },
  { label: '512 nodes (1-4-3-200)', input: aDesign({ workerNodes: 512 }), iterations: 20 },
  {
    // 4,096 workers + control plane + spare need more than the /12 pod CIDR's 4,096 node /24s.
    label: '4,096 nodes (1-2-2-200)',
    input: aDesign({
      layout: '1-2-2-200',
      workerNodes: 4096,
      podCidr: '100.64.0.0/11',
      serviceCidr: '100.96.0.0/14',
    }),
    iterations: 10,
    targetMs: 20,
  },
  {
    // 3 tiers beyond the RA; 16,384 workers need a /9 pod CIDR and larger site subnets.
    label: '16,384 nodes (1-4-3-200, 3-tier)',
    input: aDesign({
      workerNodes: 16_384,
      podCidr: '10.0.0.0/9',
      serviceCidr: '100.80.0.0/14',
      eastWestCidr: '172.16.0.0/12',
      underlayCidr: '10.128.0.0/14',
      oobCidr: '10.132.0.0/14',
      managementCidr: '10.136.0.0/16',
      northSouthCidr: '10.137.0.0/16',
    }),
    iterations: 10,
    targetMs: 100,
  },
];

function time(input: DesignInput, iterations: number): { medianMs: number; minMs: number } {
  return timed(() => planCluster(input), iterations);
}

/** planCluster with `cabling.cables` and `ipPlan.blocks` read (their objects built), median ms. */
function timeWithLists(input: DesignInput, iterations: number): number {
  return timed(() => {
    const plan = planCluster(input);
    if (plan.cabling.cables.length < 0 || plan.ipPlan.blocks.length < 0) throw new Error('unreachable');
  }, iterations).medianMs;
}

/** Warm-up runs before timing: the plan worker plans warm (it warms up on the reference design at start). */
const WARM_UP_RUNS = 3;

/** Median and minimum of `iterations` runs of `run` after WARM_UP_RUNS warm-up runs. */
function timed(run: () => void, iterations: number): { medianMs: number; minMs: number } {
  for (let i = 0; i < WARM_UP_RUNS; i++) run(); // JIT tiers, module init
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const medianMs = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { medianMs, minMs: samples[0]! };
}

const rows = CASES.map((c) => ({
  label: c.label,
  iterations: c.iterations,
  targetMs: c.targetMs,
  ...time(c.input, c.iterations),
  withListsMs: timeWithLists(c.input, c.iterations),
}));
const width = Math.max(...rows.map((r) => r.label.length), 'design'.length);
const line = (a: string, b: string, c: string, d: string, e: string) =>
  `${a.padEnd(width)}  ${b.padStart(6)}  ${c.padStart(10)}  ${d.padStart(10)}  ${e.padStart(10)}`;
console.log(
  `planCluster on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${WARM_UP_RUNS} warm-up runs before each timing`,
);
console.log(`${line('design', 'runs', 'median ms', 'min ms', 'target ms')}  ${'+lists ms'.padStart(10)}`);
console.log(
  `${line('-'.repeat(width), '----', '---------', '------', '---------')}  ${'---------'.padStart(10)}`,
);
for (const r of rows) {
  const target = r.targetMs === undefined ? '-' : String(r.targetMs);
  const met = r.targetMs === undefined ? '' : r.medianMs <= r.targetMs ? 'met' : 'NOT met';
  const timing = line(r.label, String(r.iterations), r.medianMs.toFixed(2), r.minMs.toFixed(2), target);
  console.log(`${timing}  ${r.withListsMs.toFixed(2).padStart(10)}  ${met}`);
}
console.log('+lists: median of planCluster with every cable and address block read (built).');

/** packPlan of fresh plans (a plan's cable table is kept once packed, so each run needs its own plan). */
function medianPackMs(input: DesignInput, iterations: number): number {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP_RUNS + iterations; i++) {
    const plan = planCluster(input);
    const start = performance.now();
    packPlan(plan);
    if (i >= WARM_UP_RUNS) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/**
 * What the plan worker adds to planCluster (packing the plan for the page) and what crossing to the
 * page costs: the packed plan (cables in column buffers, blocks as one string) against the plan as
 * it is. structuredClone is both sides of a postMessage; the page pays the deserialising part.
 */
console.log(
  '\nPlan worker to page, median ms: packPlan (in the worker), structuredClone of the packed plan and of the plan',
);
console.log(line('design', 'runs', 'packPlan', 'clone pkd', 'clone plan'));
console.log(line('-'.repeat(width), '----', '--------', '---------', '----------'));
for (const c of CASES.filter((c) => c.input.workerNodes >= 4096)) {
  const plan = planCluster(c.input);
  const pack = medianPackMs(c.input, c.iterations);
  const packed = packPlan(plan);
  const clonePacked = timed(() => structuredClone(packed), c.iterations).medianMs;
  const clonePlan = timed(() => structuredClone(plan), c.iterations).medianMs;
  console.log(
    line(c.label, String(c.iterations), pack.toFixed(2), clonePacked.toFixed(2), clonePlan.toFixed(2)),
  );
}
