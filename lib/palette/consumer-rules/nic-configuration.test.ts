/**
 * Examples from Mellanox/nic-configuration-operator at tag network-operator-v25.10.0:
 * api/v1alpha1/validation_test.go (the CEL cases on spectrumXOptimized, template built with
 * nicType a2dc), internal/controller/template_matcher.go (selector matching),
 * pkg/configuration/configvalidation.go (gpuDirect / RoCE spec errors), pkg/firmware/manager.go.
 */
import { describe, expect, it } from 'vitest';
import {
  checkNicConfigurationObjects,
  checkNicConfigurationTemplate,
  checkNicFirmwareSource,
  checkNicFirmwareTemplate,
} from './nic-configuration';

const API = 'configuration.net.nvidia.com/v1alpha1';
const NS = 'nvidia-network-operator';
const RAILS = ['0000:3b:00.0', '0000:86:00.0'];

function configTemplate(template: Record<string, unknown>, nicSelector: Record<string, unknown> = {}) {
  return {
    apiVersion: API,
    kind: 'NicConfigurationTemplate',
    metadata: { name: 'supernic', namespace: NS },
    spec: { nicSelector: { nicType: 'a2dc', pciAddresses: RAILS, ...nicSelector }, template },
  };
}

const paths = (template: Record<string, unknown>, nicSelector?: Record<string, unknown>) =>
  checkNicConfigurationTemplate(configTemplate(template, nicSelector)).map((p) => p.path);

const ethernet = (numVfs: number, extra: Record<string, unknown> = {}) => ({
  numVfs,
  linkType: 'Ethernet',
  ...extra,
});
const spcx = (enabled: boolean) => ({ spectrumXOptimized: { enabled, version: 'RA2.0' } });

describe('NicConfigurationTemplate CEL rules (validation_test.go)', () => {
  it.each([
    ['nil SpectrumXOptimized', ethernet(8), true],
    [
      'disabled SpectrumXOptimized with Infiniband',
      { numVfs: 8, linkType: 'Infiniband', ...spcx(false) },
      true,
    ],
    ['enabled SpectrumXOptimized with Ethernet and numVfs 1', ethernet(1, spcx(true)), true],
    [
      'enabled SpectrumXOptimized with Infiniband',
      { numVfs: 1, linkType: 'Infiniband', ...spcx(true) },
      false,
    ],
    ['enabled SpectrumXOptimized with numVfs 2', ethernet(2, spcx(true)), false],
    [
      'disabled SpectrumXOptimized with RoCE, PCI and GPUDirect optimizations',
      ethernet(1, {
        ...spcx(false),
        pciPerformanceOptimized: { enabled: true },
        roceOptimized: { enabled: true },
        gpuDirectOptimized: { enabled: true, env: 'Baremetal' },
      }),
      true,
    ],
    [
      'SpectrumX with PciPerformanceOptimized',
      ethernet(1, { ...spcx(true), pciPerformanceOptimized: { enabled: true } }),
      true,
    ],
    ['SpectrumX with RoceOptimized', ethernet(1, { ...spcx(true), roceOptimized: { enabled: true } }), false],
    [
      'SpectrumX with GpuDirectOptimized',
      ethernet(1, {
        ...spcx(true),
        pciPerformanceOptimized: { enabled: true },
        gpuDirectOptimized: { enabled: true, env: 'Baremetal' },
      }),
      true,
    ],
    [
      'rawNvConfig with SpectrumX disabled',
      ethernet(1, { ...spcx(false), rawNvConfig: [{ name: 'FOO', value: 'BAR' }] }),
      true,
    ],
    [
      'rawNvConfig with SpectrumX enabled',
      ethernet(1, { ...spcx(true), rawNvConfig: [{ name: 'FOO', value: 'BAR' }] }),
      false,
    ],
  ])('%s: valid %s', (_label, template, valid) => {
    expect(paths(template).length === 0).toBe(valid);
  });

  it('allows SpectrumXOptimized for ConnectX-8 (1023) and BlueField-3 (a2dc) only', () => {
    expect(paths(ethernet(1, spcx(true)), { nicType: '1023', pciAddresses: undefined })).toEqual([]);
    expect(paths(ethernet(1, spcx(true)), { nicType: '101d', pciAddresses: undefined })).toEqual([
      'spec.template.spectrumXOptimized',
    ]);
  });
});

