import { readFileSync } from 'node:fs';
import { parseArgs as parseNodeArgs } from 'node:util';
import { GPU_IDS, LAYOUT_IDS } from '../lib/catalog/ids';
import { quoteExcerpt } from '../lib/design/excerpt';
import { DEFAULT_DESIGN, type DesignInput, type FieldError } from '../lib/design/schema';
import { ASSUMPTION_IDS, ASSUMPTION_SPECS } from '../lib/workload/assumptions';
import { KV_PRECISION_IDS, MIG_MODE_IDS, MODEL_IDS, PRECISION_IDS, TASK_IDS } from '../lib/workload/ids';
import { MODELS } from '../lib/workload/models';
import { parseSizingRequest, type SizingRequest } from '../lib/workload/request';

/**
 * `npm run plan -- size [options]`: sizes a workload (lib/workload `sizeWorkload`) and prints the
 * SizingAnswer as JSON, plus `recommendedPlanArgs`, the `plan` options of the recommended design.
 * Invalid arguments: one line on stderr naming the flag, nothing on stdout, exit code 2.
 */

const OPTIONS = {
  model: { type: 'string' },
  'custom-model': { type: 'string' },
  task: { type: 'string' },
  precision: { type: 'string' },
  'kv-precision': { type: 'string' },
  context: { type: 'string' },
  'input-tokens': { type: 'string' },
  users: { type: 'string' },
  'tokens-per-second-per-user': { type: 'string' },
  ttft: { type: 'string' },
  gpu: { type: 'string' },
  layout: { type: 'string' },
  mig: { type: 'string' },
  'training-tokens': { type: 'string' },
  'target-hours': { type: 'string' },
  'no-checkpointing': { type: 'boolean' },
  assume: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const OPTION_NAMES = Object.keys(OPTIONS).map((o) => `--${o}`);

const assumptionLines = ASSUMPTION_IDS.map((id) => {
  const s = ASSUMPTION_SPECS[id];
  return `                                 ${id} = ${s.value} ${s.unit}: ${s.label}`;
}).join('\n');

export const SIZE_USAGE = `Usage: npm run plan -- size --model ID --context N [options]

Sizes an AI workload on the RA's GPUs and server layouts: memory (weights, KV cache), the replica
(tensor x pipeline parallel GPUs), replicas, GPUs and worker nodes, and one planned design per GPU
and layout with its BOM cost and power. Prints the answer as JSON; "recommended" is a design the
planner accepts, and "recommendedPlanArgs" the \`plan\` options that plan it.

  --model ID                   ${MODEL_IDS.join(', ')}
  --custom-model JSON|@FILE    a model architecture instead of --model (JSON text, or @ and a file):
                                 totalParamsB, activeParamsB, layers, hiddenSize, attentionHeads,
                                 attention gqa|mla, kvHeads + headDim (gqa) or mla {...}
  --task ${TASK_IDS.join('|')}   (default inference)
  --precision ${PRECISION_IDS.join('|')}       weight precision (default bf16; qlora: fp4)
  --kv-precision ${KV_PRECISION_IDS.join('|')}        KV-cache precision (default bf16)
  --context N                  tokens per sequence, input + output (required; training: sequence length)
  --input-tokens N             prompt tokens, for the time to first token (default: the whole context)
  --users N                    concurrent users = concurrent sequences (default 1)
  --tokens-per-second-per-user N   decode speed target per user (inference)
  --ttft S                     time-to-first-token target, seconds (inference)
  --gpu ${GPU_IDS.join('|')}       size for one GPU only (default: both)
  --layout ${LAYOUT_IDS.join('|')}   size for one server layout only (default: all three)
  --mig ${MIG_MODE_IDS.join('|')}        MIG policy (default auto: a MIG slice per replica when that saves GPUs)
  --training-tokens N          tokens per epoch, for the fine-tuning time estimate
  --target-hours H             time budget per epoch (fine-tuning): GPUs are added until it is met
  --no-checkpointing           fine-tuning without activation checkpointing (default: with)
  --assume NAME=VALUE          override an assumption (repeatable); names and defaults:
${assumptionLines}
  --help                       show this help

Models:
${MODEL_IDS.map((id) => `  ${id.padEnd(18)} ${MODELS[id].name}`).join('\n')}

Exit codes: 0 success, 2 invalid arguments (one-line message on stderr, nothing on stdout).`;

export type ParsedSizeArgs =
  | { ok: true; help: false; request: SizingRequest }
  | { ok: true; help: true; usage: string }
  | { ok: false; message: string };

class ArgError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function numberOf(flag: string, text: string): number {
  const t = text.trim();
  if (!NUMBER.test(t)) throw new ArgError(`--${flag}: ${quoteExcerpt(text)} is not a number`);
  return Number(t);
}

function customModel(text: string): unknown {
  let json = text;
  if (text.startsWith('@')) {
    try {
      json = readFileSync(text.slice(1), 'utf8');
    } catch (err) {
      const why = (err as { code?: string }).code ?? (err instanceof Error ? err.message : String(err));
      throw new ArgError(`--custom-model: cannot read ${quoteExcerpt(text.slice(1))} (${why})`);
    }
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new ArgError('--custom-model: not valid JSON (give the architecture as JSON text, or @FILE)');
  }
}

function assumptions(pairs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of pairs) {
    const m = /^([^=]+)=(.*)$/.exec(pair);
    if (!m)
      throw new ArgError(
        `--assume: ${quoteExcerpt(pair)} must be NAME=VALUE, e.g. gpuMemoryUtilization=0.92`,
      );
    const name = m[1]!.trim();
    if (!(ASSUMPTION_IDS as readonly string[]).includes(name)) {
      throw new ArgError(
        `--assume: unknown assumption ${quoteExcerpt(name)}; use one of ${ASSUMPTION_IDS.join(', ')}`,
      );
    }
    out[name] = numberOf(`assume ${name}`, m[2]!);
  }
  return out;
}

