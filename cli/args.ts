import { parseArgs as parseNodeArgs } from 'node:util';
import { PREFERRED_CIDRS } from '../lib/design/auto-cidrs';
import { quoteExcerpt } from '../lib/design/excerpt';
import {
  allowedValues,
  DESIGN_FIELD_PATHS,
  DESIGN_FIELDS,
  type DesignFieldPath,
  designField,
  type FieldSpec,
  labelWithUnit,
  wholeNumbersOnly,
} from '../lib/design/fields';
import { CIDR_LABELS, DEFAULT_DESIGN, type DesignInput, type FieldError } from '../lib/design/schema';
import { validatePlannable } from '../lib/plan/logical';
import { FORMAT_IDS, FORMATS, type FormatId, isFormatId } from './formats';

export type ParsedArgs =
  | { ok: true; help: false; input: DesignInput; format: FormatId; out: string | null }
  | { ok: true; help: true; usage: string }
  | { ok: false; message: string };

type OptionConfig = { type: 'string' | 'boolean'; short?: string };

/** One option per design field (lib/design/fields.ts), then the output options. */
const OPTIONS: Record<string, OptionConfig> = {
  ...Object.fromEntries(
    DESIGN_FIELD_PATHS.map((path) => {
      const spec: FieldSpec = DESIGN_FIELDS[path];
      return [spec.option, { type: spec.kind === 'boolean' ? 'boolean' : 'string' }];
    }),
  ),
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const OPTION_NAMES = Object.keys(OPTIONS).map((o) => `--${o}`);

/** The value at a dotted path of a design ("physical.rackHeightU"). */
function valueAt(design: DesignInput, path: DesignFieldPath): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], design);
}

/** What a field is when its option is left out, in words. */
function defaultWords(path: DesignFieldPath): string {
  const spec: FieldSpec = DESIGN_FIELDS[path];
  const value = valueAt(DEFAULT_DESIGN, path);
  if (spec.kind === 'boolean') return value === true ? 'on' : 'off';
  if (spec.kind === 'auto-cidr') {
    return `the planner's choice, ${PREFERRED_CIDRS[path as keyof typeof PREFERRED_CIDRS]} while it fits`;
  }
  return value === null ? 'none' : String(value);
}

/** "--nodes N", "--gpu rtx-pro-6000|h200-nvl", "--sriov": the option as help shows it. */
function optionSyntax(spec: FieldSpec): string {
  if (spec.kind === 'boolean') return `--${spec.option}`;
  if (spec.kind === 'number') return `--${spec.option} N`;
  if (spec.kind === 'text' || spec.kind === 'auto-cidr') return `--${spec.option} C`;
  if (spec.kind === 'nullable-select') return `--${spec.option} PROFILE|none`;
  return `--${spec.option} ${(spec.values?.(DEFAULT_DESIGN) ?? []).join('|')}`;
}

/** One help line per design field: label, what it holds, allowed values, default. */
function designOptionLines(): string {
  return DESIGN_FIELD_PATHS.map((path) => {
    const spec: FieldSpec = DESIGN_FIELDS[path];
    // Numbers say their unit with the range; selects list their values in the syntax.
    const label = spec.kind === 'number' ? spec.label : labelWithUnit(spec);
    const what = spec.help ? `${label}: ${spec.help}` : label;
    const listed = spec.kind === 'select' || spec.kind === 'select-number' || spec.kind === 'nullable-select';
    const allowed = listed ? '' : `, ${allowedValues(spec, DEFAULT_DESIGN)}`;
    const line = `  ${optionSyntax(spec).padEnd(28)} ${what}${allowed} (default ${defaultWords(path)})`;
    // The MIG profiles depend on the GPU: one line per GPU.
    if (path !== 'migProfile') return line;
    const perGpu = (DESIGN_FIELDS.gpu.values() as readonly string[]).map(
      (gpu) => `${' '.repeat(33)}${gpu}: ${allowedValues(spec, { ...DEFAULT_DESIGN, gpu } as DesignInput)}`,
    );
    return [line, ...perGpu].join('\n');
  }).join('\n');
}

