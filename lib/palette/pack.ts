/**
 * Builds one pack (layer) entry of an import profile from plain data: the values object becomes the
 * values YAML (merged into the pack's published defaults when there are some), the install order
 * goes inside it as `pack.spectrocloud.com/install-priority`, and each manifest's Kubernetes objects
 * become one multi-document YAML string.
 */
import { defaultsNote, hasDefaults, type MissingDefaults, type PackDefaults } from './pack-defaults';
import type { PackLayer, PackManifest, PackType, ProfilePack, RegistryMetadata } from './schema';
import { INSTALL_PRIORITY_KEY } from './schema';
import { mergeYaml, toYaml, toYamlStream } from './yaml';

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
  /**
   * The pack's published default values (lib/palette/pack-defaults), or why there are none; the
   * values comment says which. With defaults, `values` holds the edits merged into them.
   */
  defaults?: PackDefaults | MissingDefaults;
  /** The layer's config, or its edits to `defaults`; a `pack` key, if any, gets the install priority. */
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

function valuesYaml(spec: LayerSpec): string {
  const values = withInstallPriority(spec.values ?? {}, spec.installPriority);
  const d = spec.defaults;
  const comment = [d && defaultsNote(d), spec.comment].filter(Boolean).join('\n') || undefined;
  if (d && hasDefaults(d)) return mergeYaml(d.yaml, values, comment);
  return Object.keys(values).length === 0 && !comment ? '' : toYaml(values, comment);
}

/** One `v1PackImportEntity`, fields in the order real exports use. */
export function buildPack(spec: LayerSpec): ProfilePack {
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
    values: valuesYaml(spec),
    ...(spec.registry ? { registry: { metadata: spec.registry } } : {}),
  };
}
