import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN, type DesignInput } from '../design/schema';
import { planCabling } from './cabling';
import { planLogical } from './logical';
import { planRacks } from './racks';

const cablingOf = (d: DesignInput) => {
  const logical = planLogical(d);
  const layout = planRacks(logical.input, logical);
  return { layout, ...planCabling(logical.input, logical, layout) };
};
const label = (device: string) => device.replace(/^[a-z]+\d+-u\d+-/, '');

describe('planCabling: the RA 64-server design (RA Network configuration)', () => {
  const { cabling, warnings } = cablingOf(DEFAULT_DESIGN);
  const of = (n: string) => cabling.cables.filter((c) => c.network === n);

  it('splits each 800G leaf port to both SuperNICs of one server, on swp1-swp32', () => {
    const ew = of('east-west');
    expect(ew).toHaveLength(64);
    const first = ew[0]!;
    expect(
      first.legs.map((l) => [label(l.a.device), l.a.port, label(l.b.device), l.b.port, l.speedGbps]),
    ).toEqual([
      ['leaf-1', 'swp1s0', 'gpu-001', 'nic1', 400],
      ['leaf-1', 'swp1s1', 'gpu-001', 'nic2', 400],
    ]);
    expect(label(ew[63]!.legs[1]!.a.device)).toBe('leaf-2');
    expect(ew[63]!.legs[1]!.a.port).toBe('swp32s1');
  });

  it('uses 3 m DAC for most server-to-leaf cables ("should be usable for most servers for the east-west network")', () => {
    const dac = of('east-west').filter((c) => c.media === 'DAC').length;
    expect(dac).toBeGreaterThan(32);
  });

  it('links each leaf to the spine with 32x 800GbE on its upper ports ("32x 800GbE links to the spine switch")', () => {
    const ls = of('leaf-spine');
    expect(ls).toHaveLength(64);
    const leaf1 = ls.filter((c) => label(c.legs[0]!.a.device) === 'leaf-1');
    expect(leaf1.map((c) => c.legs[0]!.a.port)).toEqual(Array.from({ length: 32 }, (_, i) => `swp${33 + i}`));
    const spinePorts = ls.map((c) => c.legs[0]!.b.port);
    expect(new Set(spinePorts).size).toBe(64);
    expect(ls.every((c) => c.legs.length === 1 && c.legs[0]!.speedGbps === 800)).toBe(true);
  });

  it('gives each server one 800G splitter to its DPU ports, 32 servers per north-south switch', () => {
    const ns = of('north-south');
    // 64 workers, then the 3 control-plane nodes and the spare (one splitter each, below).
    expect(ns).toHaveLength(64 + 4);
    expect(
      ns[31]!.legs.map((l) => [label(l.a.device), l.a.port, label(l.b.device), l.b.port, l.speedGbps]),
    ).toEqual([
      ['ns-1', 'swp32s0', 'gpu-032', 'dpu-p0', 200],
      ['ns-1', 'swp32s1', 'gpu-032', 'dpu-p1', 200],
    ]);
    expect(label(ns[32]!.legs[0]!.a.device)).toBe('ns-2');
    expect(ns[32]!.legs[0]!.a.port).toBe('swp1s0');
  });

  it("cables each control-plane node's assumed 2x 200GbE NIC to the first north-south switch, from swp64 down", () => {
    const cp = of('north-south').slice(64);
    expect(
      cp.map((c) => c.legs.map((l) => `${label(l.a.device)}:${l.a.port}>${label(l.b.device)}:${l.b.port}`)),
    ).toEqual([
      ['ns-1:swp64s0>cp-1:nic-p0', 'ns-1:swp64s1>cp-1:nic-p1'],
      ['ns-1:swp63s0>cp-2:nic-p0', 'ns-1:swp63s1>cp-2:nic-p1'],
      ['ns-1:swp62s0>cp-3:nic-p0', 'ns-1:swp62s1>cp-3:nic-p1'],
      ['ns-1:swp61s0>cp-spare-1:nic-p0', 'ns-1:swp61s1>cp-spare-1:nic-p1'],
    ]);
    expect(cp.every((c) => c.legs.every((l) => l.speedGbps === 200))).toBe(true);
  });

  it('cables every OOB port to an SN2201 in the same rack', () => {
    const oob = of('oob');
    // 64 x (BMC + 2 SuperNIC OOB + DPU OOB) + 5 SN5610 mgmt + 4 control-plane BMCs.
    expect(oob).toHaveLength(64 * 4 + 5 + 4);
    expect(oob.every((c) => c.legs[0]!.a.rack === c.legs[0]!.b.rack && c.media === 'cat6')).toBe(true);
    expect(oob.every((c) => c.lengthM <= 3)).toBe(true);
  });

  it('counts links, totals and gives stable unique ids', () => {
    // + 4 control-plane NICs x 2 ports.
    expect(cabling.links).toBe(64 * 2 + 64 + 64 * 2 + 265 + 4 * 2);
    expect(new Set(cabling.cables.map((c) => c.id)).size).toBe(cabling.cables.length);
    expect(cabling.cables[0]!.id).toBe('ew-0001');
    const sum = Object.values(cabling.byMedia).reduce((s, t) => s + t.count, 0);
    expect(sum).toBe(cabling.cables.length);
    expect(cabling.totalCostUSD).toBeCloseTo(
      Object.values(cabling.byNetwork).reduce((s, t) => s + t.costUSD, 0),
      6,
    );
    expect(cabling.assumptions).toMatchObject({
      rackWidthMm: 600,
      uHeightMm: 44.45,
      slackPerEndM: 0.5,
      trayHeightM: 0.3,
    });
    expect(warnings).toEqual([]);
  });
});

