import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cidr, cidrSize, formatIpv4, parseCidr, parseIpv4 } from '../design/cidr';
import { aDesign, aPlannedDesign } from '../design/schema';
import { validDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { validatePlannable } from './logical';
import { planCluster } from './plan-cluster';
import type { AddressBlock, ClusterPlan } from './types';

const cidr = (text: string): Cidr => {
  const p = parseCidr(text);
  if (!p.success) throw new Error(p.error);
  return p.data;
};
const ip = (text: string): number => {
  const v = parseIpv4(text);
  if (v === null) throw new Error(`not an address: ${text}`);
  return v;
};
const inside = (address: number, c: Cidr) => address >= c.network && address < c.network + cidrSize(c);
/** Every address of a "a" or "a-b" peer range. */
const expand = (range: string): number[] => {
  if (range === '') return [];
  const [first, last = first] = range.split('-').map(ip) as [number, number?];
  return Array.from({ length: (last ?? first) - first + 1 }, (_, i) => first + i);
};
const rows = (plan: ClusterPlan, network: AddressBlock['network']) =>
  plan.ipPlan.blocks.filter((b) => b.network === network);

describe('IP plan of the RA reference (64 x 1-4-3-200, 172.16.0.0/16)', () => {
  const plan = planCluster(aPlannedDesign());
  const eastWest = rows(plan, 'east-west');

  it('gives every leaf port facing a SuperNIC one block, read from the cabled links', () => {
    const superNicLegs = plan.cabling.cables.filter((c) => c.network === 'east-west').flatMap((c) => c.legs);
    expect(eastWest).toHaveLength(64 * 2);
    expect(eastWest.map((b) => `${b.device} ${b.port} ${b.peerDevice} ${b.peerPort}`)).toEqual(
      superNicLegs.map((l) => `${l.a.device} ${l.a.port} ${l.b.device} ${l.b.port}`),
    );
  });

  it('hands worker w block w of its rail pool: switchport .1, pods from .2 to the last before broadcast', () => {
    // Hand-checked: rail 0 = 172.16.0.0/17, rail 1 = 172.16.128.0/17, /29 blocks (8 addresses).
    const first = eastWest.find((b) => b.rail === 0 && b.peerDevice.endsWith('gpu-001'));
    expect(first).toMatchObject({
      prefix: '172.16.0.0/29',
      gateway: '172.16.0.1',
      peerAddresses: '172.16.0.2-172.16.0.6',
      peerPort: 'nic1',
    });
    // Worker 64 (index 63): 63 x 8 = 504 = 1 x 256 + 248.
    const last = eastWest.find((b) => b.rail === 1 && b.peerDevice.endsWith('gpu-064'));
    expect(last).toMatchObject({
      prefix: '172.16.129.248/29',
      gateway: '172.16.129.249',
      peerAddresses: '172.16.129.250-172.16.129.254',
      peerPort: 'nic2',
    });
  });

  it('numbers every leaf-spine link with a /31 from the upper half of the underlay, leaf end first', () => {
    const links = rows(plan, 'leaf-spine');
    expect(links).toHaveLength(plan.fabric.spineLinks);
    expect(links[0]).toMatchObject({
      prefix: '10.255.128.0/31',
      gateway: '10.255.128.0',
      peerAddresses: '10.255.128.1',
    });
    expect(links[0]!.device).toContain('leaf');
    expect(links[0]!.peerDevice).toContain('spine');
  });

  it('gives each SN5610 (2 leaves, 1 spine, north-south) a /32 loopback from the lower half', () => {
    const loopbacks = rows(plan, 'loopback');
    expect(loopbacks).toHaveLength(2 + 1 + plan.northSouth.switches);
    expect(loopbacks[0]).toMatchObject({ prefix: '10.255.0.0/32', port: 'lo' });
  });

  it('addresses every 1GbE OOB port once, after the gateway', () => {
    const oob = rows(plan, 'oob');
    expect(oob).toHaveLength(plan.oob.totalPorts);
    expect(oob[0]).toMatchObject({ gateway: '10.250.0.1', peerAddresses: '10.250.0.2' });
  });

  it('gives every node (64 workers, 3 control plane, 1 spare) a management and a north-south address', () => {
    for (const network of ['management', 'north-south'] as const) {
      const hosts = rows(plan, network);
      expect(hosts).toHaveLength(64 + 3 + 1);
      // Gateway .1, 9 reserved (.2-.10), the first node at .11.
      expect(hosts[0]!.peerAddresses).toMatch(/^10\.25[12]\.0\.11$/);
    }
    const worker = rows(plan, 'management')[0]!;
    expect(worker.device).toContain('ns-');
    expect(worker.peerPort).toBe('dpu-p0');
    // The control-plane nodes and the spare ride their assumed NIC's port 0 into a north-south switch.
    const controlPlane = rows(plan, 'north-south').filter((r) => /-cp-/.test(r.peerDevice));
    expect(controlPlane).toHaveLength(4);
    for (const r of controlPlane) {
      expect(r.device).toMatch(/-ns-\d+$/);
      expect(r.port).toMatch(/^swp\d+s[01]$/);
      expect(r.peerPort).toBe('nic-p0');
    }
  });

  it('puts the 16 MetalLB addresses at the top of the north-south /16, below the broadcast address', () => {
    expect(plan.ipPlan.loadBalancer).toEqual({ range: '10.252.255.239-10.252.255.254', addresses: 16 });
  });
});

describe('site subnets too small for the design', () => {
  it('refuses an OOB /24 for 64 servers, naming the field and the prefix that fits', () => {
    const result = validatePlannable(aPlannedDesign({ oobCidr: '10.250.0.0/24' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = result.errors.find((e) => e.path === 'oobCidr');
    expect(error?.message).toMatch(
      /^the out-of-band subnet 10\.250\.0\.0\/24 is too small: .* use \/2[23] or larger, such as 10\.250\.0\.0\/2[23]$/,
    );
  });

  it('offers a free larger block in one click on the subnet', () => {
    // 16,384 servers x 4 GPUs x 200GbE (RA layout 1-4-3-200) = 13,107 Tb/s east-west; non-blocking,
    // each of the 2 upper tiers carries it on 800G links: 16,384 links per tier, 32,768 /31s = 65,536
    // addresses, more than a /16's upper half (32,768): a /15. Around 10.255.0.0/16 that is
    // 10.254.0.0/15, free of the other defaults (10.250-10.252). OOB: 16,384 x (BMC + 2 SuperNIC + 1
    // DPU) = 65,536 ports > 65,534 usable in a /16: a /15; 10.250.0.0/15 overlaps the PXE/management
    // 10.251/16, 10.252/15 the north-south 10.252/16, 10.254/15 the underlay, so the search wraps to
    // the bottom of 10.0.0.0/8, past the pod CIDR the planner chose there (10.0.0.0/9): 10.128.0.0/15.
    const result = validatePlannable(aDesign({ layout: '1-4-3-200', workerNodes: 16384 }));
    expect(result.success).toBe(false);
    if (result.success) return;
    const fixOf = (path: string, field: string) =>
      result.errors.find((e) => e.path === path && e.fix?.field === field)?.fix?.value;
    expect(fixOf('underlayCidr', 'underlayCidr')).toBe('10.254.0.0/15');
    expect(fixOf('oobCidr', 'oobCidr')).toBe('10.128.0.0/15');
    expect(result.errors.map((e) => e.path)).toEqual(['underlayCidr', 'oobCidr']);
    // Applying both gives a plannable design.
    const fixed = aDesign({
      layout: '1-4-3-200',
      workerNodes: 16384,
      underlayCidr: '10.254.0.0/15',
      oobCidr: '10.128.0.0/15',
    });
    expect(validatePlannable(fixed).success).toBe(true);
  });

  it('refuses a north-south subnet without room for the MetalLB pool', () => {
    // 64 + 4 nodes + gateway + 9 reserved = 78 addresses, + 64 MetalLB = 142 > 126 usable in a /25.
    const result = validatePlannable(
      aPlannedDesign({ northSouthCidr: '10.252.0.0/25', loadBalancerAddresses: 64 }),
    );
    expect(result.success).toBe(false);
    // On the subnet, with a one-click fix: the /24 around it (254 usable).
    if (!result.success) {
      expect(result.errors.map((e) => e.path)).toEqual(['northSouthCidr']);
      expect(result.errors.map((e) => e.fix?.value)).toEqual(['10.252.0.0/24']);
    }
    expect(
      validatePlannable(aPlannedDesign({ northSouthCidr: '10.252.0.0/25', loadBalancerAddresses: 48 }))
        .success,
    ).toBe(true);
  });

  it('refuses overlapping site subnets on both fields, in words', () => {
    const result = validatePlannable(aPlannedDesign({ managementCidr: '10.250.128.0/20' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.find((e) => e.path === 'managementCidr')?.message).toBe(
      'the PXE/management subnet (10.250.128.0/20) overlaps the out-of-band subnet (10.250.0.0/16)',
    );
    expect(result.errors.find((e) => e.path === 'oobCidr')).toBeDefined();
  });
});

describe('IP plan properties over random designs', () => {
  it('no address is handed out twice and every one sits in its block', () => {
    assertProperty(
      fc.property(validDesignArb, (d) => {
        const plan = planCluster(d);
        const taken = new Map<number, string>();
        const take = (address: number, what: string) => {
          const before = taken.get(address);
          if (before !== undefined) throw new Error(`${formatIpv4(address)} twice: ${before} and ${what}`);
          taken.set(address, what);
        };
        const superNicPorts = plan.cabling.cables
          .filter((c) => c.network === 'east-west')
          .reduce((n, c) => n + c.legs.length, 0);
        expect(rows(plan, 'east-west')).toHaveLength(superNicPorts);
        for (const b of plan.ipPlan.blocks) {
          const block = cidr(b.prefix);
          const what = `${b.network} ${b.device} ${b.port} ${b.peerDevice}`;
          const peers = expand(b.peerAddresses);
          if (b.network === 'east-west') {
            expect(peers.length).toBeGreaterThanOrEqual(plan.network.devicesPerNic);
            take(ip(b.gateway), what);
          }
          if (b.network === 'leaf-spine' || b.network === 'loopback') take(ip(b.gateway), what);
          for (const a of peers) {
            expect(inside(a, block)).toBe(true);
            // Never the network or broadcast address of a subnet longer than a /31.
            if (block.prefix < 31) {
              expect(a).not.toBe(block.network);
              expect(a).not.toBe(block.network + cidrSize(block) - 1);
            }
            if (b.network !== 'load-balancer' || peers.length > 0) take(a, what);
          }
        }
      }),
      40,
    );
  });
});
