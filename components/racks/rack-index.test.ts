import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { packedBuffers, packPlan, unpackPlan } from '@/lib/plan/plan-transfer';
import { cablesByRack, linksOfDevice } from './rack-index';

const plan = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 }));
const devices = plan.racks.flatMap((r) => r.devices);

describe('rack index', () => {
  it('lists both ends of every leg under their devices', () => {
    const total = devices.reduce((s, d) => s + linksOfDevice(plan, d.name).length, 0);
    expect(total).toBe(2 * plan.cabling.links);
    const leaf = devices.find((d) => d.role === 'leaf')!;
    const leafLinks = linksOfDevice(plan, leaf.name);
    const serverSide = leafLinks.filter((l) => l.network === 'east-west');
    expect(serverSide.length).toBe(plan.fabric.leaves[0]!.serverPorts);
    expect(serverSide.every((l) => l.speedGbps === 400 && l.splitter)).toBe(true);
  });

  it('gives a GPU server its east-west, north-south and OOB links with the far end', () => {
    const server = devices.find((d) => d.role === 'compute')!;
    const links = linksOfDevice(plan, server.name);
    expect(new Set(links.map((l) => l.network))).toEqual(new Set(['east-west', 'north-south', 'oob']));
    for (const link of links) {
      expect(link.remote.device).not.toBe(server.name);
      expect(link.lengthM).toBeGreaterThan(0);
    }
  });

  it('reads a plan sent across from the plan worker without building its cables', () => {
    const packed = packPlan(planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 })));
    const sent = unpackPlan(structuredClone(packed, { transfer: packedBuffers(packed) }));
    const server = devices.find((d) => d.role === 'compute')!;
    expect(linksOfDevice(sent, server.name)).toEqual(linksOfDevice(plan, server.name));
    expect(cablesByRack(sent)).toEqual(cablesByRack(plan));
    expect('value' in Object.getOwnPropertyDescriptor(sent.cabling, 'cables')!).toBe(false);
    expect(linksOfDevice(sent, 'no-such-device')).toEqual([]);
  });

  it('counts each cable once in every rack it ends in, and says how many go to other racks', () => {
    const byRack = cablesByRack(plan);
    expect([...byRack.keys()]).toEqual(plan.racks.map((r) => r.name));
    const racksOf = (c: (typeof plan.cabling.cables)[number]) =>
      new Set(c.legs.flatMap((l) => [l.a.rack, l.b.rack]));
    const between = plan.cabling.cables.filter((c) => racksOf(c).size > 1);
    const within = plan.cabling.cables.length - between.length;
    const racks = [...byRack.values()];
    const sum = (f: (r: (typeof racks)[number]) => number) => racks.reduce((s, r) => s + f(r), 0);
    // A cable between two racks counts in both: the totals exceed the plan's cable count by exactly those.
    expect(between.length).toBeGreaterThan(0);
    expect(sum((r) => r.total)).toBe(within + 2 * between.length);
    expect(sum((r) => r.toOtherRacks)).toBe(2 * between.length);
    for (const r of racks) {
      expect(Object.values(r.byMedia).reduce((a, b) => a + b, 0)).toBe(r.total);
      expect(r.toOtherRacks).toBeLessThanOrEqual(r.total);
    }
  });
});
