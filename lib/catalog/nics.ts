import { datasheet, estimate, type PricedPart, ra } from './source';

export const NIC_IDS = ['b3140h', 'b3220', 'connectx-7-2x200g'] as const;
export type NicId = (typeof NIC_IDS)[number];

/** A NIC or DPU of the catalog; `nicSchema` (schemas.ts) checks every entry in a test, not at load. */
export interface Nic extends PricedPart {
  id: NicId;
  name: string;
  role: 'east-west' | 'north-south';
  /** NVIDIA OPN (crypto-enabled variant). */
  partNumber: string;
  description: string;
  formFactor: string;
  ports: number;
  portGbps: number;
  /** 1GbE BASE-T out-of-band management ports (hardware-facts section 5). */
  oobPorts: number;
}

const BF3_GUIDE = 'NVIDIA BlueField-3 user guide, Supported Interfaces';
const NO_POWER =
  'BlueField-3 SuperNIC/DPU power is not public (the 150 W DPU Controller figure is a different SKU)';

const nicList: readonly Nic[] = [
  {
    id: 'b3140h',
    name: 'NVIDIA BlueField-3 B3140H SuperNIC',
    role: 'east-west',
    partNumber: '900-9D3D4-00EN-HA0',
    description: 'BlueField-3 B3140H SuperNIC, 1x 400GbE QSFP112, PCIe Gen5 x16, HHHL',
    formFactor: 'HHHL, single slot',
    ports: 1,
    portGbps: 400,
    oobPorts: 1,
    powerTypicalW: 60,
    powerMaxW: 75,
    priceUSD: 2500,
    priceSource: estimate(
      'street range US$2,000-3,000 per BlueField-3 card (yobitel.com, L, not SKU-specific)',
    ),
    powerSource: estimate(NO_POWER),
    source: datasheet(
      BF3_GUIDE,
      'H',
      'RA Network configuration: 400Gbps B3140H for the east-west GPU fabric',
    ),
  },
  {
    id: 'b3220',
    name: 'NVIDIA BlueField-3 B3220 DPU',
    role: 'north-south',
    partNumber: '900-9D3B6-00CV-AA0',
    description: 'BlueField-3 B3220 DPU, 2x 200GbE QSFP112, PCIe Gen5 x16, FHHL',
    formFactor: 'FHHL, single slot',
    ports: 2,
    portGbps: 200,
    oobPorts: 1,
    powerTypicalW: 95,
    powerMaxW: 120,
    priceUSD: 3000,
    priceSource: estimate(
      'street range US$2,000-3,000 per BlueField-3 card (yobitel.com, L, not SKU-specific)',
    ),
    powerSource: estimate(NO_POWER),
    source: ra('Architecture', 'Bluefield-3 B3220 DPU for 2x200GbE of north-south traffic, and PXE boot'),
  },
  {
    id: 'connectx-7-2x200g',
    name: 'NVIDIA ConnectX-7 2x 200GbE (control-plane nodes, assumed)',
    role: 'north-south',
    partNumber: 'MCX755106AS-HEAT',
    description:
      'ConnectX-7 2x 200GbE QSFP112, PCIe Gen5 x16: assumed PXE/management and north-south NIC of a control-plane node',
    formFactor: 'HHHL, single slot',
    ports: 2,
    portGbps: 200,
    oobPorts: 0,
    powerTypicalW: 20,
    powerMaxW: 25,
    priceUSD: 2200,
    priceSource: estimate(
      'secondary public listings around US$2,200 for MCX755106AS-HEAT; override with a quote',
    ),
    powerSource: estimate('ConnectX-7 dual-port power not in hardware-facts; planner estimate'),
    source: estimate(
      "the RA names no control-plane NIC; the planner assumes one like the workers' DPU (2x 200GbE, PXE-capable), cabled as the DPU is",
    ),
  },
];

export const NICS: Record<NicId, Nic> = Object.fromEntries(nicList.map((n) => [n.id, n])) as Record<
  NicId,
  Nic
>;
export const SUPERNIC = NICS.b3140h;
export const DPU = NICS.b3220;
/** The assumed NIC of a physical control-plane node (and the spare): the RA names none. */
export const CONTROL_PLANE_NIC = NICS['connectx-7-2x200g'];
/** Its port names in the cable plan, one per 200GbE port. */
export const CONTROL_PLANE_NIC_PORTS: readonly string[] = Array.from(
  { length: CONTROL_PLANE_NIC.ports },
  (_, i) => `nic-p${i}`,
);
