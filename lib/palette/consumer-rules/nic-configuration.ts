/**
 * NIC Configuration Operator rules, written from Mellanox/nic-configuration-operator at tag
 * network-operator-v25.10.0 (the operator Network Operator 25.10.0 deploys):
 * - api/v1alpha1/nicconfigurationtemplate_types.go, nicfirmwaretemplate_types.go,
 *   nicfirmwaresource_types.go and their CRDs in config/crd/bases/ (required fields, enums, CEL rules);
 * - internal/controller/template_matcher.go: a device matches when nicType equals its PCI device id
 *   and, if given, one of its ports' PCI addresses and its serial number are listed (exact string
 *   comparison); a device matched by two templates loses its spec;
 * - pkg/devicediscovery/devicediscovery.go (device type = PCI device id, port PCI = sysfs address) and
 *   pkg/consts/consts.go (BlueField device ids: a2d6, a2dc, a2d9);
 * - pkg/configuration/configvalidation.go: numVfs always sets SRIOV_EN and NUM_OF_VFS in firmware,
 *   gpuDirectOptimized needs env Baremetal and pciPerformanceOptimized, roceOptimized needs Ethernet;
 * - pkg/firmware/manager.go: the NicFirmwareSource is read from the operator's namespace, and a
 *   BlueField device takes its version from the source's BFB.
 */
import {
  isInteger,
  isRecord,
  isVarRef,
  type K8sObject,
  objectName,
  type Problem,
  ProblemList,
  recordAt,
  stringsAt,
} from './problems';

export const NIC_CONFIGURATION_API = 'configuration.net.nvidia.com/v1alpha1';

/** PCI device ids of BlueField (pkg/consts): BlueField-2 a2d6, BlueField-3 a2dc, BlueField-3 Lx a2d9. */
export const BLUEFIELD_DEVICE_IDS: readonly string[] = ['a2d6', 'a2dc', 'a2d9'];

/**
 * A PCI address as the kernel writes it in sysfs (domain:bus:device.function, lowercase hex), which
 * is what the matcher compares pciAddresses with, character for character.
 */
export const PCI_ADDRESS = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

export interface NicTemplateCheckOptions {
  /** When given, every pciAddresses entry must be one of these (literal addresses or variable references). */
  allowedPciAddresses?: readonly string[];
}

const SELECTOR_FIELDS = new Set(['nicType', 'pciAddresses', 'serialNumbers']);

/** The nicSelector rules both template kinds share. */
function checkNicSelector(value: unknown, options: NicTemplateCheckOptions, problems: ProblemList): void {
  if (!isRecord(value)) {
    problems.at('spec.nicSelector', 'is required');
    return;
  }
  for (const key of Object.keys(value))
    if (!SELECTOR_FIELDS.has(key))
      problems.at(`spec.nicSelector.${key}`, 'not a nicSelector field in 25.10.0');
  if (typeof value.nicType !== 'string' || value.nicType === '')
    problems.at('spec.nicSelector.nicType', 'is required (the PCI device id, e.g. a2dc)');
  const pci = listOfStrings(value.pciAddresses, 'spec.nicSelector.pciAddresses', problems);
  const serials = listOfStrings(value.serialNumbers, 'spec.nicSelector.serialNumbers', problems);
  pci.forEach((address, i) => {
    checkPciAddress(address, `spec.nicSelector.pciAddresses[${i}]`, options, problems);
  });
  if (BLUEFIELD_DEVICE_IDS.includes(String(value.nicType)) && pci.length === 0 && serials.length === 0)
    problems.at(
      'spec.nicSelector',
      `nicType ${String(value.nicType)} alone matches every BlueField of that type, the B3220 DPU too: ` +
        'list the SuperNICs in pciAddresses (or serialNumbers)',
    );
}

function listOfStrings(value: unknown, path: string, problems: ProblemList): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.at(path, 'must be a list of strings');
    return [];
  }
  return value as string[];
}

