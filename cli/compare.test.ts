import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeDesignFile } from '../lib/design/design-file';
import { aDesign, DEFAULT_DESIGN } from '../lib/design/schema';
import { runCompare, scenariosFromText } from './compare';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plan-compare-'));

/** Writes `text` to a file in the test folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const RA_FILE = file('ra.json', serializeDesignFile(DEFAULT_DESIGN));
const HALF_FILE = file('half.json', serializeDesignFile(aDesign({ workerNodes: 32 })));

async function compared(argv: string[]) {
  const r = await runCompare(argv);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

async function refused(argv: string[]): Promise<string> {
  const r = await runCompare(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
}

describe('npm run plan -- compare (spawned)', () => {
  it('compares two design files: scenarios with their totals, deltas against the first', () => {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'cli/plan.ts', 'compare', RA_FILE, HALF_FILE], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.baseline).toEqual({ index: 0, name: 'ra' });
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['ra', 'half']);
    for (const s of out.scenarios) {
      for (const key of ['gpus', 'gpuMemoryTB', 'servers', 'racks', 'switches', 'cables', 'powerKW']) {
        expect(s).toHaveProperty(key);
      }
      for (const key of ['bomTotalUSD', 'costPerGpuUSD', 'costPerGpuMemoryTBUSD', 'costToRun']) {
        expect(s).toHaveProperty(key);
      }
    }
    // RA table rows 64 and 32 (4 GPUs per server): 256 and 128 GPUs, 2 and 1 leaves.
    expect(out.scenarios[0].gpus).toBe(256);
    expect(out.deltas).toHaveLength(1);
    expect(out.deltas[0].values.gpus).toEqual({ value: 128, baseline: 256, delta: -128, percent: -50 });
    expect(out.deltas[0].values['switches.leaf'].delta).toBe(-1);
  });

  it('a missing file: one line naming it, exit 2, nothing on stdout', () => {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'cli/plan.ts', 'compare', join(dir, 'nope.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan compare: "${join(dir, 'nope.json')}": cannot read the file (ENOENT)\n`);
  });
});

describe('runCompare', () => {
  it('takes the baseline by number or by name', async () => {
    expect((await compared([RA_FILE, HALF_FILE, '--baseline', '2'])).baseline).toEqual({
      index: 1,
      name: 'half',
    });
    const byName = await compared([RA_FILE, HALF_FILE, '--baseline', 'HALF']);
    expect(byName.baseline.name).toBe('half');
    // Against the 32-node baseline the RA has +128 GPUs, +100 %.
    expect(byName.deltas[0].values.gpus).toEqual({ value: 256, baseline: 128, delta: 128, percent: 100 });
  });

  it('opens a design file that holds scenarios, with its baseline', async () => {
    const saved = file(
      'saved.json',
      serializeDesignFile(DEFAULT_DESIGN, {
        scenarios: {
          scenarios: [
            { name: 'Eight', design: aDesign({ workerNodes: 8 }) },
            { name: 'Sixteen', design: aDesign({ workerNodes: 16 }) },
          ],
          baseline: 1,
        },
      }),
    );
    const out = await compared([saved]);
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['Eight', 'Sixteen']);
    expect(out.baseline).toEqual({ index: 1, name: 'Sixteen' });
    // 8 x 4 = 32 GPUs against 16 x 4 = 64.
    expect(out.deltas[0].values.gpus.delta).toBe(-32);
  });

  it('reads a bare design, of an older version too (migrated), each named after its file', async () => {
    const { schemaVersion: _v, ...fields } = aDesign({ workerNodes: 16 });
    const older = file('sized-v2.json', JSON.stringify({ ...fields, schemaVersion: 2 }));
    const bare = file('sized.json', JSON.stringify(aDesign({ workerNodes: 4 })));
    const out = await compared([older, bare]);
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['sized-v2', 'sized']);
    // 16 x 4 and 4 x 4 GPUs (1-4-3-200).
    expect(out.scenarios.map((s: { gpus: number }) => s.gpus)).toEqual([64, 16]);
  });

  it('numbers a name that repeats across files', async () => {
    const again = file('ra.JSON', serializeDesignFile(aDesign({ workerNodes: 2 })));
    const out = await compared([RA_FILE, again]);
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['ra', 'ra (2)']);
  });

  it('costs at the inputs given: twice the energy price, twice the energy cost', async () => {
    const at = async (price: string) =>
      (await compared([RA_FILE, '--assume', `energyPriceUSDPerKWh=${price}`])).scenarios[0].costToRun;
    const [cheap, dear] = [await at('0.1'), await at('0.2')];
    expect(dear.energyPerYearUSD).toBeCloseTo(cheap.energyPerYearUSD * 2, 1);
    expect(dear.energyPerYearKWh).toBe(cheap.energyPerYearKWh);
  });

  it('refuses bad files and flags, naming the file or the flag', async () => {
    const notJson = file('notes.json', 'hello');
    expect(await refused([notJson])).toBe(
      `plan compare: "${notJson}": it is not valid JSON (give a design file saved by the planner, or a design)\n`,
    );
    const other = file('other.json', JSON.stringify({ hello: 'world' }));
    expect(await refused([other])).toContain(`"${other}": it is neither a design file nor a design`);
    const bad = file('bad.json', serializeDesignFile({ ...DEFAULT_DESIGN, workerNodes: 0 }));
    expect(await refused([bad])).toContain(
      `"${bad}": The design in it does not pass the checks. design.workerNodes: at least 1 worker node.`,
    );
    const five = [1, 2, 3, 4, 5].map((n) =>
      file(`n${n}.json`, serializeDesignFile(aDesign({ workerNodes: n }))),
    );
    expect(await refused(five)).toMatch(
      /^plan compare: at most 4 scenarios can be compared; the files hold 5 \(/,
    );
    expect(await refused([RA_FILE, RA_FILE])).toBe(
      `plan compare: "${RA_FILE}": this design is already scenario 1 ("ra")\n`,
    );
    expect(await refused([RA_FILE, '--baseline', 'big'])).toBe(
      'plan compare: --baseline: no scenario is named "big"; use one of 1 "ra"\n',
    );
    expect(await refused([RA_FILE, '--assume', 'pue=0.5'])).toBe(
      'plan compare: --assume pue: power usage effectiveness (PUE) must be at least 1 (facility power / IT power)\n',
    );
    expect(await refused([RA_FILE, '--frobnicate'])).toBe(
      'plan compare: unknown option --frobnicate; allowed: --baseline, --assume, --help\n',
    );
    expect(await refused([])).toContain('give the design files to compare');
  });

  it('--help says what it prints and lists the cost inputs', async () => {
    const r = await runCompare(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['--baseline', '--assume', 'energyPriceUSDPerKWh', '"deltas"', 'up to 4']) {
      expect(r.stdout).toContain(word);
    }
  });
});

describe('scenariosFromText', () => {
  it('names a file’s design after the file, without the .json', () => {
    const read = scenariosFromText(serializeDesignFile(DEFAULT_DESIGN), '/x/y/my-design.json');
    expect(read).toEqual({ scenarios: [{ name: 'my-design', design: DEFAULT_DESIGN }], baseline: null });
  });
});