/** The raw request object from the flags (numbers parsed, nothing else checked: the schema does). */
function requestObject(v: Record<string, string | boolean | string[] | undefined>): Record<string, unknown> {
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const num = (key: string) => {
    const s = str(key);
    return s === undefined ? undefined : numberOf(key, s);
  };
  const r: Record<string, unknown> = {
    task: str('task'),
    model: str('model'),
    customModel: str('custom-model') === undefined ? undefined : customModel(str('custom-model')!),
    precision: str('precision'),
    kvCachePrecision: str('kv-precision'),
    contextTokens: num('context'),
    inputTokens: num('input-tokens'),
    users: num('users'),
    tokensPerSecondPerUser: num('tokens-per-second-per-user'),
    timeToFirstTokenS: num('ttft'),
    gpu: str('gpu'),
    layout: str('layout'),
    mig: str('mig'),
  };
  const training = {
    tokens: num('training-tokens'),
    targetHoursPerEpoch: num('target-hours'),
    activationCheckpointing: v['no-checkpointing'] === true ? false : undefined,
  };
  if (Object.values(training).some((x) => x !== undefined)) {
    r.training = Object.fromEntries(Object.entries(training).filter(([, x]) => x !== undefined));
  }
  const assumed = Array.isArray(v.assume) ? v.assume : [];
  if (assumed.length > 0) r.assumptions = assumptions(assumed);
  return Object.fromEntries(Object.entries(r).filter(([, x]) => x !== undefined));
}

/** The flag a request field comes from. */
const FLAG_BY_PATH: Record<string, string> = {
  task: '--task',
  model: '--model',
  customModel: '--custom-model',
  precision: '--precision',
  kvCachePrecision: '--kv-precision',
  contextTokens: '--context',
  inputTokens: '--input-tokens',
  users: '--users',
  tokensPerSecondPerUser: '--tokens-per-second-per-user',
  timeToFirstTokenS: '--ttft',
  gpu: '--gpu',
  layout: '--layout',
  mig: '--mig',
  training: '--training-tokens / --target-hours',
  'training.tokens': '--training-tokens',
  'training.targetHoursPerEpoch': '--target-hours',
  'training.activationCheckpointing': '--no-checkpointing',
  assumptions: '--assume',
};

