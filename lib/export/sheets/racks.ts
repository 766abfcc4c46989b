/**
 * Racks sheet: each rack's elevation top to bottom (U, device, role, power) under an autofilter, and
 * below it, outside the filter, one total row per rack: SUMIF / COUNTIF formulas over the device rows
 * (plus the rack's share of cable power, which no device row holds), stored with the plan's figures.
 */
import type ExcelJS from 'exceljs';
import type { ClusterPlan, PlacedDevice, RackPlan } from '../../plan/types';
import type { ExportOptions } from '../formats';
import { columnLetter, freezeRows, type SheetColumn, writeTable } from '../sheet-writer';
import type { DeferredRows } from '../sheet-xml/deferred-rows';

interface DeviceRow {
  rack: RackPlan;
  device: PlacedDevice;
}

export const RACK_DEVICE_COLUMNS: readonly SheetColumn<DeviceRow>[] = [
  { header: 'Rack', kind: 'text', width: 9, value: (r) => r.rack.name },
  { header: 'Rack role', kind: 'text', width: 10, value: (r) => r.rack.role },
  { header: 'U', kind: 'integer', width: 5, value: (r) => r.device.u },
  { header: 'Height (U)', kind: 'integer', width: 10, value: (r) => r.device.heightU },
  { header: 'Device', kind: 'text', width: 24, value: (r) => r.device.name },
  { header: 'Kind', kind: 'text', width: 20, value: (r) => r.device.kind },
  { header: 'Role', kind: 'text', width: 14, value: (r) => r.device.role },
  { header: 'Part id', kind: 'text', width: 18, value: (r) => r.device.partId },
  { header: 'Typical power (W)', kind: 'decimal', width: 16, value: (r) => r.device.powerTypicalW },
  { header: 'Max power (W)', kind: 'decimal', width: 14, value: (r) => r.device.powerMaxW },
];

const letterOf = (columns: readonly SheetColumn<never>[], header: string): string => {
  const index = columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no Racks column "${header}"`);
  return columnLetter(index + 1);
};

/** The rack's share of cable power: the part of its power that no device row holds. */
const cableShareW = (rack: RackPlan) =>
  rack.powerKW * 1000 - rack.devices.reduce((s, d) => s + d.powerMaxW, 0);

/** Total columns; `over(header)` is the device-table range of a column, for SUMIF and COUNTIF. */
function totalColumns(over: (header: string) => string): readonly SheetColumn<RackPlan>[] {
  const racks = over('Rack');
  const sumOf = (header: string, row: number) => `SUMIF(${racks},A${row},${over(header)})`;
  const columns: SheetColumn<RackPlan>[] = [
    { header: 'Rack', kind: 'text', width: 9, value: (r) => r.name },
    { header: 'Rack role', kind: 'text', width: 10, value: (r) => r.role },
    {
      header: 'Devices',
      kind: 'integer',
      width: 8,
      value: (r, row) => ({ formula: `COUNTIF(${racks},A${row})`, result: r.devices.length }),
    },
    {
      header: 'Used (U)',
      kind: 'integer',
      width: 10,
      value: (r, row) => ({ formula: sumOf('Height (U)', row), result: r.usedU }),
    },
    { header: 'Rack height (U)', kind: 'integer', width: 10, value: (r) => r.heightU },
    { header: 'Cable power share (W)', kind: 'decimal', width: 14, value: cableShareW },
    {
      header: 'Typical power (W)',
      kind: 'decimal',
      width: 16,
      value: (r, row) => ({
        formula: `${sumOf('Typical power (W)', row)}+${share}${row}`,
        result: r.powerTypicalKW * 1000,
      }),
    },
    {
      header: 'Max power (W)',
      kind: 'decimal',
      width: 14,
      value: (r, row) => ({
        formula: `${sumOf('Max power (W)', row)}+${share}${row}`,
        result: r.powerKW * 1000,
      }),
    },
    { header: 'Budget (kW)', kind: 'kw', width: 11, value: (r) => r.budgetKW },
    {
      header: 'Over budget',
      kind: 'boolean',
      width: 11,
      value: (r, row) => ({ formula: `${max}${row}>${budget}${row}*1000`, result: r.overBudget }),
    },
  ];
  // Letters of this table's own columns: the formulas above read them only when rows are written.
  const share = letterOf(columns, 'Cable power share (W)');
  const max = letterOf(columns, 'Max power (W)');
  const budget = letterOf(columns, 'Budget (kW)');
  return columns;
}

/** Column of the pointer from the frozen header to the totals below (after the device columns). */
const POINTER_COLUMN = RACK_DEVICE_COLUMNS.length + 2;

/** @param deferTo where the device rows go to be written as XML (else into the model; see writeTable). */
export function addRacksSheet(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  _options?: ExportOptions,
  deferTo?: DeferredRows[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Racks');
  freezeRows(sheet, 1);
  const devices = plan.racks.flatMap((rack) =>
    [...rack.devices].sort((a, b) => b.u - a.u).map((device) => ({ rack, device })),
  );
  const { firstRow, lastRow } = writeTable(sheet, { columns: RACK_DEVICE_COLUMNS, rows: devices }, 1, {
    shareStyles: true,
    deferTo,
  });
  const range = (header: string) => {
    const col = letterOf(RACK_DEVICE_COLUMNS, header);
    return `$${col}$${firstRow}:$${col}$${Math.max(firstRow, lastRow)}`;
  };
  sheet.addRow([]);
  const title = sheet.addRow(['Rack totals (formulas over the device rows above)']);
  title.font = { bold: true, size: 12 };
  sheet.getCell(1, POINTER_COLUMN).value = `Rack totals: below the devices, from row ${title.number}`;
  const totals = writeTable(sheet, { columns: totalColumns(range), rows: plan.racks }, title.number + 1, {
    secondary: true,
  });
  plan.racks.forEach((rack, i) => {
    // Over-budget racks stand out in red.
    sheet.getRow(totals.firstRow + i).font = rack.overBudget
      ? { bold: true, color: { argb: 'FFB91C1C' } }
      : { bold: true };
  });
  return sheet;
}
