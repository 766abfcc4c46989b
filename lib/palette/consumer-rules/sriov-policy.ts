/**
 * SR-IOV Network Operator rules for SriovNetworkNodePolicy and SriovNetwork, written from
 * k8snetworkplumbingwg/sriov-network-operator v1.6.0:
 * - pkg/webhook/validate.go: staticValidateSriovNetworkNodePolicy (resourceName, nicSelector, vendor,
 *   pfName ranges, vfio-pci vs isRdma, switchdev, vdpa, bridge), validatePolicyForNodeState (numVfs 0
 *   refused, at most 128 Mellanox VFs, externally managed numVfs and MTU within what the PF has),
 *   validatePolicyForNodePolicy (pfNames, rootDevices, externallyManaged and excludeTopology
 *   consistency between policies);
 * - pkg/webhook/validate_networks.go: networkNamespace only from the operator namespace;
 * - pkg/host/internal/sriov/sriov.go checkExternallyManagedPF and pkg/plugins/mellanox/mellanox_plugin.go:
 *   an externally managed PF must already have the VFs, the eSwitch mode and firmware TotalVfs the
 *   policy asks for, because the operator changes none of them;
 * - api/v1/sriovnetworknodepolicy_types.go, sriovnetwork_types.go and the CRDs of the chart
 *   Mellanox/network-operator v25.10.0 deploys (deployment/network-operator/charts/sriov-network-operator):
 *   required fields, enums, minimums; its supported-nic-ids ConfigMap lists the vendors.
 * Network Operator 25.10.0 ships the SR-IOV webhook disabled (admissionControllers.enabled: false), so
 * nothing refuses a bad policy at apply time: the config daemon just fails on every node.
 */
import {
  isInteger,
  isRecord,
  type K8sObject,
  objectName,
  type Problem,
  ProblemList,
  recordAt,
  stringsAt,
} from './problems';

/** sriov-network-operator pkg/webhook/validate.go MlxMaxVFs. */
export const MELLANOX_MAX_VFS = 128;
const MELLANOX_VENDOR = '15b3';
/** Vendors of the supported-nic-ids ConfigMap (network-operator v25.10.0 sriov-network-operator chart). */
const SUPPORTED_VENDORS = ['8086', '15b3', '14e4', '1077', '1af4', '177d'];
const RESOURCE_NAME = /^[a-zA-Z0-9_]+$/;

/** How the VFs are made when the node preparation (not the operator) owns them. */
export interface ExternalVfs {
  /** VFs the node preparation writes to sriov_numvfs on every boot. */
  createdVfs: number;
  /** NUM_OF_VFS in firmware (the NicConfigurationTemplate numVfs). */
  firmwareVfs: number;
}

export interface SriovPolicyCheckOptions {
  /** Namespace the operator watches; policies elsewhere are ignored. */
  operatorNamespace: string;
  /** Given when the VFs are created outside the operator: the policy must then be externally managed. */
  external?: ExternalVfs;
}

const ENUMS: [string, readonly string[]][] = [
  ['deviceType', ['netdevice', 'vfio-pci']],
  ['linkType', ['eth', 'ETH', 'ib', 'IB']],
  ['eSwitchMode', ['legacy', 'switchdev']],
  ['vdpaType', ['virtio', 'vhost']],
];
const BOOLEANS = ['isRdma', 'needVhostNet', 'excludeTopology', 'externallyManaged'];

/** Every problem the operator (webhook rules, config daemon) would have with one policy. */
export function checkSriovNetworkNodePolicy(object: K8sObject, options: SriovPolicyCheckOptions): Problem[] {
  const problems = new ProblemList(objectName(object));
  if (recordAt(object.metadata).namespace !== options.operatorNamespace)
    problems.at('metadata.namespace', `only policies in ${options.operatorNamespace} are used`);
  const spec = recordAt(object.spec);
  checkRequiredAndTypes(spec, problems);
  checkNicSelector(spec, problems);
  checkModes(spec, problems);
  checkNumVfs(spec, problems);
  if (options.external) checkExternallyManaged(spec, options.external, problems);
  return problems.items;
}

function checkRequiredAndTypes(spec: Record<string, unknown>, problems: ProblemList): void {
  if (typeof spec.resourceName !== 'string' || !RESOURCE_NAME.test(spec.resourceName))
    problems.at('spec.resourceName', 'is required and must match ^[a-zA-Z0-9_]+$');
  if (!isRecord(spec.nodeSelector) || Object.values(spec.nodeSelector).some((v) => typeof v !== 'string'))
    problems.at('spec.nodeSelector', 'is required and maps label keys to string values');
  if (!isInteger(spec.numVfs) || spec.numVfs < 0) problems.at('spec.numVfs', 'is required: an integer >= 0');
  if (spec.mtu !== undefined && (!isInteger(spec.mtu) || spec.mtu < 1))
    problems.at('spec.mtu', 'must be >= 1');
  if (spec.priority !== undefined && (!isInteger(spec.priority) || spec.priority < 0 || spec.priority > 99))
    problems.at('spec.priority', 'must be an integer 0..99');
  for (const key of BOOLEANS)
    if (spec[key] !== undefined && typeof spec[key] !== 'boolean')
      problems.at(`spec.${key}`, 'must be a boolean');
  for (const [key, values] of ENUMS)
    if (spec[key] !== undefined && !values.includes(spec[key] as string))
      problems.at(`spec.${key}`, `must be one of ${values.join(', ')}`);
}

