/**
 * The published default values of the packs the bundle installs, at the RA's pack versions, each with
 * its source. Palette shows a layer's values whole, so a layer's values are these defaults with the
 * RA's changes merged in ("Values: Modified from default"). Plain TypeScript data: loads in the
 * browser, a Web Worker and Node alike.
 */
import { KNATIVE_OPERATOR_1_20_0 } from './knative-operator-1.20.0';
import { KUBEFLOW_TRAINING_OPERATOR_1_8_1 } from './kubeflow-training-operator-1.8.1';
import { KUBERNETES_1_33_9 } from './kubernetes-1.33.9';
import { NETWORK_OPERATOR_25_10_0 } from './network-operator-25.10.0';
import type { MissingDefaults, PackDefaults } from './types';

export type { DefaultsSource, MissingDefaults, PackDefaults } from './types';

export const PACK_DEFAULTS: readonly PackDefaults[] = [
  KUBERNETES_1_33_9,
  NETWORK_OPERATOR_25_10_0,
  KUBEFLOW_TRAINING_OPERATOR_1_8_1,
  KNATIVE_OPERATOR_1_20_0,
];

const PALETTE_ONLY =
  'a Palette Registry pack: its values are published only inside Palette, not in spectrocloud/pack-central or the Spectro Cloud docs';

export const MISSING_DEFAULTS: readonly MissingDefaults[] = [
  {
    name: 'ubuntu-maas',
    version: '22.04',
    reason: `${PALETTE_ONLY}; the RA says the default holds no files or commands`,
  },
  { name: 'cni-cilium-oss', version: '1.18.1-rev1', reason: PALETTE_ONLY },
  { name: 'csi-longhorn', version: '1.9.0', reason: PALETTE_ONLY },
  {
    name: 'lb-metallb-helm',
    version: '0.15.2',
    reason: `${PALETTE_ONLY} (the docs show excerpts of 0.13.x only)`,
  },
  { name: 'kgateway', version: '2.1.1', reason: PALETTE_ONLY },
  { name: 'nvidia-gpu-operator-ai', version: '25.10.1', reason: PALETTE_ONLY },
  { name: 'prometheus-operator', version: '78.3.0', reason: PALETTE_ONLY },
  {
    name: 'control-plane',
    version: '2.23.20',
    reason:
      'the Run:ai chart is served only from runai.jfrog.io; no public copy of its values.yaml was found',
  },
  { name: 'runai-agent', version: '2.23.20', reason: 'the RA says this chart has no default values' },
];

/** The defaults of a pack version, or why there are none; throws for a pack the catalog does not know. */
export function packDefaults(name: string, version: string): PackDefaults | MissingDefaults {
  const entry = [...PACK_DEFAULTS, ...MISSING_DEFAULTS].find((d) => d.name === name && d.version === version);
  if (!entry) throw new Error(`no pack defaults entry for ${name} ${version}: look them up and add one`);
  return entry;
}

/** The published defaults of a pack version; throws if the catalog has none. */
export function publishedDefaults(name: string, version: string): PackDefaults {
  const d = packDefaults(name, version);
  if (!hasDefaults(d)) throw new Error(`${name} ${version} has no published defaults: ${d.reason}`);
  return d;
}

export const hasDefaults = (d: PackDefaults | MissingDefaults): d is PackDefaults => 'yaml' in d;

/** A short source reference, e.g. "spectrocloud/pack-central packs/x/values.yaml @ 2290aa6". */
export function sourceRef(d: PackDefaults): string {
  return `${d.source.repository} ${d.source.path} @ ${d.source.commit.slice(0, 7)}`;
}

/** One sentence for a layer's values comment: where its defaults come from, or that there are none. */
export function defaultsNote(d: PackDefaults | MissingDefaults): string {
  if (!hasDefaults(d))
    return `Values: the RA's changes only. No published default values were found for ${d.name} ${d.version} (${d.reason}); compare with the pack's defaults in Palette.`;
  const which =
    d.source.match === 'exact'
      ? `the published defaults of ${d.name} ${d.version}`
      : `the published defaults of ${d.name} ${d.source.version}, the nearest version found to ${d.version}`;
  return `Values: ${which} (${sourceRef(d)}) with the RA's changes merged in.`;
}
