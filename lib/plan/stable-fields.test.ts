/**
 * The README's "Stable JSON fields" table is a contract with automation: every field it names must
 * be in every plan, and for a small design its values are checked by hand here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '../design/schema';
import { planCluster } from './plan-cluster';

/** The first-column paths of the README table, e.g. `racks[]` -> ["racks"], `bom.lines[]` -> ["bom","lines"]. */
function readmeStablePaths(): string[][] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Stable JSON fields')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\[\]$/, '').split('.')),
  );
}

const valueAt = (root: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
    root,
  );

describe('README stable fields', () => {
  const paths = readmeStablePaths();

  it('reads the table (about 25 fields)', () => {
    expect(paths.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['the RA reference', aPlannedDesign()],
    [
      '1 worker, virtual control plane',
      aPlannedDesign({ workerNodes: 1, controlPlane: { nodes: 1, placement: 'virtual' } }),
    ],
    [
      'H200 with MIG and SR-IOV',
      aPlannedDesign({ gpu: 'h200-nvl', migProfile: '1g.18gb', sriov: true, workerNodes: 48 }),
    ],
  ])('holds every one of them for %s', (_name, design) => {
    const plan = planCluster(design);
    for (const path of paths) expect(valueAt(plan, path), path.join('.')).toBeDefined();
  });

  // 4 x 1-4-3-200 RTX PRO 6000, reference CIDRs, by hand: 4 x 4 GPUs; 96 GB each; 2 SuperNICs per
  // server; one leaf (Network configuration table: 16 GPU ports, 1 leaf, 0 spines); 250 x 4 pods,
  // 25 x 4 + 131 overhead; /12 -> 2^(24-12) node /24s; /14 -> 2^18 services; the 10-worker row of
  // the control-plane table (4 cores, 8 GB); 2 GPUs per SuperNIC -> /29 (RA /30, nv-ipam).
  it('has the hand-checked values for 4 workers', () => {
    const p = planCluster(aPlannedDesign({ workerNodes: 4 }));
    expect({
      totalGpus: p.compute.totalGpus,
      totalGpuMemoryGB: p.compute.totalGpuMemoryGB,
      serverPorts: p.fabric.serverPorts,
      spineLinks: p.fabric.spineLinks,
      leaves: p.fabric.leafSwitches,
      spines: p.fabric.spineSwitches,
      tiers: p.fabric.tiers,
      podCapacity: p.kubernetes.podCapacity,
      overheadPods: p.kubernetes.overheadPods,
      workloadPods: p.kubernetes.workloadPods,
      maxNodesForPodCidr: p.kubernetes.maxNodesForPodCidr,
      serviceAddresses: p.kubernetes.serviceAddresses,
      controlPlane: [
        p.controlPlane.nodes,
        p.controlPlane.spareNodes,
        p.controlPlane.cpuCores,
        p.controlPlane.memoryGB,
      ],
      portPrefixLength: p.network.portPrefixLength,
      nicSharingMode: p.network.nicSharingMode,
      links: p.cabling.links,
    }).toEqual({
      totalGpus: 16,
      totalGpuMemoryGB: 1536,
      serverPorts: 8,
      spineLinks: 0,
      leaves: 1,
      spines: 0,
      tiers: 1,
      podCapacity: 1000,
      overheadPods: 231,
      workloadPods: 769,
      maxNodesForPodCidr: 4096,
      serviceAddresses: 262_144,
      controlPlane: [3, 1, 4, 8],
      portPrefixLength: 29,
      nicSharingMode: 'MacvlanNetwork',
      // 8 SuperNIC legs + 4 x 2 DPU legs + 4 control-plane nodes x 2 NIC legs + every 1GbE OOB port.
      links: 8 + 8 + 8 + p.oob.totalPorts,
    });
  });
});