function checkPciAddress(
  address: string,
  path: string,
  options: NicTemplateCheckOptions,
  problems: ProblemList,
): void {
  if (!isVarRef(address) && !PCI_ADDRESS.test(address))
    problems.at(path, `"${address}" is not a sysfs PCI address such as 0000:3b:00.0 (lowercase hex)`);
  if (options.allowedPciAddresses && !options.allowedPciAddresses.includes(address))
    problems.at(path, `"${address}" is not one of the SuperNIC addresses`);
}

function checkNodeSelector(value: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'string'))
    problems.at('spec.nodeSelector', 'must map label keys to string values');
}

function checkEnabled(section: Record<string, unknown>, path: string, problems: ProblemList): void {
  if (typeof section.enabled !== 'boolean')
    problems.at(`${path}.enabled`, 'is required and must be a boolean');
}

const MAX_READ_REQUEST = [128, 256, 512, 1024, 2048, 4096];

function checkPciPerformance(value: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  const path = 'spec.template.pciPerformanceOptimized';
  const section = recordAt(value);
  checkEnabled(section, path, problems);
  if (section.maxAccOutRead !== undefined && !isInteger(section.maxAccOutRead))
    problems.at(`${path}.maxAccOutRead`, 'must be an integer');
  if (section.maxReadRequest !== undefined && !MAX_READ_REQUEST.includes(section.maxReadRequest as number))
    problems.at(`${path}.maxReadRequest`, `must be one of ${MAX_READ_REQUEST.join(', ')}`);
}

function checkRoce(value: unknown, linkType: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  const path = 'spec.template.roceOptimized';
  const section = recordAt(value);
  checkEnabled(section, path, problems);
  if (section.enabled === true && linkType === 'Infiniband')
    problems.at(path, 'RoceOptimized settings can only be used with link type Ethernet');
  if (section.qos === undefined) return;
  const qos = recordAt(section.qos);
  if (typeof qos.trust !== 'string') problems.at(`${path}.qos.trust`, 'is required');
  if (typeof qos.pfc !== 'string' || !/^([01],){7}[01]$/.test(qos.pfc))
    problems.at(`${path}.qos.pfc`, 'is required, e.g. "0,0,0,1,0,0,0,0"');
  if (qos.tos !== undefined && !isInteger(qos.tos)) problems.at(`${path}.qos.tos`, 'must be an integer');
}

function checkGpuDirect(value: unknown, pciPerformance: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  const path = 'spec.template.gpuDirectOptimized';
  const section = recordAt(value);
  checkEnabled(section, path, problems);
  if (typeof section.env !== 'string') problems.at(`${path}.env`, 'is required');
  if (section.enabled !== true) return;
  if (section.env !== 'Baremetal')
    problems.at(`${path}.env`, 'GpuDirectOptimized supports only Baremetal env');
  if (recordAt(pciPerformance).enabled !== true)
    problems.at(path, 'GpuDirectOptimized should only be enabled together with PciPerformanceOptimized');
}

/** The CEL rules on spectrumXOptimized (ConfigurationTemplateSpec and NicConfigurationTemplateSpec). */
function checkSpectrumX(template: Record<string, unknown>, nicType: unknown, problems: ProblemList): void {
  if (template.spectrumXOptimized === undefined) return;
  const path = 'spec.template.spectrumXOptimized';
  const section = recordAt(template.spectrumXOptimized);
  checkEnabled(section, path, problems);
  if (section.version !== 'RA1.3' && section.version !== 'RA2.0')
    problems.at(`${path}.version`, 'is required: RA1.3 or RA2.0');
  if (section.overlay !== undefined && section.overlay !== 'l3' && section.overlay !== 'none')
    problems.at(`${path}.overlay`, 'must be l3 or none');
  if (section.enabled !== true) return;
  if (template.linkType !== 'Ethernet' || template.numVfs !== 1)
    problems.at(path, "spectrumXOptimized can be enabled only when linkType=='Ethernet' and numVfs==1");
  if (recordAt(template.roceOptimized).enabled === true)
    problems.at(path, 'spectrumXOptimized includes RoCE optimizations, so roceOptimized must not be enabled');
  if (Array.isArray(template.rawNvConfig) && template.rawNvConfig.length > 0)
    problems.at(path, 'when spectrumXOptimized is enabled, rawNvConfig must be empty');
  if (nicType !== '1023' && nicType !== 'a2dc')
    problems.at(path, 'spectrumXOptimized can be enabled only for ConnectX-8 or BlueField-3 SuperNICs');
}

