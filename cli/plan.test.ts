import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
    expect(plan.network.portPrefixLength).toBe(30);
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
    // 64 east-west splitters + 64 leaf-spine links + 64 north-south splitters.
    expect(plan.cabling.byMedia.fiber.count).toBe(64 + 64 + 64);
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
