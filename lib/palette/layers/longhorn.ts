/**
 * Longhorn layer (AI-RA-Infra-MaaS-Spectrum-X, and RA Storage configuration): basic storage served
 * from the control-plane nodes only, not the default class, with the two Longhorn `Setting`
 * manifests (taint toleration and the guaranteed instance-manager CPU the plan chose).
 */
import { LONGHORN } from '../../catalog/kubernetes';
import type { ClusterPlan } from '../../plan/types';
import { CONTROL_PLANE_ROLE_KEY } from '../constants';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';

const LONGHORN_NAMESPACE = 'longhorn-system';

const setting = (name: string, value: string) => ({
  apiVersion: 'longhorn.io/v1beta2',
  kind: 'Setting',
  metadata: { name, namespace: LONGHORN_NAMESPACE },
  value,
});

/** The `csi-longhorn` pack at the plan's Longhorn version. */
export function longhornLayer(plan: ClusterPlan): ProfilePack {
  return buildPack({
    name: 'csi-longhorn',
    type: 'oci',
    layer: 'csi',
    version: plan.kubernetes.longhornVersion,
    registry: PALETTE_REGISTRY,
    defaults: packDefaults('csi-longhorn', plan.kubernetes.longhornVersion),
    values: {
      charts: {
        longhorn: {
          global: {
            tolerations: [{ effect: 'NoSchedule', key: CONTROL_PLANE_ROLE_KEY, operator: 'Exists' }],
          },
          defaultSettings: { taintToleration: LONGHORN.taintToleration },
          persistence: {
            defaultClass: false,
            defaultNodeSelector: { enable: true, selector: LONGHORN.nodeSelector },
          },
        },
      },
    },
    manifests: [
      { name: 'taint-toleration', objects: [setting('taint-toleration', LONGHORN.taintToleration)] },
      {
        name: 'guaranteed-instance-manager-cpu',
        objects: [
          setting('guaranteed-instance-manager-cpu', plan.kubernetes.longhornGuaranteedInstanceManagerCpu),
        ],
      },
    ],
  });
}
