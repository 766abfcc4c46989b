/**
 * Assumptions sheet: every figure that is an estimate or a user override, with its value and source,
 * plus the cabling and rack assumptions the physical plan used. A price's value is a reference to
 * its line's unit price in the BOM sheet, so a price edited there shows here too.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import { freezeRows, NUMBER_FORMATS, type SheetColumn, writeTable } from '../sheet-writer';
import type { CellKind, CellValue } from '../tables';
import { bomLineCell } from './bom';

export interface Assumption {
  category: string;
  item: string;
  value: CellValue;
  unit: string;
  source: string;
  /** A number's format and precision (decimal unless set). */
  kind?: CellKind;
  /** Index of the BOM line whose unit price this is. */
  bomLine?: number;
}

const COLUMNS: readonly SheetColumn<Assumption>[] = [
  { header: 'Category', kind: 'text', width: 18, value: (a) => a.category },
  { header: 'Item', kind: 'text', width: 48, value: (a) => a.item },
  // Mixed text and numbers: each number gets its own format below, the column none.
  {
    header: 'Value',
    kind: 'text',
    width: 16,
    value: (a) =>
      a.bomLine === undefined || typeof a.value !== 'number'
        ? a.value
        : { formula: bomLineCell('Unit price (USD)', a.bomLine), result: a.value },
  },
  { header: 'Unit', kind: 'text', width: 8, value: (a) => a.unit },
  { header: 'Source / note', kind: 'text', width: 90, value: (a) => a.source },
];

/** The rows of the sheet, also used by the tests. */
export function assumptions(plan: ClusterPlan): Assumption[] {
  const rows: Assumption[] = [];
  plan.bom.lines.forEach((line, bomLine) => {
    const price = { value: line.unitPriceUSD, unit: 'USD', kind: 'usd' as const, bomLine };
    if (line.priceOverridden) {
      rows.push({
        category: 'Price override',
        item: `${line.partNumber} (${line.category})`,
        source: 'User override (priceOverridesUSD)',
        ...price,
      });
    } else if (line.estimate) {
      rows.push({
        category: 'Price estimate',
        item: `${line.partNumber}: ${line.description}`,
        source: line.source.note ? `${line.source.ref}: ${line.source.note}` : line.source.ref,
        ...price,
      });
    }
  });
  const a = plan.cabling.assumptions;
  const physical = plan.input.physical;
  rows.push(
    { category: 'Cabling', item: 'Rack width', value: a.rackWidthMm, unit: 'mm', source: 'design input' },
    { category: 'Cabling', item: 'Rack unit height', value: a.uHeightMm, unit: 'mm', source: 'EIA-310' },
    {
      category: 'Cabling',
      item: 'Slack per cable end',
      value: a.slackPerEndM,
      unit: 'm',
      source: 'design input (no authoritative figure)',
    },
    {
      category: 'Cabling',
      item: 'Cable tray height above rack top',
      value: a.trayHeightM,
      unit: 'm',
      source: 'design input',
    },
    { category: 'Cabling', item: 'Media policy', value: a.mediaPolicy, unit: '', source: 'design input' },
    {
      category: 'Cabling',
      item: 'Racks apart a cable may run sideways',
      value: a.sideRouteMaxRacks,
      unit: 'racks',
      source: 'planner assumption',
    },
    {
      category: 'Cabling',
      item: 'Stocked lengths',
      value: a.stockedLengths,
      unit: '',
      source: 'planner assumption',
    },
    {
      category: 'Racks',
      item: 'Rack height',
      value: physical.rackHeightU,
      unit: 'U',
      source: 'design input',
    },
    {
      category: 'Racks',
      item: 'Rack power budget',
      value: physical.rackPowerBudgetKW,
      unit: 'kW',
      kind: 'kw',
      source: 'design input (RA: about 40 kW per GPU rack)',
    },
  );
  return rows;
}

export function addAssumptionsSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Assumptions');
  freezeRows(sheet, 1);
  const rows = assumptions(plan);
  const valueColumn = COLUMNS.findIndex((c) => c.header === 'Value') + 1;
  const { firstRow } = writeTable(sheet, { columns: COLUMNS, rows });
  rows.forEach((a, i) => {
    const numFmt = typeof a.value === 'number' && NUMBER_FORMATS[a.kind ?? 'decimal'];
    if (numFmt) sheet.getCell(firstRow + i, valueColumn).numFmt = numFmt;
  });
  return sheet;
}
