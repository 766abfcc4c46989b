/**
 * IP plan sheet: every address block of the plan first (the columns of the IP plan CSV, frozen header,
 * autofilter), then below it the site subnets, the MetalLB pool, the per-rail CIDRPools and the
 * Kubernetes and east-west settings. The blocks come first so the autofilter (one per sheet) covers
 * them alone: filtering hides whole rows, and the tables below stay whole.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan, IpPool, SiteSubnet } from '../../plan/types';
import type { ExportOptions } from '../formats';
import { freezeRows, writeTable } from '../sheet-writer';
import type { DeferredRows } from '../sheet-xml/deferred-rows';
import { type Column, ipPlanTable } from '../tables';
import { writeSection } from './key-values';

const SUBNET_COLUMNS: readonly Column<SiteSubnet>[] = [
  { header: 'Subnet', kind: 'text', width: 26, value: (s) => s.network },
  { header: 'Design field', kind: 'text', width: 22, value: (s) => s.field },
  { header: 'CIDR', kind: 'text', width: 16, value: (s) => s.cidr },
  { header: 'Gateway', kind: 'text', width: 18, value: (s) => s.gateway },
  { header: 'Addresses needed', kind: 'integer', width: 16, value: (s) => s.addressesNeeded },
  { header: 'Addresses available', kind: 'integer', width: 18, value: (s) => s.addressesAvailable },
  { header: 'Purpose', kind: 'text', width: 30, value: (s) => s.purpose },
];

const POOL_COLUMNS: readonly Column<IpPool>[] = [
  { header: 'Pool', kind: 'text', width: 26, value: (p) => p.name },
  { header: 'Rail', kind: 'integer', width: 22, value: (p) => p.rail },
  { header: 'CIDR', kind: 'text', width: 16, value: (p) => p.cidr },
  { header: 'Per-node prefix', kind: 'integer', width: 15, value: (p) => p.perNodeNetworkPrefix },
  { header: 'Gateway index', kind: 'integer', width: 14, value: (p) => p.gatewayIndex },
  { header: 'Workers', kind: 'integer', width: 10, value: (p) => p.nodes },
  { header: 'Routes', kind: 'text', width: 30, value: (p) => p.routes.join('; ') },
];

/** Column of the pointer from the frozen header to the tables below the blocks (after the block columns). */
const POINTER_COLUMN = 11;

function titleRow(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Row {
  const row = sheet.addRow([title]);
  row.font = { bold: true, size: 12 };
  return row;
}

/** @param deferTo where the address-block rows go to be written as XML (else into the model; see writeTable). */
export function addIpPlanSheet(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  _options?: ExportOptions,
  deferTo?: DeferredRows[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('IP plan');
  freezeRows(sheet, 1);
  writeTable(sheet, ipPlanTable(plan), 1, { shareStyles: true, deferTo });
  sheet.addRow([]);
  const below = sheet.rowCount + 1;
  sheet.getCell(1, POINTER_COLUMN).value =
    `Site subnets, MetalLB pool, CIDRPools and settings: below the address blocks, from row ${below}`;

  const subnetsTitle = titleRow(sheet, 'Site subnets (MAAS / switches)');
  writeTable(sheet, { columns: SUBNET_COLUMNS, rows: plan.ipPlan.subnets }, subnetsTitle.number + 1, {
    secondary: true,
  });
  sheet.addRow([]);

  const lb = plan.ipPlan.loadBalancer;
  const northSouth = plan.ipPlan.subnets.find((s) => s.network === 'north-south');
  writeSection(sheet, 'Load balancer (MetalLB)', [
    { label: 'Address range', value: lb.range, note: 'top of the north-south subnet, below broadcast' },
    { label: 'Addresses', value: lb.addresses, kind: 'integer' },
    { label: 'Subnet', value: northSouth?.cidr ?? '' },
  ]);

  const poolsTitle = titleRow(sheet, 'nv-ipam CIDRPools (one per SuperNIC rail)');
  writeTable(sheet, { columns: POOL_COLUMNS, rows: plan.network.pools }, poolsTitle.number + 1, {
    secondary: true,
  });
  sheet.addRow([]);

  const k = plan.kubernetes;
  const n = plan.network;
  writeSection(sheet, 'Kubernetes', [
    { label: 'Pod CIDR', value: k.podCidr, note: `one /${k.nodePodCidrPrefix} per node` },
    { label: 'Node pod prefix', value: k.nodePodCidrPrefix, kind: 'integer' },
    {
      label: 'Nodes the pod CIDR holds',
      value: k.maxNodesForPodCidr,
      kind: 'integer',
      note: `cluster has ${k.clusterNodes}`,
    },
    { label: 'Service CIDR', value: k.serviceCidr },
    { label: 'Service addresses', value: k.serviceAddresses, kind: 'integer' },
  ]);
  writeSection(sheet, 'GPU fabric (east-west)', [
    { label: 'East-west CIDR', value: n.eastWestCidr },
    { label: 'Per-switchport prefix', value: n.portPrefixLength, kind: 'integer', note: n.prefixReason },
    { label: "RA's prefix", value: n.raPortPrefixLength, kind: 'integer' },
    {
      label: 'Addresses per port',
      value: n.addressesPerPort,
      kind: 'integer',
      note: `${n.addressesNeededPerPort} needed, ${n.podAddressesPerPort} for pods`,
    },
    { label: 'Gateway index', value: n.gatewayIndex, kind: 'integer', note: 'the switchport address' },
    { label: 'Devices per SuperNIC', value: n.devicesPerNic, kind: 'integer' },
    { label: 'NIC sharing', value: n.nicSharingMode, note: n.nicSharingReason },
    { label: 'IPAM resource', value: n.ipamResource },
    {
      label: 'Addresses used / available',
      value: n.addressesUsed,
      kind: 'integer',
      note: `of ${n.addressesAvailable}`,
    },
  ]);
  writeSection(
    sheet,
    'Conventions',
    plan.ipPlan.conventions.map((text, i) => ({ label: `${i + 1}`, value: text })),
  );
  return sheet;
}
