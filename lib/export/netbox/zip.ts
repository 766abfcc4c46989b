/**
 * The NetBox import: a .zip of CSVs (NetBox's bulk import) and device-type YAMLs (its device-type
 * import), numbered in dependency order, with a README that says the order and what to do. Every file
 * is built from the same ClusterPlan as the other exports.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import { Document } from 'yaml';
import type { ClusterPlan } from '../../plan/types';
import { cableBundleRows, cableRows } from './cables';
import {
  CABLE_BUNDLE_COLUMNS,
  CABLE_COLUMNS,
  DEVICE_COLUMNS,
  DEVICE_ROLE_COLUMNS,
  IP_ADDRESS_COLUMNS,
  IP_RANGE_COLUMNS,
  IPAM_ROLE_COLUMNS,
  LOCATION_COLUMNS,
  MANUFACTURER_COLUMNS,
  PREFIX_COLUMNS,
  RACK_COLUMNS,
  RACK_ROLE_COLUMNS,
  type Row,
  rowsToCsv,
  SITE_COLUMNS,
} from './columns';
import {
  deviceRoleRows,
  deviceRows,
  locationRows,
  manufacturerRows,
  rackRoleRows,
  rackRows,
  siteRows,
} from './dcim';
import { type DeviceTypeDoc, type DeviceTypeKey, planDeviceTypes, TYPE_OF_KIND } from './device-types';
import { type InterfaceLookup, ipamRows } from './ipam';
import { type NetboxOptions, siteNames } from './names';
import { netboxReadme, type StepFiles } from './readme';
import { DEVICE_TYPES_DIR, IMPORT_STEPS, type StepId } from './steps';

export type { NetboxOptions } from './names';
export const NETBOX_README = 'README.md';

/** Fixed file time, so the same plan always gives byte-identical zips (the format cannot store 1970). */
const FILE_TIME = new Date('2026-01-01T00:00:00Z');

/**
 * YAML 1.1 on purpose: NetBox reads the upload with PyYAML (a 1.1 parser), where an unquoted `yes`
 * or `on` would turn boolean; the 1.1 stringifier quotes those. The leading `---` is how NetBox's
 * import tells YAML from CSV (netbox/utilities/forms/bulk_import.py, _detect_format).
 */
export function deviceTypeYaml(doc: DeviceTypeDoc): string {
  const text = new Document(doc, { version: '1.1' }).toString({ lineWidth: 0, indentSeq: true });
  return `---\n${text}`;
}

/** Interfaces of every placed device, from its device type. */
function interfaceLookup(
  plan: ClusterPlan,
  types: ReadonlyMap<DeviceTypeKey, DeviceTypeDoc>,
): InterfaceLookup {
  const byType = new Map([...types].map(([key, t]) => [key, new Set(t.interfaces.map((i) => i.name))]));
  const byDevice = new Map<string, Set<string>>();
  for (const d of plan.racks.flatMap((r) => r.devices)) {
    const names = byType.get(TYPE_OF_KIND[d.kind]);
    if (names) byDevice.set(d.name, names);
  }
  return {
    hasDevice: (device) => byDevice.has(device),
    hasInterface: (device, port) => byDevice.get(device)?.has(port) ?? false,
  };
}

const csv = <C extends readonly string[]>(columns: C, rows: readonly Row<C>[]) => ({
  count: rows.length,
  text: rows.length > 0 ? rowsToCsv(columns, rows) : null,
});

/** Every CSV step's text (null when it has no records, so no empty file is offered) and count. */
function csvSteps(
  plan: ClusterPlan,
  options: NetboxOptions,
  types: ReadonlyMap<DeviceTypeKey, DeviceTypeDoc>,
) {
  const names = siteNames(options);
  const ipam = ipamRows(plan, names, interfaceLookup(plan, types));
  return {
    manufacturers: csv(MANUFACTURER_COLUMNS, manufacturerRows(types)),
    deviceRoles: csv(DEVICE_ROLE_COLUMNS, deviceRoleRows(plan)),
    sites: csv(SITE_COLUMNS, siteRows(plan, names)),
    locations: csv(LOCATION_COLUMNS, locationRows(plan, names)),
    rackRoles: csv(RACK_ROLE_COLUMNS, rackRoleRows(plan)),
    racks: csv(RACK_COLUMNS, rackRows(plan, names)),
    devices: csv(DEVICE_COLUMNS, deviceRows(plan, names, types)),
    cableBundles: csv(CABLE_BUNDLE_COLUMNS, cableBundleRows(plan, names)),
    cables: csv(CABLE_COLUMNS, cableRows(plan, names)),
    ipamRoles: csv(IPAM_ROLE_COLUMNS, ipam.roles),
    prefixes: csv(PREFIX_COLUMNS, ipam.prefixes),
    ipAddresses: csv(IP_ADDRESS_COLUMNS, ipam.addresses),
    ipRanges: csv(IP_RANGE_COLUMNS, ipam.ranges),
  } satisfies Record<Exclude<StepId, 'deviceTypes'>, { count: number; text: string | null }>;
}

/** Each step with the zip entries it contributes, in import order. */
function stepFiles(plan: ClusterPlan, options: NetboxOptions): StepFiles[] {
  const types = planDeviceTypes(plan);
  const csvs = csvSteps(plan, options, types);
  return IMPORT_STEPS.map((step) => {
    if (step.id === 'deviceTypes') {
      const entries = [...types.values()].map((t): [string, string] => [
        `${DEVICE_TYPES_DIR}/${t.slug}.yaml`,
        deviceTypeYaml(t),
      ]);
      return { step, count: entries.length, entries };
    }
    const { count, text } = csvs[step.id];
    return { step, count, entries: text === null ? [] : [[step.file, text]] };
  });
}

/**
 * File name -> text of every zip entry: the README first, then the import files in order.
 * @param options the NetBox site name (default "AI Factory").
 */
export function netboxEntries(plan: ClusterPlan, options: NetboxOptions = {}): [string, string][] {
  const steps = stepFiles(plan, options);
  return [[NETBOX_README, netboxReadme(plan, siteNames(options), steps)], ...steps.flatMap((s) => s.entries)];
}

/**
 * Builds the NetBox import zip for a plan.
 * @returns the zip file's bytes.
 */
export function buildNetboxZip(plan: ClusterPlan, options: NetboxOptions = {}): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of netboxEntries(plan, options))
    files[name] = [strToU8(text), { mtime: FILE_TIME }];
  return zipSync(files, { level: 6 });
}
