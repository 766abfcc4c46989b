/**
 * Compare sheet (when the workbook is exported from the Compare view): every figure of every
 * scenario side by side (lib/compare COMPARE_METRICS), each scenario's difference to the baseline
 * as a formula over the cells beside it (with its stored result), then the scenarios' designs and
 * the cost-to-run inputs they were costed at.
 */
import type ExcelJS from 'exceljs';
import { type CompareMetric, METRIC_GROUP_LABELS, metricsShown } from '../../compare/metrics';
import type { Comparison, ScenarioFigures } from '../../compare/types';
import {
  columnLetter,
  type FormulaCell,
  freezeRows,
  NUMBER_FORMATS,
  type SheetColumn,
  writeTable,
} from '../sheet-writer';
import type { CellValue } from '../tables';
import { writeSection } from './key-values';

export const COMPARE_SHEET_NAME = 'Compare';

/** Columns A and B: the group and the figure; then one value column per scenario. */
const FIRST_SCENARIO_COLUMN = 3;

const valueColumn = (i: number) => columnLetter(FIRST_SCENARIO_COLUMN + i);

/** The figure table's columns: values, then a difference and a % column per other scenario. */
function figureColumns(c: Comparison): SheetColumn<CompareMetric>[] {
  const base = c.scenarios[c.baseline] as ScenarioFigures;
  const values = c.scenarios.map(
    (s, i): SheetColumn<CompareMetric> => ({
      header: i === c.baseline ? `${s.name} (baseline)` : s.name,
      kind: 'text',
      width: 22,
      value: (m) => m.read(s) ?? '',
    }),
  );
  const deltas = c.scenarios.flatMap((s, i): SheetColumn<CompareMetric>[] => {
    if (i === c.baseline) return [];
    const cell = (m: CompareMetric, row: number) => ({
      s: m.read(s),
      b: m.read(base),
      ref: `${valueColumn(i)}${row}`,
    });
    const baseRef = (row: number) => `${valueColumn(c.baseline)}${row}`;
    return [
      {
        header: `${s.name}: difference`,
        kind: 'text',
        width: 18,
        value: (m, row): CellValue | FormulaCell => {
          const { s: v, b, ref } = cell(m, row);
          return v === null || b === null ? '' : { formula: `${ref}-${baseRef(row)}`, result: v - b };
        },
      },
      {
        header: `${s.name}: difference (%)`,
        kind: 'decimal',
        width: 14,
        value: (m, row): CellValue | FormulaCell => {
          const { s: v, b, ref } = cell(m, row);
          if (v === null || b === null || b === 0) return '';
          return { formula: `(${ref}-${baseRef(row)})/${baseRef(row)}*100`, result: ((v - b) / b) * 100 };
        },
      },
    ];
  });
  return [
    { header: 'Group', kind: 'text', width: 26, value: (m) => METRIC_GROUP_LABELS[m.group] },
    { header: 'Figure', kind: 'text', width: 40, value: (m) => m.label },
    ...values,
    ...deltas,
  ];
}

interface ScenarioRow {
  figures: ScenarioFigures;
}

const SCENARIO_COLUMNS: readonly SheetColumn<ScenarioRow>[] = [
  { header: 'Scenario', kind: 'text', width: 26, value: (r) => r.figures.name },
  { header: 'GPU', kind: 'text', width: 40, value: (r) => r.figures.gpuName },
  { header: 'Layout', kind: 'text', width: 22, value: (r) => r.figures.layout },
  { header: 'Worker nodes', kind: 'integer', width: 14, value: (r) => r.figures.design.workerNodes },
  { header: 'MIG profile', kind: 'text', width: 14, value: (r) => r.figures.design.migProfile ?? 'none' },
  {
    header: 'Workload (as sized)',
    kind: 'text',
    width: 50,
    value: (r) => (r.figures.workload ? `${r.figures.workload.label} (${r.figures.workload.optionId})` : ''),
  },
  { header: 'Plan errors', kind: 'integer', width: 12, value: (r) => r.figures.planIssues.errors },
  { header: 'Plan warnings', kind: 'integer', width: 14, value: (r) => r.figures.planIssues.warnings },
];

/** The rows the sheet lists: every metric some scenario has a value for (tests read it too). */
export function compareSheetMetrics(c: Comparison): CompareMetric[] {
  return metricsShown(c.scenarios);
}

export function addCompareSheet(workbook: ExcelJS.Workbook, c: Comparison): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(COMPARE_SHEET_NAME);
  const metrics = compareSheetMetrics(c);
  const columns = figureColumns(c);
  const { firstRow } = writeTable(sheet, { columns, rows: metrics });
  // Each row's figures have the row's own kind (GPUs, US$, kW): formats go on the cells.
  metrics.forEach((m, r) => {
    const row = sheet.getRow(firstRow + r);
    for (let col = FIRST_SCENARIO_COLUMN; col < FIRST_SCENARIO_COLUMN + c.scenarios.length; col++) {
      row.getCell(col).numFmt = NUMBER_FORMATS[m.kind] ?? '';
    }
    for (let col = FIRST_SCENARIO_COLUMN + c.scenarios.length; col <= columns.length; col += 2) {
      row.getCell(col).numFmt = NUMBER_FORMATS[m.kind] ?? '';
      row.getCell(col + 1).numFmt = NUMBER_FORMATS.decimal ?? '';
    }
  });
  freezeRows(sheet, 1);

  sheet.addRow([]);
  const title = sheet.addRow(['Scenarios']);
  title.font = { bold: true, size: 12 };
  const rows = c.scenarios.map((figures) => ({ figures }));
  writeTable(sheet, { columns: SCENARIO_COLUMNS, rows }, title.number + 1, { secondary: true });
  sheet.addRow([]);
  writeSection(
    sheet,
    `Cost to run: the inputs every scenario is costed at (baseline: ${c.baselineName})`,
    c.costAssumptions.map((a) => ({
      label: a.label,
      value: a.value,
      kind: 'decimal' as const,
      note: `${a.unit}; ${a.source}`,
    })),
  );
  return sheet;
}
