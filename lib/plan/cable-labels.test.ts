import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWorkerNodesFor } from '../catalog/layouts';
import { aDesign, type DesignInput } from '../design/schema';
import { assertProperty } from '../design/test-support/seeds';
import {
  cableEndLabels,
  cableEnds,
  cableLabel,
  cableRunsByRack,
  cagePort,
  endText,
  planEndLabels,
  shortName,
} from './cable-labels';
import { planCluster } from './plan-cluster';
import { validDesignArb } from './test-support/arbitraries';
import type { Cable, ClusterPlan, Endpoint } from './types';

const reference = planCluster(aDesign());

/** Random physical options on top of a random design: placement (and so the names) varies with them. */
const physicalDesignArb: fc.Arbitrary<DesignInput> = fc
  .tuple(
    validDesignArb,
    fc.record({
      rackHeightU: fc.constantFrom(42, 48),
      rackPowerBudgetKW: fc.integer({ min: 10, max: 200 }),
      racksPerRow: fc.integer({ min: 3, max: 60 }),
    }),
  )
  .map(([design, physical]) => aDesign({ ...design, physical: { ...design.physical, ...physical } }));

/** Small designs (up to 300 workers) keep each run fast; the big ones are covered by the fixed cases. */
const smallDesignArb = physicalDesignArb.filter((d) => d.workerNodes <= 300);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const v of values) {
    if (seen.has(v)) repeated.push(v);
    seen.add(v);
  }
  return repeated;
}

/** What a cable connects, independent of where the devices stand: device (short name) and port per leg end. */
const logicalEnd = (e: Endpoint) => `${shortName(e)}:${e.port}`;
const logicalKey = (c: Cable) => c.legs.map((l) => `${logicalEnd(l.a)}>${logicalEnd(l.b)}`).join('|');

const labelsOf = (plan: ClusterPlan) => plan.cabling.cables.map(cableLabel);

describe('names and ports', () => {
  it('drops the rack and U a device name starts with', () => {
    expect(shortName({ device: 'a02-u20-leaf-1', rack: 'A02' })).toBe('leaf-1');
    expect(shortName({ device: 'aa011-u05-gpu-1200', rack: 'AA011' })).toBe('gpu-1200');
    // A name that does not start with its rack is kept whole rather than guessed at.
    expect(shortName({ device: 'b01-u20-leaf-1', rack: 'A01' })).toBe('b01-u20-leaf-1');
  });

  it('names the cage of a split port and leaves other ports alone', () => {
    expect(cagePort('swp5s0')).toBe('swp5');
    expect(cagePort('swp64s1')).toBe('swp64');
    expect(cagePort('swp33')).toBe('swp33');
    expect(cagePort('nic1')).toBe('nic1');
    expect(cagePort('dpu-p0')).toBe('dpu-p0');
  });
});

describe('the reference design', () => {
  // README, "The IP plan": a02-u20-leaf-1 swp1s0 and swp1s1 face a01-u10-gpu-001 nic1 and nic2, the
  // first splitter (RA cable table: one 800G leaf port split to two 400G SuperNIC ports).
  const first = reference.cabling.cables[0]!;

  it('labels the first splitter by its leaf and cage', () => {
    expect(cableLabel(first)).toBe('leaf-1:swp1');
    expect(cableEnds(first)).toEqual({
      a: { rack: 'A02', u: 20, device: 'a02-u20-leaf-1', port: 'swp1' },
      b: [
        { rack: 'A01', u: 10, device: 'a01-u10-gpu-001', port: 'nic1' },
        { rack: 'A01', u: 10, device: 'a01-u10-gpu-001', port: 'nic2' },
      ],
    });
  });

  it('prints a label for each end, naming both ends, the near end first', () => {
    const labels = cableEndLabels(first);
    expect(labels.map((l) => l.end)).toEqual(['A', 'B1', 'B2']);
    expect(labels.map((l) => endText(l.here))).toEqual([
      'A02 U20 leaf-1 swp1',
      'A01 U10 gpu-001 nic1',
      'A01 U10 gpu-001 nic2',
    ]);
    expect(labels[0]!.far.map(endText)).toEqual(['A01 U10 gpu-001 nic1', 'A01 U10 gpu-001 nic2']);
    // A leg's B end names the switch sub-port of its leg: which breakout it is.
    expect(labels[2]!.far.map(endText)).toEqual(['A02 U20 leaf-1 swp1s1']);
    expect(new Set(labels.map((l) => l.label))).toEqual(new Set(['leaf-1:swp1']));
  });

  it('has one label per cable end: an A end per cable and a B end per leg', () => {
    expect(planEndLabels(reference)).toHaveLength(reference.cabling.cables.length + reference.cabling.links);
  });

  it('lists each cable under every rack it ends in, racks in floor order', () => {
    const runs = cableRunsByRack(reference);
    expect(runs.map((r) => r.rack)).toEqual(reference.racks.map((r) => r.name));
    for (const { rack, cables } of runs) {
      for (const c of cables) expect(c.legs.some((l) => l.a.rack === rack || l.b.rack === rack)).toBe(true);
    }
    const listed = runs.reduce((s, r) => s + r.cables.length, 0);
    const endsInTwoRacks = reference.cabling.cables.filter(
      (c) => new Set(c.legs.flatMap((l) => [l.a.rack, l.b.rack])).size === 2,
    ).length;
    // Every cable once per rack it ends in; no cable of this design spans more than two racks.
    expect(listed).toBe(reference.cabling.cables.length + endsInTwoRacks);
  });
});

