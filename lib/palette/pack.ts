/**
 * Builds one pack (layer) entry of an import profile from plain data: the values object becomes the
 * values YAML, the install order goes inside it as `pack.spectrocloud.com/install-priority`, and each
 * manifest's Kubernetes objects become one multi-document YAML string.
 */
import type { PackLayer, PackManifest, PackType, ProfilePack, RegistryMetadata } from './schema';
import { INSTALL_PRIORITY_KEY } from './schema';
import { toYaml, toYamlStream } from './yaml';

export interface ManifestSpec {
  name: string;
  objects: readonly unknown[];
}

export interface LayerSpec {
  name: string;
  type: PackType;
  layer: PackLayer;
  /** Omitted for manifest layers (palette-profile-format.md section 2: no version for those). */
  version?: string;
  registry?: RegistryMetadata;
  /** The layer's config; a `pack` key, if any, is merged with the install priority. */
  values?: Record<string, unknown>;
  /** Lower installs first (0 default); omitted for the core os/k8s/cni/csi layers. */
  installPriority?: number;
  manifests?: readonly ManifestSpec[];
  /** Leading `#` comment of the values YAML. */
  comment?: string;
}

function withInstallPriority(
  values: Record<string, unknown>,
  priority: number | undefined,
): Record<string, unknown> {
  if (priority === undefined) return values;
  const { pack = {}, ...rest } = values as { pack?: Record<string, unknown> };
  // The value is a string, as Palette expects (create-addon-profile.md, "Install Order"); `pack`
  // goes first, as in the packs' own values files.
  return { pack: { ...pack, [INSTALL_PRIORITY_KEY]: String(priority) }, ...rest };
}

/** One `v1PackImportEntity`, fields in the order real exports use. */
export function buildPack(spec: LayerSpec): ProfilePack {
  const values = withInstallPriority(spec.values ?? {}, spec.installPriority);
  const manifests: PackManifest[] | undefined = spec.manifests?.map((m) => ({
    name: m.name,
    content: toYamlStream(m.objects),
  }));
  const version = spec.version ?? '';
  return {
    name: spec.name,
    type: spec.type,
    layer: spec.layer,
    version,
    tag: version,
    ...(manifests ? { manifests } : {}),
    values: Object.keys(values).length === 0 ? '' : toYaml(values, spec.comment),
    ...(spec.registry ? { registry: { metadata: spec.registry } } : {}),
  };
}
