/**
 * Network Operator layer (AI-RA-Infra-MaaS-Spectrum-X, install order 0): SR-IOV operator switched
 * by the profile variable, the Maintenance Operator for day-2 NIC work, no OpenShift driver toolkit,
 * and no OFED init container (DOCA is installed on the host by node preparation).
 */
import { NETWORK_OPERATOR_NAMESPACE, PSA_PRIVILEGED } from '../constants';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { COMMUNITY_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';

const PROFILE = 'AI-RA-Infra-MaaS-Spectrum-X';

/** The Network Operator version the layer installs (also tags the NicClusterPolicy images). */
export function networkOperatorVersion(): string {
  return raPackVersion(PROFILE, 'Network Operator');
}

/** The `network-operator` pack from the Palette Community Registry. */
export function networkOperatorLayer(): ProfilePack {
  return buildPack({
    name: 'network-operator',
    type: 'oci',
    layer: 'addon',
    version: networkOperatorVersion(),
    registry: COMMUNITY_REGISTRY,
    installPriority: raInstallOrder(PROFILE, 'Network Operator'),
    values: {
      pack: {
        releaseNameOverride: { 'network-operator': 'network-operator' },
        namespace: NETWORK_OPERATOR_NAMESPACE,
        namespaceLabels: { [NETWORK_OPERATOR_NAMESPACE]: PSA_PRIVILEGED },
      },
      charts: {
        'network-operator': {
          sriovNetworkOperator: { enabled: varRef(VAR.sriov) },
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