describe('NicConfigurationTemplate required fields and enums (CRD)', () => {
  it.each([
    ['numVfs missing', { linkType: 'Ethernet' }, ['spec.template.numVfs']],
    ['numVfs as a string', { numVfs: '2', linkType: 'Ethernet' }, ['spec.template.numVfs']],
    ['linkType missing', { numVfs: 0 }, ['spec.template.linkType']],
    ['linkType not in the enum', { numVfs: 0, linkType: 'ethernet' }, ['spec.template.linkType']],
    [
      'enabled as a string',
      ethernet(0, { roceOptimized: { enabled: 'true' } }),
      ['spec.template.roceOptimized.enabled'],
    ],
    [
      'maxReadRequest outside the enum',
      ethernet(0, { pciPerformanceOptimized: { enabled: true, maxReadRequest: 300 } }),
      ['spec.template.pciPerformanceOptimized.maxReadRequest'],
    ],
    [
      'qos pfc not eight bits',
      ethernet(0, { roceOptimized: { enabled: true, qos: { trust: 'dscp', pfc: '0,0,0,1' } } }),
      ['spec.template.roceOptimized.qos.pfc'],
    ],
  ])('%s', (_label, template, expected) => {
    expect(paths(template)).toEqual(expected);
  });

  it('needs nicSelector.nicType and the template', () => {
    const object = { apiVersion: API, kind: 'NicConfigurationTemplate', metadata: { name: 'x' }, spec: {} };
    expect(checkNicConfigurationTemplate(object).map((p) => p.path)).toEqual([
      'spec.nicSelector',
      'spec.template',
    ]);
  });
});

describe('NicConfigurationTemplate spec errors of the daemon (configvalidation.go)', () => {
  it('wants gpuDirectOptimized on Baremetal and with PCI performance optimization', () => {
    expect(paths(ethernet(0, { gpuDirectOptimized: { enabled: true, env: 'Baremetal' } }))).toEqual([
      'spec.template.gpuDirectOptimized',
    ]);
    expect(
      paths(
        ethernet(0, {
          pciPerformanceOptimized: { enabled: true },
          gpuDirectOptimized: { enabled: true, env: 'VM' },
        }),
      ),
    ).toEqual(['spec.template.gpuDirectOptimized.env']);
  });

  it('refuses roceOptimized on Infiniband', () => {
    expect(paths({ numVfs: 0, linkType: 'Infiniband', roceOptimized: { enabled: true } })).toEqual([
      'spec.template.roceOptimized',
    ]);
  });
});

describe('nicSelector never matches the DPU (template_matcher.go, pkg/consts)', () => {
  it('refuses a bare BlueField nicType, which matches the B3220 DPU as well as the SuperNICs', () => {
    for (const nicType of ['a2dc', 'a2d9', 'a2d6'])
      expect(paths(ethernet(0), { nicType, pciAddresses: undefined })).toEqual(['spec.nicSelector']);
  });

  it('accepts BlueField narrowed by PCI address or serial number, and a bare ConnectX type', () => {
    expect(paths(ethernet(0))).toEqual([]);
    expect(paths(ethernet(0), { pciAddresses: undefined, serialNumbers: ['MT2116X09299'] })).toEqual([]);
    expect(paths(ethernet(0), { nicType: '1021', pciAddresses: undefined })).toEqual([]);
  });

  it('wants sysfs PCI addresses, which the matcher compares exactly', () => {
    expect(paths(ethernet(0), { pciAddresses: ['0000:3B:00.0', '3b:00.0', '0000:3b:00.8'] })).toEqual([
      'spec.nicSelector.pciAddresses[0]',
      'spec.nicSelector.pciAddresses[1]',
      'spec.nicSelector.pciAddresses[2]',
    ]);
    expect(paths(ethernet(0), { pciAddresses: ['{{ .spectro.var.GpuFabricPciAddressRail0 }}'] })).toEqual([]);
  });

  it('accepts only the allowed SuperNIC addresses when given', () => {
    const object = configTemplate(ethernet(0), { pciAddresses: ['0000:3b:00.0', '0000:c1:00.0'] });
    const problems = checkNicConfigurationTemplate(object, { allowedPciAddresses: RAILS });
    expect(problems.map((p) => p.path)).toEqual(['spec.nicSelector.pciAddresses[1]']);
  });
});

