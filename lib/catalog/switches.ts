import { datasheet, estimate, type PricedPart, ra } from './source';

export const SWITCH_IDS = ['sn5610', 'sn2201'] as const;
export type SwitchId = (typeof SWITCH_IDS)[number];

/** A switch of the catalog; `switchSchema` (schemas.ts) checks every entry in a test, not at load. */
export interface Switch extends PricedPart {
  id: SwitchId;
  name: string;
  role: 'data' | 'oob';
  /** No public NVIDIA OPN was found for either model; the model name is used. */
  partNumber: string;
  description: string;
  heightU: number;
  weightKg: number;
  /** Native data ports and their speed. */
  ports: number;
  portGbps: number;
  /** Ports after breakout (SN5610: 128 x 400G with 800G-to-2x400G splitters). */
  splitPorts: number;
  splitPortGbps: number;
  /** Uplink ports (SN2201: 4 x 100GbE); 0 where every port is a data port. */
  uplinkPorts: number;
  uplinkPortGbps: number;
  /** 1GbE RJ45 management ports (each needs an OOB switch port). */
  mgmtPorts: number;
}

const NETBOX = 'netbox-community/devicetype-library device-types/Nvidia';

const switchList: readonly Switch[] = [
  {
    id: 'sn5610',
    name: 'NVIDIA Spectrum-X SN5610',
    role: 'data',
    partNumber: 'SN5610',
    description: 'NVIDIA Spectrum-X SN5610 Ethernet switch, 64x 800GbE OSFP, 51.2 Tb/s, 2U',
    heightU: 2,
    weightKg: 26.9,
    ports: 64,
    portGbps: 800,
    splitPorts: 128,
    splitPortGbps: 400,
    uplinkPorts: 0,
    uplinkPortGbps: 0,
    mgmtPorts: 1,
    powerTypicalW: 1100,
    powerMaxW: 2000,
    priceUSD: 51999,
    priceSource: datasheet('NADDOD web listing naddod.com/products/102969.html, accessed 2026-07-04', 'L'),
    powerSource: estimate(
      'SN5610 typical/max power not public (NVIDIA SN5000 Specifications page not consulted)',
    ),
    source: ra(
      'Network configuration',
      '64 ports of 800GbE, 128 connections of 400GbE using splitter cables',
    ),
  },
  {
    id: 'sn2201',
    name: 'NVIDIA Spectrum SN2201',
    role: 'oob',
    partNumber: 'SN2201',
    description: 'NVIDIA Spectrum SN2201 Ethernet switch, 48x 1GbE RJ45 + 4x 100GbE QSFP28, 1U',
    heightU: 1,
    weightKg: 7.41,
    ports: 48,
    portGbps: 1,
    splitPorts: 48,
    splitPortGbps: 1,
    uplinkPorts: 4,
    uplinkPortGbps: 100,
    mgmtPorts: 1,
    powerTypicalW: 100,
    powerMaxW: 200,
    priceUSD: 9000,
    priceSource: estimate('no public SN2201 price found; planner estimate, override with a quote'),
    powerSource: estimate('SN2201 typical/max power not public'),
    source: datasheet(`${NETBOX}/SN2201.yaml`, 'M', 'RA Technology Overview: SN2201 for the OOB management'),
  },
];

export const SWITCHES: Record<SwitchId, Switch> = Object.fromEntries(
  switchList.map((s) => [s.id, s]),
) as Record<SwitchId, Switch>;
export const SN5610 = SWITCHES.sn5610;
export const SN2201 = SWITCHES.sn2201;

/**
 * Share of a leaf's port capacity that faces servers: "50% of the connectivity of each leaf switch is
 * used to connect to GPUs, the other 50% is used to connect up to the spine switch" (RA Network configuration).
 */
export const LEAF_SERVER_FACING_FRACTION = 0.5;
