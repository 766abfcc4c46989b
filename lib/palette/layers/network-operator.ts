/**
 * Network Operator layer (AI-RA-Infra-MaaS-Spectrum-X, install order 0): the pack's published
 * defaults with the RA's changes: the SR-IOV operator as the design says, the Maintenance Operator
 * for day-2 NIC work, no OpenShift driver toolkit, and no OFED init container (DOCA is installed on
 * the host by node preparation).
 */
import type { ClusterPlan } from '../../plan/types';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { COMMUNITY_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';

const PROFILE = 'AI-RA-Infra-MaaS-Spectrum-X';
const NAME = 'network-operator';

/** The Network Operator version the layer installs (also tags the NicClusterPolicy images). */
export function networkOperatorVersion(): string {
  return raPackVersion(PROFILE, 'Network Operator');
}

/** The `network-operator` pack from the Palette Community Registry. */
export function networkOperatorLayer(plan: ClusterPlan): ProfilePack {
  const version = networkOperatorVersion();
  return buildPack({
    name: NAME,
    type: 'oci',
    layer: 'addon',
    version,
    registry: COMMUNITY_REGISTRY,
    installPriority: raInstallOrder(PROFILE, 'Network Operator'),
    defaults: packDefaults(NAME, version),
    comment: [
      `sriovNetworkOperator.enabled is the design's SR-IOV setting (${plan.input.sriov}) as a YAML boolean, where the RA`,
      `sets it to a cluster profile variable: a variable reference must be quoted, so it would render the`,
      `string "false", which Helm templates treat as true. ${VAR.sriov} is read-only, so nothing is lost:`,
      'change SR-IOV in the planner and re-export.',
    ].join('\n'),
    values: {
      charts: {
        [NAME]: {
          sriovNetworkOperator: { enabled: plan.input.sriov },
          maintenanceOperator: { enabled: true },
          'maintenance-operator-chart': { operatorConfig: { deploy: true } },
          operator: {
            useDTK: false,
            ofedDriver: { initContainer: { enable: false } },
          },
        },
      },
    },
  });
}