describe('labels are unique and stable', () => {
  it('are unique over every cable of fixed designs up to 4,096 workers (3 tiers)', () => {
    for (const design of [
      aDesign({ workerNodes: 1 }),
      aDesign({ workerNodes: 256 }),
      aDesign({ layout: '1-2-2-200', workerNodes: 4096 }),
      aDesign({ workerNodes: 4096 }),
    ]) {
      expect(duplicates(labelsOf(planCluster(design)))).toEqual([]);
    }
  });

  it('are unique over every cable of random designs (property)', () => {
    assertProperty(
      fc.property(smallDesignArb, (design) => {
        expect(duplicates(labelsOf(planCluster(design)))).toEqual([]);
      }),
      40,
    );
  });

  it('are the same for the same design, planned twice (property)', () => {
    assertProperty(
      fc.property(smallDesignArb, (design) => {
        const again = planCluster(JSON.parse(JSON.stringify(design)) as DesignInput);
        expect(labelsOf(again)).toEqual(labelsOf(planCluster(design)));
      }),
      20,
    );
  });

  it('keep the label of every cable that still connects the same ports after adding a worker (property)', () => {
    const pairArb = smallDesignArb
      .filter((d) => d.workerNodes < maxWorkerNodesFor(d.layout))
      .map((d): [DesignInput, DesignInput] => [d, { ...d, workerNodes: d.workerNodes + 1 }]);
    assertProperty(
      fc.property(pairArb, ([before, after]) => {
        const grown = new Map(planCluster(after).cabling.cables.map((c) => [logicalKey(c), cableLabel(c)]));
        for (const cable of planCluster(before).cabling.cables) {
          const label = grown.get(logicalKey(cable));
          if (label !== undefined) expect(label).toBe(cableLabel(cable));
        }
      }),
      30,
    );
  });

  it('keep every east-west and north-south label when the reference design grows by one worker', () => {
    // Adding worker 65 re-racks devices (U positions shift) but keeps every leaf and north-south
    // switch port's cable: the 64 workers' splitters still plug into the same switch cages.
    const before = planCluster(aDesign({ workerNodes: 64 }));
    const after = new Set(labelsOf(planCluster(aDesign({ workerNodes: 65 }))));
    const workers = new Set(
      before.racks.flatMap((r) => r.devices.filter((d) => d.kind === 'gpu-server').map((d) => d.name)),
    );
    const kept = before.cabling.cables.filter(
      (c) => (c.network === 'east-west' || c.network === 'north-south') && workers.has(c.legs[0]!.b.device),
    );
    // 1-4-3-200: one east-west splitter (2 SuperNICs) and one north-south splitter (the DPU's 2 ports) per worker.
    expect(kept.length).toBe(64 + 64);
    for (const cable of kept) expect(after.has(cableLabel(cable))).toBe(true);
  });
});
