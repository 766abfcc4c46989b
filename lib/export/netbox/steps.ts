/**
 * The import steps, in dependency order: each file refers only to objects of earlier files. `path`
 * is the NetBox bulk-import page (netbox/dcim/urls.py and netbox/ipam/urls.py, v4.6.8: the model's
 * list path plus "import/").
 */
export type StepId =
  | 'manufacturers'
  | 'deviceRoles'
  | 'deviceTypes'
  | 'sites'
  | 'locations'
  | 'rackRoles'
  | 'racks'
  | 'devices'
  | 'cableBundles'
  | 'cables'
  | 'ipamRoles'
  | 'prefixes'
  | 'ipAddresses'
  | 'ipRanges';

export interface ImportStep {
  id: StepId;
  /** The zip entry; for device types a folder holding one YAML per device type. */
  file: string;
  object: string;
  path: string;
  format: 'CSV' | 'YAML';
}

export const DEVICE_TYPES_DIR = '03-device-types';

export const IMPORT_STEPS: readonly ImportStep[] = [
  {
    id: 'manufacturers',
    file: '01-manufacturers.csv',
    object: 'Manufacturers',
    path: '/dcim/manufacturers/import/',
    format: 'CSV',
  },
  {
    id: 'deviceRoles',
    file: '02-device-roles.csv',
    object: 'Device roles',
    path: '/dcim/device-roles/import/',
    format: 'CSV',
  },
  {
    id: 'deviceTypes',
    file: `${DEVICE_TYPES_DIR}/`,
    object: 'Device types',
    path: '/dcim/device-types/import/',
    format: 'YAML',
  },
  { id: 'sites', file: '04-sites.csv', object: 'Sites', path: '/dcim/sites/import/', format: 'CSV' },
  {
    id: 'locations',
    file: '05-locations.csv',
    object: 'Locations',
    path: '/dcim/locations/import/',
    format: 'CSV',
  },
  {
    id: 'rackRoles',
    file: '06-rack-roles.csv',
    object: 'Rack roles',
    path: '/dcim/rack-roles/import/',
    format: 'CSV',
  },
  { id: 'racks', file: '07-racks.csv', object: 'Racks', path: '/dcim/racks/import/', format: 'CSV' },
  { id: 'devices', file: '08-devices.csv', object: 'Devices', path: '/dcim/devices/import/', format: 'CSV' },
  {
    id: 'cableBundles',
    file: '09-cable-bundles.csv',
    object: 'Cable bundles',
    path: '/dcim/cable-bundles/import/',
    format: 'CSV',
  },
  { id: 'cables', file: '10-cables.csv', object: 'Cables', path: '/dcim/cables/import/', format: 'CSV' },
  {
    id: 'ipamRoles',
    file: '11-ipam-roles.csv',
    object: 'Prefix and VLAN roles',
    path: '/ipam/roles/import/',
    format: 'CSV',
  },
  {
    id: 'prefixes',
    file: '12-prefixes.csv',
    object: 'Prefixes',
    path: '/ipam/prefixes/import/',
    format: 'CSV',
  },
  {
    id: 'ipAddresses',
    file: '13-ip-addresses.csv',
    object: 'IP addresses',
    path: '/ipam/ip-addresses/import/',
    format: 'CSV',
  },
  {
    id: 'ipRanges',
    file: '14-ip-ranges.csv',
    object: 'IP ranges',
    path: '/ipam/ip-ranges/import/',
    format: 'CSV',
  },
];
