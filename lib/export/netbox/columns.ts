/**
 * The columns of each CSV, in the order written. Every name is a field of the matching NetBox
 * bulk-import form (Meta.fields) in netbox-community/netbox v4.6.8 (3db98de7):
 * netbox/dcim/forms/bulk_import.py (ManufacturerImportForm, DeviceRoleImportForm, SiteImportForm,
 * LocationImportForm, RackRoleImportForm, RackImportForm, DeviceImportForm, CableBundleImportForm,
 * CableImportForm) and netbox/ipam/forms/bulk_import.py (RoleImportForm, PrefixImportForm,
 * IPAddressImportForm, IPRangeImportForm). Blank cells mean "not set" to NetBox's CSV fields.
 */
import { toCsv } from '../csv';
import type { CellValue } from '../tables';

export const MANUFACTURER_COLUMNS = ['name', 'slug', 'description'] as const;
export const DEVICE_ROLE_COLUMNS = ['name', 'slug', 'color', 'description'] as const;
export const SITE_COLUMNS = ['name', 'slug', 'status', 'description'] as const;
export const LOCATION_COLUMNS = ['site', 'name', 'slug', 'status', 'description'] as const;
export const RACK_ROLE_COLUMNS = ['name', 'slug', 'color', 'description'] as const;
export const RACK_COLUMNS = [
  'site',
  'location',
  'name',
  'status',
  'role',
  'form_factor',
  'width',
  'u_height',
  'outer_width',
  'outer_depth',
  'outer_unit',
  'description',
] as const;
export const DEVICE_COLUMNS = [
  'name',
  'role',
  'manufacturer',
  'device_type',
  'status',
  'site',
  'location',
  'rack',
  'position',
  'face',
  'description',
] as const;
export const CABLE_BUNDLE_COLUMNS = ['name', 'description'] as const;
export const CABLE_COLUMNS = [
  'side_a_site',
  'side_a_device',
  'side_a_type',
  'side_a_name',
  'side_b_site',
  'side_b_device',
  'side_b_type',
  'side_b_name',
  'type',
  'status',
  'bundle',
  'label',
  'color',
  'length',
  'length_unit',
  'description',
] as const;
export const IPAM_ROLE_COLUMNS = ['name', 'slug', 'description'] as const;
export const PREFIX_COLUMNS = [
  'prefix',
  'status',
  'role',
  'scope_type',
  'scope_name',
  'description',
] as const;
export const IP_ADDRESS_COLUMNS = [
  'address',
  'status',
  'role',
  'device',
  'interface',
  'is_primary',
  'is_oob',
  'description',
] as const;
export const IP_RANGE_COLUMNS = [
  'start_address',
  'end_address',
  'status',
  'role',
  'mark_populated',
  'description',
] as const;

/** One CSV record keyed by column; a missing key is a blank cell. */
export type Row<C extends readonly string[]> = Partial<Record<C[number], CellValue>>;

/** RFC 4180 text (lib/export/csv.ts) of rows under `columns`. */
export function rowsToCsv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  return toCsv(
    columns,
    rows.map((row) => columns.map((c: C[number]) => row[c] ?? '')),
  );
}
