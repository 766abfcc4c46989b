import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { parseCostToRunInputs } from '../lib/cost/cost-inputs-schema';
import { COST_INPUT_IDS, COST_INPUT_SPECS, type CostToRunInputs } from '../lib/cost/cost-to-run';
import { designFileSizeError, parseDesignFile } from '../lib/design/design-file';
import { quoteExcerpt } from '../lib/design/excerpt';
import {
  addScenario,
  EMPTY_SCENARIO_SET,
  freeScenarioName,
  MAX_SCENARIOS,
  type Scenario,
  type ScenarioSet,
} from '../lib/design/scenarios';
import { decodeDesignDocument } from '../lib/design/storage-codec';

/**
 * `npm run plan -- compare a.json b.json [...]`: plans up to four designs (design files as the
 * planner saves them, or bare designs such as `plan size`'s `recommended`) and prints, as JSON, each
 * scenario's totals and their deltas against the baseline (lib/compare `compareScenarios`).
 * Invalid arguments or files: one line on stderr naming the file or flag, nothing on stdout, exit 2.
 */

const OPTIONS = {
  baseline: { type: 'string' },
  assume: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const costLines = COST_INPUT_IDS.map((id) => {
  const s = COST_INPUT_SPECS[id];
  return `                               ${id} = ${s.value} (${s.unit}): ${s.label}`;
}).join('\n');

export const COMPARE_USAGE = `Usage: npm run plan -- compare FILE FILE [FILE FILE] [options]

Compares up to ${MAX_SCENARIOS} designs side by side: each one planned in full, its GPUs, GPU memory,
servers, racks, switches by role, cables by media, power, BOM total, cost per GPU and per TB of GPU
memory, cost to run and (for scenarios added from a workload answer) its throughput, and the deltas
of every figure against the baseline. Prints JSON: "baseline", "metrics", "scenarios" and "deltas".

  FILE                         a design file ("Save design" in the planner; one that holds scenarios
                               adds each of them), or a bare design JSON (e.g. \`plan size\`'s
                               "recommended"); each becomes a scenario named after the file
  --baseline N|NAME            the scenario the others are compared against: its number (1 = the
                               first) or its name (default: the first, or the file's own baseline)
  --assume NAME=VALUE          a cost-to-run input (repeatable); names and defaults:
${costLines}
  --help                       show this help

Exit codes: 0 success, 2 invalid arguments or files (one-line message on stderr, nothing on stdout).`;

export interface CompareRun {
  code: number;
  stdout: string;
  stderr: string;
}

class CompareError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A file's scenarios: the ones it saved, or its design named after the file. */
export interface FileScenarios {
  scenarios: Scenario[];
  /** The file's own baseline, when it saved scenarios. */
  baseline: number | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of one file as scenarios, or why not (a sentence, without the file name). Pure. */
export function scenariosFromText(text: string, fileName: string): FileScenarios | string {
  const name = basename(fileName).replace(/\.json$/i, '') || 'design';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return 'it is not valid JSON (give a design file saved by the planner, or a design)';
  }
  if (isRecord(parsed) && 'format' in parsed) {
    const file = parseDesignFile(text);
    if (!file.success) return file.error;
    if (file.scenarios) return { scenarios: file.scenarios.scenarios, baseline: file.scenarios.baseline };
    return { scenarios: [{ name, design: file.data }], baseline: null };
  }
  if (!isRecord(parsed) || !('gpu' in parsed)) {
    return 'it is neither a design file nor a design (an object with "gpu", "layout", "workerNodes", ...)';
  }
  // A bare design: read as a document of its own version, so older designs migrate too.
  const decoded = decodeDesignDocument(
    JSON.stringify({ schemaVersion: parsed.schemaVersion, design: parsed }),
  );
  if (!decoded.success) {
    const first = decoded.errors?.[0];
    return first
      ? `the design does not pass the checks: ${first.path || 'design'}: ${first.message}`
      : decoded.message;
  }
  return { scenarios: [{ name, design: decoded.design }], baseline: null };
}

function readFileScenarios(path: string): FileScenarios {
  const label = quoteExcerpt(path, 80);
  let text: string;
  try {
    const sizeError = designFileSizeError(statSync(path).size);
    if (sizeError) throw new CompareError(`${label}: ${sizeError}`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof CompareError) throw err;
    const why = (err as { code?: string }).code ?? (err instanceof Error ? err.message : String(err));
    throw new CompareError(`${label}: cannot read the file (${why})`);
  }
  const read = scenariosFromText(text, path);
  if (typeof read === 'string') throw new CompareError(`${label}: ${read}`);
  return read;
}

/** Every file's scenarios in one set, names made unique, at most MAX_SCENARIOS. */
function collect(files: readonly { path: string; read: FileScenarios }[]): ScenarioSet {
  let set: ScenarioSet = EMPTY_SCENARIO_SET;
  const total = files.reduce((n, f) => n + f.read.scenarios.length, 0);
  if (total > MAX_SCENARIOS) {
    throw new CompareError(
      `at most ${MAX_SCENARIOS} scenarios can be compared; the files hold ${total} (${files.map((f) => `${quoteExcerpt(f.path, 80)}: ${f.read.scenarios.length}`).join(', ')})`,
    );
  }
  for (const { path, read } of files) {
    for (const s of read.scenarios) {
      const edit = addScenario(set, { ...s, name: freeScenarioName(set, s.name) });
      // Only the same design twice is left to refuse here (count and names are handled above).
      if (!edit.ok) throw new CompareError(`${quoteExcerpt(path, 80)}: ${edit.message}`);
      set = edit.set;
    }
  }
  return set;
}

function baselineIndex(text: string | undefined, set: ScenarioSet, fileBaseline: number | null): number {
  if (text === undefined) return fileBaseline ?? 0;
  const t = text.trim();
  const names = set.scenarios.map((s, i) => `${i + 1} "${s.name}"`).join(', ');
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    if (n >= 1 && n <= set.scenarios.length) return n - 1;
    throw new CompareError(
      `--baseline: ${t} is not a scenario number; use 1 to ${set.scenarios.length} (${names})`,
    );
  }
  const i = set.scenarios.findIndex((s) => s.name.toLowerCase() === t.toLowerCase());
  if (i < 0)
    throw new CompareError(`--baseline: no scenario is named ${quoteExcerpt(t)}; use one of ${names}`);
  return i;
}