function checkRawNvConfig(value: unknown, problems: ProblemList): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.at('spec.template.rawNvConfig', 'must be a list');
    return;
  }
  value.forEach((p, i) => {
    const param = recordAt(p);
    if (typeof param.name !== 'string' || typeof param.value !== 'string')
      problems.at(`spec.template.rawNvConfig[${i}]`, 'needs string name and value');
  });
}

function checkConfigurationTemplate(spec: Record<string, unknown>, problems: ProblemList): void {
  if (!isRecord(spec.template)) {
    problems.at('spec.template', 'is required');
    return;
  }
  const template = spec.template;
  if (!isInteger(template.numVfs))
    problems.at(
      'spec.template.numVfs',
      'is required and must be an integer (it sets NUM_OF_VFS in firmware)',
    );
  if (template.linkType !== 'Ethernet' && template.linkType !== 'Infiniband')
    problems.at('spec.template.linkType', 'is required: Ethernet or Infiniband');
  checkPciPerformance(template.pciPerformanceOptimized, problems);
  checkRoce(template.roceOptimized, template.linkType, problems);
  checkGpuDirect(template.gpuDirectOptimized, template.pciPerformanceOptimized, problems);
  checkSpectrumX(template, recordAt(spec.nicSelector).nicType, problems);
  checkRawNvConfig(template.rawNvConfig, problems);
}

function checkApiVersion(object: K8sObject, problems: ProblemList): void {
  if (object.apiVersion !== NIC_CONFIGURATION_API)
    problems.at('apiVersion', `must be ${NIC_CONFIGURATION_API}`);
}

/** Every problem the operator would have with one NicConfigurationTemplate. */
export function checkNicConfigurationTemplate(
  object: K8sObject,
  options: NicTemplateCheckOptions = {},
): Problem[] {
  const problems = new ProblemList(objectName(object));
  checkApiVersion(object, problems);
  const spec = recordAt(object.spec);
  checkNodeSelector(spec.nodeSelector, problems);
  checkNicSelector(spec.nicSelector, options, problems);
  if (spec.resetToDefault !== undefined && typeof spec.resetToDefault !== 'boolean')
    problems.at('spec.resetToDefault', 'must be a boolean');
  checkConfigurationTemplate(spec, problems);
  return problems.items;
}

/** Every problem the operator would have with one NicFirmwareTemplate. */
export function checkNicFirmwareTemplate(
  object: K8sObject,
  options: NicTemplateCheckOptions = {},
): Problem[] {
  const problems = new ProblemList(objectName(object));
  checkApiVersion(object, problems);
  const spec = recordAt(object.spec);
  checkNodeSelector(spec.nodeSelector, problems);
  checkNicSelector(spec.nicSelector, options, problems);
  if (!isRecord(spec.template)) {
    problems.at('spec.template', 'is required');
    return problems.items;
  }
  if (typeof spec.template.nicFirmwareSourceRef !== 'string' || spec.template.nicFirmwareSourceRef === '')
    problems.at('spec.template.nicFirmwareSourceRef', 'is required');
  if (spec.template.updatePolicy !== 'Validate' && spec.template.updatePolicy !== 'Update')
    problems.at('spec.template.updatePolicy', 'is required: Validate or Update');
  return problems.items;
}

