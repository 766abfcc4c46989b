import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../lib/design/schema';
import { assertProperty } from '../lib/design/test-support/seeds';
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
      '--racks-per-row',
      '10',
      '--rack-power-kw',
      '57.5',
      '--rack-depth-mm',
      '1070',
      '--aisle-mm',
      '1500',
      '--rack-width-mm',
      '800',
      '--slack-m',
      '1.5',
      '--tray-height-m',
      '0.45',
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
      physical: {
        mediaPolicy: 'aec',
        rackHeightU: 48,
        racksPerRow: 10,
        rackPowerBudgetKW: 57.5,
        rackDepthMm: 1070,
        aisleWidthMm: 1500,
        rackWidthMm: 800,
        slackPerEndM: 1.5,
        trayHeightM: 0.45,
      },
    });
    expect(r.out).toBe('plan.json');
  });

  it('maps the IP plan options onto the design', () => {
    const r = ok([
      '--layout',
      '1-2-3-400',
      '--point-to-point',
      '--underlay-cidr',
      '192.168.0.0/20',
      '--oob-cidr',
      '192.168.16.0/22',
      '--management-cidr',
      '192.168.20.0/24',
      '--north-south-cidr=192.168.21.0/24',
      '--lb-addresses',
      '32',
      '--format',
      'ip-plan-csv',
    ]);
    expect(r.input).toMatchObject({
      layout: '1-2-3-400',
      pointToPointPorts: true,
      underlayCidr: '192.168.0.0/20',
      oobCidr: '192.168.16.0/22',
      managementCidr: '192.168.20.0/24',
      northSouthCidr: '192.168.21.0/24',
      loadBalancerAddresses: 32,
    });
    expect(r.format).toBe('ip-plan-csv');
  });

  it('leaves the IP plan options at the reference defaults when not given', () => {
    expect(ok([]).input).toMatchObject({
      pointToPointPorts: false,
      underlayCidr: '10.255.0.0/16',
      oobCidr: '10.250.0.0/16',
      managementCidr: '10.251.0.0/16',
      northSouthCidr: '10.252.0.0/16',
      loadBalancerAddresses: 16,
    });
  });

  it('lists the new options and their defaults in --help', () => {
    const r = parseArgs(['--help']);
    const usage = r.ok && r.help ? r.usage : '';
    expect(usage).toMatch(/--point-to-point .*default off/);
    expect(usage).toMatch(/--underlay-cidr C .*default 10\.255\.0\.0\/16/);
    expect(usage).toMatch(/--oob-cidr C .*default 10\.250\.0\.0\/16/);
    expect(usage).toMatch(/--management-cidr C .*default 10\.251\.0\.0\/16/);
    expect(usage).toMatch(/--north-south-cidr C .*default 10\.252\.0\.0\/16/);
    expect(usage).toMatch(/--lb-addresses N .*default 16/);
    expect(usage).toMatch(/ip-plan-csv: /);
    // The two sub-commands are named in the main help.
    expect(usage).toMatch(/npm run plan -- size .*size --help/);
    expect(usage).toMatch(/npm run plan -- compare .*compare --help/);
    expect(usage).toMatch(/--racks-per-row N .*3 to 60 \(default 12\)/);
    expect(usage).toMatch(/--rack-power-kw N .*1 to 200 \(kW\) \(default 40\)/);
    expect(usage).toMatch(/--rack-depth-mm N .*600 to 1,400 \(mm\) \(default 1200\)/);
    expect(usage).toMatch(/--aisle-mm N .*600 to 3,000 \(mm\) \(default 1200\)/);
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
    [
      ['--nodes', '0'],
      /^--nodes: at least 1 worker node \(allowed: 1 to 16,384 \(2 tiers up to 2,048 for layout 1-4-3-200\)\)$/,
    ],
    [['--nodes', '20000'], /^--nodes: at most [\d,]+ worker nodes/],
    [['--nodes=-3'], /^--nodes: "-3" is not a whole number/],
    [['--nodes', '-3'], /^--nodes: missing value, or a value starting with "-" \(write --nodes=VALUE/],
    [['--mig', '1g.18gb'], /^--mig: "1g.18gb" is not allowed; use one of none, 1g.24gb, 2g.48gb, 4g.96gb$/],
    [['--pod-cidr', '10.0.0.0/33'], /^--pod-cidr: prefix \/33 is longer than \/32/],
    // 64 workers x /29 (2 GPUs per SuperNIC, nv-ipam) = a /23 per rail, two rails: a /22.
    [
      ['--east-west-cidr', '172.16.0.0/24'],
      /^--east-west-cidr: east-west CIDR \/24 is too small.*\/22 or larger/,
    ],
    // The option typed is named; the default pod CIDR's mirror error is dropped.
    [
      ['--pod-cidr', '100.64.0.0/12', '--service-cidr', '100.64.0.0/16'],
      /^--pod-cidr: the pod CIDR \(100\.64\.0\.0\/12\) overlaps the service CIDR \(100\.64\.0\.0\/16\) \(allowed: [^;]*; --service-cidr: /,
    ],
    // 64 workers: 265 OOB ports + gateway do not fit a /24's 254 addresses.
    [
      ['--oob-cidr', '10.250.0.0/24'],
      /^--oob-cidr: the out-of-band subnet 10\.250\.0\.0\/24 is too small: .*use \/23 or larger/,
    ],
    [['--oob-cidr', '10.250.0.0/33'], /^--oob-cidr: prefix \/33 is longer than \/32/],
    [
      ['--underlay-cidr', '10.255.0.0/30'],
      /^--underlay-cidr: the underlay CIDR 10\.255\.0\.0\/30 is too small/,
    ],
    [
      ['--management-cidr', 'ten'],
      /^--management-cidr: .*\(allowed: an IPv4 CIDR such as 10\.251\.0\.0\/16\)$/,
    ],
    // 68 nodes + gateway + 9 reserved + 16 MetalLB = 94 > 62 usable in a /26.
    [
      ['--north-south-cidr', '10.252.0.0/26'],
      /^--north-south-cidr: the north-south subnet 10\.252\.0\.0\/26 is too small/,
    ],
    [['--lb-addresses', '0'], /^--lb-addresses: at least 1 load-balancer address \(allowed: 1 to 4,096\)$/],
    [
      ['--lb-addresses', '4097'],
      /^--lb-addresses: at most 4,096 load-balancer addresses \(allowed: 1 to 4,096\)$/,
    ],
    [['--lb-addresses', 'many'], /^--lb-addresses: "many" is not a whole number; use 1 to 4,096$/],
    [
      ['--point-to-point'],
      /^--point-to-point: single-tenant \/31 switchports need a dedicated SuperNIC per GPU/,
    ],
    [['--point-to-point=yes'], /^--point-to-point/],
    [['--max-pods', '255'], /^--max-pods: .*254.*\(allowed: 1 to 254\)$/],
    [['--control-plane-nodes', '2'], /^--control-plane-nodes: "2" is not allowed; use one of 1, 3, 5$/],
    [['--media', 'copper'], /^--media: "copper" is not allowed; use one of auto, dac, acc, aec, fiber$/],
    [['--rack-units', '45'], /^--rack-units: "45" is not allowed; use one of 42, 48$/],
    [['--rack-width-mm', '700'], /^--rack-width-mm: "700" is not allowed; use one of 600, 800$/],
    [['--slack-m', '9'], /^--slack-m: cable slack per end must be 0 to 5 m \(allowed: 0 to 5 \(m\)\)$/],
    [['--tray-height-m', 'high'], /^--tray-height-m: "high" is not a number; use 0 to 3 \(m\)$/],
    [['--racks-per-row', '2'], /^--racks-per-row: racks per row must be 3 to 60 \(allowed: 3 to 60\)$/],
    [['--racks-per-row', 'ten'], /^--racks-per-row: "ten" is not a whole number; use 3 to 60$/],
    [
      ['--rack-power-kw', '0'],
      /^--rack-power-kw: rack power budget must be 1 to 200 kW \(allowed: 1 to 200 \(kW\)\)$/,
    ],
    [['--rack-power-kw', '40kW'], /^--rack-power-kw: "40kW" is not a number; use 1 to 200 \(kW\)$/],
    [
      ['--rack-depth-mm', '2000'],
      /^--rack-depth-mm: rack depth must be 600 to 1,400 mm \(allowed: 600 to 1,400 \(mm\)\)$/,
    ],
    [
      ['--aisle-mm', '500'],
      /^--aisle-mm: aisle width must be 600 to 3,000 mm \(allowed: 600 to 3,000 \(mm\)\)$/,
    ],
    [['--aisle-mm', '1200.5'], /^--aisle-mm: "1200.5" is not a whole number; use 600 to 3,000 \(mm\)$/],
    [
      ['--format', 'yaml'],
      /^--format: "yaml" is not allowed; use one of json, xlsx, csv, cabling-csv, cable-labels-csv, ip-plan-csv, bundle, netbox$/,
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

  it('names both options, in the order typed, when the user typed both sides of an overlap', () => {
    const message = fail(['--management-cidr', '10.251.0.0/20', '--pod-cidr', '10.251.0.0/16']);
    expect(message).toMatch(/^--management-cidr: the PXE\/management subnet .*; --pod-cidr: the pod CIDR /);
    expect(message.split('; --')).toHaveLength(2);
  });

  it('plans 4,096 workers on 1-2-2-200 with no CIDR flags: the planner grows the pod CIDR', () => {
    const parsed = parseArgs(['--layout', '1-2-2-200', '--nodes', '4096']);
    expect(parsed.ok).toBe(true);
  });

  it('lets the planner move the pod CIDR away from a typed service CIDR', () => {
    expect(parseArgs(['--service-cidr', '100.64.0.0/16']).ok).toBe(true);
  });

  it('says why a typed pod CIDR no longer fits, on the pod CIDR and on the worker count', () => {
    // 4,096 workers + 3 + 1 need more node /24s than a /12 holds.
    const message = fail(['--pod-cidr', '100.64.0.0/12', '--layout', '1-2-2-200', '--nodes', '4096']);
    expect(message).toMatch(/^--pod-cidr: pod CIDR \/12 holds 4096 node \/24s/);
    expect(message).toContain('--nodes: 4100 nodes need a /11 pod CIDR');
  });

  it('drops every mirror of one typed CIDR overlapping several defaults', () => {
    // 10.0.0.0/8 holds the default underlay, management and north-south subnets.
    const message = fail(['--oob-cidr', '10.0.0.0/8']);
    const options = message.split('; ').map((part) => part.split(':')[0]);
    expect(options).toEqual(['--oob-cidr', '--oob-cidr', '--oob-cidr']);
    for (const label of ['the underlay CIDR', 'the PXE/management subnet', 'the north-south subnet'])
      expect(message).toContain(label);
  });

  it('always returns a design or a one-line message for random argv, never throws (fast-check, pinned and fresh seeds)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '--gpu',
        '--layout',
        '--nodes',
        '--mig',
        '--sriov',
        '--pod-cidr',
        '--east-west-cidr',
        '--point-to-point',
        '--oob-cidr',
        '--north-south-cidr',
        '--lb-addresses',
        '--max-pods',
        '--control-plane-nodes',
        '--media',
        '--rack-units',
        '--racks-per-row',
        '--rack-power-kw',
        '--rack-depth-mm',
        '--aisle-mm',
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
    assertProperty(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        const r = parseArgs(argv);
        if (r.ok) {
          if (!r.help) expect(r.input.workerNodes).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
          expect(r.message).not.toMatch(/[\r\n]/);
        }
      }),
      500,
    );
  });
});

describe('bad values are quoted short, on one line', () => {
  it('quotes at most 40 characters of a huge or multi-line value', () => {
    const message = fail(['--format', `${'x'.repeat(100_000)}\nmore`]);
    expect(message.length).toBeLessThan(300);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^--format: "x{40}"… \(100,005 characters\) is not allowed/);
  });
});