describe('planCabling: options', () => {
  it('two 1-SuperNIC servers share one splitter port, in the same rack; an odd last server leaves a leg unused', () => {
    const { cabling } = cablingOf(aPlannedDesign({ layout: '1-2-2-200', workerNodes: 5 }));
    const ew = cabling.cables.filter((c) => c.network === 'east-west');
    expect(ew.map((c) => c.legs.map((l) => `${label(l.b.device)}:${l.b.port}`))).toEqual([
      ['gpu-001:nic1', 'gpu-002:nic1'],
      ['gpu-003:nic1', 'gpu-004:nic1'],
      ['gpu-005:nic1'],
    ]);
    expect(ew.every((c) => new Set(c.legs.map((l) => l.b.rack)).size === 1)).toBe(true);
  });

  it('a forced media falls back where it does not reach, with one warning, and never breaks reach', () => {
    const { cabling, warnings } = cablingOf(
      aPlannedDesign({ physical: { ...DEFAULT_DESIGN.physical, mediaPolicy: 'dac' } }),
    );
    const notDac = cabling.cables.filter((c) => c.network !== 'oob' && c.media !== 'DAC').length;
    expect(notDac).toBeGreaterThan(0);
    expect(warnings.map((w) => w.code)).toEqual(['media-policy-reach']);
    expect(warnings[0]!.message).toContain(`${notDac} cables`);
    expect(cabling.cables.every((c) => c.reachM >= c.lengthM)).toBe(true);
  });

  it('forced fibre makes every high-speed cable fibre', () => {
    const { cabling } = cablingOf(
      aPlannedDesign({ physical: { ...DEFAULT_DESIGN.physical, mediaPolicy: 'fiber' } }),
    );
    expect(cabling.cables.filter((c) => c.network !== 'oob').every((c) => c.media === 'fiber')).toBe(true);
    expect(cabling.byMedia.DAC.count).toBe(0);
  });

  it('applies price overrides to cable costs', () => {
    const { cabling } = cablingOf(aPlannedDesign({ priceOverridesUSD: { 'o2q112-800g-cu3': 100 } }));
    const dac = cabling.cables.filter((c) => c.partId === 'o2q112-800g-cu3');
    expect(dac.length).toBeGreaterThan(0);
    expect(dac.every((c) => c.costUSD === 100)).toBe(true);
  });

  it('more slack makes cables longer', () => {
    const short = cablingOf(DEFAULT_DESIGN).cabling;
    const long = cablingOf(
      aPlannedDesign({ physical: { ...DEFAULT_DESIGN.physical, slackPerEndM: 2 } }),
    ).cabling;
    const total = (c: typeof short) => c.cables.reduce((s, x) => s + x.lengthM, 0);
    expect(total(long)).toBeGreaterThan(total(short));
    expect(long.byMedia.DAC.count).toBeLessThan(short.byMedia.DAC.count);
  });
});