describe('NicFirmwareTemplate and NicFirmwareSource', () => {
  const fwTemplate = (template: Record<string, unknown>, nicSelector: Record<string, unknown> = {}) => ({
    apiVersion: API,
    kind: 'NicFirmwareTemplate',
    metadata: { name: 'fw', namespace: NS },
    spec: { nicSelector: { nicType: 'a2dc', pciAddresses: RAILS, ...nicSelector }, template },
  });
  const source = (spec: Record<string, unknown>, namespace = NS) => ({
    apiVersion: API,
    kind: 'NicFirmwareSource',
    metadata: { name: 'bf3', namespace },
    spec,
  });

  it('needs a source reference and an update policy of the enum', () => {
    const good = fwTemplate({ nicFirmwareSourceRef: 'bf3', updatePolicy: 'Validate' });
    expect(checkNicFirmwareTemplate(good)).toEqual([]);
    const bad = fwTemplate({ updatePolicy: 'validate' });
    expect(checkNicFirmwareTemplate(bad).map((p) => p.path)).toEqual([
      'spec.template.nicFirmwareSourceRef',
      'spec.template.updatePolicy',
    ]);
    expect(
      checkNicFirmwareTemplate(
        fwTemplate({ nicFirmwareSourceRef: 'bf3', updatePolicy: 'Update' }, { pciAddresses: [] }),
      ).map((p) => p.path),
    ).toEqual(['spec.nicSelector']);
  });

  it('needs at least one firmware URL (nicfirmwaresource_types.go CEL rule)', () => {
    expect(checkNicFirmwareSource(source({ bfbUrlSource: 'http://maas/bf3.bfb' }))).toEqual([]);
    expect(checkNicFirmwareSource(source({})).map((p) => p.path)).toEqual(['spec']);
    expect(checkNicFirmwareSource(source({ binUrlSources: [] })).map((p) => p.path)).toEqual([
      'spec.binUrlSources',
      'spec',
    ]);
  });

  it('finds the source in the operator namespace, with a BFB for BlueField (manager.go)', () => {
    const template = fwTemplate({ nicFirmwareSourceRef: 'bf3', updatePolicy: 'Validate' });
    const check = (objects: Record<string, unknown>[]) =>
      checkNicConfigurationObjects(objects, { operatorNamespace: NS }).map((p) => p.message);
    expect(check([template, source({ bfbUrlSource: 'http://maas/bf3.bfb' })])).toEqual([]);
    expect(check([template, source({ bfbUrlSource: 'http://maas/bf3.bfb' }, 'default')])).toEqual([
      'no NicFirmwareSource "bf3" in nvidia-network-operator',
    ]);
    expect(check([template, source({ binUrlSources: ['http://maas/fw.bin'] })])).toEqual([
      'a BlueField device needs a source with bfbUrlSource',
    ]);
  });

  it('flags two templates of a kind that can match one device, not disjoint ones', () => {
    const a = configTemplate(ethernet(0), { pciAddresses: ['0000:3b:00.0'] });
    const b = { ...configTemplate(ethernet(0), { pciAddresses: ['0000:86:00.0'] }), metadata: { name: 'b' } };
    const c = {
      ...configTemplate(ethernet(0), { pciAddresses: undefined, serialNumbers: ['MT1'] }),
      metadata: { name: 'c' },
    };
    const overlaps = (objects: Record<string, unknown>[]) =>
      checkNicConfigurationObjects(objects, { operatorNamespace: NS }).length;
    expect(overlaps([a, b])).toBe(0);
    expect(overlaps([a, c])).toBe(1);
  });
});
