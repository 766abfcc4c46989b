/**
 * Examples after k8snetworkplumbingwg/sriov-network-operator v1.6.0 pkg/webhook/validate.go and its
 * validate_test.go (policy shapes, pfName ranges, vfio-pci + isRdma, externallyManaged against the
 * PF's VFs), pkg/host/internal/sriov/sriov.go checkExternallyManagedPF and
 * pkg/plugins/mellanox/mellanox_plugin.go (no firmware TotalVfs change for an externally managed PF).
 */
import { describe, expect, it } from 'vitest';
import { checkSriovNetworkNodePolicy, checkSriovObjects } from './sriov-policy';

const NS = 'nvidia-network-operator';
const options = { operatorNamespace: NS };

function policy(spec: Record<string, unknown>, name = 'p0', namespace = NS) {
  return {
    apiVersion: 'sriovnetwork.openshift.io/v1',
    kind: 'SriovNetworkNodePolicy',
    metadata: { name, namespace },
    spec: {
      resourceName: 'sriov_rail0',
      nodeSelector: { 'feature.node.kubernetes.io/network-sriov.capable': 'true' },
      numVfs: 63,
      nicSelector: { vendor: '15b3', pfNames: ['ens803f0'] },
      deviceType: 'netdevice',
      isRdma: true,
      ...spec,
    },
  };
}

const paths = (spec: Record<string, unknown>, opts = {}) =>
  checkSriovNetworkNodePolicy(policy(spec), { ...options, ...opts }).map((p) => p.path);

describe('SriovNetworkNodePolicy static validation (validate.go)', () => {
  it('accepts the upstream Mellanox RoCE policy shape', () => {
    expect(paths({})).toEqual([]);
  });

  it.each([
    ['a resource name with a dash', { resourceName: 'sriov-rail0' }, ['spec.resourceName']],
    ['a resource name with a prefix', { resourceName: 'nvidia.com/rail0' }, ['spec.resourceName']],
    ['an empty nicSelector', { nicSelector: {} }, ['spec.nicSelector']],
    ['an unsupported vendor', { nicSelector: { vendor: '1234' } }, ['spec.nicSelector.vendor']],
    ['vfio-pci with isRdma', { deviceType: 'vfio-pci' }, ['spec.deviceType']],
    ['switchdev on InfiniBand', { linkType: 'ib', eSwitchMode: 'switchdev' }, ['spec.eSwitchMode']],
    ['vdpa without switchdev', { vdpaType: 'virtio' }, ['spec.vdpaType']],
    ['a bridge without switchdev', { bridge: { ovs: {} } }, ['spec.bridge']],
    ['numVfs 0', { numVfs: 0 }, ['spec.numVfs']],
    ['numVfs above the Mellanox maximum', { numVfs: 129 }, ['spec.numVfs']],
    ['numVfs as a string', { numVfs: '4' }, ['spec.numVfs']],
    ['isRdma as a string', { isRdma: 'true' }, ['spec.isRdma']],
    ['externallyManaged as a string', { externallyManaged: 'true' }, ['spec.externallyManaged']],
    ['a deviceType outside the enum', { deviceType: 'netdev', isRdma: false }, ['spec.deviceType']],
    ['priority above 99', { priority: 100 }, ['spec.priority']],
    ['mtu 0', { mtu: 0 }, ['spec.mtu']],
  ])('refuses %s', (_label, spec, expected) => {
    expect(paths(spec)).toEqual(expected);
  });

  it.each([
    ['a range inside numVfs', 'ens803f0#0-62', []],
    ['a range ending at numVfs', 'ens803f0#0-63', ['spec.nicSelector.pfNames[0]']],
    ['a reversed range', 'ens803f0#5-1', ['spec.nicSelector.pfNames[0]']],
    ['a range without a dash', 'ens803f0#5', ['spec.nicSelector.pfNames[0]']],
    ['two separators', 'ens803f0#0-1#2', ['spec.nicSelector.pfNames[0]']],
  ])('pfName %s', (_label, pf, expected) => {
    expect(paths({ nicSelector: { vendor: '15b3', pfNames: [pf] } })).toEqual(expected);
  });

  it('warns that a policy outside the operator namespace is not used', () => {
    expect(checkSriovNetworkNodePolicy(policy({}, 'p0', 'default'), options).map((p) => p.path)).toEqual([
      'metadata.namespace',
    ]);
  });
});

