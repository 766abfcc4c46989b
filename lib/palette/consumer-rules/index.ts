/**
 * Every consumer rule applied to the Kubernetes objects of a bundle's manifests: each object through
 * the checker of its kind and the scalar-type check, then the rules across objects (firmware source
 * references, one template per device, one owner for the VFs, networks on existing resources).
 * Each checker's header names the upstream files its rules come from.
 */
import { checkCidrPool } from './cidr-pool';
import { checkLonghornSetting } from './longhorn-setting';
import {
  checkNicConfigurationObjects,
  checkNicConfigurationTemplate,
  checkNicFirmwareSource,
  checkNicFirmwareTemplate,
} from './nic-configuration';
import { isInteger, type K8sObject, objectName, type Problem, recordAt } from './problems';
import { checkScalarTypes } from './scalar-types';
import { checkSriovNetworkNodePolicy, checkSriovObjects } from './sriov-policy';

export interface BundleRulesContext {
  /** Namespace of the Network Operator (NIC Configuration and SR-IOV operators, nv-ipam). */
  operatorNamespace: string;
  /** The only values the NIC templates may select in pciAddresses (the SuperNICs). */
  superNicPciAddresses?: readonly string[];
  /** VFs the node preparation creates per SuperNIC at boot; 0 or absent when it creates none. */
  nodeprepVfs?: number;
  /** Nodes each CIDRPool must serve, by pool name. */
  poolNodes?: Readonly<Record<string, number>>;
  /** Pods per node that need an address from each CIDRPool at once. */
  podsPerNode?: number;
  /** NUM_OF_VFS in SuperNIC firmware; checkBundleObjects reads it from the NicConfigurationTemplates. */
  firmwareVfs?: number;
}

/** Problems of one object by its own kind's rules and its field types. */
export function checkObject(object: K8sObject, context: BundleRulesContext): Problem[] {
  const nic = { allowedPciAddresses: context.superNicPciAddresses };
  const name = String(recordAt(object.metadata).name);
  const own = ((): Problem[] => {
    switch (object.kind) {
      case 'CIDRPool':
        return checkCidrPool(object, {
          minNodes: context.poolNodes?.[name],
          minPodAddresses: context.podsPerNode,
        });
      case 'NicConfigurationTemplate':
        return checkNicConfigurationTemplate(object, nic);
      case 'NicFirmwareTemplate':
        return checkNicFirmwareTemplate(object, nic);
      case 'NicFirmwareSource':
        return checkNicFirmwareSource(object);
      case 'SriovNetworkNodePolicy':
        return checkSriovNetworkNodePolicy(object, {
          operatorNamespace: context.operatorNamespace,
          external: externalVfs(context),
        });
      case 'Setting':
        return object.apiVersion === 'longhorn.io/v1beta2' ? checkLonghornSetting(object) : [];
      default:
        return [];
    }
  })();
  return [...own, ...checkScalarTypes(object)];
}

/** Every problem of the objects, one by one and together. */
export function checkBundleObjects(objects: readonly K8sObject[], given: BundleRulesContext): Problem[] {
  const context = { firmwareVfs: firmwareVfsOf(objects), ...given };
  return [
    ...objects.flatMap((o) => checkObject(o, context)),
    ...checkNicConfigurationObjects(objects, {
      operatorNamespace: context.operatorNamespace,
      allowedPciAddresses: context.superNicPciAddresses,
    }),
    ...checkSriovObjects(objects, { operatorNamespace: context.operatorNamespace }),
    ...checkVfOwners(objects, context),
  ];
}

/** The smallest numVfs of the NicConfigurationTemplates (they set NUM_OF_VFS), 0 without any. */
function firmwareVfsOf(objects: readonly K8sObject[]): number {
  const values = objects
    .filter((o) => o.kind === 'NicConfigurationTemplate')
    .map((o) => recordAt(recordAt(o.spec).template).numVfs)
    .filter(isInteger);
  return values.length > 0 ? Math.min(...values) : 0;
}

/** With VFs made at boot, the policy must be externally managed and within what exists. */
function externalVfs(context: BundleRulesContext) {
  const createdVfs = context.nodeprepVfs ?? 0;
  return createdVfs > 0 ? { createdVfs, firmwareVfs: context.firmwareVfs ?? 0 } : undefined;
}

/**
 * The node preparation can only create VFs the firmware allows (the kernel refuses sriov_numvfs above
 * sriov_totalvfs), and VFs nobody hands out or VFs handed out but never created are a split owner.
 */
function checkVfOwners(objects: readonly K8sObject[], context: BundleRulesContext): Problem[] {
  const created = context.nodeprepVfs ?? 0;
  const templates = objects.filter((o) => o.kind === 'NicConfigurationTemplate');
  const policies = objects.filter((o) => o.kind === 'SriovNetworkNodePolicy');
  const problems: Problem[] = [];
  for (const t of templates) {
    const numVfs = recordAt(recordAt(t.spec).template).numVfs;
    if (isInteger(numVfs) && numVfs < created)
      problems.push({
        object: objectName(t),
        path: 'spec.template.numVfs',
        message: `NUM_OF_VFS ${numVfs} in firmware, but the node preparation creates ${created} VFs`,
      });
  }
  if (created > 0 && policies.length === 0)
    problems.push({
      object: 'bundle',
      path: 'nic-networks',
      message: 'VFs are created but no policy hands them out',
    });
  if (created === 0)
    for (const p of policies)
      problems.push({
        object: objectName(p),
        path: 'spec.externallyManaged',
        message: 'the node preparation creates no VFs for this policy to hand out',
      });
  return problems;
}
