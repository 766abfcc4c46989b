/**
 * Expected values from Mellanox/nvidia-k8s-ipam at tag network-operator-v25.10.0:
 * api/v1alpha1/helpers_test.go (GetGatewayForSubnet, GetPossibleIPCount tables, IPv4 rows) and
 * api/v1alpha1/cidrpool_test.go (the CIDRPool Validate tables), plus the node-side range of
 * pkg/ipam-node/controllers/cidrpool/cidrpool.go and the gateway skip of allocator.go.
 */
import { describe, expect, it } from 'vitest';
import { checkCidrPool, gatewayOffset, podAddressesPerNodePrefix, possibleIpCount } from './cidr-pool';

function pool(spec: Record<string, unknown>, name = 'test') {
  return { apiVersion: 'nv-ipam.nvidia.com/v1alpha1', kind: 'CIDRPool', metadata: { name }, spec };
}

const paths = (spec: Record<string, unknown>, name?: string) =>
  checkCidrPool(pool(spec, name)).map((p) => p.path);

describe('GetGatewayForSubnet (helpers_test.go)', () => {
  it.each([
    ['/24 start of range', 24, 1, 1],
    ['/24 mid range', 24, 33, 33],
    ['/24 end of range', 24, 254, 254],
    ["/24 can't use index 0", 24, 0, null],
    ['/24 too big', 24, 255, null],
    ['/32 single IP', 32, 0, 0],
    ['/32 out of range', 32, 1, null],
    ['/31 point to point, index 0', 31, 0, 0],
    ['/31 point to point, index 1', 31, 1, 1],
    ['/31 out of range', 31, 2, null],
  ])('%s', (_label, prefix, index, offset) => {
    expect(gatewayOffset(prefix, index)).toBe(offset);
  });

  it('gives /30 the indexes 1 and 2 only (palette-profile-format.md consumer rules)', () => {
    expect([0, 1, 2, 3].map((i) => gatewayOffset(30, i))).toEqual([null, 1, 2, null]);
  });
});

describe('GetPossibleIPCount (helpers_test.go)', () => {
  it.each([
    [24, 254],
    [25, 126],
    [16, 65534],
    [31, 2],
    [32, 1],
  ])('/%i has %i', (prefix, count) => {
    expect(possibleIpCount(prefix)).toBe(count);
  });
});

describe('pod addresses per node prefix (cidrpool.go range, allocator.go gateway skip)', () => {
  it.each([
    ['/30 with the switchport as gateway 1', 30, 1, 1],
    ['/29 with gateway 1', 29, 1, 5],
    ['/28 with gateway 1', 28, 1, 13],
    ['/31 with gateway 0', 31, 0, 1],
    ['/32 with gateway 0', 32, 0, 0],
    ['/24 without a gateway', 24, undefined, 254],
    ['/30 with index 0: invalid pool, nothing', 30, 0, 0],
    ['/29 with index 7: invalid pool, nothing', 29, 7, 0],
  ])('%s: %i', (_label, prefix, gatewayIndex, expected) => {
    expect(podAddressesPerNodePrefix(prefix, gatewayIndex)).toBe(expected);
  });

  it('refuses a prefix that is not IPv4', () => {
    expect(() => podAddressesPerNodePrefix(33, 1)).toThrow(RangeError);
  });
});

