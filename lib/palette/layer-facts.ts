/**
 * Where the profile builders read versions and install orders: the catalog's RA layer table and the
 * plan's software list. No version string is repeated in lib/palette.
 */
import { PALETTE_LAYERS, type PaletteLayer, type PaletteProfileName } from '../catalog/software';
import type { ClusterPlan } from '../plan/types';

/** The RA's row for one layer of one profile; throws if the catalog lacks it (a builder bug). */
export function raLayer(profile: PaletteProfileName, layer: string): PaletteLayer {
  const row = PALETTE_LAYERS.find((l) => l.profile === profile && l.layer === layer);
  if (!row) throw new Error(`catalog has no "${layer}" layer for profile ${profile}`);
  return row;
}

/** Pack version of a layer the RA names a version for. */
export function raPackVersion(profile: PaletteProfileName, layer: string): string {
  const version = raLayer(profile, layer).packVersion;
  if (version === null) throw new Error(`the RA gives no pack version for the ${layer} layer of ${profile}`);
  return version;
}

/** Install order of a layer the RA gives one for. */
export function raInstallOrder(profile: PaletteProfileName, layer: string): number {
  const order = raLayer(profile, layer).installOrder;
  if (order === null) throw new Error(`the RA gives no install order for the ${layer} layer of ${profile}`);
  return order;
}

/** Version of a product in the plan's software list (RA Software resources). */
export function planSoftwareVersion(plan: ClusterPlan, product: string): string {
  const row = plan.software.find((s) => s.product === product);
  if (!row) throw new Error(`the plan's software list has no "${product}"`);
  return row.version;
}
