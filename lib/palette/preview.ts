/**
 * A read-only view of a generated profile for the UI's preview: layers in install order with their
 * install priority read back from the values YAML, so the preview shows exactly what is exported.
 */
import { parse } from 'yaml';
import type { ProfileFile } from './profiles';
import type { PackLayer, PackManifest, ProfilePack, ProfileVariable } from './schema';
import { INSTALL_PRIORITY_KEY } from './schema';

export interface LayerPreview {
  name: string;
  type: ProfilePack['type'];
  layer: PackLayer;
  version: string;
  registry: string | null;
  /** `pack.spectrocloud.com/install-priority`; null for core layers, which install in layer order. */
  installPriority: number | null;
  values: string;
  manifests: PackManifest[];
}

export interface ProfilePreview {
  name: string;
  fileName: string;
  description: string;
  type: string;
  cloudType: string;
  version: string;
  layers: LayerPreview[];
  variables: ProfileVariable[];
}

/** Core layers install first, bottom-up, before any add-on (Palette layer order). */
const CORE_LAYER_RANK: Record<PackLayer, number> = { kernel: 0, os: 1, k8s: 2, cni: 3, csi: 4, addon: 5 };

/** The install priority a pack's values declare, or null when they declare none. */
export function installPriorityOf(pack: ProfilePack): number | null {
  if (pack.values === '') return null;
  const values = parse(pack.values) as { pack?: Record<string, unknown> } | null;
  const raw = values?.pack?.[INSTALL_PRIORITY_KEY];
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n))
    throw new Error(`pack ${pack.name}: install priority "${String(raw)}" is not an integer`);
  return n;
}

/** Layers sorted as Palette installs them: core layers by rank, then add-ons by priority (stable). */
export function layersInInstallOrder(packs: readonly ProfilePack[]): LayerPreview[] {
  return packs
    .map((pack, index) => ({
      index,
      preview: {
        name: pack.name,
        type: pack.type,
        layer: pack.layer,
        version: pack.version,
        registry: pack.registry?.metadata.name ?? null,
        installPriority: installPriorityOf(pack),
        values: pack.values,
        manifests: pack.manifests ?? [],
      } satisfies LayerPreview,
    }))
    .sort((a, b) => {
      const rank = CORE_LAYER_RANK[a.preview.layer] - CORE_LAYER_RANK[b.preview.layer];
      if (rank !== 0) return rank;
      const pa = a.preview.installPriority ?? 0;
      const pb = b.preview.installPriority ?? 0;
      return pa !== pb ? pa - pb : a.index - b.index;
    })
    .map((x) => x.preview);
}

/** The preview of one generated profile file. */
export function profilePreview(file: ProfileFile): ProfilePreview {
  const { metadata, spec } = file.profile;
  return {
    name: metadata.name,
    fileName: file.fileName,
    description: metadata.description,
    type: spec.template.type,
    cloudType: spec.template.cloudType,
    version: spec.version,
    layers: layersInInstallOrder(spec.template.packs),
    variables: spec.variables,
  };
}
