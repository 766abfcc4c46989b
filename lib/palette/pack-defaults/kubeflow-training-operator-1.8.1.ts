/**
 * Published default values of the `kubeflow-training-operator` pack 1.8.1 (Palette Community Registry),
 * verbatim from spectrocloud/pack-central `packs/kubeflow-training-operator-1.8.1/values.yaml` (added in
 * commit c2e25cd, unchanged at 2c7ea5c).
 */
import type { PackDefaults } from './types';

export const KUBEFLOW_TRAINING_OPERATOR_1_8_1: PackDefaults = {
  name: 'kubeflow-training-operator',
  version: '1.8.1',
  source: {
    repository: 'spectrocloud/pack-central',
    path: 'packs/kubeflow-training-operator-1.8.1/values.yaml',
    commit: 'c2e25cd91983e98a4909c814681c4e5dc5fa8b15',
    version: '1.8.1',
    match: 'exact',
  },
  yaml: `pack:
  releaseNameOverride:
      training-operator: training-operator
  namespace: kubeflow
  content:
    images:
      - image: kubeflow/training-operator:v1-04f9f13

charts:
  training-operator: {}`,
};
