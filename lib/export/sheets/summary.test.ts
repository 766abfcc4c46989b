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

  it('uses the cost-to-run inputs set on the Summary card, and says so in its title', () => {
    const plan = planCluster(aDesign({ workerNodes: 16 }));
    const read = (inputs?: Parameters<typeof addSummarySheet>[2]) => {
      const rows = new Map<string, unknown>();
      addSummarySheet(new ExcelJS.Workbook(), plan, inputs).eachRow((row) => {
        const cell = row.getCell(2);
        rows.set(String(row.getCell(1).value).trim(), cell.formula ? cell.result : cell.value);
      });
      return rows;
    };
    const defaults = read();
    const card = read({ costInputs: { energyPriceUSDPerKWh: 0.2, pue: 1.3 } });
    expect(
      card.has('Cost to run (the assumptions set on the Summary card; the others are the defaults)'),
    ).toBe(true);
    expect(card.get('energy price (US$/kWh)')).toBe(0.2);
    // Energy scales with the PUE (1.3 / 1.56) and its cost with the price too (x 2).
    const kwh = defaults.get('Energy per year (kWh)') as number;
    expect(card.get('Energy per year (kWh)')).toBeCloseTo((kwh * 1.3) / 1.56, 0);
    expect(card.get('Energy cost per year (USD)')).toBeCloseTo(((kwh * 1.3) / 1.56) * 0.2, -1);
  });
});
