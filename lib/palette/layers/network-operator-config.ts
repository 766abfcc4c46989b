/**
 * network-operator-config layer (AI-RA-Infra-MaaS-Spectrum-X, install order 10): the six manifests
 * the RA lists, generated from the plan's network section (per-rail CIDRPools, NIC sharing mode).
 */
import type { ClusterPlan } from '../../plan/types';
import { BLUEFIELD3_NIC_TYPE, GPU_WORKER_NODE_SELECTOR, NETWORK_OPERATOR_NAMESPACE } from '../constants';
import { raInstallOrder } from '../layer-facts';
import { buildPack } from '../pack';
import type { ProfilePack } from '../schema';
import { railInterfaceVar, railPciAddressVar, VAR } from '../variables';
import { varRef } from '../yaml';
import { networkOperatorVersion } from './network-operator';
import { cidrPools } from './nic-ipam';
import { nicNetworkObjects, railResourceName, vfsPerSuperNic } from './nic-networks';

const NVCR_MELLANOX = 'nvcr.io/nvidia/mellanox';
export const FIRMWARE_SOURCE_NAME = 'bf3-firmware';
const NIC_FW_PVC = 'nic-fw-storage-pvc';

/** Images of the Network Operator's components share one tag per release. */
function component(image: string): { image: string; repository: string; version: string } {
  return { image, repository: NVCR_MELLANOX, version: `network-operator-v${networkOperatorVersion()}` };
}

/** NicClusterPolicy: NIC Configuration Operator, the device plugin the sharing mode needs, nv-ipam, CNI plugins, Multus. */
export function nicClusterPolicy(plan: ClusterPlan): Record<string, unknown> {
  const { nicSharingMode: mode, pools } = plan.network;
  const fwPvc = plan.kubernetes.pvcs.find((p) => p.name === NIC_FW_PVC);
  const spec: Record<string, unknown> = {
    nicConfigurationOperator: {
      operator: component('nic-configuration-operator'),
      configurationDaemon: component('nic-configuration-operator-daemon'),
      // Firmware files live on a Longhorn RWX volume (RA Storage configuration).
      nicFirmwareStorage: {
        create: true,
        pvcName: NIC_FW_PVC,
        storageClassName: 'longhorn',
        availableStorageSize: `${fwPvc?.sizeGi ?? 10}Gi`,
      },
    },
  };
  if (mode === 'MacvlanNetwork') {
    // RDMA shared device plugin "unless SR-IOV is enabled" (RA network-operator-config layer).
    spec.rdmaSharedDevicePlugin = {
      ...component('k8s-rdma-shared-dev-plugin'),
      config: JSON.stringify({
        configList: pools.map((pool) => ({
          resourceName: railResourceName(pool, mode),
          rdmaHcaMax: 63,
          selectors: { ifNames: [varRef(railInterfaceVar(pool.rail))] },
        })),
      }),
    };
  }
  if (mode === 'HostDeviceNetwork') {
    // A whole SuperNIC per GPU: the SR-IOV device plugin exposes each physical function as a resource.
    spec.sriovDevicePlugin = {
      ...component('sriov-network-device-plugin'),
      config: JSON.stringify({
        resourceList: pools.map((pool) => ({
          resourcePrefix: 'nvidia.com',
          resourceName: railResourceName(pool, mode),
          selectors: { vendors: ['15b3'], pfNames: [varRef(railInterfaceVar(pool.rail))], isRdma: true },
        })),
      }),
    };
  }
  spec.nvIpam = { ...component('nvidia-k8s-ipam'), enableWebhook: false };
  spec.secondaryNetwork = { cniPlugins: component('plugins'), multus: component('multus-cni') };
  return {
    apiVersion: 'mellanox.com/v1alpha1',
    kind: 'NicClusterPolicy',
    metadata: { name: 'nic-cluster-policy' },
    spec,
  };
}

/** GPU workers only: a control-plane node's DPU could sit at a worker SuperNIC's PCI address. */
const workerNodeSelector = { ...GPU_WORKER_NODE_SELECTOR };

