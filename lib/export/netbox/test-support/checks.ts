/**
 * Cross-file checks over a read-back zip: every name a record uses resolves to an object the zip
 * creates (or to a NetBox constant), as NetBox's import would look it up; and the counts equal the
 * plan's. Each check returns readable problems ([] when all is well).
 */
import { parseIpv4 } from '../../../design/cidr';
import type { ClusterPlan } from '../../../plan/types';
import { type CsvRecord, type NetboxZip, recordsOf } from './read-zip';

const names = (records: readonly CsvRecord[], key = 'name') => new Set(records.map((r) => r[key]));

function missing(what: string, values: Iterable<string | undefined>, known: ReadonlySet<string | undefined>) {
  const out: string[] = [];
  for (const v of values) if (!known.has(v)) out.push(`${what} "${v}" is not defined in the zip`);
  return [...new Set(out)];
}

/** Device name -> the interface names of its device type (by manufacturer and model). */
export function interfacesByDevice(zip: NetboxZip): Map<string, Set<string>> {
  const types = new Map(
    Object.values(zip.deviceTypes).map((t) => [
      `${t.manufacturer}/${t.model}`,
      new Set((t.interfaces ?? []).map((i) => i.name)),
    ]),
  );
  return new Map(
    recordsOf(zip, 'devices.csv').map((d) => [
      d.name!,
      types.get(`${d.manufacturer}/${d.device_type}`) ?? new Set(),
    ]),
  );
}

export function dcimReferenceProblems(zip: NetboxZip): string[] {
  const sites = names(recordsOf(zip, 'sites.csv'));
  const locations = recordsOf(zip, 'locations.csv');
  const racks = recordsOf(zip, 'racks.csv');
  const devices = recordsOf(zip, 'devices.csv');
  const types = new Set(Object.values(zip.deviceTypes).map((t) => `${t.manufacturer}/${t.model}`));
  const locationKeys = new Set(locations.map((l) => `${l.site}/${l.name}`));
  const rackKeys = new Set(racks.map((r) => `${r.site}/${r.location}/${r.name}`));
  return [
    ...missing(
      'location site',
      locations.map((l) => l.site),
      sites,
    ),
    ...missing(
      'rack location',
      racks.map((r) => `${r.site}/${r.location}`),
      locationKeys,
    ),
    ...missing(
      'rack role',
      racks.map((r) => r.role),
      names(recordsOf(zip, 'rack-roles.csv')),
    ),
    ...missing(
      'device-type manufacturer',
      Object.values(zip.deviceTypes).map((t) => t.manufacturer),
      names(recordsOf(zip, 'manufacturers.csv')),
    ),
    ...missing(
      'device role',
      devices.map((d) => d.role),
      names(recordsOf(zip, 'device-roles.csv')),
    ),
    ...missing(
      'device type',
      devices.map((d) => `${d.manufacturer}/${d.device_type}`),
      types,
    ),
    ...missing(
      'device rack',
      devices.map((d) => `${d.site}/${d.location}/${d.rack}`),
      rackKeys,
    ),
  ];
}

export function cableReferenceProblems(zip: NetboxZip): string[] {
  const interfaces = interfacesByDevice(zip);
  const bundles = names(recordsOf(zip, 'cable-bundles.csv'));
  const sites = names(recordsOf(zip, 'sites.csv'));
  const problems: string[] = [];
  const used = new Set<string>();
  for (const c of recordsOf(zip, 'cables.csv')) {
    for (const s of ['a', 'b']) {
      const device = c[`side_${s}_device`]!;
      const port = c[`side_${s}_name`]!;
      if (!sites.has(c[`side_${s}_site`])) problems.push(`cable ${c.label}: site ${c[`side_${s}_site`]}`);
      if (!interfaces.get(device)?.has(port))
        problems.push(`cable ${c.label}: ${device} ${port} is not an interface in the zip`);
      // NetBox refuses a second cable on a connected interface.
      if (used.has(`${device}/${port}`)) problems.push(`cable ${c.label}: ${device} ${port} already cabled`);
      used.add(`${device}/${port}`);
    }
    if (c.bundle && !bundles.has(c.bundle))
      problems.push(`cable ${c.label}: bundle ${c.bundle} not in the zip`);
  }
  return problems;
}

const host = (address: string) => parseIpv4(address.split('/')[0] ?? '') ?? Number.NaN;

export function ipReferenceProblems(zip: NetboxZip): string[] {
  const interfaces = interfacesByDevice(zip);
  const roles = names(recordsOf(zip, 'ipam-roles.csv'));
  const sites = names(recordsOf(zip, 'sites.csv'));
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const a of recordsOf(zip, 'ip-addresses.csv')) {
    if (Boolean(a.device) !== Boolean(a.interface))
      problems.push(`${a.address}: device and interface go together`);
    if (a.device && !interfaces.get(a.device!)?.has(a.interface!))
      problems.push(`${a.address}: ${a.device} ${a.interface} not in the zip`);
    if (seen.has(host(a.address!)))
      problems.push(`${a.address}: duplicate address (NetBox enforces unique global IPs)`);
    seen.add(host(a.address!));
  }
  const prefixes = recordsOf(zip, 'prefixes.csv');
  const ranges = recordsOf(zip, 'ip-ranges.csv');
  problems.push(
    ...missing(
      'prefix role',
      prefixes.map((p) => p.role),
      roles,
    ),
  );
  problems.push(
    ...missing(
      'prefix scope',
      prefixes.map((p) => p.scope_name),
      sites,
    ),
  );
  problems.push(
    ...missing(
      'range role',
      ranges.map((r) => r.role),
      roles,
    ),
  );
  if (new Set(prefixes.map((p) => p.prefix)).size !== prefixes.length) problems.push('duplicate prefixes');
  return [...problems, ...rangeProblems(ranges, [...seen])];
}

