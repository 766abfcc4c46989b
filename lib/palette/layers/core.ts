/**
 * AI-RA-Core layers, all at install order 20: MetalLB (address pool and L2 interface as variables),
 * kgateway (defaults), NVIDIA GPU Operator (host DOCA drivers, MIG when the plan has a profile) and
 * the Prometheus Operator alone (Run:ai deploys its own Prometheus through it).
 */
import type { ClusterPlan } from '../../plan/types';
import { raInstallOrder, raPackVersion } from '../layer-facts';
import { buildPack, type LayerSpec } from '../pack';
import { packDefaults } from '../pack-defaults';
import { GRAFANA_ADMIN_PASSWORD } from '../placeholders';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { VAR } from '../variables';
import { varRef } from '../yaml';

const PROFILE = 'AI-RA-Core';

/** What the AI-RA-Core layers share: Palette Registry, the RA's version and install order, the defaults. */
function corePack(name: string, raLayer: string): LayerSpec {
  const version = raPackVersion(PROFILE, raLayer);
  return {
    name,
    type: 'oci',
    layer: 'addon',
    version,
    registry: PALETTE_REGISTRY,
    installPriority: raInstallOrder(PROFILE, raLayer),
    defaults: packDefaults(name, version),
  };
}

/** MetalLB (Helm): `first-pool` addresses and the `default` L2 advertisement's interfaces from variables. */
export function metallbLayer(): ProfilePack {
  return buildPack({
    ...corePack('lb-metallb-helm', 'MetallLB'),
    values: {
      // CRDs expect this namespace (librarium lb-metallb-helm).
      pack: { namespace: 'metallb-system' },
      charts: {
        'metallb-full': {
          configuration: {
            ipaddresspools: {
              'first-pool': {
                spec: { addresses: [varRef(VAR.metallbRange)], avoidBuggyIPs: true, autoAssign: true },
              },
            },
            l2advertisements: {
              default: {
                spec: { ipAddressPools: ['first-pool'], interfaces: [varRef(VAR.metallbInterface)] },
              },
            },
          },
        },
      },
    },
  });
}

/** kgateway with the pack's default values (RA: installed without modifications). */
export function kgatewayLayer(): ProfilePack {
  return buildPack(corePack('kgateway', 'KGateway'));
}

/** mig-parted config name that puts every GPU in one profile, e.g. `all-2g.48gb`. */
export function migConfigName(profile: string): string {
  return `all-${profile}`;
}

/** GPU Operator chart values: the RA's changes, plus MIG when the plan splits GPUs. */
export function gpuOperatorValues(plan: ClusterPlan): Record<string, unknown> {
  const values: Record<string, unknown> = {
    // NFD already comes with the Network Operator (install order 0).
    nfd: { enabled: false },
    // DOCA (with OFED) is on the host; DMA-BUF instead of the legacy peermem module.
    driver: { rdma: { enabled: false, useHostMofed: true } },
    gds: { enabled: false },
  };
  const profile = plan.compute.migProfile;
  if (profile !== null) {
    // One profile on every GPU: the "single" strategy exposes nvidia.com/gpu per MIG instance.
    values.mig = { strategy: 'single' };
    values.migManager = { enabled: true, config: { default: migConfigName(profile) } };
  }
  return values;
}

/** The `nvidia-gpu-operator-ai` pack. */
export function gpuOperatorLayer(plan: ClusterPlan): ProfilePack {
  return buildPack({
    ...corePack('nvidia-gpu-operator-ai', 'NVIDIA GPU Operator'),
    values: { charts: { 'gpu-operator': gpuOperatorValues(plan) } },
  });
}

/** Prometheus Operator only: alertmanager, Grafana, node exporter and Prometheus disabled. */
export function prometheusOperatorLayer(): ProfilePack {
  return buildPack({
    ...corePack('prometheus-operator', 'Prometheus Operator'),
    values: {
      charts: {
        'kube-prometheus-stack': {
          alertmanager: { enabled: false },
          // The chart requires adminPassword even with Grafana disabled; "welcome" is the RA's value.
          grafana: { enabled: false, adminPassword: GRAFANA_ADMIN_PASSWORD.value },
          nodeExporter: { enabled: false },
          prometheus: { enabled: false },
        },
      },
    },
  });
}
