import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { cablesByRack, linksByDevice } from './rack-index';

const plan = planCluster(aDesign({ layout: '1-4-3-200', workerNodes: 48 }));
const devices = plan.racks.flatMap((r) => r.devices);

describe('rack index', () => {
  it('lists both ends of every leg under their devices', () => {
    const index = linksByDevice(plan);
    const total = [...index.values()].reduce((s, l) => s + l.length, 0);
    expect(total).toBe(2 * plan.cabling.links);
    const leaf = devices.find((d) => d.role === 'leaf')!;
    const leafLinks = index.get(leaf.name)!;
    const serverSide = leafLinks.filter((l) => l.network === 'east-west');
    expect(serverSide.length).toBe(plan.fabric.leaves[0]!.serverPorts);
    expect(serverSide.every((l) => l.speedGbps === 400 && l.splitter)).toBe(true);
  });

  it('gives a GPU server its east-west, north-south and OOB links with the far end', () => {
    const server = devices.find((d) => d.role === 'compute')!;
    const links = linksByDevice(plan).get(server.name)!;
    expect(new Set(links.map((l) => l.network))).toEqual(new Set(['east-west', 'north-south', 'oob']));
    for (const link of links) {
      expect(link.remote.device).not.toBe(server.name);
      expect(link.lengthM).toBeGreaterThan(0);
    }
  });

  it('counts each cable once per rack it touches', () => {
    const byRack = cablesByRack(plan);
    expect([...byRack.keys()]).toEqual(plan.racks.map((r) => r.name));
    const sum = [...byRack.values()].reduce((s, c) => s + Object.values(c).reduce((a, b) => a + b, 0), 0);
    const expected = plan.cabling.cables.reduce((s, c) => {
      const racks = new Set(c.legs.flatMap((l) => [l.a.rack, l.b.rack]));
      return s + racks.size;
    }, 0);
    expect(sum).toBe(expected);
    expect(sum).toBeGreaterThanOrEqual(plan.cabling.cables.length);
  });
});
