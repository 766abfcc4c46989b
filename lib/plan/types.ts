/**
 * The ClusterPlan: everything that follows from a PlannedDesign, as plain serialisable data.
 * Every view, exporter and the CLI read this; none re-derives a rule. Field names marked STABLE are
 * part of the CLI's JSON contract (README, "plan command") and must not be renamed.
 */
import type { CableMediaId } from '../catalog/cables';
import type { GpuId, LayoutId, MigProfileId } from '../catalog/ids';
import type { NotIncludedItem } from '../catalog/not-included';
import type { Source } from '../catalog/source';
import type { PlannedDesign } from '../design/schema';

export type Severity = 'info' | 'warning' | 'error';

/** STABLE: `code`, `severity`, `message`. */
export interface PlanWarning {
  code: string;
  severity: Severity;
  message: string;
  /** The RA section the rule comes from, e.g. "Solution sizing". */
  raSection?: string;
}

/** A note, mostly RA self-contradictions: which value we chose and where each value is stated. */
export interface PlanNote {
  code: string;
  topic: string;
  message: string;
  chosen?: { value: string; section: string };
  alternatives?: { value: string; section: string }[];
}

export interface RequirementCheck {
  name: string;
  required: number;
  actual: number;
  unit: string;
  ok: boolean;
  raSection: string;
}

export interface ComputePlan {
  gpu: GpuId;
  gpuName: string;
  layout: LayoutId;
  workerNodes: number;
  gpusPerServer: number;
  /** STABLE */
  totalGpus: number;
  gpuMemoryGB: number;
  /** STABLE: GPUs x GB per GPU (24,576 for the RA reference). */
  totalGpuMemoryGB: number;
  /** totalGpuMemoryGB / 1024: the RA's "24TB" / "35TB" are binary terabytes. */
  totalGpuMemoryTB: number;
  migProfile: MigProfileId | null;
  /** 1 without MIG. */
  migInstancesPerGpu: number;
  /** Schedulable GPU devices: GPUs x MIG instances. */
  totalGpuInstances: number;
  cpuCoresPerServer: number;
  totalCpuCores: number;
  ramGBPerServer: number;
  totalRamGB: number;
  nvmeDataTBPerServer: number;
  totalNvmeDataTB: number;
  eastWestNicsPerServer: number;
  eastWestGbpsPerGpu: number;
  /** RA minimums per GPU (8 cores + 1 for the OS, 2 per MIG instance, 128 GB RAM, NVMe per socket). */
  checks: RequirementCheck[];
}

export interface ControlPlaneRow {
  workers: number;
  namespaces: number;
  cpuCores: number;
  memoryGB: number;
}

export interface ControlPlanePlan {
  /** STABLE */
  nodes: number;
  /** STABLE: always 1, for rolling repaves (RA Hardware resources). */
  spareNodes: number;
  placement: 'physical' | 'virtual';
  /** STABLE: per node. */
  cpuCores: number;
  /** STABLE: per node. */
  memoryGB: number;
  /** The table row used (first row covering both the worker and namespace counts). */
  tableRow: ControlPlaneRow;
  /** True when the design exceeds the table's last row (1,000 workers / 4,000 namespaces). */
  beyondTable: boolean;
  raSection: string;
}

export interface PvcPlan {
  name: string;
  namespace: string;
  sizeGi: number;
  accessMode: 'RWO' | 'RWX';
}

export interface ResourcePool {
  name: string;
  nodes: number;
  description: string;
}

export interface KubernetesPlan {
  maxPodsPerNode: number;
  /** STABLE: max pods x worker nodes. */
  podCapacity: number;
  overheadPodsPerNode: number;
  overheadPodsFixed: number;
  /** STABLE: 25 per node + 131. */
  overheadPods: number;
  /** STABLE: capacity minus overhead, never below 0. */
  workloadPods: number;
  /** Overhead pods the capacity cannot hold (0 when it holds them all). */
  podShortfall: number;
  podCidr: string;
  nodePodCidrPrefix: number;
  /** STABLE: node /24s the pod CIDR holds. */
  maxNodesForPodCidr: number;
  /** Workers + control plane + spare. */
  clusterNodes: number;
  serviceCidr: string;
  /** STABLE */
  serviceAddresses: number;
  namespaces: number;
  kubernetesVersion: string;
  pvcs: PvcPlan[];
  totalPvcGi: number;
  longhornVersion: string;
  longhornGuaranteedInstanceManagerCpu: string;
  /** MAAS resource pools (RA Canonical MAAS configuration). */
  resourcePools: ResourcePool[];
}

