/**
 * The tabular views of a plan that both the CSV and the XLSX writers emit, defined once so the two
 * files cannot disagree: column headers, cell types and the value of every cell.
 */
import type { AddressBlock, BomLine, Cable, ClusterPlan, PlacedDevice, RackPlan } from '../plan/types';

/** How a column's cells are typed (XLSX number formats; CSV writes the raw value). */
export type CellKind = 'text' | 'integer' | 'decimal' | 'usd' | 'boolean';
export type CellValue = string | number | boolean;

export interface Column<R> {
  header: string;
  kind: CellKind;
  /** Column width in characters (XLSX). */
  width: number;
  value: (row: R) => CellValue;
}

export interface Table<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
}

const col = <R>(header: string, kind: CellKind, width: number, value: (row: R) => CellValue): Column<R> => ({
  header,
  kind,
  width,
  value,
});

/** BOM lines, one row per line, in the plan's order. */
export const BOM_COLUMNS: readonly Column<BomLine>[] = [
  col('Category', 'text', 14, (l) => l.category),
  col('Part number', 'text', 22, (l) => l.partNumber),
  col('Description', 'text', 60, (l) => l.description),
  col('Quantity', 'integer', 10, (l) => l.quantity),
  col('Unit price (USD)', 'usd', 16, (l) => l.unitPriceUSD),
  col('Extended price (USD)', 'usd', 18, (l) => l.extendedPriceUSD),
  col('Unit power (W)', 'decimal', 14, (l) => l.unitPowerW),
  col('Total power (W)', 'decimal', 15, (l) => l.totalPowerW),
  col('Source', 'text', 40, (l) => (l.source.note ? `${l.source.ref}: ${l.source.note}` : l.source.ref)),
  col('Estimate', 'boolean', 10, (l) => l.estimate),
  col('Price overridden', 'boolean', 16, (l) => l.priceOverridden),
  col('Part id', 'text', 20, (l) => l.partId),
];

export function bomTable(plan: ClusterPlan): Table<BomLine> {
  return { columns: BOM_COLUMNS, rows: plan.bom.lines };
}

/** The distinct values in order; one value stays typed, several are joined for display. */
function ends<T extends string | number>(values: readonly T[]): T | string {
  const distinct = [...new Set(values)];
  const [only] = distinct;
  return distinct.length === 1 && only !== undefined ? only : distinct.join('; ');
}

/** Cable schedule: one row per cable, its A end(s) and B end(s) (a splitter has two legs). */
export const CABLING_COLUMNS: readonly Column<Cable>[] = [
  col('Cable', 'text', 12, (c) => c.id),
  col('Network', 'text', 12, (c) => c.network),
  col('A rack', 'text', 9, (c) => ends(c.legs.map((l) => l.a.rack))),
  col('A U', 'integer', 6, (c) => ends(c.legs.map((l) => l.a.u))),
  col('A device', 'text', 22, (c) => ends(c.legs.map((l) => l.a.device))),
  col('A port(s)', 'text', 16, (c) => c.legs.map((l) => l.a.port).join('; ')),
  col('B rack', 'text', 9, (c) => ends(c.legs.map((l) => l.b.rack))),
  col('B U', 'integer', 6, (c) => ends(c.legs.map((l) => l.b.u))),
  col('B device(s)', 'text', 22, (c) => ends(c.legs.map((l) => l.b.device))),
  col('B port(s)', 'text', 16, (c) => c.legs.map((l) => l.b.port).join('; ')),
  col('Legs', 'integer', 6, (c) => c.legs.length),
  col('Speed per leg (Gbps)', 'integer', 12, (c) => ends(c.legs.map((l) => l.speedGbps))),
  col('Media', 'text', 8, (c) => c.media),
  col('Part number', 'text', 22, (c) => c.partNumber),
  col('Length (m)', 'decimal', 10, (c) => c.lengthM),
  col('Reach (m)', 'decimal', 10, (c) => c.reachM),
  col('Cost (USD)', 'usd', 12, (c) => c.costUSD),
  col('Power (W)', 'decimal', 10, (c) => c.powerW),
];

export function cablingTable(plan: ClusterPlan): Table<Cable> {
  return { columns: CABLING_COLUMNS, rows: plan.cabling.cables };
}

/** A device in its rack, or the rack's total line after its devices. */
export type RackRow =
  | { type: 'device'; rack: RackPlan; device: PlacedDevice }
  | { type: 'total'; rack: RackPlan };

/** Rack elevations: each rack's devices top to bottom, then its total. */
export const RACK_COLUMNS: readonly Column<RackRow>[] = [
  col('Rack', 'text', 9, (r) => r.rack.name),
  col('Rack role', 'text', 10, (r) => r.rack.role),
  col('U', 'integer', 5, (r) => (r.type === 'device' ? r.device.u : '')),
  col('Height (U)', 'integer', 10, (r) => (r.type === 'device' ? r.device.heightU : r.rack.usedU)),
  col('Device', 'text', 24, (r) => (r.type === 'device' ? r.device.name : `Total ${r.rack.name}`)),
  col('Kind', 'text', 20, (r) => (r.type === 'device' ? r.device.kind : 'rack total')),
  col('Role', 'text', 14, (r) => (r.type === 'device' ? r.device.role : '')),
  col('Part id', 'text', 18, (r) => (r.type === 'device' ? r.device.partId : '')),
  col('Typical power (W)', 'decimal', 16, (r) =>
    r.type === 'device' ? r.device.powerTypicalW : r.rack.powerTypicalKW * 1000,
  ),
  col('Max power (W)', 'decimal', 14, (r) =>
    r.type === 'device' ? r.device.powerMaxW : r.rack.powerKW * 1000,
  ),
  col('Budget (kW)', 'decimal', 11, (r) => (r.type === 'device' ? '' : r.rack.budgetKW)),
  col('Over budget', 'boolean', 11, (r) => (r.type === 'device' ? '' : r.rack.overBudget)),
];

export function rackTable(plan: ClusterPlan): Table<RackRow> {
  const rows: RackRow[] = [];
  for (const rack of plan.racks) {
    const top = [...rack.devices].sort((a, b) => b.u - a.u);
    for (const device of top) rows.push({ type: 'device', rack, device });
    rows.push({ type: 'total', rack });
  }
  return { columns: RACK_COLUMNS, rows };
}

/**
 * The IP plan: one row per address block (switchport prefixes, /31 links, loopbacks, OOB, PXE /
 * management, north-south, MetalLB), in the plan's order. Machine-readable snake_case headers: the
 * CSV is read by provisioning scripts, the workbook sheet shows the same columns.
 */
export const IP_PLAN_COLUMNS: readonly Column<AddressBlock>[] = [
  col('network', 'text', 13, (b) => b.network),
  col('device', 'text', 22, (b) => b.device),
  col('port', 'text', 9, (b) => b.port),
  col('prefix', 'text', 18, (b) => b.prefix),
  col('gateway', 'text', 15, (b) => b.gateway),
  col('peer_device', 'text', 22, (b) => b.peerDevice),
  col('peer_port', 'text', 10, (b) => b.peerPort),
  col('peer_addresses', 'text', 31, (b) => b.peerAddresses),
  col('rail', 'integer', 6, (b) => b.rail ?? ''),
];

export function ipPlanTable(plan: ClusterPlan): Table<AddressBlock> {
  return { columns: IP_PLAN_COLUMNS, rows: plan.ipPlan.blocks };
}