function checkNicSelector(spec: Record<string, unknown>, problems: ProblemList): void {
  if (!isRecord(spec.nicSelector)) {
    problems.at('spec.nicSelector', 'is required');
    return;
  }
  const selector = spec.nicSelector;
  const pfNames = stringsAt(selector.pfNames);
  const any = [selector.vendor, selector.deviceID, selector.netFilter].some(
    (v) => typeof v === 'string' && v !== '',
  );
  if (!any && pfNames.length === 0 && stringsAt(selector.rootDevices).length === 0)
    problems.at(
      'spec.nicSelector',
      'at least one of these parameters (vendor, deviceID, pfNames, rootDevices or netFilter) has to be defined',
    );
  if (
    typeof selector.vendor === 'string' &&
    selector.vendor !== '' &&
    !SUPPORTED_VENDORS.includes(selector.vendor)
  )
    problems.at('spec.nicSelector.vendor', `vendor ${selector.vendor} is not supported`);
  pfNames.forEach((pf, i) => {
    checkPfRange(pf, spec.numVfs, `spec.nicSelector.pfNames[${i}]`, problems);
  });
}

/** `name#first-last`: a VF index range of the PF, inside 0 .. numVfs - 1. */
function checkPfRange(pf: string, numVfs: unknown, path: string, problems: ProblemList): void {
  if (!pf.includes('#')) return;
  const fields = pf.split('#');
  const range = fields[1]?.split('-') ?? [];
  if (fields.length !== 2 || range.length !== 2) {
    problems.at(path, `failed to parse ${pf}: name#first-last expected`);
    return;
  }
  const [first, last] = range.map((r) => (/^\d+$/.test(r) ? Number(r) : Number.NaN)) as [number, number];
  if (Number.isNaN(first) || Number.isNaN(last)) {
    problems.at(path, `failed to parse the range of ${pf}`);
    return;
  }
  if (last < first) problems.at(path, 'end range shall not be smaller than start range');
  if (isInteger(numVfs) && last >= numVfs) problems.at(path, 'end range exceeds the maximum VF index');
}

function checkModes(spec: Record<string, unknown>, problems: ProblemList): void {
  const switchdev = spec.eSwitchMode === 'switchdev';
  const vdpa = spec.vdpaType === 'virtio' || spec.vdpaType === 'vhost';
  if (spec.deviceType === 'vfio-pci' && spec.isRdma === true)
    problems.at('spec.deviceType', "'deviceType: vfio-pci' conflicts with 'isRdma: true'");
  if (typeof spec.linkType === 'string' && spec.linkType.toLowerCase() !== 'eth' && switchdev)
    problems.at('spec.eSwitchMode', "'eSwitchMode: switchdev' can be used only with ethernet links");
  if (vdpa && (spec.deviceType ?? 'netdevice') !== 'netdevice')
    problems.at('spec.vdpaType', "vdpa needs 'deviceType: netdevice'");
  if (vdpa && !switchdev)
    problems.at('spec.vdpaType', 'vdpa requires the device to be configured in switchdev mode');
  const bridge = isRecord(spec.bridge) && Object.keys(spec.bridge).length > 0;
  if (bridge && !switchdev) problems.at('spec.bridge', 'software bridge management requires switchdev mode');
  if (bridge && spec.externallyManaged === true)
    problems.at('spec.bridge', "software bridge management can't be used when the device externally managed");
}

function checkNumVfs(spec: Record<string, unknown>, problems: ProblemList): void {
  if (!isInteger(spec.numVfs)) return;
  if (spec.numVfs === 0)
    problems.at('spec.numVfs', 'numVfs 0 is not allowed for a policy that selects a NIC');
  if (recordAt(spec.nicSelector).vendor === MELLANOX_VENDOR && spec.numVfs > MELLANOX_MAX_VFS)
    problems.at('spec.numVfs', `exceeds the maximum of ${MELLANOX_MAX_VFS} VFs on a Mellanox PF`);
}

