import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOverlap, parseCidr } from '../design/cidr';
import { ipamPodAddresses } from '../design/east-west-addressing';
import { aPlannedDesign, validateDesign } from '../design/schema';
import { PROPERTY_RUNS, validPlannedDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { planNetwork } from './ipam';

const cidr = (text: string) => {
  const p = parseCidr(text);
  if (!p.success) throw new Error(p.error);
  return p.data;
};

/**
 * The per-switchport prefix follows two sources:
 * - the RA (Network configuration): "/30 subnet prefixes per switchport" without MIG; with MIG, one
 *   address per device plus the switchport ("all-2g.48gb ... 5 IP addresses ... requires a /29");
 *   /31 "can still be used in single-tenant environments where every GPU has a dedicated SuperNIC".
 * - the consumer, NVIDIA IPAM (Mellanox/nvidia-k8s-ipam): for a node prefix shorter than /31 pods get
 *   the addresses from network + 1 to broadcast - 1 (pkg/ipam-node/controllers/cidrpool/cidrpool.go,
 *   pkg/ip/cidr.go LastIP), the gateway among them is skipped (pkg/ipam-node/allocator/allocator.go),
 *   and gatewayIndex 0 is valid only for /31 and /32 (api/v1alpha1/helpers.go GetGatewayForSubnet).
 */
describe('ipamPodAddresses: what nv-ipam hands pods from one node prefix', () => {
  it.each([
    [32, 0], // single IP: nothing left besides it
    [31, 1], // point to point: gateway at index 0, the other address for the pod
    [30, 1], // .1 gateway, .2 pod; .0 network and .3 broadcast never allocated
    [29, 5],
    [28, 13],
    [27, 29],
  ])('/%i gives %i pod address(es)', (prefix, pods) => {
    expect(ipamPodAddresses(prefix)).toBe(pods);
  });
});

describe('per-switchport prefix: the RA and nv-ipam', () => {
  it("uses /30 with 1 GPU per SuperNIC (1-2-3-400): the RA's /30 without MIG, one pod address per rail", () => {
    const n = planNetwork(aPlannedDesign({ layout: '1-2-3-400' }));
    expect([
      n.devicesPerNic,
      n.raPortPrefixLength,
      n.portPrefixLength,
      n.gatewayIndex,
      n.podAddressesPerPort,
    ]).toEqual([1, 30, 30, 1, 1]);
  });

  it('uses /30 for 1-2-3-400 with SR-IOV too (1 VF + the switchport), never the /31', () => {
    const n = planNetwork(aPlannedDesign({ layout: '1-2-3-400', sriov: true }));
    expect([n.portPrefixLength, n.gatewayIndex, n.nicSharingMode]).toEqual([30, 1, 'SriovNetwork']);
  });

  it('uses the single-tenant /31 with gateway index 0 only when asked for (1-2-3-400, no SR-IOV)', () => {
    const n = planNetwork(aPlannedDesign({ layout: '1-2-3-400', pointToPointPorts: true }));
    expect([n.portPrefixLength, n.gatewayIndex, n.podAddressesPerPort, n.pointToPoint]).toEqual([
      31,
      0,
      1,
      true,
    ]);
  });

  it('refuses the /31 option where GPUs share a SuperNIC or SR-IOV is on, naming the field', () => {
    for (const d of [
      aPlannedDesign({ layout: '1-4-3-200', pointToPointPorts: true }),
      aPlannedDesign({ layout: '1-2-3-400', pointToPointPorts: true, sriov: true }),
      aPlannedDesign({ layout: '1-2-3-400', pointToPointPorts: true, migProfile: '2g.48gb' }),
    ]) {
      const result = validateDesign(d);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.errors.map((e) => e.path)).toContain('pointToPointPorts');
    }
  });

  // RA: /30 for 2 GPUs per SuperNIC ("one used by the switchport and 3 available"); nv-ipam: a /30
  // gives 1 pod address, so 2 GPUs need a /29 (5 pod addresses).
  it.each(['1-2-2-200', '1-4-3-200'] as const)(
    'uses /29 with 2 GPUs per SuperNIC (%s) where the RA says /30, and notes it',
    (layout) => {
      const n = planNetwork(aPlannedDesign({ layout }));
      expect([n.devicesPerNic, n.raPortPrefixLength, n.portPrefixLength, n.podAddressesPerPort]).toEqual([
        2, 30, 29, 5,
      ]);
      expect(n.prefixReason).toContain("larger than the RA's /30");
    },
  );

  it("uses /29 for all-2g.48gb with 2 RTX PRO 6000 per SuperNIC: the RA's 5 addresses, 4 pods fit", () => {
    const n = planNetwork(
      aPlannedDesign({ gpu: 'rtx-pro-6000', layout: '1-4-3-200', migProfile: '2g.48gb' }),
    );
    expect([n.devicesPerNic, n.addressesNeededPerPort, n.raPortPrefixLength, n.portPrefixLength]).toEqual([
      4, 5, 29, 29,
    ]);
    expect(n.podAddressesPerPort).toBeGreaterThanOrEqual(4);
  });

  it.each([
    // gpu, layout, MIG, devices per NIC, the RA's prefix, the planned prefix (nv-ipam pods >= devices)
    ['h200-nvl', '1-4-3-200', '1g.18gb', 14, 28, 27],
    ['h200-nvl', '1-2-3-400', '1g.18gb', 7, 29, 28],
    ['h200-nvl', '1-2-3-400', '7g.141gb', 1, 30, 30],
    ['rtx-pro-6000', '1-2-2-200', '1g.24gb', 8, 28, 28],
    ['rtx-pro-6000', '1-2-3-400', '4g.96gb', 1, 30, 30],
  ] as const)(
    '%s %s all-%s: %i devices per NIC, RA /%i, planned /%i',
    (gpu, layout, migProfile, devices, ra, planned) => {
      const n = planNetwork(aPlannedDesign({ gpu, layout, migProfile }));
      expect([n.devicesPerNic, n.raPortPrefixLength, n.portPrefixLength]).toEqual([devices, ra, planned]);
      expect(n.podAddressesPerPort).toBeGreaterThanOrEqual(devices);
    },
  );
});

