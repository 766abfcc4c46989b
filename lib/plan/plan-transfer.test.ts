import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { validDesignArb } from '../design/test-support/arbitraries';
import { assertProperty } from '../design/test-support/seeds';
import { packCables } from './cable-table';
import { planCluster } from './plan-cluster';
import { cableTableOf, packedBuffers, packPlan, unpackPlan } from './plan-transfer';
import type { ClusterPlan } from './types';

/** What a postMessage does to the packed plan: a structured clone, the buffers moved. */
function sendAcross(plan: ClusterPlan): ClusterPlan {
  const packed = packPlan(plan);
  return unpackPlan(structuredClone(packed, { transfer: packedBuffers(packed) }));
}

const isBuilt = (owner: object, key: string) => 'value' in Object.getOwnPropertyDescriptor(owner, key)!;

describe('plan transfer (packed for postMessage)', () => {
  it('gives back the same plan, JSON for JSON, for any design', () => {
    assertProperty(
      fc.property(validDesignArb, (design) => {
        const expected = JSON.stringify(planCluster(design));
        expect(JSON.stringify(sendAcross(planCluster(design))) === expected).toBe(true);
      }),
      40,
    );
  });

  it('builds the cables and the address blocks only when they are read', () => {
    const plan = sendAcross(planCluster(aDesign({ workerNodes: 64 })));
    expect(isBuilt(plan.cabling, 'cables')).toBe(false);
    expect(isBuilt(plan.ipPlan, 'blocks')).toBe(false);
    // Counting through the table builds nothing.
    expect(cableTableOf(plan).length).toBe(planCluster(aDesign({ workerNodes: 64 })).cabling.cables.length);
    expect(isBuilt(plan.cabling, 'cables')).toBe(false);
    const first = plan.cabling.cables;
    expect(isBuilt(plan.cabling, 'cables')).toBe(true);
    expect(plan.cabling.cables).toBe(first); // built once, then kept
    expect(plan.ipPlan.blocks.length).toBeGreaterThan(0);
    expect(isBuilt(plan.ipPlan, 'blocks')).toBe(true);
  });

  it('re-packs an unpacked plan without building its lists (the page sends it on to the export worker)', () => {
    const plan = sendAcross(planCluster(aDesign({ workerNodes: 64 })));
    // As runExport sends it: postMessage without a transfer list copies the buffers.
    const again = unpackPlan(structuredClone(packPlan(plan)));
    expect(isBuilt(plan.cabling, 'cables')).toBe(false);
    expect(isBuilt(plan.ipPlan, 'blocks')).toBe(false);
    expect(JSON.stringify(again) === JSON.stringify(planCluster(aDesign({ workerNodes: 64 })))).toBe(true);
    // The copy leaves this side's table usable.
    expect(cableTableOf(plan).length).toBeGreaterThan(0);
    expect(cableTableOf(plan).cable(0)).toEqual(again.cabling.cables[0]);
  });
});

describe('cable table', () => {
  const plan = planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 16 }));
  const cables = plan.cabling.cables;
  const table = packCables(cables);

  it('reads each cable field and leg end as the cable object has it', () => {
    const splitter = cables.findIndex((c) => c.legs.length === 2);
    expect(splitter).toBeGreaterThanOrEqual(0);
    for (const i of [0, splitter, cables.length - 1]) {
      const cable = cables[i]!;
      expect(table.id(i)).toBe(cable.id);
      expect(table.network(i)).toBe(cable.network);
      expect(table.media(i)).toBe(cable.media);
      expect(table.partNumber(i)).toBe(cable.partNumber);
      expect(table.lengthM(i)).toBe(cable.lengthM);
      const [first, end] = table.legs(i);
      expect(end - first).toBe(cable.legs.length);
      cable.legs.forEach((leg, k) => {
        expect(table.endpoint(first + k, 0)).toEqual(leg.a);
        expect(table.endpoint(first + k, 1)).toEqual(leg.b);
        expect(table.device(first + k, 1)).toBe(leg.b.device);
        expect(table.rack(first + k, 0)).toBe(leg.a.rack);
        expect(table.speedGbps(first + k)).toBe(leg.speedGbps);
      });
    }
  });

  it('names a device by one id wherever it appears, and -1 for a name no cable has', () => {
    const leg = cables[0]!.legs[0]!;
    const id = table.stringId(leg.b.device);
    const ends = cables.flatMap((c) => c.legs).filter((l) => l.b.device === leg.b.device).length;
    let counted = 0;
    for (let l = 0; l < table.columns.legStart[table.length]!; l++)
      if (table.deviceId(l, 1) === id) counted++;
    expect(counted).toBe(ends);
    expect(table.stringId('no-such-device')).toBe(-1);
  });
});