/** One owner for the VFs: when something else creates them, the operator must only hand them out. */
function checkExternallyManaged(
  spec: Record<string, unknown>,
  external: ExternalVfs,
  problems: ProblemList,
): void {
  if (spec.externallyManaged !== true) {
    problems.at(
      'spec.externallyManaged',
      'must be true: the node preparation creates the VFs, and an operator-managed policy recreates them and rewrites firmware',
    );
    return;
  }
  if (!isInteger(spec.numVfs)) return;
  if (spec.numVfs > external.createdVfs)
    problems.at('spec.numVfs', `is higher than the ${external.createdVfs} VFs the node preparation creates`);
  if (spec.numVfs > external.firmwareVfs)
    problems.at(
      'spec.numVfs',
      `is higher than NUM_OF_VFS ${external.firmwareVfs} in firmware, which the policy may not change`,
    );
  if (spec.eSwitchMode === 'switchdev')
    problems.at(
      'spec.eSwitchMode',
      'the node preparation leaves the PF in legacy mode, which an externally managed policy must match',
    );
}

/** Rules across the policies and networks of one bundle. */
export function checkSriovObjects(
  objects: readonly K8sObject[],
  options: SriovPolicyCheckOptions,
): Problem[] {
  const policies = objects.filter((o) => o.kind === 'SriovNetworkNodePolicy');
  const problems: Problem[] = [];
  policies.forEach((a, i) => {
    for (const b of policies.slice(i + 1)) problems.push(...checkPolicyPair(a, b));
  });
  const resources = new Set(policies.map((p) => recordAt(p.spec).resourceName));
  for (const network of objects.filter((o) => o.kind === 'SriovNetwork'))
    problems.push(...checkSriovNetwork(network, resources, options.operatorNamespace));
  return problems;
}

/** validatePolicyForNodePolicy, for policies whose node selectors can select the same node. */
function checkPolicyPair(a: K8sObject, b: K8sObject): Problem[] {
  const problems = new ProblemList(objectName(a));
  const sa = recordAt(a.spec);
  const sb = recordAt(b.spec);
  if (nodeSelectorsDisjoint(sa.nodeSelector, sb.nodeSelector)) return [];
  const pfsA = stringsAt(recordAt(sa.nicSelector).pfNames);
  const pfsB = stringsAt(recordAt(sb.nicSelector).pfNames);
  for (const pa of pfsA)
    for (const pb of pfsB) {
      if (pfName(pa) !== pfName(pb)) continue;
      if ((sa.externallyManaged === true) !== (sb.externallyManaged === true))
        problems.at(
          'spec.externallyManaged',
          `externallyManage is inconsistent with existing policy ${objectName(b)}`,
        );
      if (rangesOverlap(vfRange(pa), vfRange(pb)))
        problems.at(
          'spec.nicSelector.pfNames',
          `VF index range in ${pa} is overlapped with ${objectName(b)}`,
        );
    }
  const rootA = stringsAt(recordAt(sa.nicSelector).rootDevices);
  const rootB = stringsAt(recordAt(sb.nicSelector).rootDevices);
  if (rootA.some((r) => rootB.includes(r)))
    problems.at(
      'spec.nicSelector.rootDevices',
      `root device overlapped with existing policy ${objectName(b)}`,
    );
  if (sa.resourceName === sb.resourceName && (sa.excludeTopology === true) !== (sb.excludeTopology === true))
    problems.at('spec.excludeTopology', `conflicts with ${objectName(b)}: they target the same resource`);
  return problems.items;
}

const pfName = (pf: string) => pf.split('#')[0];

/** ParseVfRange: `name#first-last`, or -1..-1 without a range (so two unranged policies collide). */
function vfRange(pf: string): [number, number] {
  const range = pf.split('#')[1]?.split('-').map(Number);
  const [first, last] = range ?? [];
  return first !== undefined && last !== undefined && range?.length === 2 ? [first, last] : [-1, -1];
}

function rangesOverlap([aFirst, aLast]: [number, number], [bFirst, bLast]: [number, number]): boolean {
  return !(aLast < bFirst || aFirst > bLast);
}

function nodeSelectorsDisjoint(a: unknown, b: unknown): boolean {
  const ra = recordAt(a);
  const rb = recordAt(b);
  return Object.keys(ra).some((k) => k in rb && ra[k] !== rb[k]);
}

function checkSriovNetwork(network: K8sObject, resources: Set<unknown>, namespace: string): Problem[] {
  const problems = new ProblemList(objectName(network));
  const spec = recordAt(network.spec);
  if (recordAt(network.metadata).namespace !== namespace && spec.networkNamespace !== undefined)
    problems.at(
      'spec.networkNamespace',
      `can't be specified if the resource is not in the ${namespace} namespace`,
    );
  if (typeof spec.resourceName !== 'string' || spec.resourceName === '')
    problems.at('spec.resourceName', 'is required');
  else if (!resources.has(spec.resourceName))
    problems.at('spec.resourceName', `no SriovNetworkNodePolicy provides ${spec.resourceName}`);
  for (const key of ['spoofChk', 'trust'])
    if (spec[key] !== undefined && spec[key] !== 'on' && spec[key] !== 'off')
      problems.at(`spec.${key}`, 'must be the string "on" or "off"');
  if (spec.vlan !== undefined && (!isInteger(spec.vlan) || spec.vlan < 0 || spec.vlan > 4096))
    problems.at('spec.vlan', 'must be an integer 0..4096');
  return problems.items;
}
