/**
 * The NetBox choice values this exporter writes, each one NetBox's own slug.
 * Source: netbox-community/netbox v4.6.8 (3db98de7): netbox/dcim/choices.py (SiteStatusChoices,
 * LocationStatusChoices, RackStatusChoices, RackWidthChoices, RackFormFactorChoices,
 * RackDimensionUnitChoices, DeviceStatusChoices, DeviceFaceChoices, DeviceAirflowChoices,
 * LinkStatusChoices, CableTypeChoices, CableLengthUnitChoices, InterfaceTypeChoices,
 * PowerPortTypeChoices, ConsolePortTypeChoices), netbox/ipam/choices.py (PrefixStatusChoices,
 * IPAddressStatusChoices, IPAddressRoleChoices, IPRangeStatusChoices), netbox/netbox/choices.py
 * (ColorChoices, WeightUnitChoices) and netbox/dcim/constants.py (CABLE_TERMINATION_MODELS, written
 * "<app>.<model>" as CSVContentTypeField reads it).
 */
import type { CableMediaId } from '../../catalog/cables';
import type { AddressNetworkId, DeviceRole, RackRole } from '../../plan/types';

/** Everything on the floor is a plan until it is built: the admin moves it to active. */
export const PLANNED = 'planned';

/** Prefixes and addresses have no "planned" status in NetBox; active is the intended state. */
export const ACTIVE = 'active';
export const CONTAINER = 'container';
export const RESERVED = 'reserved';

/** RackWidthChoices.WIDTH_19IN: rail-to-rail width in inches. */
export const RACK_WIDTH_19IN = 19;
export const RACK_FORM_FACTOR_CABINET = '4-post-cabinet';
export const DIMENSION_UNIT_MM = 'mm';
export const FACE_FRONT = 'front';
export const LENGTH_UNIT_M = 'm';
export const WEIGHT_UNIT_KG = 'kg';
export const TERMINATION_INTERFACE = 'dcim.interface';
export const SCOPE_SITE = 'dcim.site';
export const IP_ROLE_LOOPBACK = 'loopback';

/** ColorChoices hex codes (the import also takes the names; hex cannot be misspelt). */
export const COLOR = {
  black: '111111',
  darkGrey: '607d8b',
  grey: '9e9e9e',
  lightGrey: 'c0c0c0',
  blue: '2196f3',
  aqua: '00ffff',
  yellow: 'ffeb3b',
  green: '4caf50',
  orange: 'ff9800',
  darkOrange: 'ff5722',
  red: 'f44336',
  purple: '9c27b0',
  teal: '009688',
} as const;

/** InterfaceTypeChoices used by the device types (also in the library's generated schema enum). */
export const INTERFACE_TYPE = {
  virtual: 'virtual',
  gbe1: '1000base-t',
  qsfp28x100: '100gbase-x-qsfp28',
  qsfp112x400: '400gbase-x-qsfp112',
  osfp400: '400gbase-x-osfp',
  osfp800: '800gbase-x-osfp',
} as const;

export const POWER_PORT_OTHER = 'other';
export const CONSOLE_RJ45 = 'rj-45';
export const CONSOLE_USB_MINI_A = 'usb-mini-a';
export const AIRFLOW_REAR_TO_FRONT = 'rear-to-front';

/**
 * Cable type and legend colour per media. ACC (linear active copper) and AEC (retimed active
 * electrical) are both active twinax: NetBox's `dac-active`. The colours are a legend by media
 * (TIA-598 aqua for multimode, yellow for single-mode fibre), not the jacket colour of the part.
 */
export const CABLE_STYLE: Record<CableMediaId | 'fiber-sm', { type: string; color: string }> = {
  DAC: { type: 'dac-passive', color: COLOR.black },
  ACC: { type: 'dac-active', color: COLOR.darkGrey },
  AEC: { type: 'dac-active', color: COLOR.purple },
  fiber: { type: 'mmf-om4', color: COLOR.aqua },
  'fiber-sm': { type: 'smf', color: COLOR.yellow },
  cat6: { type: 'cat6', color: COLOR.blue },
};

/** Device role colours (rack elevations). */
export const DEVICE_ROLE_COLOR: Record<DeviceRole, string> = {
  compute: COLOR.green,
  'control-plane': COLOR.blue,
  spare: COLOR.lightGrey,
  leaf: COLOR.orange,
  spine: COLOR.darkOrange,
  'super-spine': COLOR.red,
  'north-south': COLOR.purple,
  oob: COLOR.grey,
};

export const RACK_ROLE_COLOR: Record<RackRole, string> = {
  gpu: COLOR.green,
  network: COLOR.orange,
  mixed: COLOR.darkGrey,
};

/** IPAM role per address network, plus the containers the plan carves them from. */
export type IpamRoleId = AddressNetworkId | 'underlay' | 'kubernetes';