export interface LeafPlan {
  index: number;
  /** Pod (3 tiers; 0 otherwise). */
  pod: number;
  /** Global index of the first spine `uplinksPerSpine` counts from (its pod's first spine). */
  firstSpine: number;
  /** Worker indexes (0-based) on this leaf are firstServer .. firstServer + servers - 1. */
  firstServer: number;
  servers: number;
  /** 400G SuperNIC ports facing servers. */
  serverPorts: number;
  /** 800G links up to the spines (0 with a single leaf). */
  uplinks: number;
  downlinkGbps: number;
  uplinkGbps: number;
  /**
   * 800G links from this leaf to each spine of its pod (index = spine index - firstSpine; empty with
   * a single leaf). Spread evenly, with remainders rotated across leaves so no spine exceeds its ports.
   */
  uplinksPerSpine: number[];
}

/** A spine of a 3-tier fabric: links down to its pod's leaves and up to the super-spines. */
export interface SpinePlan {
  index: number;
  pod: number;
  downlinks: number;
  uplinks: number;
  /** [super-spine index, 800G links] for each super-spine this spine reaches. */
  uplinksPerSuperSpine: [number, number][];
}

export interface FabricPlan {
  /** STABLE: 1 (single leaf), 2 (leaf-spine) or 3 (pods under super-spines, beyond the RA). */
  tiers: 1 | 2 | 3;
  /** STABLE: 400G SuperNIC ports = server-facing leaf ports. */
  serverPorts: number;
  serverPortGbps: number;
  serversPerLeaf: number;
  /** STABLE */
  leafSwitches: number;
  /** STABLE */
  spineSwitches: number;
  /** STABLE: 800G leaf-to-spine links. */
  spineLinks: number;
  spineLinkGbps: number;
  /** STABLE: leaf-spine pods (1 with 2 tiers, 0 with a single leaf). */
  pods: number;
  /** STABLE: SN5610 super-spines (3 tiers only). */
  superSpineSwitches: number;
  /** 800G spine-to-super-spine links (3 tiers only). */
  superSpineLinks: number;
  leaves: LeafPlan[];
  /** Spines with their uplinks (3 tiers only; empty otherwise). */
  spines: SpinePlan[];
  /** Uplink bandwidth >= what comes up from below at every tier (trivially true with one leaf). */
  nonBlocking: boolean;
  /** The 2-tier limit for this layout (the RA's port rule). */
  maxWorkerNodes: number;
  /** The planner's 3-tier ceiling. */
  maxWorkerNodesThreeTier: number;
  /** True for 3 tiers: the RA stops at 2 (its design rules are followed, the 3rd tier is NVIDIA practice). */
  beyondRa: boolean;
  switchModel: string;
}

export interface NorthSouthPlan {
  dpuPortsPerServer: number;
  dpuPortGbps: number;
  serverPorts: number;
  serversPerSwitch: number;
  switches: number;
  switchModel: string;
}

export interface OobPlan {
  portsPerServer: number;
  perServer: { bmc: number; superNics: number; dpus: number };
  serverPorts: number;
  /** Management ports of the SN5610s (and of physical control-plane nodes' BMCs). */
  otherPorts: number;
  totalPorts: number;
  portsPerSwitch: number;
  /** SN2201 count: the switches the rack plan places (one fact; the logical plan has no count). */
  switches: number;
  switchModel: string;
}

export type NicSharingMode = 'HostDeviceNetwork' | 'MacvlanNetwork' | 'SriovNetwork';

export interface IpPool {
  /** One pool per SuperNIC position ("rail") in the server: rail 0, rail 1. */
  name: string;
  rail: number;
  cidr: string;
  perNodeNetworkPrefix: number;
  gatewayIndex: number;
  nodes: number;
  /** Routes pods get through this rail: the rail's own CIDR, then the whole east-west CIDR. */
  routes: string[];
}

export interface NetworkPlan {
  /** Devices (GPU or MIG instance workloads) sharing one SuperNIC. */
  devicesPerNic: number;
  /** Devices + 1 switchport address. */
  addressesNeededPerPort: number;
  /** STABLE: per-switchport prefix, e.g. 29 (the larger of the RA's and nv-ipam's rule). */
  portPrefixLength: number;
  /** The RA's prefix for this design (/30 without MIG): differs where nv-ipam needs a larger block. */
  raPortPrefixLength: number;
  addressesPerPort: number;
  /** Pod addresses nv-ipam gives each node per rail (network, broadcast and gateway excluded). */
  podAddressesPerPort: number;
  /** Switchport address index in each block: 0 for /31, else 1 (nv-ipam `gatewayIndex`). */
  gatewayIndex: number;
  /** Single-tenant /31 per switchport (the design option). */
  pointToPoint: boolean;
  prefixReason: string;
  /** STABLE */
  nicSharingMode: NicSharingMode;
  nicSharingReason: string;
  ipamResource: 'CIDRPool';
  eastWestCidr: string;
  pools: IpPool[];
  addressesUsed: number;
  addressesAvailable: number;
}

