import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../lib/design/schema';
import { parseArgs } from './args';

const ok = (argv: string[]) => {
  const r = parseArgs(argv);
  if (!r.ok || r.help) throw new Error(`expected a design, got ${JSON.stringify(r)}`);
  return r;
};
const fail = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return r.message;
};

describe('parseArgs: building the design', () => {
  it('takes the RA reference design when no option is given', () => {
    const r = ok([]);
    expect(r.input).toEqual(DEFAULT_DESIGN);
    expect([r.format, r.out]).toEqual(['json', null]);
  });

  it('maps every option onto the design', () => {
    const r = ok([
      '--gpu',
      'h200-nvl',
      '--layout',
      '1-2-3-400',
      '--nodes',
      '48',
      '--workload',
      'hpc',
      '--namespaces',
      '300',
      '--mig',
      '3g.71gb',
      '--sriov',
      '--pod-cidr',
      '10.0.0.0/12',
      '--service-cidr',
      '10.32.0.0/16',
      '--east-west-cidr',
      '172.20.0.0/16',
      '--max-pods',
      '200',
      '--control-plane-nodes',
      '5',
      '--control-plane-placement',
      'virtual',
      '--media',
      'aec',
      '--rack-units',
      '48',
      '--out',
      'plan.json',
    ]);
    expect(r.input).toMatchObject({
      gpu: 'h200-nvl',
      layout: '1-2-3-400',
      workerNodes: 48,
      workload: 'hpc',
      namespaces: 300,
      migProfile: '3g.71gb',
      sriov: true,
      podCidr: '10.0.0.0/12',
      serviceCidr: '10.32.0.0/16',
      eastWestCidr: '172.20.0.0/16',
      maxPodsPerNode: 200,
      controlPlane: { nodes: 5, placement: 'virtual' },
      physical: { mediaPolicy: 'aec', rackHeightU: 48 },
    });
    expect(r.out).toBe('plan.json');
  });

  it('accepts --opt=value and --mig none', () => {
    expect(ok(['--nodes=12', '--mig=none']).input).toMatchObject({ workerNodes: 12, migProfile: null });
  });

  it('returns the usage for --help and -h', () => {
    for (const argv of [['--help'], ['-h'], ['--nodes', '4', '--help']]) {
      const r = parseArgs(argv);
      expect(r.ok && r.help && r.usage.includes('--nodes N')).toBe(true);
    }
  });
});

describe('parseArgs: one-line errors naming the argument and the allowed values', () => {
  it.each([
    [['--gpu', 'a100'], /^--gpu: "a100" is not allowed; use one of rtx-pro-6000, h200-nvl$/],
    [['--layout', '1-8-9-400'], /^--layout: .*1-2-2-200, 1-2-3-400, 1-4-3-200$/],
    [['--nodes', 'ten'], /^--nodes: "ten" is not a whole number/],
    [['--nodes', '0'], /^--nodes: at least 1 worker node \(allowed: 1 to 2048 for layout 1-4-3-200\)$/],
    [['--nodes', '2049'], /^--nodes: layout 1-4-3-200 holds at most 2048 .*\(allowed: 1 to 2048/],
    [['--nodes=-3'], /^--nodes: "-3" is not a whole number/],
    [['--nodes', '-3'], /^--nodes: missing value, or a value starting with "-" \(write --nodes=VALUE/],
    [['--mig', '1g.18gb'], /^--mig: "1g.18gb" is not allowed; use one of none, 1g.24gb, 2g.48gb, 4g.96gb$/],
    [['--pod-cidr', '10.0.0.0/33'], /^--pod-cidr: prefix \/33 is longer than \/32/],
    [
      ['--east-west-cidr', '172.16.0.0/24'],
      /^--east-west-cidr: east-west CIDR \/24 is too small.*\/23 or larger/,
    ],
    [['--service-cidr', '100.64.0.0/16'], /^--pod-cidr: podCidr overlaps serviceCidr/],
    [['--max-pods', '255'], /^--max-pods: .*254.*\(allowed: 1 to 254\)$/],
    [['--control-plane-nodes', '2'], /^--control-plane-nodes: "2" is not allowed; use one of 1, 3, 5$/],
    [['--media', 'copper'], /^--media: "copper" is not allowed; use one of auto, dac, acc, aec, fiber$/],
    [['--rack-units', '45'], /^--rack-units: "45" is not allowed; use one of 42, 48$/],
    [
      ['--format', 'yaml'],
      /^--format: "yaml" is not allowed; use one of json, xlsx, csv, cabling-csv, bundle$/,
    ],
    [['--frobnicate'], /^unknown option --frobnicate; allowed: --gpu, --layout/],
    [['--nodes'], /^--nodes: missing value/],
    [['64'], /^unexpected argument "64"/],
    [['--sriov=yes'], /^--sriov/],
  ])('%j', (argv, pattern) => {
    const message = fail(argv);
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  it('always returns a design or a one-line message for random argv, never throws (fast-check, seed 42)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '--gpu',
        '--layout',
        '--nodes',
        '--mig',
        '--sriov',
        '--pod-cidr',
        '--east-west-cidr',
        '--max-pods',
        '--control-plane-nodes',
        '--media',
        '--rack-units',
        '--format',
        '--out',
        '--help',
        'h200-nvl',
        '1-2-2-200',
        '2g.48gb',
        'none',
        '10.0.0.0/8',
        '-h',
        '--',
        '-',
      ),
      fc.string(),
      fc.integer({ min: -10, max: 10_000 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        const r = parseArgs(argv);
        if (r.ok) {
          if (!r.help) expect(r.input.workerNodes).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
          expect(r.message).not.toMatch(/[\r\n]/);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
