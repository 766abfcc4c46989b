/** IP plan sheet: pod and service CIDRs, the per-switchport prefix, and the per-rail CIDRPools. */
import type ExcelJS from 'exceljs';
import type { ClusterPlan, IpPool } from '../../plan/types';
import { freezeRows, styleHeader, writeTable } from '../sheet-writer';
import type { Column } from '../tables';
import { writeSection } from './key-values';

const POOL_COLUMNS: readonly Column<IpPool>[] = [
  { header: 'Pool', kind: 'text', width: 34, value: (p) => p.name },
  { header: 'Rail', kind: 'integer', width: 22, value: (p) => p.rail },
  { header: 'CIDR', kind: 'text', width: 40, value: (p) => p.cidr },
  { header: 'Per-node prefix', kind: 'integer', width: 15, value: (p) => p.perNodeNetworkPrefix },
  { header: 'Gateway index', kind: 'integer', width: 14, value: (p) => p.gatewayIndex },
  { header: 'Workers', kind: 'integer', width: 10, value: (p) => p.nodes },
  { header: 'Routes', kind: 'text', width: 36, value: (p) => p.routes.join('; ') },
];

export function addIpPlanSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('IP plan');
  const k = plan.kubernetes;
  const n = plan.network;
  styleHeader(sheet.addRow(['Setting', 'Value', 'Note']));
  freezeRows(sheet, 1);
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
    {
      label: 'Addresses per port',
      value: n.addressesPerPort,
      kind: 'integer',
      note: `${n.addressesNeededPerPort} needed`,
    },
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
  const title = sheet.addRow(['nv-ipam CIDRPools (one per SuperNIC rail)']);
  title.font = { bold: true, size: 12 };
  writeTable(sheet, { columns: POOL_COLUMNS, rows: n.pools }, title.number + 1);
  return sheet;
}