describe('CIDRPool Validate (cidrpool_test.go)', () => {
  const validNodeSelector = {
    nodeSelectorTerms: [{ matchExpressions: [{ key: 'foo.bar', operator: 'Exists' }] }],
  };

  it('accepts the upstream "Valid IPv4 pool"', () => {
    const spec = {
      cidr: '192.168.0.0/16',
      perNodeNetworkPrefix: 24,
      gatewayIndex: 100,
      exclusions: [
        { startIP: '192.168.0.10', endIP: '192.168.0.20' },
        { startIP: '192.168.0.25', endIP: '192.168.0.25' },
      ],
      staticAllocations: [
        { nodeName: 'node1', prefix: '192.168.5.0/24', gateway: '192.168.5.10' },
        { nodeName: 'node2', prefix: '192.168.6.0/24' },
        { prefix: '192.168.7.0/24' },
      ],
      nodeSelector: validNodeSelector,
    };
    expect(checkCidrPool(pool(spec))).toEqual([]);
  });

  it('accepts routes with a gateway index', () => {
    const spec = {
      cidr: '192.168.0.0/16',
      perNodeNetworkPrefix: 24,
      gatewayIndex: 100,
      routes: [{ dst: '5.5.0.0/16' }, { dst: '10.7.1.0/24' }],
    };
    expect(paths(spec)).toEqual([]);
  });

  it.each([
    ['routes not CIDR', { gatewayIndex: 100, routes: [{ dst: '5.5.0.0' }] }, ['spec.routes[0].dst']],
    ['routes without gatewayIndex', { routes: [{ dst: '5.5.0.0/16' }] }, ['spec.routes']],
    [
      'routes not same address family',
      { gatewayIndex: 1, routes: [{ dst: '2001:db8:3333:4444::0/64' }] },
      ['spec.routes[0].dst'],
    ],
    ['defaultGateway without gatewayIndex', { defaultGateway: true }, ['spec.defaultGateway']],
    [
      'default route with defaultGateway',
      { gatewayIndex: 1, defaultGateway: true, routes: [{ dst: '0.0.0.0/0' }] },
      ['spec.routes[0].dst'],
    ],
  ])('refuses %s', (_label, extra, expected) => {
    expect(paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, ...extra })).toEqual(expected);
  });

  it.each([
    ['empty', '', 30, false],
    ['invalid value', 'aaaa', 30, false],
    ['/32', '192.168.1.1/32', 32, true],
    ['valid ipv4', '192.168.1.0/24', 30, true],
    ['host bits set', '192.168.1.1/24', 30, false],
  ])('CIDR %s', (_label, cidr, prefix, valid) => {
    expect(paths({ cidr, perNodeNetworkPrefix: prefix })).toEqual(valid ? [] : ['spec.cidr']);
  });

  it.each([
    ['not set', 0, false],
    ['negative', -10, false],
    ['larger than CIDR', 8, false],
    ['32 for IPv4 pool', 32, true],
    ['match CIDR prefix size', 16, true],
    ['a string', '24', false],
  ])('perNodeNetworkPrefix %s', (_label, prefix, valid) => {
    expect(paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: prefix })).toEqual(
      valid ? [] : ['spec.perNodeNetworkPrefix'],
    );
  });

  it.each([
    ['not set', undefined, true],
    ['valid', validNodeSelector, true],
    [
      'unknown operation',
      { nodeSelectorTerms: [{ matchExpressions: [{ key: 'foo.bar', operator: 'unknown' }] }] },
      false,
    ],
    ['no terms', { nodeSelectorTerms: [] }, false],
  ])('nodeSelector %s', (_label, nodeSelector, valid) => {
    const problems = paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, nodeSelector });
    expect(problems.length === 0).toBe(valid);
  });

  it.each([
    ['negative', -10, false],
    ['too large', 255, false],
    ['index 1', 1, true],
    ['index 2', 2, true],
    ['a string', '1', false],
  ])('gatewayIndex %s on /24 node prefixes', (_label, gatewayIndex, valid) => {
    expect(paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, gatewayIndex })).toEqual(
      valid ? [] : ['spec.gatewayIndex'],
    );
  });

  it('refuses gatewayIndex 0 with /30 node prefixes and accepts it with /31', () => {
    expect(paths({ cidr: '172.16.0.0/16', perNodeNetworkPrefix: 30, gatewayIndex: 0 })).toEqual([
      'spec.gatewayIndex',
    ]);
    expect(paths({ cidr: '172.16.0.0/16', perNodeNetworkPrefix: 31, gatewayIndex: 0 })).toEqual([]);
  });

  it.each([
    ['valid', [{ startIP: '192.168.0.10', endIP: '192.168.0.20' }], []],
    ['startIP not set', [{ endIP: '192.168.0.20' }], ['spec.exclusions[0].startIP']],
    ['endIP not set', [{ startIP: '192.168.0.10' }], ['spec.exclusions[0].endIP']],
    [
      'not IPs',
      [
        { startIP: 'aaa', endIP: 'bb' },
        { startIP: '192.168.0.25', endIP: 'ccc' },
      ],
      ['spec.exclusions[0].startIP', 'spec.exclusions[0].endIP', 'spec.exclusions[1].endIP'],
    ],
    [
      'startIP greater than endIP',
      [{ startIP: '192.168.0.25', endIP: '192.168.0.24' }],
      ['spec.exclusions[0]'],
    ],
    [
      "doesn't belong to cidr",
      [{ startIP: '10.10.33.25', endIP: '10.10.33.33' }],
      ['spec.exclusions[0].startIP', 'spec.exclusions[0].endIP'],
    ],
  ])('exclusions %s', (_label, exclusions, expected) => {
    expect(paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, exclusions })).toEqual(expected);
  });

  it.each([
    ['valid', [{ prefix: '192.168.0.0/24', gateway: '192.168.0.1', nodeName: 'node1' }], []],
    ['valid - no gateway', [{ prefix: '192.168.0.0/24', nodeName: 'node1' }], []],
    ['valid - no node name', [{ prefix: '192.168.0.0/24' }], []],
    ['not a prefix', [{ prefix: '192.168.0.0' }], ['spec.staticAllocations[0].prefix']],
    ['wrong prefix size', [{ prefix: '192.168.0.0/31' }], ['spec.staticAllocations[0].prefix']],
    ['prefix is not part of the cidr', [{ prefix: '10.10.10.0/24' }], ['spec.staticAllocations[0].prefix']],
    ['host bits set', [{ prefix: '192.168.0.1/24' }], ['spec.staticAllocations[0].prefix']],
    [
      'gateway is not an IP',
      [{ prefix: '192.168.0.0/24', gateway: 'foo' }],
      ['spec.staticAllocations[0].gateway'],
    ],
    [
      'gateway is not in the allocated prefix',
      [{ prefix: '192.168.0.0/24', gateway: '192.168.1.1' }],
      ['spec.staticAllocations[0].gateway'],
    ],
    [
      'duplicate node names',
      [
        { nodeName: 'nodeA', prefix: '192.168.0.0/24' },
        { nodeName: 'nodeA', prefix: '192.168.1.0/24' },
      ],
      ['spec.staticAllocations'],
    ],
    [
      'duplicate prefixes',
      [
        { nodeName: 'nodeA', prefix: '192.168.1.0/24' },
        { nodeName: 'nodeB', prefix: '192.168.1.0/24' },
      ],
      ['spec.staticAllocations'],
    ],
  ])('staticAllocations %s', (_label, staticAllocations, expected) => {
    expect(paths({ cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, staticAllocations })).toEqual(expected);
  });

  it('needs a CNI network name (containernetworking/cni pkg/utils ValidateNetworkName)', () => {
    const spec = { cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24 };
    expect(paths(spec, 'rail-0')).toEqual([]);
    expect(paths(spec, '-rail')).toEqual(['metadata.name']);
    expect(paths(spec, 'rail 0')).toEqual(['metadata.name']);
  });

  it('flags fields the 25.10.0 CRD does not have (perNodeExclusions came later)', () => {
    const spec = { cidr: '192.168.0.0/16', perNodeNetworkPrefix: 24, perNodeExclusions: [] };
    expect(paths(spec)).toEqual(['spec.perNodeExclusions']);
  });

  it('counts the pod addresses of a node prefix against the pods that need one', () => {
    const object = pool({ cidr: '172.16.0.0/16', perNodeNetworkPrefix: 30, gatewayIndex: 1 });
    expect(checkCidrPool(object, { minPodAddresses: 1 })).toEqual([]);
    expect(checkCidrPool(object, { minPodAddresses: 3 }).map((p) => p.message)).toEqual([
      '/30 gives 1 pod addresses per node, 3 needed',
    ]);
  });

  it('counts the node prefixes against the nodes to serve', () => {
    const object = pool({ cidr: '172.16.0.0/24', perNodeNetworkPrefix: 30 });
    expect(checkCidrPool(object, { minNodes: 64 })).toEqual([]);
    expect(checkCidrPool(object, { minNodes: 65 }).map((p) => p.path)).toEqual(['spec.perNodeNetworkPrefix']);
  });
});
