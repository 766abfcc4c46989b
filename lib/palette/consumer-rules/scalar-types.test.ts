/**
 * Field types from the consumers' Go types: nic-configuration-operator api/v1alpha1
 * nicconfigurationtemplate_types.go (numVfs int, enabled bool), sriov-network-operator api/v1
 * sriovnetworknodepolicy_types.go (numVfs int, isRdma/externallyManaged bool) and sriovnetwork_types.go
 * (spoofChk string "on"/"off"), nvidia-k8s-ipam cidrpool_type.go (gatewayIndex *int32), longhorn-manager
 * v1beta2 setting.go (value string), kubernetes core/v1 (labels map[string]string).
 */
import { describe, expect, it } from 'vitest';
import { checkScalarTypes } from './scalar-types';

const paths = (object: Record<string, unknown>) => checkScalarTypes(object).map((p) => p.path);

describe('scalar types', () => {
  it('accepts booleans, integers and string maps where the types say so', () => {
    const policy = {
      kind: 'SriovNetworkNodePolicy',
      metadata: { name: 'p', labels: { enabled: 'true' } },
      spec: {
        nodeSelector: { 'feature.node.kubernetes.io/pci-15b3.present': 'true' },
        numVfs: 2,
        isRdma: true,
        externallyManaged: true,
        nicSelector: { vendor: '15b3', pfNames: ['{{ .spectro.var.GpuFabricInterfaceRail0 }}'] },
      },
    };
    expect(paths(policy)).toEqual([]);
  });

  it('refuses booleans and integers written as strings', () => {
    const template = {
      kind: 'NicConfigurationTemplate',
      metadata: { name: 't' },
      spec: {
        nicSelector: { nicType: 'a2dc' },
        resetToDefault: 'false',
        template: { numVfs: '2', linkType: 'Ethernet', roceOptimized: { enabled: 'true' } },
      },
    };
    expect(paths(template)).toEqual([
      'spec.resetToDefault',
      'spec.template.numVfs',
      'spec.template.roceOptimized.enabled',
    ]);
  });

  it('refuses a variable reference in a boolean or integer field: Palette substitutes text', () => {
    const pool = {
      kind: 'CIDRPool',
      metadata: { name: 'rail-0' },
      spec: { cidr: '172.16.0.0/16', gatewayIndex: '{{ .spectro.var.Gw }}', perNodeNetworkPrefix: 29 },
    };
    expect(paths(pool)).toEqual(['spec.gatewayIndex']);
  });

  it('refuses numbers and booleans in string fields', () => {
    expect(
      paths({ kind: 'Setting', metadata: { name: 'guaranteed-instance-manager-cpu' }, value: 2 }),
    ).toEqual(['value']);
    expect(paths({ kind: 'SriovNetwork', metadata: { name: 'n' }, spec: { spoofChk: true } })).toEqual([
      'spec.spoofChk',
    ]);
    expect(paths({ kind: 'Namespace', metadata: { name: 'n', labels: { a: true } } })).toEqual([
      'metadata.labels.a',
    ]);
  });

  it('flags boolean- or number-looking strings in fields it has no string type for', () => {
    const policy = {
      kind: 'NicClusterPolicy',
      metadata: { name: 'p' },
      spec: { nvIpam: { enableWebhook: false, replicas: '1', debug: 'on' } },
    };
    expect(paths(policy)).toEqual(['spec.nvIpam.replicas', 'spec.nvIpam.debug']);
  });

  it('accepts quantities as strings or integers', () => {
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: {
        replicas: 1,
        template: {
          spec: {
            containers: [
              { name: 'c', command: ['sleep', '15'], resources: { requests: { cpu: '1', memory: 64 } } },
            ],
          },
        },
      },
    };
    expect(paths(deployment)).toEqual([]);
    expect(paths({ ...deployment, spec: { ...deployment.spec, replicas: '1' } })).toEqual(['spec.replicas']);
  });
});