/** NetBox refuses overlapping ranges, unequal masks, and addresses inside a populated range. */
function rangeProblems(ranges: readonly CsvRecord[], addresses: readonly number[]): string[] {
  const problems: string[] = [];
  const spans = ranges.map((r) => ({ r, start: host(r.start_address!), end: host(r.end_address!) }));
  for (const { r, start, end } of spans) {
    if (r.start_address!.split('/')[1] !== r.end_address!.split('/')[1])
      problems.push(`${r.start_address}: masks differ`);
    if (!(start <= end)) problems.push(`${r.start_address}: ends before it starts`);
    if (addresses.some((a) => a >= start && a <= end))
      problems.push(`${r.start_address}: holds an IP address`);
  }
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start <= sorted[i - 1]!.end)
      problems.push(`${sorted[i]!.r.start_address}: overlaps another range`);
  }
  return problems;
}

/** NetBox refuses a device that leaves its rack or shares a unit (all types here are full depth or alone). */
export function rackSpaceProblems(zip: NetboxZip): string[] {
  const heights = new Map(
    Object.values(zip.deviceTypes).map((t) => [`${t.manufacturer}/${t.model}`, t.u_height]),
  );
  const rackHeight = new Map(recordsOf(zip, 'racks.csv').map((r) => [r.name, Number(r.u_height)]));
  const taken = new Set<string>();
  const problems: string[] = [];
  for (const d of recordsOf(zip, 'devices.csv')) {
    const bottom = Number(d.position);
    const top = bottom + (heights.get(`${d.manufacturer}/${d.device_type}`) ?? 0) - 1;
    if (bottom < 1 || top > (rackHeight.get(d.rack) ?? 0))
      problems.push(`${d.name}: U${bottom}-U${top} outside rack ${d.rack}`);
    for (let u = bottom; u <= top; u++) {
      if (taken.has(`${d.rack}/${u}`)) problems.push(`${d.name}: ${d.rack} U${u} already taken`);
      taken.add(`${d.rack}/${u}`);
    }
  }
  return problems;
}

/** Each device sits where the plan places it: same rack, lowest U and role. */
export function placementProblems(zip: NetboxZip, plan: ClusterPlan): string[] {
  const records = new Map(recordsOf(zip, 'devices.csv').map((d) => [d.name, d]));
  const problems: string[] = [];
  for (const d of plan.racks.flatMap((r) => r.devices)) {
    const r = records.get(d.name);
    if (!r) problems.push(`${d.name}: not in devices.csv`);
    else if (r.rack !== d.rack || Number(r.position) !== d.u)
      problems.push(`${d.name}: ${r.rack} U${r.position}, plan ${d.rack} U${d.u}`);
  }
  return problems;
}

/** A device has one primary IPv4 and one OOB IP. */
export function primaryProblems(zip: NetboxZip): string[] {
  const problems: string[] = [];
  for (const flag of ['is_primary', 'is_oob']) {
    const seen = new Set<string>();
    for (const a of recordsOf(zip, 'ip-addresses.csv').filter((r) => r[flag] === 'true')) {
      if (!a.interface) problems.push(`${a.address}: ${flag} without an interface`);
      if (seen.has(a.device!)) problems.push(`${a.device}: more than one ${flag} address`);
      seen.add(a.device!);
    }
  }
  return problems;
}

/** One NetBox cable per leg (each leg joins its own interfaces), one label per plan cable. */
export function countProblems(zip: NetboxZip, plan: ClusterPlan): string[] {
  const placed = plan.racks.flatMap((r) => r.devices);
  const cables = recordsOf(zip, 'cables.csv');
  const legs = plan.cabling.cables.reduce((n, c) => n + c.legs.length, 0);
  const splitters = plan.cabling.cables.filter((c) => c.legs.length > 1).length;
  const checks: [string, number, number][] = [
    ['devices', recordsOf(zip, 'devices.csv').length, placed.length],
    ['racks', recordsOf(zip, 'racks.csv').length, plan.racks.length],
    ['cables (one per leg)', cables.length, legs],
    ['cables (plan links)', cables.length, plan.cabling.links],
    [
      'cable labels (one per plan cable)',
      new Set(cables.map((c) => c.label)).size,
      plan.cabling.cables.length,
    ],
    ['cable bundles (one per splitter)', recordsOf(zip, 'cable-bundles.csv').length, splitters],
  ];
  return checks
    .filter(([, got, want]) => got !== want)
    .map(([what, got, want]) => `${what}: ${got}, plan ${want}`);
}

/** Everything a valid import needs, for the property test. */
export function allProblems(zip: NetboxZip, plan: ClusterPlan): string[] {
  return [
    ...dcimReferenceProblems(zip),
    ...rackSpaceProblems(zip),
    ...placementProblems(zip, plan),
    ...primaryProblems(zip),
    ...cableReferenceProblems(zip),
    ...ipReferenceProblems(zip),
    ...countProblems(zip, plan),
  ];
}