export const USAGE = `Usage: npm run plan -- [options]
       npm run plan -- size --model ID --context N [options]  (size from a workload: size --help)
       npm run plan -- compare FILE FILE [FILE FILE] [options]  (saved designs: compare --help)

Plans an NVIDIA Enterprise AI Factory cluster (RA on Supermicro SYS-212GB-FNR) and prints the
ClusterPlan as JSON. Options left out take the RA reference design's values.

${designOptionLines()}
  --format ${FORMAT_IDS.join('|')}
                               output format (default json):
${FORMAT_IDS.map((f) => `                                 ${f}: ${FORMATS[f].description}`).join('\n')}
  --out FILE                   write the output to FILE instead of stdout
  --help                       show this help

Exit codes: 0 success, 2 invalid arguments (one-line message on stderr, nothing on stdout).`;

/** Thrown inside parseArgs for a bad value; carries the one-line message. */
class ArgError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function choice<T extends string | number>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => String(a) === value);
  if (found === undefined)
    throw new ArgError(
      `--${option}: ${quoteExcerpt(value)} is not allowed; use one of ${allowed.join(', ')}`,
    );
  return found;
}

function wholeNumber(option: string, value: string, range: string): number {
  if (!/^\d{1,9}$/.test(value))
    throw new ArgError(`--${option}: ${quoteExcerpt(value)} is not a whole number; use ${range}`);
  return Number(value);
}

function decimalNumber(option: string, value: string, range: string): number {
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(value))
    throw new ArgError(`--${option}: ${quoteExcerpt(value)} is not a number; use ${range}`);
  return Number(value);
}