// ---- IP plan (every address block, from the port-level links) ----

export type AddressNetworkId =
  | 'east-west'
  | 'leaf-spine'
  | 'spine-superspine'
  | 'loopback'
  | 'oob'
  | 'management'
  | 'north-south'
  | 'load-balancer';

/**
 * One row of the IP plan: an address block configured on `device`/`port` and who sits at the other
 * end. The switch side (switchport prefixes) and the cluster side (CIDRPool static allocations) are
 * both read from these rows, so they cannot disagree.
 */
export interface AddressBlock {
  network: AddressNetworkId;
  /** Switch the block is configured on ("" for a block that no switchport owns, e.g. a virtual node). */
  device: string;
  /** Its port ("swp5s0", "swp33", "lo"; "" when none). */
  port: string;
  /** The block: a per-switchport prefix (172.16.0.8/29), a /31, a /32, or the shared subnet. */
  prefix: string;
  /** The address on `device`/`port`: the peer's gateway ("" when none). */
  gateway: string;
  /** Device at the other end (a server name = its Kubernetes node name and MAAS hostname). */
  peerDevice: string;
  peerPort: string;
  /** Addresses the peer may use: one address, or a range "first-last" (pods draw from it). */
  peerAddresses: string;
  /** SuperNIC rail (east-west rows only). */
  rail?: number;
}

/** A site subnet the plan carves addresses from (configure it in MAAS / on the switches). */
export interface SiteSubnet {
  network: 'underlay' | 'oob' | 'management' | 'north-south';
  /** The design field it comes from ("oobCidr"). */
  field: string;
  cidr: string;
  gateway: string;
  /** Addresses the plan assigns in it (hosts, reserved, and the MetalLB pool). */
  addressesNeeded: number;
  /** Usable addresses (network and broadcast excluded). */
  addressesAvailable: number;
  purpose: string;
}

export interface IpPlan {
  /** Every block, in a fixed order: east-west (link order), leaf-spine, loopbacks, OOB, management, north-south, load balancer. */
  blocks: AddressBlock[];
  subnets: SiteSubnet[];
  /** The MetalLB address pool on the north-south subnet ("a.b.c.d-e.f.g.h"). */
  loadBalancer: { range: string; addresses: number };
  /** How addresses are handed out inside each subnet (for the README and the views). */
  conventions: string[];
}

// ---- Physical plan (racks, cabling, power, BOM) ----

export type DeviceKind = 'gpu-server' | 'control-plane-server' | 'spare-server' | 'sn5610' | 'sn2201';
export type DeviceRole =
  | 'compute'
  | 'control-plane'
  | 'spare'
  | 'leaf'
  | 'spine'
  | 'super-spine'
  | 'north-south'
  | 'oob';

export interface PlacedDevice {
  /** Stable, readable name: its rack, U and label, "a02-u21-leaf-1", "a01-u03-gpu-007". */
  name: string;
  kind: DeviceKind;
  role: DeviceRole;
  rack: string;
  /** Lowest occupied U, 1-based from the bottom. */
  u: number;
  heightU: number;
  powerTypicalW: number;
  powerMaxW: number;
  /** Catalog part id for the BOM. */
  partId: string;
}

export type RackRole = 'gpu' | 'network' | 'mixed';

export interface RackPlan {
  /** STABLE: row letter and position, "A03"; device names start with it in lower case ("a03-u13-gpu-001"). */
  name: string;
  /** Order on the floor: row by row, position by position. */
  index: number;
  /** STABLE: row letter(s), "A". */
  row: string;
  /** STABLE: position in the row, 1-based from the main-tray end. */
  position: number;
  role: RackRole;
  heightU: number;
  widthMm: number;
  devices: PlacedDevice[];
  usedU: number;
  /** STABLE: design (maximum) power in kW. */
  powerKW: number;
  powerTypicalKW: number;
  budgetKW: number;
  btuPerHour: number;
  overBudget: boolean;
}