describe('NIC sharing mode: RA network-operator-config layer', () => {
  it('passes the whole SuperNIC (HostDeviceNetwork) at 1:1 without SR-IOV', () => {
    expect(planNetwork(aPlannedDesign({ layout: '1-2-3-400' })).nicSharingMode).toBe('HostDeviceNetwork');
  });
  it('shares the SuperNIC (RdmaSharedDevice + MacvlanNetwork) with more GPUs than SuperNICs', () => {
    expect(planNetwork(aPlannedDesign({ layout: '1-4-3-200' })).nicSharingMode).toBe('MacvlanNetwork');
  });
  it('shares the SuperNIC between MIG instances even at 1:1', () => {
    expect(planNetwork(aPlannedDesign({ layout: '1-2-3-400', migProfile: '2g.48gb' })).nicSharingMode).toBe(
      'MacvlanNetwork',
    );
  });
  it.each(['1-2-2-200', '1-2-3-400', '1-4-3-200'] as const)(
    'uses SriovNetwork whenever SR-IOV is enabled (%s)',
    (layout) => {
      const n = planNetwork(aPlannedDesign({ layout, sriov: true }));
      expect(n.nicSharingMode).toBe('SriovNetwork');
      expect(n.nicSharingReason).toContain('20%');
    },
  );
});

describe('CIDRPools per rail', () => {
  it('splits the east-west CIDR evenly between the 2 rails of the RA reference', () => {
    const n = planNetwork(aPlannedDesign({ eastWestCidr: '172.16.0.0/16' }));
    expect(n.ipamResource).toBe('CIDRPool');
    expect(n.pools.map((p) => [p.name, p.cidr, p.perNodeNetworkPrefix, p.gatewayIndex, p.nodes])).toEqual([
      ['rail-0', '172.16.0.0/17', 29, 1, 64],
      ['rail-1', '172.16.128.0/17', 29, 1, 64],
    ]);
    expect(n.pools[1]!.routes).toEqual(['172.16.128.0/17', '172.16.0.0/16']);
    expect([n.addressesUsed, n.addressesAvailable]).toEqual([2 * 64 * 8, 65_536]);
  });

  it('gives a single-SuperNIC layout one pool covering the whole CIDR', () => {
    const n = planNetwork(aPlannedDesign({ layout: '1-2-2-200', eastWestCidr: '10.200.0.0/20' }));
    expect(n.pools.map((p) => p.cidr)).toEqual(['10.200.0.0/20']);
  });

  it('refuses an east-west CIDR too small for the rails, naming the field', () => {
    // 64 workers x /29 = 512 addresses per rail; 2 rails need a /22.
    const result = validateDesign(aPlannedDesign({ eastWestCidr: '172.16.0.0/23' }));
    expect(result.success).toBe(false);
    if (!result.success) {
      const e = result.errors.find((x) => x.path === 'eastWestCidr');
      expect(e?.message).toMatch(/too small.*\/22/);
    }
    expect(validateDesign(aPlannedDesign({ eastWestCidr: '172.16.0.0/22' })).success).toBe(true);
    expect(() => planNetwork(aPlannedDesign({ eastWestCidr: '172.16.0.0/23' }))).toThrow(/eastWestCidr/);
  });

  it('keeps rails disjoint, inside the east-west CIDR, each holding a block per worker (fast-check)', () => {
    assertProperty(
      fc.property(validPlannedDesignArb, (d) => {
        const n = planNetwork(d);
        const ew = cidr(d.eastWestCidr);
        const pools = n.pools.map((p) => cidr(p.cidr));
        for (const [i, p] of pools.entries()) {
          expect(p.network).toBeGreaterThanOrEqual(ew.network);
          expect(p.network + 2 ** (32 - p.prefix)).toBeLessThanOrEqual(ew.network + 2 ** (32 - ew.prefix));
          expect(2 ** (32 - p.prefix)).toBeGreaterThanOrEqual(d.workerNodes * n.addressesPerPort);
          for (const q of pools.slice(i + 1)) expect(cidrsOverlap(p, q)).toBe(false);
        }
        // Every device gets a pod address from nv-ipam, and the block is the smallest that does
        // (no smaller than the RA's /30 unless the /31 option is on).
        expect(n.podAddressesPerPort).toBeGreaterThanOrEqual(n.devicesPerNic);
        expect(ipamPodAddresses(n.portPrefixLength + 1) < n.devicesPerNic || n.portPrefixLength >= 30).toBe(
          true,
        );
        expect(n.portPrefixLength === 31).toBe(d.pointToPointPorts);
      }),
      PROPERTY_RUNS,
    );
  });
});
