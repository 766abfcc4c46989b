import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { costToRun } from '../../cost/cost-to-run';
import { aDesign } from '../../design/schema';
import { planCluster } from '../../plan/plan-cluster';
import { addSummarySheet } from './summary';

describe('Summary sheet: cost to run', () => {
  it('lists the default assumptions, the yearly energy, capex, opex and cost per GPU-hour', () => {
    const plan = planCluster(aDesign({ workerNodes: 16 }));
    const workbook = new ExcelJS.Workbook();
    const sheet = addSummarySheet(workbook, plan);
    const rows = new Map<string, unknown>();
    // A formula cell's stored result stands for its value.
    sheet.eachRow((row) => {
      const cell = row.getCell(2);
      rows.set(String(row.getCell(1).value).trim(), cell.formula ? cell.result : cell.value);
    });
    const r = costToRun(plan);
    expect(rows.has("Cost to run (the planner's default assumptions)")).toBe(true);
    expect(rows.get('energy price (US$/kWh)')).toBe(0.1);
    expect(rows.get('power usage effectiveness (PUE) (facility power / IT power)')).toBe(1.56);
    // typical kW x 1.56 x 8,760 h.
    expect(rows.get('Energy per year (kWh)')).toBeCloseTo(plan.power.totalTypicalKW * 1.56 * 8760, 6);
    expect(rows.get('Capex: BOM total (USD)')).toBe(plan.bom.totalUSD);
    expect(rows.get('Total over 4 years (USD)')).toBe(r.totalUSD);
    expect(rows.get('Cost per used GPU-hour (USD)')).toBe(r.costPerUsedGpuHourUSD);
  });
});
