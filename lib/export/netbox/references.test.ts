/**
 * What NetBox's import looks up by name resolves inside the zip, and the zip holds what the plan
 * holds: one device per placed device, one NetBox cable per leg, an address for every peer.
 */
import { describe, expect, it } from 'vitest';
import {
  cableReferenceProblems,
  countProblems,
  dcimReferenceProblems,
  interfacesByDevice,
  ipReferenceProblems,
  placementProblems,
  primaryProblems,
  rackSpaceProblems,
} from './test-support/checks';
import { ALL_PLANS, pointToPointPlan, referencePlan, smallPlan } from './test-support/plans';
import { readNetboxZip, recordsOf } from './test-support/read-zip';
import { buildNetboxZip } from './zip';

describe.each(ALL_PLANS)('references (%s plan)', (_, plan) => {
  const zip = readNetboxZip(buildNetboxZip(plan()));

  it('resolves site, locations, racks, roles and device types of every device', () => {
    expect(dcimReferenceProblems(zip)).toEqual([]);
  });

  it('places every device where the plan does, in its rack without sharing a unit', () => {
    expect(placementProblems(zip, plan())).toEqual([]);
    expect(rackSpaceProblems(zip)).toEqual([]);
  });

  it('ends every cable on an interface of a device in the zip, one cable per interface', () => {
    expect(cableReferenceProblems(zip)).toEqual([]);
  });

  it('puts every IP address on an interface of a device in the zip, or on none; no duplicates', () => {
    expect(ipReferenceProblems(zip)).toEqual([]);
    expect(primaryProblems(zip)).toEqual([]);
  });

  it("counts the plan's devices, racks, cables (one per leg), labels and bundles", () => {
    expect(countProblems(zip, plan())).toEqual([]);
  });

  it('assigns every single peer address whose device and port are in the zip to that interface', () => {
    const interfaces = interfacesByDevice(zip);
    const assigned = new Set(
      recordsOf(zip, 'ip-addresses.csv').map((a) => `${a.address}@${a.device}/${a.interface}`),
    );
    const expected = plan()
      .ipPlan.blocks.filter((b) => b.peerAddresses && !b.peerAddresses.includes('-'))
      .filter((b) => interfaces.get(b.peerDevice)?.has(b.peerPort))
      .map((b) => `${b.peerAddresses}/${b.prefix.split('/')[1]}@${b.peerDevice}/${b.peerPort}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((e) => !assigned.has(e))).toEqual([]);
  });

  it('creates a prefix for every address block and the gateway of each per-port block on its switch port', () => {
    const prefixes = new Set(recordsOf(zip, 'prefixes.csv').map((p) => p.prefix));
    const blocks = plan().ipPlan.blocks;
    expect(blocks.filter((b) => !prefixes.has(b.prefix)).map((b) => b.prefix)).toEqual([]);
    const onPorts = new Set(
      recordsOf(zip, 'ip-addresses.csv').map((a) => `${a.address!.split('/')[0]}@${a.device}/${a.interface}`),
    );
    const perPort = blocks.filter((b) =>
      ['east-west', 'leaf-spine', 'spine-superspine', 'loopback'].includes(b.network),
    );
    expect(
      perPort.filter((b) => !onPorts.has(`${b.gateway}@${b.device}/${b.port}`)).map((b) => b.prefix),
    ).toEqual([]);
  });
});

describe('addressing cases', () => {
  it('models the nv-ipam pod addresses of each SuperNIC port as a populated IP range', () => {
    const plan = referencePlan();
    const zip = readNetboxZip(buildNetboxZip(plan));
    const ranges = recordsOf(zip, 'ip-ranges.csv');
    const eastWest = plan.ipPlan.blocks.filter((b) => b.network === 'east-west');
    expect(ranges.filter((r) => r.role === 'East-west')).toHaveLength(eastWest.length);
    expect(ranges.every((r) => r.mark_populated === 'true')).toBe(true);
    expect(ranges.filter((r) => r.role === 'Load balancer')).toHaveLength(1);
  });

  it('puts the single /31 peer address on the SuperNIC with point-to-point ports', () => {
    const plan = pointToPointPlan();
    const zip = readNetboxZip(buildNetboxZip(plan));
    const block = plan.ipPlan.blocks.find((b) => b.network === 'east-west')!;
    expect(block.prefix).toMatch(/\/31$/);
    const nicAddress = recordsOf(zip, 'ip-addresses.csv').find(
      (a) => a.device === block.peerDevice && a.interface === block.peerPort,
    );
    expect(nicAddress?.address).toBe(`${block.peerAddresses}/31`);
  });

  it('writes the shared subnets once, their gateway once and on no interface', () => {
    const zip = readNetboxZip(buildNetboxZip(referencePlan()));
    const addresses = recordsOf(zip, 'ip-addresses.csv');
    for (const s of referencePlan().ipPlan.subnets.filter((x) => x.gateway)) {
      const gateways = addresses.filter((a) => a.address === `${s.gateway}/${s.cidr.split('/')[1]}`);
      expect(gateways, s.network).toHaveLength(1);
      expect(gateways[0]?.interface, s.network).toBe('');
    }
  });

  it('leaves virtual control-plane nodes out of DCIM; their addresses name them in the description', () => {
    const plan = smallPlan();
    const zip = readNetboxZip(buildNetboxZip(plan));
    expect(recordsOf(zip, 'devices.csv').some((d) => d.role === 'Control plane')).toBe(false);
    const cp = recordsOf(zip, 'ip-addresses.csv').filter((a) => /\bcp-1\b/.test(a.description!));
    expect(cp.length).toBeGreaterThan(0);
    expect(cp.every((a) => a.device === '' && a.interface === '')).toBe(true);
  });

  it('labels both legs of a splitter with the printed cable label (its switch cage) and bundles them', () => {
    const plan = referencePlan();
    const zip = readNetboxZip(buildNetboxZip(plan));
    const splitter = plan.cabling.cables.find((c) => c.legs.length === 2)!;
    // The label sheet's rule (README, Cable labels): the A-end switch without its rack-U prefix, and
    // the 800G cage the splitter plugs into ("a02-u20-leaf-1", "swp5s0" -> "leaf-1:swp5").
    const a = splitter.legs[0]!.a;
    const label = `${a.device.replace(/^[a-z]+\d+-u\d+-/, '')}:${a.port.replace(/s\d+$/, '')}`;
    const legs = recordsOf(zip, 'cables.csv').filter((c) => c.label === label);
    expect(legs).toHaveLength(2);
    expect((legs[0]!.bundle ?? '').endsWith(` ${label}`)).toBe(true);
    expect(legs.map((l) => l.side_a_name)).toEqual(splitter.legs.map((l) => l.a.port));
    expect(legs.map((l) => l.side_b_name)).toEqual(splitter.legs.map((l) => l.b.port));
    expect(new Set(legs.map((l) => l.bundle)).size).toBe(1);
    expect(legs[0]!.bundle).not.toBe('');
    expect(legs.every((l) => l.length === String(splitter.lengthM) && l.length_unit === 'm')).toBe(true);
  });

  it('writes lengths NetBox stores (at most 2 decimals) and descriptions within 200 characters', () => {
    const zip = readNetboxZip(buildNetboxZip(referencePlan()));
    const cables = recordsOf(zip, 'cables.csv');
    expect(cables.filter((c) => !/^\d{1,6}(\.\d{1,2})?$/.test(c.length!))).toEqual([]);
    for (const [name, csv] of Object.entries(zip.csv)) {
      const long = csv.records.filter((r) => (r.description ?? '').length > 200);
      expect(long, name).toEqual([]);
    }
    expect(recordsOf(zip, 'devices.csv').filter((d) => d.name!.length > 64)).toEqual([]);
  });
});