describe('externallyManaged: the node preparation owns the VFs (sriov.go, mellanox_plugin.go)', () => {
  const external = { external: { createdVfs: 2, firmwareVfs: 2 } };

  it('accepts an externally managed policy within the created and firmware VFs', () => {
    expect(paths({ externallyManaged: true, numVfs: 2 }, external)).toEqual([]);
    expect(paths({ externallyManaged: true, numVfs: 1 }, external)).toEqual([]);
  });

  it('refuses an operator-managed policy when the VFs are made elsewhere', () => {
    expect(paths({ numVfs: 2 }, external)).toEqual(['spec.externallyManaged']);
  });

  it('takes numVfs up to the VFs the PF has, as validate_test.go with 4 external VFs (5 refused, 4 and 3 fine)', () => {
    const four = { external: { createdVfs: 4, firmwareVfs: 8 } };
    expect([5, 4, 3].map((numVfs) => paths({ externallyManaged: true, numVfs }, four).length)).toEqual([
      1, 0, 0,
    ]);
  });

  it('refuses more VFs than exist or than firmware allows', () => {
    expect(paths({ externallyManaged: true, numVfs: 3 }, external)).toEqual(['spec.numVfs', 'spec.numVfs']);
    const lowFirmware = { external: { createdVfs: 4, firmwareVfs: 2 } };
    expect(paths({ externallyManaged: true, numVfs: 4 }, lowFirmware)).toEqual(['spec.numVfs']);
  });

  it('refuses switchdev and a bridge on an externally managed PF', () => {
    expect(paths({ externallyManaged: true, numVfs: 2, eSwitchMode: 'switchdev' }, external)).toEqual([
      'spec.eSwitchMode',
    ]);
    expect(
      paths({ externallyManaged: true, numVfs: 2, eSwitchMode: 'switchdev', bridge: { ovs: {} } }, external),
    ).toEqual(['spec.bridge', 'spec.eSwitchMode']);
  });
});

describe('policies and networks together (validatePolicyForNodePolicy, validate_networks.go)', () => {
  const network = (resourceName: string, namespace = NS) => ({
    apiVersion: 'sriovnetwork.openshift.io/v1',
    kind: 'SriovNetwork',
    metadata: { name: 'rail-0', namespace },
    spec: { resourceName, networkNamespace: 'default', ipam: '{}' },
  });
  const messages = (objects: Record<string, unknown>[]) =>
    checkSriovObjects(objects, options).map((p) => p.path);

  it('accepts one policy per PF and networks on their resources', () => {
    const other = policy(
      { resourceName: 'sriov_rail1', nicSelector: { vendor: '15b3', pfNames: ['ens804f0'] } },
      'p1',
    );
    expect(messages([policy({}), other, network('sriov_rail0'), network('sriov_rail1')])).toEqual([]);
  });

  it('refuses two unranged policies on one PF, and inconsistent externallyManaged', () => {
    expect(messages([policy({}), policy({ externallyManaged: true }, 'p1')])).toEqual([
      'spec.externallyManaged',
      'spec.nicSelector.pfNames',
    ]);
  });

  it('checks VF ranges and externallyManaged on one PF like validate_test.go (applied ens803f1#0-2)', () => {
    const ranged = (pf: string, name: string, extra: Record<string, unknown> = {}) =>
      policy({ nicSelector: { vendor: '8086', pfNames: [pf] }, ...extra }, name);
    const applied = ranged('ens803f1#0-2', 'p1');
    expect(messages([ranged('ens803f1#3-4', 'p0'), applied])).toEqual([]);
    expect(messages([ranged('ens803f1#2-2', 'p0'), applied])).toEqual(['spec.nicSelector.pfNames']);
    const external = { externallyManaged: true };
    expect(
      messages([ranged('ens803f1#3-4', 'p0', external), ranged('ens803f1#0-2', 'p1', external)]),
    ).toEqual([]);
    expect(messages([ranged('ens803f1#3-4', 'p0', external), applied])).toEqual(['spec.externallyManaged']);
  });

  it('ignores policies whose node selectors cannot select one node', () => {
    const elsewhere = policy(
      { nodeSelector: { 'feature.node.kubernetes.io/network-sriov.capable': 'false' } },
      'p1',
    );
    expect(messages([policy({}), elsewhere])).toEqual([]);
  });

  it('refuses a network without a policy resource, or with networkNamespace outside the operator namespace', () => {
    expect(messages([policy({}), network('sriov_rail9')])).toEqual(['spec.resourceName']);
    expect(messages([policy({}), network('sriov_rail0', 'default')])).toEqual(['spec.networkNamespace']);
  });
});
