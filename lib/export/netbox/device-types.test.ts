import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../catalog/ids';
import { aDesign } from '../../design/schema';
import { planCluster } from '../../plan/plan-cluster';
import { validateDeviceType } from './test-support/devicetype-schema';
import { ALL_PLANS, referencePlan } from './test-support/plans';
import { readNetboxZip } from './test-support/read-zip';
import { buildNetboxZip } from './zip';

const typeBySlug = (plan = referencePlan()) => {
  const zip = readNetboxZip(buildNetboxZip(plan));
  return new Map(Object.values(zip.deviceTypes).map((t) => [t.slug, t]));
};
const interfaceNames = (t: { interfaces?: { name: string }[] } | undefined) =>
  (t?.interfaces ?? []).map((i) => i.name);

describe.each(ALL_PLANS)('device types (%s plan)', (_, plan) => {
  const zip = readNetboxZip(buildNetboxZip(plan()));

  it.each(Object.keys(zip.deviceTypes))('%s validates against the devicetype-library schema', (name) => {
    expect(validateDeviceType(zip.deviceTypes[name])).toEqual([]);
  });

  it('gives every device type unique interface and power-port names, allocated draw within maximum', () => {
    for (const [name, t] of Object.entries(zip.deviceTypes)) {
      const names = interfaceNames(t);
      expect(new Set(names).size, name).toBe(names.length);
      const psus = (t['power-ports'] ?? []).map((p) => p.name);
      expect(new Set(psus).size, name).toBe(psus.length);
      for (const p of t['power-ports'] ?? [])
        expect(p.allocated_draw!, `${name} ${p.name}`).toBeLessThanOrEqual(p.maximum_draw!);
    }
  });

  it("matches every placed device's height to its type's u_height", () => {
    const types = new Map(Object.values(zip.deviceTypes).map((t) => [`${t.manufacturer}/${t.model}`, t]));
    const devices = Object.entries(zip.csv).find(([n]) => n.endsWith('devices.csv'))![1].records;
    const placed = new Map(
      plan()
        .racks.flatMap((r) => r.devices)
        .map((d) => [d.name, d]),
    );
    for (const d of devices) {
      expect(types.get(`${d.manufacturer}/${d.device_type}`)?.u_height, d.name).toBe(
        placed.get(d.name!)?.heightU,
      );
    }
  });
});

describe('device type contents', () => {
  const types = typeBySlug();

  it('SN5610: 64 OSFP cages, both splitter sub-ports of each, mgmt and lo', () => {
    const names = interfaceNames(types.get('nvidia-sn5610-planner'));
    const expected = ['mgmt', 'lo'];
    for (let p = 1; p <= 64; p++) expected.push(`swp${p}`, `swp${p}s0`, `swp${p}s1`);
    expect(names).toEqual(expected);
  });

  it('SN2201: mgmt, 48 1GbE access ports and 4 100GbE uplinks', () => {
    const t = types.get('nvidia-sn2201-planner');
    const names = interfaceNames(t);
    expect(names).toEqual(['mgmt', ...Array.from({ length: 52 }, (_, i) => `swp${i + 1}`)]);
    expect(t?.interfaces?.filter((i) => i.type === '1000base-t')).toHaveLength(49);
    expect(t?.interfaces?.filter((i) => i.type === '100gbase-x-qsfp28')).toHaveLength(4);
  });

  it.each(LAYOUT_IDS)(
    'SYS-212GB-FNR %s: SuperNICs, DPU ports and OOB ports as the plan names them',
    (layout) => {
      const plan = planCluster(aDesign({ layout, workerNodes: 4 }));
      const worker = [...typeBySlug(plan).values()].find((t) => t.model.startsWith('SYS-212GB-FNR'));
      const nics = plan.compute.eastWestNicsPerServer === 1 ? ['nic1'] : ['nic1', 'nic2'];
      expect(interfaceNames(worker)).toEqual([
        ...nics,
        'dpu-p0',
        'dpu-p1',
        'bmc',
        ...nics.map((n) => `${n}-oob`),
        'dpu-oob',
      ]);
      expect(worker?.model).toBe(`SYS-212GB-FNR ${layout} rtx-pro-6000`);
      expect(worker?.['power-ports']?.map((p) => p.name)).toEqual(['PSU1', 'PSU2']);
    },
  );

  it("sums each device's allocated draw to the plan's design power (rounded up per PSU)", () => {
    const plan = referencePlan();
    const worker = [...types.values()].find((t) => t.model.startsWith('SYS-212GB-FNR'))!;
    const server = plan.racks.flatMap((r) => r.devices).find((d) => d.kind === 'gpu-server')!;
    const allocated = (worker['power-ports'] ?? []).reduce((s, p) => s + p.allocated_draw!, 0);
    expect(allocated).toBeGreaterThanOrEqual(server.powerMaxW);
    expect(allocated).toBeLessThan(server.powerMaxW + 2);
  });
});
