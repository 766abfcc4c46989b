/**
 * The tabular views of a plan that both the CSV and the XLSX writers emit, defined once so the two
 * files cannot disagree: column headers, cell types and the value of every cell.
 */

import type { NotIncludedItem } from '../catalog/not-included';
import { type CableEndLabel, cableEndLabels, cableLabel, endText } from '../plan/cable-labels';
import type { AddressBlock, BomLine, Cable, ClusterPlan } from '../plan/types';

/** How a column's cells are typed (XLSX number formats and stored precision; CSV writes the raw value). */
export type CellKind = 'text' | 'integer' | 'decimal' | 'kw' | 'usd' | 'boolean';
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

/** Category of the BOM CSV's records for what the BOM leaves out (after the lines). */
export const BOM_NOT_INCLUDED_CATEGORY = 'not included';

/** Where a not-included item is stated, as one text: why, then the source. */
export const notIncludedSourceText = (n: NotIncludedItem): string =>
  `${n.why} (${n.source.ref}${n.source.note ? `: ${n.source.note}` : ''})`;

const NOT_INCLUDED_CELLS: Readonly<Record<string, (n: NotIncludedItem) => CellValue>> = {
  Category: () => BOM_NOT_INCLUDED_CATEGORY,
  Description: (n) => n.item,
  Source: notIncludedSourceText,
  'Part id': (n) => `not-included:${n.id}`,
};

/**
 * plan.bom.notIncluded as records of the BOM columns: the item as the description, why and where
 * it is stated as the source, and no quantity, price or power (blank, so column sums stay the total).
 */
export function bomNotIncludedRecords(plan: ClusterPlan): CellValue[][] {
  return plan.bom.notIncluded.map((n) => BOM_COLUMNS.map((c) => NOT_INCLUDED_CELLS[c.header]?.(n) ?? ''));
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
  // Numeric: the first leg's U; a splitter's second leg has its own column (its device may differ).
  col('B U', 'integer', 6, (c) => c.legs[0]?.b.u ?? ''),
  col('B U (2nd leg)', 'integer', 8, (c) => c.legs[1]?.b.u ?? ''),
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
  // The identifier printed on the cable's labels (lib/plan/cable-labels.ts): its A-end switch port.
  col('Label', 'text', 16, (c) => cableLabel(c)),
];

export function cablingTable(plan: ClusterPlan): Table<Cable> {
  return { columns: CABLING_COLUMNS, rows: plan.cabling.cables };
}

/** One label to print: the cable, and the end it goes on. */
export interface LabelRow {
  cable: Cable;
  label: CableEndLabel;
}

/**
 * The label sheet for a label printer: one record per cable end (a splitter has an A end and one B end
 * per leg), each naming this end and the far end(s) by rack, U, device and port, plus both as
 * ready-made text lines. Machine-readable snake_case headers: label software maps columns to fields.
 */
export const CABLE_LABEL_COLUMNS: readonly Column<LabelRow>[] = [
  col('label', 'text', 16, (r) => r.label.label),
  col('end', 'text', 5, (r) => r.label.end),
  col('rack', 'text', 7, (r) => r.label.here.rack),
  col('u', 'integer', 4, (r) => r.label.here.u),
  col('device', 'text', 22, (r) => r.label.here.device),
  col('port', 'text', 9, (r) => r.label.here.port),
  col('far_rack', 'text', 8, (r) => ends(r.label.far.map((e) => e.rack))),
  col('far_u', 'text', 6, (r) => ends(r.label.far.map((e) => e.u))),
  col('far_device', 'text', 22, (r) => ends(r.label.far.map((e) => e.device))),
  col('far_port', 'text', 12, (r) => r.label.far.map((e) => e.port).join('; ')),
  col('this_end', 'text', 26, (r) => endText(r.label.here)),
  col('far_end', 'text', 44, (r) => r.label.far.map(endText).join('; ')),
  col('network', 'text', 12, (r) => r.cable.network),
  col('media', 'text', 7, (r) => r.cable.media),
  col('part_number', 'text', 22, (r) => r.cable.partNumber),
  col('length_m', 'decimal', 9, (r) => r.cable.lengthM),
  col('cable_id', 'text', 10, (r) => r.cable.id),
];

export function cableLabelTable(plan: ClusterPlan): Table<LabelRow> {
  const rows = plan.cabling.cables.flatMap((cable) =>
    cableEndLabels(cable).map((label) => ({ cable, label })),
  );
  return { columns: CABLE_LABEL_COLUMNS, rows };
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
