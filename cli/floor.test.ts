import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs the real command as a user would and parses its JSON (`npx tsx cli/plan.ts ...`). */
function plan(args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'cli/plan.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1024 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

interface RackJson {
  name: string;
  row: string;
  position: number;
  role: string;
}

describe('npm run plan: the floor plan and the 3rd tier in the JSON (spawned)', () => {
  // lib/plan/physical.test.ts checks it by hand: 20 racks on 12-rack rows; the network rack is row B.
  it('puts 200 workers on rows A (12 racks), B (the network rack) and C (7 racks)', () => {
    const p = plan(['--nodes', '200']);
    expect(p.floor.rowDetails.map((r: { name: string; racks: number }) => [r.name, r.racks])).toEqual([
      ['A', 12],
      ['B', 1],
      ['C', 7],
    ]);
    expect([p.floor.rows, p.floor.racksPerRow]).toEqual([3, 12]);
    const racks = p.racks as RackJson[];
    expect(racks.map((r) => r.row).join('')).toBe(`${'A'.repeat(12)}B${'C'.repeat(7)}`);
    expect(racks.map((r) => `${r.row}${String(r.position).padStart(2, '0')}`)).toEqual(
      racks.map((r) => r.name),
    );
    expect(racks.find((r) => r.name === 'B01')?.role).toBe('network');
    expect([p.fabric.tiers, p.fabric.superSpineSwitches]).toEqual([2, 0]);
  }, 120_000);

  // Blocks of 3 racks never split: a 10-rack row takes 3 blocks (9), the rest (3 x 3 + 1) row C.
  it('follows --racks-per-row: 200 workers on 10-rack rows, row A holds 3 whole blocks', () => {
    const p = plan(['--nodes', '200', '--racks-per-row', '10']);
    expect(p.floor.racksPerRow).toBe(10);
    expect(p.floor.rowDetails.map((r: { name: string; racks: number }) => [r.name, r.racks])).toEqual([
      ['A', 9],
      ['B', 1],
      ['C', 10],
    ]);
  }, 120_000);

  // lib/plan/fabric.test.ts: 128 leaves in 4 pods of 32, 128 spines, 4,096 uplinks over 64-port super-spines.
  it('plans 4,096 workers on the default layout as 3 tiers: 4 pods, 64 super-spines', () => {
    const p = plan(['--nodes', '4096']);
    expect([p.fabric.tiers, p.fabric.pods, p.fabric.superSpineSwitches]).toEqual([3, 4, 64]);
    expect(p.floor.rows).toBeGreaterThan(3);
  }, 120_000);

  it('plans 4,096 workers on 1-2-2-200 with no CIDR flags (the planner proposes CIDRs that fit)', () => {
    const p = plan(['--nodes', '4096', '--layout', '1-2-2-200']);
    expect(p.compute.workerNodes).toBe(4096);
    expect(p.racks.length).toBeGreaterThan(0);
  }, 120_000);
});