/** Every problem the operator would have with one NicFirmwareSource. */
export function checkNicFirmwareSource(object: K8sObject): Problem[] {
  const problems = new ProblemList(objectName(object));
  checkApiVersion(object, problems);
  const spec = recordAt(object.spec);
  const bins = spec.binUrlSources;
  if (bins !== undefined && (!Array.isArray(bins) || bins.length === 0))
    problems.at('spec.binUrlSources', 'must be a non-empty list when given');
  const any = [stringsAt(bins).length > 0, nonEmpty(spec.bfbUrlSource), nonEmpty(spec.docaSpcXCCUrlSource)];
  if (!any.includes(true))
    problems.at(
      'spec',
      'At least one of binUrlSources, bfbUrlSource, or docaSpcXCCUrlSource must be specified',
    );
  return problems.items;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

export interface NicObjectsCheckOptions extends NicTemplateCheckOptions {
  /** Namespace the operator runs in; NicFirmwareSources are looked up there. */
  operatorNamespace: string;
}

/** Rules across objects: firmware source references, and no device matched by two templates of a kind. */
export function checkNicConfigurationObjects(
  objects: readonly K8sObject[],
  options: NicObjectsCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const sources = ofKind('NicFirmwareSource');
  for (const template of ofKind('NicFirmwareTemplate'))
    problems.push(...checkSourceRef(template, sources, options.operatorNamespace));
  for (const kind of ['NicConfigurationTemplate', 'NicFirmwareTemplate'])
    problems.push(...checkOverlaps(ofKind(kind)));
  return problems;
}

function checkSourceRef(template: K8sObject, sources: readonly K8sObject[], namespace: string): Problem[] {
  const problems = new ProblemList(objectName(template));
  const spec = recordAt(template.spec);
  const ref = recordAt(spec.template).nicFirmwareSourceRef;
  const source = sources.find(
    (s) => recordAt(s.metadata).name === ref && recordAt(s.metadata).namespace === namespace,
  );
  if (!source) {
    problems.at(
      'spec.template.nicFirmwareSourceRef',
      `no NicFirmwareSource "${String(ref)}" in ${namespace}`,
    );
    return problems.items;
  }
  const blueField = BLUEFIELD_DEVICE_IDS.includes(String(recordAt(spec.nicSelector).nicType));
  if (blueField && !nonEmpty(recordAt(source.spec).bfbUrlSource))
    problems.at('spec.template.nicFirmwareSourceRef', 'a BlueField device needs a source with bfbUrlSource');
  return problems.items;
}

/** Two templates of one kind may match the same device unless their selectors keep them apart. */
function checkOverlaps(templates: readonly K8sObject[]): Problem[] {
  const problems: Problem[] = [];
  templates.forEach((a, i) => {
    for (const b of templates.slice(i + 1))
      if (mayMatchSameDevice(recordAt(a.spec), recordAt(b.spec)))
        problems.push({
          object: objectName(a),
          path: 'spec.nicSelector',
          message: `may match the same device as ${objectName(b)}: the device then gets no configuration`,
        });
  });
  return problems;
}

function mayMatchSameDevice(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const selA = recordAt(a.nicSelector);
  const selB = recordAt(b.nicSelector);
  if (selA.nicType !== selB.nicType || nodeSelectorsDisjoint(a.nodeSelector, b.nodeSelector)) return false;
  return (
    listsMayShare(selA.pciAddresses, selB.pciAddresses) &&
    listsMayShare(selA.serialNumbers, selB.serialNumbers)
  );
}

/** An empty list matches everything; two lists can match the same device only if they share an entry. */
function listsMayShare(a: unknown, b: unknown): boolean {
  const la = stringsAt(a);
  const lb = stringsAt(b);
  return la.length === 0 || lb.length === 0 || la.some((x) => lb.includes(x));
}

function nodeSelectorsDisjoint(a: unknown, b: unknown): boolean {
  const ra = recordAt(a);
  const rb = recordAt(b);
  return Object.keys(ra).some((k) => k in rb && ra[k] !== rb[k]);
}
