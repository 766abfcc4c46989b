/**
 * Assumptions sheet: every figure that is an estimate or a user override, with its value and source,
 * plus the cabling and rack assumptions the physical plan used.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan } from '../../plan/types';
import { freezeRows, writeTable } from '../sheet-writer';
import type { CellKind, CellValue, Column } from '../tables';

export interface Assumption {
  category: string;
  item: string;
  value: CellValue;
  unit: string;
  source: string;
}

const COLUMNS: readonly Column<Assumption>[] = [
  { header: 'Category', kind: 'text', width: 18, value: (a) => a.category },
  { header: 'Item', kind: 'text', width: 48, value: (a) => a.item },
  { header: 'Value', kind: 'decimal' as CellKind, width: 16, value: (a) => a.value },
  { header: 'Unit', kind: 'text', width: 8, value: (a) => a.unit },
  { header: 'Source / note', kind: 'text', width: 90, value: (a) => a.source },
];

/** The rows of the sheet, also used by the tests. */
export function assumptions(plan: ClusterPlan): Assumption[] {
  const rows: Assumption[] = [];
  for (const line of plan.bom.lines) {
    if (line.priceOverridden) {
      rows.push({
        category: 'Price override',
        item: `${line.partNumber} (${line.category})`,
        value: line.unitPriceUSD,
        unit: 'USD',
        source: 'User override (priceOverridesUSD)',
      });
    } else if (line.estimate) {
      rows.push({
        category: 'Price estimate',
        item: `${line.partNumber}: ${line.description}`,
        value: line.unitPriceUSD,
        unit: 'USD',
        source: line.source.note ? `${line.source.ref}: ${line.source.note}` : line.source.ref,
      });
    }
  }
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
      source: 'design input (RA: about 40 kW per GPU rack)',
    },
  );
  return rows;
}

export function addAssumptionsSheet(workbook: ExcelJS.Workbook, plan: ClusterPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Assumptions');
  freezeRows(sheet, 1);
  writeTable(sheet, { columns: COLUMNS, rows: assumptions(plan) });
  return sheet;
}
