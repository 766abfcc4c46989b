/**
 * Scalar types of the fields the bundle writes, so booleans stay booleans, integers integers and
 * string fields strings. Structural CRD schemas refuse `"true"` for a boolean and `2` for a string;
 * a Palette variable reference is text, so it may only fill a string field. Field types from:
 * - Mellanox/network-operator v25.10.0 api/v1alpha1 (nicclusterpolicy_types.go,
 *   hostdevicenetwork_types.go, macvlannetwork_types.go);
 * - Mellanox/nic-configuration-operator network-operator-v25.10.0 api/v1alpha1/*_types.go;
 * - Mellanox/nvidia-k8s-ipam network-operator-v25.10.0 api/v1alpha1/cidrpool_type.go;
 * - k8snetworkplumbingwg/sriov-network-operator v1.6.0 api/v1/sriovnetworknodepolicy_types.go,
 *   sriovnetwork_types.go (spoofChk and trust are the strings "on"/"off");
 * - longhorn/longhorn-manager v1.9.0 k8s/pkg/apis/longhorn/v1beta2/setting.go (value: string);
 * - knative/operator pkg/apis/operator/base (config: map of maps of strings; ingress *.enabled: bool);
 * - kubernetes/api core/v1, apps/v1, batch/v1 (labels, annotations, env values, Secret data,
 *   commands: strings; replicas, runAsUser: integers).
 * A string that reads as a boolean or number where no string field is declared is flagged too.
 */
import { isVarRef, type K8sObject, objectName, type Problem, ProblemList } from './problems';

/** `int-or-string`: Kubernetes quantities and IntOrString fields, which take either. */
type Scalar = 'string' | 'boolean' | 'integer' | 'int-or-string';

/** `a.b.*.c[]`: `*` is any key, `[]` any list item, `**` any run of segments. */
type FieldTypes = Readonly<Record<string, Scalar>>;

const COMMON: FieldTypes = {
  apiVersion: 'string',
  kind: 'string',
  'metadata.name': 'string',
  'metadata.namespace': 'string',
  'metadata.labels.*': 'string',
  'metadata.annotations.*': 'string',
  '**.matchLabels.*': 'string',
  '**.matchExpressions[].values[]': 'string',
};

const POD_TEMPLATE: FieldTypes = {
  '**.containers[].command[]': 'string',
  '**.containers[].args[]': 'string',
  '**.containers[].env[].value': 'string',
  '**.securityContext.runAsUser': 'integer',
  '**.securityContext.runAsGroup': 'integer',
  '**.securityContext.runAsNonRoot': 'boolean',
  '**.securityContext.allowPrivilegeEscalation': 'boolean',
  '**.securityContext.privileged': 'boolean',
  '**.securityContext.readOnlyRootFilesystem': 'boolean',
  '**.resources.*.*': 'int-or-string',
  '**.nodeSelector.*': 'string',
  '**.tolerations[].value': 'string',
  '**.tolerations[].tolerationSeconds': 'integer',
  'spec.template.spec.hostNetwork': 'boolean',
  'spec.template.spec.automountServiceAccountToken': 'boolean',
};

const NIC_SELECTOR: FieldTypes = {
  'spec.nodeSelector.*': 'string',
  'spec.nicSelector.nicType': 'string',
  'spec.nicSelector.pciAddresses[]': 'string',
  'spec.nicSelector.serialNumbers[]': 'string',
};

