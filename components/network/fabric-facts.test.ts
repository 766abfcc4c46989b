import { describe, expect, it } from 'vitest';
import { aPlannedDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { eastWestFacts } from './fabric-facts';

const factsAt = (overrides: Parameters<typeof aPlannedDesign>[0]) =>
  Object.fromEntries(
    eastWestFacts(planCluster(aPlannedDesign(overrides)).fabric).map((f) => [f.label, f.value]),
  );

describe('eastWestFacts (the Network view)', () => {
  // RA Network configuration: one leaf serves 32 servers with 2 SuperNICs each (the default layout),
  // so 16 workers use half of one leaf and 48 fill one leaf and half of another.
  it('says a leaf capacity as a capacity, beside the servers the leaves carry', () => {
    expect(factsAt({ workerNodes: 1 })['Servers per leaf']).toBe('1 of up to 32 servers');
    expect(factsAt({ workerNodes: 16 })['Servers per leaf']).toBe('16 of up to 32 servers');
    expect(factsAt({ workerNodes: 48 })['Servers per leaf']).toBe('16 to 32 of up to 32 servers');
  });

  it('names the third tier, its super-spines and pods', () => {
    // 2,049 two-SuperNIC servers: 65 leaves, beyond the 2-tier limit of 64 (RA: 4,096 GPU nodes max).
    const facts = factsAt({ layout: '1-4-3-200', workerNodes: 2049, podCidr: '10.0.0.0/9' });
    expect(facts.Tiers).toBe('3 (pods under super-spines, beyond the RA)');
    expect(facts['Leaves / spines / super-spines']).toMatch(/^65 \/ \d+ \/ \d+$/);
    expect(facts.Pods).toBeDefined();
    expect(factsAt({ workerNodes: 64 }).Tiers).toBe('2 (leaf-spine)');
  });
});
