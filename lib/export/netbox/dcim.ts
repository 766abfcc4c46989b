/**
 * DCIM records: manufacturers, device roles, site, locations (one per floor row), rack roles, racks
 * and devices. Columns and values follow NetBox v4.6.8's import forms (columns.ts, choices.ts).
 */
import type { ClusterPlan, DeviceRole, PlacedDevice, RackRole } from '../../plan/types';
import {
  DEVICE_ROLE_COLOR,
  DIMENSION_UNIT_MM,
  FACE_FRONT,
  PLANNED,
  RACK_FORM_FACTOR_CABINET,
  RACK_ROLE_COLOR,
  RACK_WIDTH_19IN,
} from './choices';
import type {
  DEVICE_COLUMNS,
  DEVICE_ROLE_COLUMNS,
  LOCATION_COLUMNS,
  MANUFACTURER_COLUMNS,
  RACK_COLUMNS,
  RACK_ROLE_COLUMNS,
  Row,
  SITE_COLUMNS,
} from './columns';
import { type DeviceTypeDoc, type DeviceTypeKey, TYPE_OF_KIND } from './device-types';
import { DEVICE_ROLE_NAME, locationName, RACK_ROLE_NAME, type SiteNames, slugify } from './names';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const placed = (plan: ClusterPlan): PlacedDevice[] => plan.racks.flatMap((r) => r.devices);

export function manufacturerRows(
  types: ReadonlyMap<DeviceTypeKey, DeviceTypeDoc>,
): Row<typeof MANUFACTURER_COLUMNS>[] {
  return unique([...types.values()].map((t) => t.manufacturer)).map((name) => ({
    name,
    slug: slugify(name),
  }));
}

/** Only the roles the plan places, in the plan's order of first use. */
export function deviceRoleRows(plan: ClusterPlan): Row<typeof DEVICE_ROLE_COLUMNS>[] {
  const roles = unique(placed(plan).map((d) => d.role));
  return roles.map((role: DeviceRole) => ({
    name: DEVICE_ROLE_NAME[role],
    slug: role,
    color: DEVICE_ROLE_COLOR[role],
    description: `AI Factory planner role: ${role}`,
  }));
}

export function siteRows(plan: ClusterPlan, names: SiteNames): Row<typeof SITE_COLUMNS>[] {
  const { workerNodes, layout, gpu } = plan.compute;
  return [
    {
      name: names.site,
      slug: names.siteSlug,
      status: PLANNED,
      description: `NVIDIA Enterprise AI Factory: ${workerNodes} workers, ${layout}, ${gpu}`,
    },
  ];
}

export function locationRows(plan: ClusterPlan, names: SiteNames): Row<typeof LOCATION_COLUMNS>[] {
  return plan.floor.rowDetails.map((row) => ({
    site: names.site,
    name: locationName(row.name),
    slug: slugify(locationName(row.name)),
    status: PLANNED,
    description: `Floor row ${row.name}: ${row.racks} rack${row.racks === 1 ? '' : 's'}, fronts face ${row.frontsFace}${row.network ? ', network row' : ''}`,
  }));
}

export function rackRoleRows(plan: ClusterPlan): Row<typeof RACK_ROLE_COLUMNS>[] {
  return unique(plan.racks.map((r) => r.role)).map((role: RackRole) => ({
    name: RACK_ROLE_NAME[role],
    slug: role,
    color: RACK_ROLE_COLOR[role],
  }));
}

const kw = (value: number) => `${Math.round(value * 10) / 10} kW`;

/** Rails are 19"; the plan's rack width and depth are the cabinet's outer dimensions. */
export function rackRows(plan: ClusterPlan, names: SiteNames): Row<typeof RACK_COLUMNS>[] {
  return plan.racks.map((rack) => ({
    site: names.site,
    location: locationName(rack.row),
    name: rack.name,
    status: PLANNED,
    role: RACK_ROLE_NAME[rack.role],
    form_factor: RACK_FORM_FACTOR_CABINET,
    width: RACK_WIDTH_19IN,
    u_height: rack.heightU,
    outer_width: rack.widthMm,
    outer_depth: plan.input.physical.rackDepthMm,
    outer_unit: DIMENSION_UNIT_MM,
    description: `Row ${rack.row} position ${rack.position}; design power ${kw(rack.powerKW)} of ${kw(rack.budgetKW)}`,
  }));
}

/** NetBox's position is the lowest U a device occupies, as the plan's `u` is. */
export function deviceRows(
  plan: ClusterPlan,
  names: SiteNames,
  types: ReadonlyMap<DeviceTypeKey, DeviceTypeDoc>,
): Row<typeof DEVICE_COLUMNS>[] {
  const rowOf = new Map(plan.racks.map((r) => [r.name, r.row]));
  return placed(plan).map((d) => {
    const type = types.get(TYPE_OF_KIND[d.kind]);
    if (!type) throw new Error(`no device type for ${d.name} (${d.kind})`);
    return {
      name: d.name,
      role: DEVICE_ROLE_NAME[d.role],
      manufacturer: type.manufacturer,
      device_type: type.model,
      status: PLANNED,
      site: names.site,
      location: locationName(rowOf.get(d.rack) ?? ''),
      rack: d.rack,
      position: d.u,
      face: FACE_FRONT,
      description: `${d.partId}, ${d.powerMaxW} W design power`,
    };
  });
}