/**
 * Only the B3140H SuperNICs. nicType a2dc is every BlueField-3, the B3220 DPU (north-south, PXE) too;
 * the operator matches a device when one of its ports' PCI addresses is listed
 * (nic-configuration-operator internal/controller/template_matcher.go), so list the rails' addresses.
 */
export function superNicSelector(plan: ClusterPlan): { nicType: string; pciAddresses: string[] } {
  return {
    nicType: BLUEFIELD3_NIC_TYPE,
    pciAddresses: plan.network.pools.map((pool) => varRef(railPciAddressVar(pool.rail))),
  };
}

/** NicFirmwareSource: the BFB downloaded from the URL the user gives and kept on the Longhorn volume. */
export function nicFirmwareSource(): Record<string, unknown> {
  return {
    apiVersion: 'configuration.net.nvidia.com/v1alpha1',
    kind: 'NicFirmwareSource',
    metadata: { name: FIRMWARE_SOURCE_NAME, namespace: NETWORK_OPERATOR_NAMESPACE },
    spec: { bfbUrlSource: varRef(VAR.nicFirmwareUrl) },
  };
}

/** NicFirmwareTemplate: validate (not update) the SuperNICs' firmware against the source; switch to Update per node on day 2. */
export function nicFirmwareTemplate(plan: ClusterPlan): Record<string, unknown> {
  return {
    apiVersion: 'configuration.net.nvidia.com/v1alpha1',
    kind: 'NicFirmwareTemplate',
    metadata: { name: 'bf3-firmware', namespace: NETWORK_OPERATOR_NAMESPACE },
    spec: {
      nodeSelector: workerNodeSelector,
      nicSelector: superNicSelector(plan),
      template: { nicFirmwareSourceRef: FIRMWARE_SOURCE_NAME, updatePolicy: 'Validate' },
    },
  };
}

/**
 * NicConfigurationTemplate: firmware and runtime settings of the SuperNICs for GPU-fabric performance.
 * It owns the firmware VF capacity: numVfs always sets SRIOV_EN and NUM_OF_VFS
 * (nic-configuration-operator pkg/configuration/configvalidation.go), 0 without SR-IOV. The node
 * preparation creates the VFs at boot; the SriovNetworkNodePolicy only hands them out.
 */
export function nicConfigurationTemplate(plan: ClusterPlan): Record<string, unknown> {
  const sriov = plan.network.nicSharingMode === 'SriovNetwork';
  return {
    apiVersion: 'configuration.net.nvidia.com/v1alpha1',
    kind: 'NicConfigurationTemplate',
    metadata: { name: 'bf3-supernic-config', namespace: NETWORK_OPERATOR_NAMESPACE },
    spec: {
      nodeSelector: workerNodeSelector,
      nicSelector: superNicSelector(plan),
      resetToDefault: false,
      template: {
        numVfs: sriov ? vfsPerSuperNic(plan) : 0,
        linkType: 'Ethernet',
        pciPerformanceOptimized: { enabled: true },
        roceOptimized: { enabled: true },
        gpuDirectOptimized: { enabled: true, env: 'Baremetal' },
      },
    },
  };
}

/** The manifest layer with its six manifests, in the RA's order. */
export function networkOperatorConfigLayer(plan: ClusterPlan): ProfilePack {
  return buildPack({
    name: 'network-operator-config',
    type: 'manifest',
    layer: 'addon',
    installPriority: raInstallOrder('AI-RA-Infra-MaaS-Spectrum-X', 'network-operator-config'),
    manifests: [
      { name: 'nic-cluster-policy', objects: [nicClusterPolicy(plan)] },
      { name: 'nic-fw-source', objects: [nicFirmwareSource()] },
      { name: 'nic-fw-template', objects: [nicFirmwareTemplate(plan)] },
      { name: 'nic-config-template', objects: [nicConfigurationTemplate(plan)] },
      { name: 'nic-ipam', objects: cidrPools(plan) },
      { name: 'nic-networks', objects: nicNetworkObjects(plan) },
    ],
  });
}
