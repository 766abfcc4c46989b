import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FormulaEvaluator } from './formula-eval';

/** A two-sheet workbook whose formulas are worked by hand below. */
function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const bom = wb.addWorksheet('BOM');
  bom.addRows([
    ['Category', 'Qty', 'Unit', 'Ext'],
    ['servers', 2, 100],
    ['cables', 10, 1.5],
    ['Servers', 1, 50],
  ]);
  for (const r of [2, 3, 4]) bom.getCell(`D${r}`).value = { formula: `B${r}*C${r}`, result: 0 };
  bom.getCell('D6').value = { formula: 'SUM($D$2:$D$4)', result: 0 };
  bom.getCell('D6').name = 'Total';
  bom.getCell('D7').value = { formula: 'SUMIF($A$2:$A$4,"servers",$D$2:$D$4)', result: 0 };
  const other = wb.addWorksheet('IP plan');
  other.getCell('A1').value = { formula: 'Total-BOM!D7+COUNTIF(BOM!A2:A4,BOM!A2)*-(2+1)', result: 0 };
  other.getCell('A2').value = { formula: "'IP plan'!A1/5>3", result: false };
  other.getCell('A3').value = { formula: 'A3+1', result: 0 };
  other.getCell('A4').value = { formula: 'VLOOKUP(1,A1:A2,1)', result: 0 };
  return wb;
}

describe('test formula evaluator', () => {
  it('recalculates products, sums, SUMIF (case-insensitive), names and other sheets', () => {
    const e = new FormulaEvaluator(workbook());
    // 2 x 100 + 10 x 1.5 + 1 x 50 = 265; "servers" matches "Servers" as in Excel: 200 + 50.
    expect(e.cell('BOM', 'D6')).toBe(265);
    expect(e.cell('BOM', 'D7')).toBe(250);
    // 265 - 250 + 2 x -(3) = 9; 9 / 5 > 3 is false.
    expect(e.cell('IP plan', 'A1')).toBe(9);
    expect(e.cell('IP plan', 'A2')).toBe(false);
  });

  it('applies edits and recalculates what depends on them', () => {
    const e = new FormulaEvaluator(workbook());
    e.edit('BOM', '$C$2', 130);
    // 2 x 130 + 15 + 50 = 325.
    expect(e.cell('BOM', 'D6')).toBe(325);
    expect(e.cell('IP plan', 'A1')).toBe(325 - 310 - 6);
  });

  it('refuses what it does not know and circular references', () => {
    const e = new FormulaEvaluator(workbook());
    expect(() => e.cell('IP plan', 'A3')).toThrow(/circular/);
    expect(() => e.cell('IP plan', 'A4')).toThrow(/unsupported function VLOOKUP/);
    expect(() => e.evaluate('BOM', 'Nowhere+1')).toThrow(/unknown name Nowhere/);
  });
});
