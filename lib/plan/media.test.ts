import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CABLE_NETWORK_IDS } from '../catalog/cables';
import { MEDIA_POLICY_IDS } from '../catalog/ids';
import { assertProperty } from '../design/test-support/seeds';
import { chooseCablePart, mediaFallbackWarning } from './media';

describe('media choice (RA Network configuration, cable table)', () => {
  it('auto takes the cheapest media that reaches: DAC to 3 m, ACC to 5 m, AEC to 7 m, then fibre', () => {
    const pick = (m: number) => chooseCablePart('east-west', m, 'auto');
    expect([0.5, 3, 3.5, 5, 6, 7, 8, 100].map((m) => pick(m).part.partNumber)).toEqual([
      'O2Q112-800G-CU3',
      'O2Q112-800G-CU3',
      'O2Q112-800G-AC5',
      'O2Q112-800G-AC5',
      'O2O112-800G-AE7',
      'O2O112-800G-AE7',
      'OSFP-800G-2xSR4 + 2x Q112-400G-SR4',
      'OSFP-800G-2xSR4 + 2x Q112-400G-SR4',
    ]);
    expect(pick(101).part.media).toBe('fiber');
    expect(pick(101).part.reachM).toBeGreaterThanOrEqual(101);
  });

  it('a forced media is used where it reaches, else the cheapest that does, flagged', () => {
    expect(chooseCablePart('leaf-spine', 2, 'fiber')).toMatchObject({
      part: { media: 'fiber' },
      fallback: false,
    });
    expect(chooseCablePart('leaf-spine', 4, 'dac')).toMatchObject({ part: { media: 'ACC' }, fallback: true });
    expect(chooseCablePart('north-south', 6, 'acc')).toMatchObject({
      part: { media: 'AEC' },
      fallback: true,
    });
    expect(chooseCablePart('east-west', 2, 'aec')).toMatchObject({ part: { media: 'AEC' }, fallback: false });
  });

  it('OOB is always Cat6', () => {
    expect(chooseCablePart('oob', 2, 'fiber')).toMatchObject({ part: { media: 'cat6' }, fallback: false });
  });

  it('always picks a part whose reach covers the length', () => {
    assertProperty(
      fc.property(
        fc.constantFrom(...CABLE_NETWORK_IDS.filter((n) => n !== 'oob')),
        fc.double({ min: 0.1, max: 5000, noNaN: true }),
        fc.constantFrom(...MEDIA_POLICY_IDS),
        (network, lengthM, policy) => {
          const { part, fallback } = chooseCablePart(network, lengthM, policy);
          expect(part.reachM).toBeGreaterThanOrEqual(lengthM);
          // Spine to super-spine uses the leaf-spine parts (the same 800G straight link).
          expect(part.network).toBe(network === 'spine-superspine' ? 'leaf-spine' : network);
          if (policy === 'auto') expect(fallback).toBe(false);
          if (!fallback && policy !== 'auto') expect(part.media.toLowerCase()).toBe(policy);
        },
      ),
      500,
    );
  });

  it('warns once with the count per network when a forced media falls short', () => {
    const w = mediaFallbackWarning(
      'dac',
      new Map([
        ['east-west', 0],
        ['leaf-spine', 64],
        ['north-south', 42],
      ]),
    );
    expect(w).toMatchObject({
      code: 'media-policy-reach',
      severity: 'warning',
      raSection: 'Network configuration',
    });
    expect(w!.message).toContain('106 cables');
    expect(w!.message).toContain('64 leaf-spine');
    expect(w!.message).toContain('3 m');
    expect(mediaFallbackWarning('auto', new Map([['east-west', 3]]))).toBeNull();
    expect(mediaFallbackWarning('dac', new Map([['east-west', 0]]))).toBeNull();
  });
});