/** Translates node:util's parse errors into one line that names the option and the allowed ones. */
function nodeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option ?? ''}; allowed: ${OPTION_NAMES.join(', ')}`.replace('  ', ' ');
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (option && /argument missing/.test(message))
      return `${option}: missing value (see --help for the allowed values)`;
    if (option && /ambiguous/.test(message)) {
      return `${option}: missing value, or a value starting with "-" (write ${option}=VALUE; see --help for the allowed values)`;
    }
    return `${option ?? 'option'}: ${oneLine(message)}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument ${quoteExcerpt(arg)}; options start with --, allowed: ${OPTION_NAMES.join(', ')}`;
  }
  return oneLine(message);
}

/** Option name and allowed values for a DesignInput field path, to prefix schema messages. */
function describeField(path: string, design: DesignInput): { option: string; allowed: string } {
  const spec = designField(path);
  return spec
    ? { option: `--${spec.option}`, allowed: allowedValues(spec, design) }
    : { option: path || 'design', allowed: 'see --help' };
}

/** The options the user typed, in the order typed (first occurrence), as "--name". */
function typedOptions(tokens: readonly { kind: string; name?: string }[]): string[] {
  const names = tokens.flatMap((t) => (t.kind === 'option' && t.name ? [`--${t.name}`] : []));
  return [...new Set(names)];
}

/**
 * The errors worth showing, the option typed first at the front. A cross-field rule reports on both
 * fields ("the service CIDR (...) overlaps the pod CIDR (...)" and the reverse); when the user typed
 * only one of the two, the other field's error is the mirror of the first and is dropped, so the
 * message names the option the user typed, not a default they never touched.
 */
function errorsForUser(errors: readonly FieldError[], design: DesignInput, typed: readonly string[]) {
  const optionOf = (e: FieldError) => describeField(e.path, design).option;
  const isTyped = (e: FieldError) => typed.includes(optionOf(e));
  /** How messages name a field's value: "the pod CIDR (100.64.0.0/12)". */
  const mention = (path: string) =>
    Object.hasOwn(CIDR_LABELS, path)
      ? `${CIDR_LABELS[path as keyof typeof CIDR_LABELS]} (${design[path as keyof typeof CIDR_LABELS]})`
      : null;
  const isMirror = (e: FieldError) => {
    const words = mention(e.path);
    return (
      words !== null &&
      !isTyped(e) &&
      errors.some((other) => other !== e && isTyped(other) && other.message.includes(words))
    );
  };
  const rank = (e: FieldError) => {
    const i = typed.indexOf(optionOf(e));
    return i < 0 ? typed.length : i;
  };
  return errors
    .filter((e) => !isMirror(e))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** A design field's value from its option's text, checked against the allowed values (the design so far for the MIG list). */
function optionValue(path: DesignFieldPath, text: string, design: DesignInput): unknown {
  const spec: FieldSpec = DESIGN_FIELDS[path];
  if (spec.kind === 'number') {
    const range = allowedValues(spec, design);
    return wholeNumbersOnly(spec)
      ? wholeNumber(spec.option, text, range)
      : decimalNumber(spec.option, text, range);
  }
  if (spec.values) {
    const value = choice(spec.option, text, spec.values(design));
    return spec.kind === 'nullable-select' && value === 'none' ? null : value;
  }
  return text;
}

/** Sets a dotted path in a (copied) design. */
function withValue(design: DesignInput, path: DesignFieldPath, value: unknown): DesignInput {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const record = design as unknown as Record<string, unknown>;
  if (tail === undefined) return { ...record, [head]: value } as unknown as DesignInput;
  return { ...record, [head]: { ...(record[head] as object), [tail]: value } } as unknown as DesignInput;
}

/** The design the options describe: the RA reference design with each option given applied, in table order. */
function buildDesign(v: Record<string, string | boolean | undefined>): DesignInput {
  let design: DesignInput = structuredClone(DEFAULT_DESIGN);
  for (const path of DESIGN_FIELD_PATHS) {
    const given = v[DESIGN_FIELDS[path].option];
    if (given === undefined) continue;
    design = withValue(design, path, typeof given === 'boolean' ? given : optionValue(path, given, design));
  }
  return design;
}

/**
 * Parses the `plan` command's arguments into a validated DesignInput, the output format and file.
 * Pure and total: never throws; an error is one line naming the argument and its allowed values.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  try {
    let parsed: ReturnType<
      typeof parseNodeArgs<{
        args: string[];
        options: typeof OPTIONS;
        strict: true;
        allowPositionals: false;
        tokens: true;
      }>
    >;
    try {
      parsed = parseNodeArgs({
        args: [...argv],
        options: OPTIONS,
        strict: true,
        allowPositionals: false,
        tokens: true,
      });
    } catch (err) {
      return { ok: false, message: nodeParseError(err) };
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help === true) return { ok: true, help: true, usage: USAGE };

    const formatText = typeof values.format === 'string' ? values.format : 'json';
    if (!isFormatId(formatText)) {
      return {
        ok: false,
        message: `--format: ${quoteExcerpt(formatText)} is not allowed; use one of ${FORMAT_IDS.join(', ')}`,
      };
    }
    const out = typeof values.out === 'string' ? values.out : null;
    if (out !== null && out.trim() === '') return { ok: false, message: '--out: give a file name' };
    if (FORMATS[formatText].binary && out === null) {
      return { ok: false, message: `--format ${formatText} writes a binary file: add --out FILE` };
    }

    const design = buildDesign(values);
    const result = validatePlannable(design);
    if (!result.success) {
      const typed = typedOptions(parsed.tokens ?? []);
      const message = errorsForUser(result.errors, design, typed)
        .map((e) => {
          const f = describeField(e.path, design);
          return `${f.option}: ${e.message} (allowed: ${f.allowed})`;
        })
        .join('; ');
      return { ok: false, message: oneLine(message) };
    }
    return { ok: true, help: false, input: result.data, format: formatText, out };
  } catch (err) {
    if (err instanceof ArgError) return { ok: false, message: oneLine(err.message) };
    return {
      ok: false,
      message: oneLine(`invalid arguments: ${err instanceof Error ? err.message : String(err)}`),
    };
  }
}