function costInputs(pairs: readonly string[]): Partial<CostToRunInputs> {
  const raw: Record<string, number> = {};
  for (const pair of pairs) {
    const m = /^([^=]+)=(.*)$/.exec(pair);
    if (!m) throw new CompareError(`--assume: ${quoteExcerpt(pair)} must be NAME=VALUE, e.g. pue=1.3`);
    const [name, value] = [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
    if (!(COST_INPUT_IDS as readonly string[]).includes(name)) {
      throw new CompareError(
        `--assume: unknown input ${quoteExcerpt(name)}; use one of ${COST_INPUT_IDS.join(', ')}`,
      );
    }
    if (!NUMBER.test(value))
      throw new CompareError(`--assume ${name}: ${quoteExcerpt(value)} is not a number`);
    raw[name] = Number(value);
  }
  const parsed = parseCostToRunInputs(raw);
  if (!parsed.success) {
    throw new CompareError(parsed.errors.map((e) => `--assume ${e.path}: ${e.message}`).join('; '));
  }
  return parsed.data;
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseNodeArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'option';
    if ((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CompareError(`unknown option ${option}; allowed: --baseline, --assume, --help`);
    }
    throw new CompareError(`${option}: ${oneLine(message)}`);
  }
}

/** Runs `compare` on its arguments: what it prints and its exit code (file reads, no other I/O). */
export async function runCompare(argv: readonly string[]): Promise<CompareRun> {
  try {
    const { values, positionals } = parseFlags(argv);
    if (values.help === true) return { code: 0, stdout: `${COMPARE_USAGE}\n`, stderr: '' };
    if (positionals.length === 0) {
      throw new CompareError(
        'give the design files to compare: plan compare a.json b.json (see compare --help)',
      );
    }
    const files = positionals.map((path) => ({ path, read: readFileScenarios(path) }));
    const set = collect(files);
    const own = files.length === 1 ? (files[0]?.read.baseline ?? null) : null;
    const baseline = baselineIndex(values.baseline, set, own);
    const inputs = costInputs(values.assume ?? []);
    const { compareScenarios, COMPARE_METRICS } = await import('../lib/compare');
    const result = compareScenarios(set.scenarios, baseline, { costInputs: inputs });
    if (!result.success) throw new CompareError(result.errors.map((e) => e.message).join('; '));
    const c = result.data;
    const output = {
      baseline: { index: c.baseline, name: c.baselineName },
      metrics: COMPARE_METRICS.map(({ id, label, group, kind }) => ({ id, label, group, kind })),
      scenarios: c.scenarios,
      deltas: c.deltas,
      costAssumptions: c.costAssumptions,
    };
    return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
  } catch (err) {
    if (!(err instanceof CompareError)) throw err;
    return { code: 2, stdout: '', stderr: `plan compare: ${oneLine(err.message)}\n` };
  }
}

/** The subcommand as `cli/plan.ts` dispatches it: writes to stdout/stderr, returns the exit code. */
export async function compareMain(argv: readonly string[]): Promise<number> {
  const run = await runCompare(argv);
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.stdout) process.stdout.write(run.stdout);
  return run.code;
}
