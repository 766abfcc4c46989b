/**
 * The NIC templates select only the SuperNICs and the VFs have one owner each, checked with the
 * consumer-rule checkers (lib/palette/consumer-rules/, each naming its upstream files):
 * firmware VF capacity = NicConfigurationTemplate numVfs (nic-configuration-operator
 * pkg/configuration/configvalidation.go sets SRIOV_EN and NUM_OF_VFS from it), runtime VFs = the
 * node preparation script (RA Ubuntu layer: "Creates Virtual Functions on each boot"), hand-out =
 * SriovNetworkNodePolicy with externallyManaged (sriov-network-operator api/v1 types).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NETWORK_OPERATOR_NAMESPACE } from '../constants';
import { checkBundleObjects } from '../consumer-rules';
import { checkNicConfigurationTemplate, checkNicFirmwareTemplate } from '../consumer-rules/nic-configuration';
import { formatProblems, type K8sObject } from '../consumer-rules/problems';
import { planFor } from '../test-support/plans';
import { railPciAddressVar } from '../variables';
import { varRef } from '../yaml';
import {
  nicConfigurationTemplate,
  nicFirmwareSource,
  nicFirmwareTemplate,
  superNicSelector,
} from './network-operator-config';
import { nicNetworkObjects, vfsPerSuperNic } from './nic-networks';
import { nodeprepScript } from './nodeprep-script';

// biome-ignore lint/suspicious/noExplicitAny: manifest objects, probed field by field.
type Manifest = Record<string, any>;

const designs = [
  ['1-4-3-200 shared SuperNICs', { layout: '1-4-3-200' as const }],
  ['1-2-3-400 one GPU per SuperNIC', { layout: '1-2-3-400' as const }],
  ['1-2-2-200 one rail', { layout: '1-2-2-200' as const }],
  ['SR-IOV', { layout: '1-4-3-200' as const, sriov: true }],
  ['SR-IOV with MIG 2g.48gb', { layout: '1-4-3-200' as const, sriov: true, migProfile: '2g.48gb' as const }],
] as const;

function scriptFor(plan: ReturnType<typeof planFor>): string {
  return nodeprepScript({
    docaHostVersion: '3.2.1',
    spcxCcVersion: '1.0',
    rails: plan.network.pools.length,
    vfsPerNic: vfsPerSuperNic(plan),
  });
}

describe('NIC templates select the SuperNICs only (template_matcher.go)', () => {
  it.each(designs)("%s: a2dc narrowed to the rails' PCI address variables", (_label, overrides) => {
    const plan = planFor(overrides);
    const rails = plan.network.pools.map((p) => varRef(railPciAddressVar(p.rail)));
    expect(rails).toEqual(
      plan.network.pools.map((p) => `{{ .spectro.var.GpuFabricPciAddressRail${p.rail} }}`),
    );
    const options = { allowedPciAddresses: rails };
    const config = nicConfigurationTemplate(plan) as Manifest;
    const firmware = nicFirmwareTemplate(plan) as Manifest;
    expect(config.spec.nicSelector).toEqual({ nicType: 'a2dc', pciAddresses: rails });
    expect(firmware.spec.nicSelector).toEqual(superNicSelector(plan));
    // GPU workers only: the Network Operator's NodeFeatureRule (templates/nodefeaturerules.yaml)
    // labels every node with a 15b3 NIC, DPU-only control-plane nodes too; NFD's pci source labels
    // GPUs (class 0300/0302, vendor 10de) on the workers.
    const workers = {
      'feature.node.kubernetes.io/pci-15b3.present': 'true',
      'feature.node.kubernetes.io/pci-10de.present': 'true',
    };
    expect([config.spec.nodeSelector, firmware.spec.nodeSelector]).toEqual([workers, workers]);
    for (const policy of (nicNetworkObjects(plan) as Manifest[]).filter(
      (o) => o.kind === 'SriovNetworkNodePolicy',
    ))
      expect(policy.spec.nodeSelector).toEqual(workers);
    expect(formatProblems(checkNicConfigurationTemplate(config, options))).toEqual([]);
    expect(formatProblems(checkNicFirmwareTemplate(firmware, options))).toEqual([]);
  });
});

describe('one owner for each part of the VFs', () => {
  it.each(designs)('%s: firmware numVfs, script VFs and policy numVfs agree', (_label, overrides) => {
    const plan = planFor(overrides);
    const sriov = plan.network.nicSharingMode === 'SriovNetwork';
    const config = nicConfigurationTemplate(plan) as Manifest;
    const networks = nicNetworkObjects(plan) as Manifest[];
    const policies = networks.filter((o) => o.kind === 'SriovNetworkNodePolicy');
    expect(config.spec.template.numVfs).toBe(sriov ? plan.network.devicesPerNic : 0);
    expect(policies).toHaveLength(sriov ? plan.network.pools.length : 0);
    for (const p of policies) {
      expect(p.spec.externallyManaged).toBe(true);
      expect(p.spec.numVfs).toBe(config.spec.template.numVfs);
    }
    expect(scriptFor(plan)).toMatch(new RegExp(`^VFS_PER_NIC=${vfsPerSuperNic(plan)}$`, 'm'));
    const objects = [config, nicFirmwareTemplate(plan), nicFirmwareSource(), ...networks] as K8sObject[];
    const context = {
      operatorNamespace: NETWORK_OPERATOR_NAMESPACE,
      superNicPciAddresses: superNicSelector(plan).pciAddresses,
      nodeprepVfs: sriov ? vfsPerSuperNic(plan) : 0,
    };
    expect(formatProblems(checkBundleObjects(objects, context))).toEqual([]);
  });

  it('leaves SuperNIC firmware VF settings to the NicConfigurationTemplate', () => {
    const commands = scriptFor(planFor({ sriov: true }))
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(commands).not.toMatch(/\bNUM_OF_VFS\b|\bSRIOV_EN\b|mlxconfig/);
  });

  it('creates the VFs at every boot, only as many as firmware allows, and still labels the node', () => {
    const script = scriptFor(planFor({ sriov: true }));
    const everyBoot = script.slice(script.indexOf('every_boot() {'));
    expect(everyBoot).toContain('create_vfs "$ifname"');
    expect(script).toMatch(
      /sriov_totalvfs[\s\S]*-lt "\$VFS_PER_NIC"[\s\S]*echo "\$VFS_PER_NIC" > "\$dev\/sriov_numvfs"/,
    );
    expect(everyBoot).toMatch(/kubectl .* label node/);
  });

  it('is valid bash (bash -n)', () => {
    for (const sriov of [false, true])
      expect(() => execFileSync('bash', ['-n'], { input: scriptFor(planFor({ sriov })) })).not.toThrow();
  });
});
