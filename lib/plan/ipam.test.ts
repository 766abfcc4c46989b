import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOverlap, parseCidr } from '../design/cidr';
import { aDesign, validateDesign } from '../design/schema';
import { planNetwork } from './ipam';
import { PROPERTY_RUNS, validDesignArb } from './test-support/arbitraries';

const cidr = (text: string) => {
  const p = parseCidr(text);
  if (!p.success) throw new Error(p.error);
  return p.data;
};

describe('per-switchport prefix: RA Network configuration', () => {
  // "the default Spectrum-X design uses very small /31 subnets (2 IP addresses) on every switchport,
  // with one address assigned to the switchport and the other address assigned to the SuperNIC".
  it('uses /31 with 1 GPU per SuperNIC (1-2-3-400, no MIG)', () => {
    const n = planNetwork(aDesign({ layout: '1-2-3-400' }));
    expect([n.devicesPerNic, n.addressesNeededPerPort, n.portPrefixLength, n.addressesPerPort]).toEqual([
      1, 2, 31, 2,
    ]);
  });

  // "/30 subnet prefixes per switchport. This gives you 4 usable addresses per link, one used by the
  // switchport and 3 available to be used by VFs on the host."
  it.each(['1-2-2-200', '1-4-3-200'] as const)(
    'uses /30 (1 switchport + 3 for VFs) with 2 GPUs per SuperNIC (%s)',
    (layout) => {
      const n = planNetwork(aDesign({ layout }));
      expect([n.devicesPerNic, n.portPrefixLength, n.addressesPerPort - 1]).toEqual([2, 30, 3]);
    },
  );

  // "when using the "all-2g.48gb" MIG configuration ... a total of 4 GPU workloads will share the same
  // NIC, requiring a total of 5 IP addresses ... which requires a /29 subnet."
  it('uses /29 for all-2g.48gb with 2 RTX PRO 6000 per SuperNIC (4 workloads + 1 switchport = 5 addresses)', () => {
    const n = planNetwork(aDesign({ gpu: 'rtx-pro-6000', layout: '1-4-3-200', migProfile: '2g.48gb' }));
    expect([n.devicesPerNic, n.addressesNeededPerPort, n.portPrefixLength]).toEqual([4, 5, 29]);
  });

  it.each([
    ['h200-nvl', '1-4-3-200', '1g.18gb', 14, 28],
    ['h200-nvl', '1-2-3-400', '1g.18gb', 7, 29],
    ['h200-nvl', '1-2-3-400', '7g.141gb', 1, 31],
    ['rtx-pro-6000', '1-2-2-200', '1g.24gb', 8, 28],
    ['rtx-pro-6000', '1-2-3-400', '4g.96gb', 1, 31],
  ] as const)('%s %s all-%s: %i devices per NIC -> /%i', (gpu, layout, migProfile, devices, prefix) => {
    const n = planNetwork(aDesign({ gpu, layout, migProfile }));
    expect([n.devicesPerNic, n.portPrefixLength]).toEqual([devices, prefix]);
  });
});

describe('NIC sharing mode: RA network-operator-config layer', () => {
  it('passes the whole SuperNIC (HostDeviceNetwork) at 1:1 without SR-IOV', () => {
    expect(planNetwork(aDesign({ layout: '1-2-3-400' })).nicSharingMode).toBe('HostDeviceNetwork');
  });
  it('shares the SuperNIC (RdmaSharedDevice + MacvlanNetwork) with more GPUs than SuperNICs', () => {
    expect(planNetwork(aDesign({ layout: '1-4-3-200' })).nicSharingMode).toBe('MacvlanNetwork');
  });
  it('shares the SuperNIC between MIG instances even at 1:1', () => {
    expect(planNetwork(aDesign({ layout: '1-2-3-400', migProfile: '2g.48gb' })).nicSharingMode).toBe(
      'MacvlanNetwork',
    );
  });
  it.each(['1-2-2-200', '1-2-3-400', '1-4-3-200'] as const)(
    'uses SriovNetwork whenever SR-IOV is enabled (%s)',
    (layout) => {
      const n = planNetwork(aDesign({ layout, sriov: true }));
      expect(n.nicSharingMode).toBe('SriovNetwork');
      expect(n.nicSharingReason).toContain('20%');
    },
  );
});

describe('CIDRPools per rail', () => {
  it('splits the east-west CIDR evenly between the 2 rails of the RA reference', () => {
    const n = planNetwork(aDesign({ eastWestCidr: '172.16.0.0/16' }));
    expect(n.ipamResource).toBe('CIDRPool');
    expect(n.pools.map((p) => [p.name, p.cidr, p.perNodeNetworkPrefix, p.gatewayIndex, p.nodes])).toEqual([
      ['rail-0', '172.16.0.0/17', 30, 0, 64],
      ['rail-1', '172.16.128.0/17', 30, 0, 64],
    ]);
    expect(n.pools[1]!.routes).toEqual(['172.16.128.0/17', '172.16.0.0/16']);
    expect([n.addressesUsed, n.addressesAvailable]).toEqual([2 * 64 * 4, 65_536]);
  });

  it('gives a single-SuperNIC layout one pool covering the whole CIDR', () => {
    const n = planNetwork(aDesign({ layout: '1-2-2-200', eastWestCidr: '10.200.0.0/20' }));
    expect(n.pools.map((p) => p.cidr)).toEqual(['10.200.0.0/20']);
  });

  it('refuses an east-west CIDR too small for the rails, naming the field', () => {
    // 64 workers x /30 = 256 addresses per rail; 2 rails need a /23.
    const result = validateDesign(aDesign({ eastWestCidr: '172.16.0.0/24' }));
    expect(result.success).toBe(false);
    if (!result.success) {
      const e = result.errors.find((x) => x.path === 'eastWestCidr');
      expect(e?.message).toMatch(/too small.*\/23/);
    }
    expect(validateDesign(aDesign({ eastWestCidr: '172.16.0.0/23' })).success).toBe(true);
    expect(() => planNetwork(aDesign({ eastWestCidr: '172.16.0.0/24' }))).toThrow(/eastWestCidr/);
  });

  it('keeps rails disjoint, inside the east-west CIDR, each holding a block per worker (fast-check)', () => {
    fc.assert(
      fc.property(validDesignArb, (d) => {
        const n = planNetwork(d);
        const ew = cidr(d.eastWestCidr);
        const pools = n.pools.map((p) => cidr(p.cidr));
        for (const [i, p] of pools.entries()) {
          expect(p.network).toBeGreaterThanOrEqual(ew.network);
          expect(p.network + 2 ** (32 - p.prefix)).toBeLessThanOrEqual(ew.network + 2 ** (32 - ew.prefix));
          expect(2 ** (32 - p.prefix)).toBeGreaterThanOrEqual(d.workerNodes * n.addressesPerPort);
          for (const q of pools.slice(i + 1)) expect(cidrsOverlap(p, q)).toBe(false);
        }
        expect(n.addressesPerPort).toBeGreaterThanOrEqual(n.devicesPerNic + 1);
        expect(n.addressesPerPort / 2).toBeLessThan(n.devicesPerNic + 1);
      }),
      PROPERTY_RUNS,
    );
  });
});
