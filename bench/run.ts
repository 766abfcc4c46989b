/**
 * `npm run bench`: times planCluster at 64, 512 and 4,096 worker nodes and prints median / min ms
 * per size. Informational only (no pass/fail).
 */
import { aDesign, type DesignInput } from '../lib/design/schema';
import { planCluster } from '../lib/plan/plan-cluster';

interface Case {
  label: string;
  input: DesignInput;
  iterations: number;
}

const CASES: Case[] = [
  { label: '64 nodes (1-4-3-200, RA reference)', input: aDesign({ workerNodes: 64 }), iterations: 30 },
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
  },
];

function time(input: DesignInput, iterations: number): { medianMs: number; minMs: number } {
  planCluster(input); // warm-up (JIT, module init)
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    planCluster(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const medianMs = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { medianMs, minMs: samples[0]! };
}

const rows = CASES.map((c) => ({ label: c.label, iterations: c.iterations, ...time(c.input, c.iterations) }));
const width = Math.max(...rows.map((r) => r.label.length), 'design'.length);
const line = (a: string, b: string, c: string, d: string) =>
  `${a.padEnd(width)}  ${b.padStart(6)}  ${c.padStart(10)}  ${d.padStart(10)}`;
console.log(line('design', 'runs', 'median ms', 'min ms'));
console.log(line('-'.repeat(width), '----', '---------', '------'));
for (const r of rows)
  console.log(line(r.label, String(r.iterations), r.medianMs.toFixed(2), r.minMs.toFixed(2)));
