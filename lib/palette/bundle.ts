/**
 * The Palette bundle: a .zip with one import JSON per RA profile, a README and the design input.
 * Every profile is validated before the zip is made; an invalid one throws and no zip is produced.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ClusterPlan } from '../plan/types';
import { buildProfiles, PROFILE_BUILDERS, type ProfileBuilders, type ProfileFile } from './profiles';
import { bundleReadme } from './readme';

export const BUNDLE_README = 'README.md';
export const BUNDLE_DESIGN_INPUT = 'design-input.json';

/** Fixed file time, so the same plan always gives byte-identical zips (the format cannot store 1970). */
const FILE_TIME = new Date('2026-01-01T00:00:00Z');

/** File name -> text of every bundle entry, in zip order. */
export function bundleEntries(
  plan: ClusterPlan,
  profiles: readonly ProfileFile[] = buildProfiles(plan),
): [string, string][] {
  return [
    ...profiles.map((p): [string, string] => [p.fileName, `${JSON.stringify(p.profile, null, 2)}\n`]),
    [BUNDLE_README, bundleReadme(plan, profiles)],
    [BUNDLE_DESIGN_INPUT, `${JSON.stringify(plan.input, null, 2)}\n`],
  ];
}

/**
 * Builds the bundle zip for a plan.
 * @returns the zip file's bytes.
 * @throws InvalidProfileError when a generated profile fails the import schema.
 */
export function buildPaletteBundle(
  plan: ClusterPlan,
  builders: ProfileBuilders = PROFILE_BUILDERS,
): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of bundleEntries(plan, buildProfiles(plan, builders))) {
    files[name] = [strToU8(text), { mtime: FILE_TIME }];
  }
  return zipSync(files, { level: 6 });
}
