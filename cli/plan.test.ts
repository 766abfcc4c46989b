import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../lib/design/schema';
import { parseCsv } from '../lib/export/csv';
import { cidrPools } from '../lib/palette/layers/nic-ipam';
import { planCluster } from '../lib/plan/plan-cluster';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs the real command as a user would (`npx tsx cli/plan.ts ...`). */
function run(args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'cli/plan.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run plan (spawned)', () => {
  it('prints the ClusterPlan JSON with the stable fields for --nodes 48', () => {
    const r = run(['--nodes', '48']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    // RA Network configuration: 48 nodes x 4 GPUs x 2 B3140H -> 96+48 ports, 2 leaves, 1 spine.
    expect(plan.compute.totalGpus).toBe(192);
    expect([plan.fabric.serverPorts, plan.fabric.spineLinks]).toEqual([96, 48]);
    expect([plan.fabric.leafSwitches, plan.fabric.spineSwitches, plan.fabric.tiers]).toEqual([2, 1, 2]);
    expect(plan.kubernetes.overheadPods).toBe(48 * 25 + 131);
    // 2 GPUs per SuperNIC: the RA's /30 holds 1 pod address under nv-ipam, so /29 (lib/plan/ipam.test.ts).
    expect(plan.network.portPrefixLength).toBe(29);
    expect(plan.controlPlane).toMatchObject({ nodes: 3, spareNodes: 1 });
    for (const key of ['racks', 'cabling', 'power', 'bom', 'warnings', 'notes', 'software'])
      expect(plan).toHaveProperty(key);
    expect(typeof plan.bom.totalUSD).toBe('number');
  });

  it('adds the physical plan: racks, cabling by media, links and BOM, with --media and --rack-units', () => {
    const r = run(['--nodes', '64', '--media', 'fiber', '--rack-units', '48']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    // RA Network configuration, 7-rack approach: 64 servers fill racks 1-3 and 5-7, spine in rack 4.
    expect(plan.racks.length).toBeGreaterThanOrEqual(7);
    for (const rack of plan.racks) {
      expect(rack).toMatchObject({ name: expect.any(String), role: expect.any(String), heightU: 48 });
      expect(typeof rack.powerKW).toBe('number');
      for (const d of rack.devices) {
        expect(d).toMatchObject({ name: expect.any(String), kind: expect.any(String) });
        expect(d.u + d.heightU - 1).toBeLessThanOrEqual(48);
      }
    }
    const servers = plan.racks.flatMap((rack: { devices: { kind: string }[] }) => rack.devices);
    expect(servers.filter((d: { kind: string }) => d.kind === 'gpu-server')).toHaveLength(64);
    // Forced fiber: every data cable is fiber; only the 1GbE OOB runs stay copper.
    expect(Object.keys(plan.cabling.byMedia)).toEqual(expect.arrayContaining(['DAC', 'ACC', 'AEC', 'fiber']));
    expect([
      plan.cabling.byMedia.DAC.count,
      plan.cabling.byMedia.ACC.count,
      plan.cabling.byMedia.AEC.count,
    ]).toEqual([0, 0, 0]);
    // 64 east-west splitters + 64 leaf-spine links + 64 north-south splitters + 4 for the control-plane
    // nodes' NICs (3 + 1 spare).
    expect(plan.cabling.byMedia.fiber.count).toBe(64 + 64 + 64 + 4);
    expect(plan.cabling.links).toBeGreaterThan(plan.cabling.byMedia.fiber.count);
    expect(plan.bom.lines.length).toBeGreaterThan(0);
    const bomSum = plan.bom.lines.reduce(
      (s: number, l: { extendedPriceUSD: number }) => s + l.extendedPriceUSD,
      0,
    );
    expect(plan.bom.totalUSD).toBeCloseTo(bomSum, 2);
  });

  it('exits 2 with one line on stderr and nothing on stdout for a bad argument', () => {
    const r = run(['--gpu', 'a100']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--gpu.*rtx-pro-6000, h200-nvl/);
  });

  it('exits 2 for a design the schema refuses (east-west CIDR too small)', () => {
    const r = run(['--east-west-cidr', '172.16.0.0/28']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

/** The IP plan CSV header as the spec states it (issue 8, item 5), not read from the code. */
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

/** Runs `plan --format ip-plan-csv` and returns its records by column name. */
function ipPlanCsv(args: string[]) {
  const r = run(['--format', 'ip-plan-csv', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const [header, ...records] = parseCsv(r.stdout);
  const rows = records.map((rec) => Object.fromEntries(header!.map((h, i) => [h, rec[i]!])));
  return { header, rows, text: r.stdout };
}

describe('npm run plan -- --format ip-plan-csv (spawned)', () => {
  it('prints the spec header and one RFC 4180 record per address block of the reference design', () => {
    const { header, rows, text } = ipPlanCsv([]);
    expect(header).toEqual(IP_PLAN_HEADER);
    expect(text.endsWith('\r\n')).toBe(true);
    const plan = planCluster(aDesign());
    expect(rows).toHaveLength(plan.ipPlan.blocks.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(IP_PLAN_HEADER);
    // 64 workers x 2 rails (RA Network configuration).
    expect(rows.filter((r) => r.network === 'east-west')).toHaveLength(128);
    // Hand-checked (lib/plan/ip-plan.test.ts): worker 1, rail 0 of 172.16.0.0/16 at /29.
    expect(rows[0]).toMatchObject({
      network: 'east-west',
      port: 'swp1s0',
      prefix: '172.16.0.0/29',
      gateway: '172.16.0.1',
      peer_port: 'nic1',
      peer_addresses: '172.16.0.2-172.16.0.6',
      rail: '0',
    });
    expect(rows.at(-1)).toMatchObject({
      network: 'load-balancer',
      peer_addresses: '10.252.255.239-10.252.255.254',
    });
  });

  it('has east-west rows equal to the CIDRPool static allocations of the Palette bundle, worker by worker', () => {
    const { rows } = ipPlanCsv(['--nodes', '48']);
    const plan = planCluster(aDesign({ workerNodes: 48 }));
    const pools = cidrPools(plan) as {
      metadata: { name: string };
      spec: { staticAllocations: { nodeName: string; prefix: string; gateway: string }[] };
    }[];
    const workers = plan.racks.flatMap((r) =>
      r.devices.filter((d) => d.kind === 'gpu-server').map((d) => d.name),
    );
    expect(workers).toHaveLength(48);
    expect(pools).toHaveLength(2);
    pools.forEach((pool, rail) => {
      const fromCsv = rows
        .filter((r) => r.network === 'east-west' && r.rail === String(rail))
        .map((r) => ({ nodeName: r.peer_device, prefix: r.prefix, gateway: r.gateway }));
      expect(pool.spec.staticAllocations).toEqual(fromCsv);
      // Every worker once per rail, by its server name (= node name = MAAS hostname).
      expect(fromCsv.map((a) => a.nodeName).sort()).toEqual([...workers].sort());
    });
  });

  it('follows --point-to-point: a /31 per switchport, the switchport at index 0, the node at index 1', () => {
    const { rows } = ipPlanCsv(['--layout', '1-2-3-400', '--nodes', '8', '--point-to-point']);
    const eastWest = rows.filter((r) => r.network === 'east-west');
    for (const r of eastWest) expect(r.prefix).toMatch(/\/31$/);
    expect(eastWest.find((r) => r.rail === '0')).toMatchObject({
      prefix: '172.16.0.0/31',
      gateway: '172.16.0.0',
      peer_addresses: '172.16.0.1',
    });
  });

  it('carves the site subnets given on the command line', () => {
    const { rows } = ipPlanCsv([
      '--nodes',
      '16',
      '--oob-cidr',
      '192.168.0.0/23',
      '--management-cidr',
      '192.168.2.0/24',
      '--north-south-cidr',
      '192.168.3.0/24',
      '--lb-addresses',
      '32',
      '--underlay-cidr',
      '192.168.4.0/24',
    ]);
    // Gateway first, then the first port; 9 addresses reserved after a host subnet's gateway.
    expect(rows.find((r) => r.network === 'oob')).toMatchObject({
      gateway: '192.168.0.1',
      peer_addresses: '192.168.0.2',
    });
    expect(rows.find((r) => r.network === 'management')).toMatchObject({
      prefix: '192.168.2.0/24',
      peer_addresses: '192.168.2.11',
    });
    // 32 MetalLB addresses below 192.168.3.255: .223 to .254.
    expect(rows.find((r) => r.network === 'load-balancer')?.peer_addresses).toBe(
      '192.168.3.223-192.168.3.254',
    );
    // Loopbacks in the lower half of the underlay /24, leaf-spine /31s in the upper half.
    expect(rows.find((r) => r.network === 'loopback')?.prefix).toBe('192.168.4.0/32');
  });

  it('exits 2 naming the option for a site subnet too small for the design', () => {
    const r = run(['--format', 'ip-plan-csv', '--oob-cidr', '10.250.0.0/25']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plan: --oob-cidr: the out-of-band subnet 10\.250\.0\.0\/25 is too small/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