export function flagFor(path: string): string {
  if (FLAG_BY_PATH[path]) return FLAG_BY_PATH[path];
  const [head, ...rest] = path.split('.');
  if (head === 'assumptions') return `--assume ${rest.join('.')}`;
  if (head === 'customModel') return `--custom-model ${rest.join('.')}`;
  return path ? `--${path}` : 'size';
}

function messageFor(errors: readonly FieldError[]): string {
  return errors.map((e) => `${flagFor(e.path)}: ${e.message}`).join('; ');
}

/**
 * Parses the `size` subcommand's arguments into a validated SizingRequest. Pure and total: never
 * throws; an error is one line naming the flag and what it accepts.
 */
export function parseSizeArgs(argv: readonly string[]): ParsedSizeArgs {
  try {
    let values: Record<string, string | boolean | string[] | undefined>;
    try {
      values = parseNodeArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false })
        .values as typeof values;
    } catch (err) {
      return { ok: false, message: nodeParseError(err) };
    }
    if (values.help === true) return { ok: true, help: true, usage: SIZE_USAGE };
    const parsed = parseSizingRequest(requestObject(values));
    if (!parsed.success) return { ok: false, message: oneLine(messageFor(parsed.errors)) };
    return { ok: true, help: false, request: parsed.data };
  } catch (err) {
    if (err instanceof ArgError) return { ok: false, message: oneLine(err.message) };
    return {
      ok: false,
      message: oneLine(`invalid arguments: ${err instanceof Error ? err.message : String(err)}`),
    };
  }
}

function nodeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option ?? ''}; allowed: ${OPTION_NAMES.join(', ')}`.replace('  ', ' ');
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (option && /argument missing/.test(message)) return `${option}: missing value (see size --help)`;
    if (option && /ambiguous/.test(message)) {
      return `${option}: missing value, or a value starting with "-" (write ${option}=VALUE; see size --help)`;
    }
    return `${option ?? 'option'}: ${oneLine(message)}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument ${quoteExcerpt(arg)}; options start with --, allowed: ${OPTION_NAMES.join(', ')}`;
  }
  return oneLine(message);
}

/**
 * The `plan` options that plan `design` (a sized design: the RA reference with GPU, layout, workers,
 * workload, MIG profile and, where it had to grow, the east-west CIDR). Fields equal to the
 * reference are left out, except the four that say what the design is.
 */
export function planArgsFor(design: DesignInput): string[] {
  const args = [
    '--gpu',
    design.gpu,
    '--layout',
    design.layout,
    '--nodes',
    String(design.workerNodes),
    '--workload',
    design.workload,
  ];
  if (design.migProfile !== null) args.push('--mig', design.migProfile);
  const strings: [keyof DesignInput, string][] = [
    ['podCidr', '--pod-cidr'],
    ['serviceCidr', '--service-cidr'],
    ['eastWestCidr', '--east-west-cidr'],
  ];
  for (const [field, flag] of strings) {
    const value = design[field];
    if (typeof value === 'string' && value !== DEFAULT_DESIGN[field]) args.push(flag, value);
  }
  if (design.namespaces !== DEFAULT_DESIGN.namespaces) args.push('--namespaces', String(design.namespaces));
  if (design.sriov) args.push('--sriov');
  return args;
}

export interface SizeRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `size` on its arguments: what it prints and its exit code (no I/O of its own). */
export async function runSize(argv: readonly string[]): Promise<SizeRun> {
  const args = parseSizeArgs(argv);
  if (!args.ok) return { code: 2, stdout: '', stderr: `plan size: ${args.message}\n` };
  if (args.help) return { code: 0, stdout: `${args.usage}\n`, stderr: '' };
  const { sizeParsedWorkload } = await import('../lib/workload/size-workload');
  const answer = sizeParsedWorkload(args.request);
  const output = {
    ...answer,
    recommendedPlanArgs: answer.recommended ? planArgsFor(answer.recommended) : null,
  };
  return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
}

/** The subcommand as `cli/plan.ts` dispatches it: writes to stdout/stderr, returns the exit code. */
export async function sizeMain(argv: readonly string[]): Promise<number> {
  const run = await runSize(argv);
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.stdout) process.stdout.write(run.stdout);
  return run.code;
}
