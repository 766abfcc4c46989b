import { type CableNetworkId, type CablePart, cablePartsFor } from '../catalog/cables';
import type { MediaId, MediaPolicyId } from '../catalog/ids';
import type { PlanWarning } from './types';
import { warn } from './warnings';

const POLICY_MEDIA: Record<Exclude<MediaPolicyId, 'auto'>, MediaId> = {
  dac: 'DAC',
  acc: 'ACC',
  aec: 'AEC',
  fiber: 'fiber',
};

export interface MediaChoice {
  part: CablePart;
  /** True when the policy's media does not reach and a longer-reach media was used instead. */
  fallback: boolean;
}

/**
 * The part for one cable (RA Network configuration, cable table): `auto` takes the cheapest part whose
 * reach covers `lengthM` (metres); a forced media takes that media's cheapest part that reaches, and
 * when none does, falls back to the `auto` choice and says so. Reach always covers the length. The OOB
 * network has one medium (Cat6) and ignores the policy.
 */
export function chooseCablePart(
  network: CableNetworkId,
  lengthM: number,
  policy: MediaPolicyId,
): MediaChoice {
  const parts = cablePartsFor(network);
  const cheapest = parts.find((p) => p.reachM >= lengthM);
  if (!cheapest) {
    throw new Error(`no ${network} cable reaches ${lengthM} m (longest: ${parts.at(-1)?.reachM ?? 0} m)`);
  }
  if (policy === 'auto' || network === 'oob') return { part: cheapest, fallback: false };
  const media = POLICY_MEDIA[policy];
  const forced = parts.find((p) => p.media === media && p.reachM >= lengthM);
  return forced ? { part: forced, fallback: false } : { part: cheapest, fallback: true };
}

/** One warning for all cables a forced media policy could not cover, with the count per network. */
export function mediaFallbackWarning(
  policy: MediaPolicyId,
  fallbacks: ReadonlyMap<CableNetworkId, number>,
): PlanWarning | null {
  const total = [...fallbacks.values()].reduce((s, n) => s + n, 0);
  if (policy === 'auto' || total === 0) return null;
  const media = POLICY_MEDIA[policy];
  const reach = Math.max(
    ...cablePartsFor('east-west')
      .filter((p) => p.media === media)
      .map((p) => p.reachM),
  );
  const detail = [...fallbacks.entries()]
    .filter(([, n]) => n > 0)
    .map(([network, n]) => `${n} ${network}`)
    .join(', ');
  return warn(
    'media-policy-reach',
    `${total} cable${total === 1 ? ' is' : 's are'} longer than ${media} reaches (${reach} m) and use${total === 1 ? 's' : ''} the cheapest media that does instead (${detail}).`,
    'Network configuration',
  );
}
