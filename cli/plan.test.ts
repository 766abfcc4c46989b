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