/** The data hall: rows of racks joined by main trays at both row ends. */
export interface FloorPlan {
  /** STABLE */
  rows: number;
  /** STABLE */
  racksPerRow: number;
  /** Centre distance of neighbouring rows (rack depth + aisle), metres. */
  rowPitchM: number;
  /** STABLE: longest row plus an end aisle at each end, metres. */
  lengthM: number;
  /** STABLE: rows plus the aisles in front of, between and behind them, metres. */
  widthM: number;
  /** Each row: its name, racks, which way the rack fronts face (alternating: cold aisles between fronts), network row or not. */
  rowDetails: { name: string; racks: number; frontsFace: 'north' | 'south'; network: boolean }[];
}

export type NetworkId = 'east-west' | 'leaf-spine' | 'spine-superspine' | 'north-south' | 'oob';

export interface Endpoint {
  device: string;
  port: string;
  rack: string;
  u: number;
}

/** One logical port-to-port connection (a 400G NIC leg of a splitter is one link). */
export interface Link {
  a: Endpoint;
  b: Endpoint;
  speedGbps: number;
}

export interface Cable {
  id: string;
  network: NetworkId;
  /** DAC, ACC, AEC, fiber, or `cat6` for the 1GbE OOB copper. */
  media: CableMediaId;
  partId: string;
  partNumber: string;
  /** Stocked length, metres (computed run rounded up). */
  lengthM: number;
  reachM: number;
  costUSD: number;
  powerW: number;
  /** 1 for straight cables, 2 for 800G-to-2x400G splitters. */
  legs: Link[];
}

export interface MediaTotals {
  count: number;
  costUSD: number;
  powerW: number;
}

export interface CablingAssumptions {
  rackWidthMm: number;
  uHeightMm: number;
  slackPerEndM: number;
  trayHeightM: number;
  mediaPolicy: string;
  /** Racks apart a cable may run sideways between neighbouring racks instead of via the tray (1). */
  sideRouteMaxRacks: number;
  /** How computed runs are rounded up to stocked lengths. */
  stockedLengths: string;
}

export interface CablingPlan {
  assumptions: CablingAssumptions;
  /** STABLE: number of logical links (legs) over all cables. */
  links: number;
  cables: Cable[];
  /** STABLE: DAC, ACC, AEC, fiber; plus `cat6` (the OOB copper) so the totals cover every cable. */
  byMedia: Record<CableMediaId, MediaTotals>;
  byNetwork: Record<NetworkId, MediaTotals>;
  totalCostUSD: number;
  totalPowerW: number;
}

export interface PowerPlan {
  totalTypicalKW: number;
  totalMaxKW: number;
  btuPerHour: number;
}

export type BomCategory =
  | 'servers'
  | 'gpus'
  | 'nics'
  | 'switches'
  | 'cables'
  | 'optics'
  | 'control-plane'
  | 'racks';

export interface BomLine {
  partId: string;
  partNumber: string;
  description: string;
  category: BomCategory;
  quantity: number;
  unitPriceUSD: number;
  extendedPriceUSD: number;
  unitPowerW: number;
  totalPowerW: number;
  source: Source;
  estimate: boolean;
  priceOverridden: boolean;
}

export interface BomPlan {
  lines: BomLine[];
  subtotals: { category: BomCategory; totalUSD: number }[];
  /** STABLE */
  totalUSD: number;
  /** What the BOM leaves out (site uplinks, storage, licences, services...), and why. */
  notIncluded: readonly NotIncludedItem[];
}

export interface ClusterPlan {
  planVersion: 1;
  input: PlannedDesign;
  compute: ComputePlan;
  controlPlane: ControlPlanePlan;
  kubernetes: KubernetesPlan;
  fabric: FabricPlan;
  northSouth: NorthSouthPlan;
  oob: OobPlan;
  network: NetworkPlan;
  /** Every address block: switchport prefixes, /31 links, loopbacks, OOB, PXE/management, north-south. */
  ipPlan: IpPlan;
  racks: RackPlan[];
  floor: FloorPlan;
  cabling: CablingPlan;
  power: PowerPlan;
  bom: BomPlan;
  software: { component: string; product: string; version: string }[];
  warnings: PlanWarning[];
  notes: PlanNote[];
}

/** The OOB ports the sizing rules count; the switch count comes from placement. */
export type OobPorts = Omit<OobPlan, 'switches'>;

/** Everything but the physical part: what the sizing rules alone decide. */
export type LogicalPlan = Omit<
  ClusterPlan,
  'racks' | 'floor' | 'cabling' | 'power' | 'bom' | 'ipPlan' | 'oob'
> & {
  oob: OobPorts;
};
export type PhysicalPlan = Pick<ClusterPlan, 'racks' | 'floor' | 'cabling' | 'power' | 'bom' | 'ipPlan'> & {
  warnings: PlanWarning[];
};