/** Declared scalar fields per kind (beyond COMMON). */
const KIND_FIELDS: Readonly<Record<string, FieldTypes>> = {
  NicClusterPolicy: {
    'spec.nicConfigurationOperator.nicFirmwareStorage.create': 'boolean',
    'spec.nicConfigurationOperator.nicFirmwareStorage.availableStorageSize': 'string',
    'spec.nvIpam.enableWebhook': 'boolean',
    'spec.*.config': 'string',
    'spec.**.version': 'string',
  },
  NicConfigurationTemplate: {
    ...NIC_SELECTOR,
    'spec.resetToDefault': 'boolean',
    'spec.template.numVfs': 'integer',
    'spec.template.*.enabled': 'boolean',
    'spec.template.pciPerformanceOptimized.maxAccOutRead': 'integer',
    'spec.template.pciPerformanceOptimized.maxReadRequest': 'integer',
    'spec.template.roceOptimized.qos.tos': 'integer',
    'spec.template.roceOptimized.qos.pfc': 'string',
    'spec.template.rawNvConfig[].value': 'string',
  },
  NicFirmwareTemplate: NIC_SELECTOR,
  CIDRPool: {
    'spec.gatewayIndex': 'integer',
    'spec.perNodeNetworkPrefix': 'integer',
    'spec.defaultGateway': 'boolean',
  },
  SriovNetworkNodePolicy: {
    'spec.nodeSelector.*': 'string',
    'spec.numVfs': 'integer',
    'spec.mtu': 'integer',
    'spec.priority': 'integer',
    'spec.isRdma': 'boolean',
    'spec.needVhostNet': 'boolean',
    'spec.excludeTopology': 'boolean',
    'spec.externallyManaged': 'boolean',
    'spec.nicSelector.pfNames[]': 'string',
    'spec.nicSelector.rootDevices[]': 'string',
    'spec.nicSelector.vendor': 'string',
    'spec.nicSelector.deviceID': 'string',
  },
  SriovNetwork: {
    'spec.vlan': 'integer',
    'spec.vlanQoS': 'integer',
    'spec.minTxRate': 'integer',
    'spec.maxTxRate': 'integer',
    'spec.spoofChk': 'string',
    'spec.trust': 'string',
  },
  MacvlanNetwork: { 'spec.mtu': 'integer' },
  Setting: { value: 'string' },
  Secret: { 'data.*': 'string', 'stringData.*': 'string' },
  ConfigMap: { 'data.*': 'string' },
  KnativeServing: { 'spec.config.*.*': 'string', 'spec.ingress.*.enabled': 'boolean' },
  Deployment: { ...POD_TEMPLATE, 'spec.replicas': 'integer' },
  DaemonSet: POD_TEMPLATE,
  Job: {
    ...POD_TEMPLATE,
    'spec.backoffLimit': 'integer',
    'spec.ttlSecondsAfterFinished': 'integer',
    'spec.activeDeadlineSeconds': 'integer',
  },
};

/** YAML 1.1 booleans (the dialect Helm and Palette read) and numbers, as text. */
const LOOKS_BOOLEAN =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const LOOKS_NUMBER = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') return path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
  if (path.length === 0) return false;
  return (head === '*' || head === path[0]) && matches(rest, path.slice(1));
}

function splitPattern(pattern: string): string[] {
  return pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

function declaredType(fields: FieldTypes, path: readonly string[]): Scalar | undefined {
  for (const [pattern, type] of Object.entries(fields)) if (matches(splitPattern(pattern), path)) return type;
  return undefined;
}

/** Leaves of an object as [path segments, value]; list items appear as the segment `[]`. */
function leaves(value: unknown, path: string[] = []): [string[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, [...path, '[]']));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

function typeOf(value: unknown): 'string' | 'boolean' | 'integer' | 'number' | 'other' {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return 'other';
}

const printable = (path: readonly string[]) => path.join('.').replaceAll('.[]', '[]');

/** Every field of the object whose scalar type its consumer would refuse. */
export function checkScalarTypes(object: K8sObject): Problem[] {
  const problems = new ProblemList(objectName(object));
  const fields = { ...COMMON, ...(KIND_FIELDS[String(object.kind)] ?? {}) };
  for (const [path, value] of leaves(object)) {
    const declared = declaredType(fields, path);
    const actual = typeOf(value);
    if ((declared === 'boolean' || declared === 'integer') && isVarRef(value))
      problems.at(printable(path), `a variable reference is text; the ${declared} field gets a string`);
    else if (declared === 'int-or-string') {
      if (actual !== 'string' && actual !== 'integer')
        problems.at(printable(path), 'must be an integer or a string');
    } else if (declared && actual !== declared && actual !== 'other')
      problems.at(printable(path), `must be a ${declared}, not ${JSON.stringify(value)}`);
    else if (
      !declared &&
      typeof value === 'string' &&
      (LOOKS_BOOLEAN.test(value) || LOOKS_NUMBER.test(value))
    )
      problems.at(
        printable(path),
        `${JSON.stringify(value)} is a string here: is the field a boolean or number?`,
      );
  }
  return problems.items;
}
