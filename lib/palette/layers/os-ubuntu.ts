/**
 * Ubuntu layer (AI-RA-Infra-MaaS-Spectrum-X): `kubeadmconfig` pre/post commands and files as the RA
 * describes them. The RA says the pack's defaults hold no files or commands (and no published copy
 * of them was found), so all of this is the RA's.
 */
import { LONGHORN } from '../../catalog/kubernetes';
import type { ClusterPlan } from '../../plan/types';
import { NODEPREP_TAINT } from '../constants';
import { planSoftwareVersion, raPackVersion } from '../layer-facts';
import { buildPack } from '../pack';
import { packDefaults } from '../pack-defaults';
import { CUSTOM_CA, placeholderPem } from '../placeholders';
import { PALETTE_REGISTRY } from '../registries';
import type { ProfilePack } from '../schema';
import { toYaml } from '../yaml';
import { vfsPerSuperNic } from './nic-networks';
import {
  NODEPREP_SCRIPT_PATH,
  NODEPREP_SERVICE,
  NODEPREP_SERVICE_PATH,
  nodeprepScript,
  nodeprepServiceUnit,
} from './nodeprep-script';

const PROFILE = 'AI-RA-Infra-MaaS-Spectrum-X';
export const KUBELET_DROP_IN_DIR = '/etc/kubernetes/kubelet.conf.d';
export const KUBELET_DROP_IN_PATH = `${KUBELET_DROP_IN_DIR}/90-ai-ra.conf`;
export const CUSTOM_CA_PATH = '/usr/local/share/ca-certificates/ai-ra-custom-ca.crt';

/** Kubelet drop-in: CPU Manager, the plan's pod limit, and the node preparation taint at registration. */
export function kubeletDropIn(plan: ClusterPlan): Record<string, unknown> {
  return {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    maxPods: plan.kubernetes.maxPodsPerNode,
    cpuManagerPolicy: 'static',
    // The static policy refuses to start without a CPU reservation; 1 core is the planner's choice.
    systemReserved: { cpu: '1' },
    registerWithTaints: [{ key: NODEPREP_TAINT.key, effect: NODEPREP_TAINT.effect }],
  };
}

const file = (targetPath: string, content: string, targetPermissions = '0644') => ({
  targetPath,
  targetOwner: 'root:root',
  targetPermissions,
  content,
});

const ADMIN_KUBECTL = 'kubectl --kubeconfig /etc/kubernetes/admin.conf';
const NODE_NAME = "$(hostname | tr '[:upper:]' '[:lower:]')";

/** The `ubuntu-maas` OS pack with the RA's kubeadmconfig. */
export function ubuntuLayer(plan: ClusterPlan): ProfilePack {
  const longhornTags = JSON.stringify([LONGHORN.nodeSelector]);
  const rails = plan.network.pools.length;
  const vfsPerNic = vfsPerSuperNic(plan);
  const version = raPackVersion(PROFILE, 'Ubuntu');
  return buildPack({
    name: 'ubuntu-maas',
    type: 'oci',
    layer: 'os',
    version,
    registry: PALETTE_REGISTRY,
    defaults: packDefaults('ubuntu-maas', version),
    comment:
      'AI-RA Ubuntu layer: node IP, CA trust, containerd limits, kubelet tuning and Spectrum-X node preparation.',
    values: {
      kubeadmconfig: {
        preKubeadmCommands: [
          // The management-network address (the default route's source) becomes the node's InternalIP.
          `echo "KUBELET_EXTRA_ARGS=--node-ip=$(ip -4 -o route get 1.1.1.1 | sed -n 's/.* src \\([0-9.]*\\).*/\\1/p')" > /etc/default/kubelet`,
          'update-ca-certificates',
          'modprobe -r nouveau || true',
          'systemctl daemon-reload',
          'systemctl restart containerd',
        ],
        postKubeadmCommands: [
          // Cilium replaces kube-proxy (Cilium layer); only control-plane nodes hold admin.conf.
          `if [ -f /etc/kubernetes/admin.conf ]; then ${ADMIN_KUBECTL} -n kube-system delete daemonset kube-proxy --ignore-not-found; ${ADMIN_KUBECTL} -n kube-system delete configmap kube-proxy --ignore-not-found; fi`,
          `if [ -f /etc/kubernetes/admin.conf ]; then for i in $(seq 1 60); do ${ADMIN_KUBECTL} taint node ${NODE_NAME} ${NODEPREP_TAINT.key}:${NODEPREP_TAINT.effect}- && break; sleep 5; done; fi`,
          `if [ -f /etc/kubernetes/admin.conf ]; then ${ADMIN_KUBECTL} annotate node ${NODE_NAME} node.longhorn.io/default-node-tags='${longhornTags}' --overwrite; fi`,
          // Workers: run node preparation now (first run) and at every boot after.
          `if [ ! -f /etc/kubernetes/admin.conf ]; then systemctl daemon-reload; systemctl enable ${NODEPREP_SERVICE}; systemctl start --no-block ${NODEPREP_SERVICE}; fi`,
        ],
        files: [
          file('/etc/modprobe.d/blacklist-nouveau.conf', 'blacklist nouveau\noptions nouveau modeset=0\n'),
          file(
            '/etc/systemd/system/containerd.service.d/90-ai-ra-limits.conf',
            '[Service]\nLimitMEMLOCK=infinity\nLimitNPROC=infinity\nLimitNOFILE=1048576\n',
          ),
          file(KUBELET_DROP_IN_PATH, toYaml(kubeletDropIn(plan))),
          file(CUSTOM_CA_PATH, placeholderPem('CERTIFICATE', CUSTOM_CA.text)),
          file(
            NODEPREP_SCRIPT_PATH,
            nodeprepScript({
              docaHostVersion: planSoftwareVersion(plan, 'doca-host'),
              spcxCcVersion: planSoftwareVersion(plan, 'Congestion Control (spcx-cc)'),
              rails,
              vfsPerNic,
            }),
            '0755',
          ),
          file(NODEPREP_SERVICE_PATH, nodeprepServiceUnit()),
        ],
      },
    },
  });
}
