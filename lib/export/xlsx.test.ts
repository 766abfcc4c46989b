import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { BOM_GRAND_TOTAL_LABEL, BOM_SUBTOTAL_LABEL, bomColumn } from './sheets/bom';
import { FormulaEvaluator } from './test-support/formula-eval';
import {
  formulasDisagreeing,
  formulasWithoutResult,
  noisyNumbers,
  readBack,
  storedNumber,
} from './test-support/workbook-checks';
import { buildWorkbook } from './xlsx';

/** Data rows of a sheet below a header in row 1 (the sheet's last row included). */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows;
}

/** 1-based column of a header in row 1 (fails the test when the header is missing). */
function columnOf(sheet: ExcelJS.Worksheet, header: string, row = 1): number {
  const values = sheet.getRow(row).values as unknown[];
  const index = values.indexOf(header);
  expect(index, `${sheet.name} has a "${header}" column`).toBeGreaterThan(0);
  return index;
}

/** The Summary's value cell (column B) of the row labelled `label`. */
function summaryCell(workbook: ExcelJS.Workbook, label: string): ExcelJS.Cell {
  const sheet = workbook.getWorksheet('Summary')!;
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value).trim() === label) found = row.getCell(2);
  });
  expect(found, `Summary row "${label}"`).toBeDefined();
  return found!;
}

const formulaOf = (cell: ExcelJS.Cell) => cell.formula;
const resultOf = (cell: ExcelJS.Cell) => cell.result;

describe('BOM workbook (reference design, one price override)', () => {
  let plan: ClusterPlan;
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  const progress: [string, number][] = [];

  beforeAll(async () => {
    plan = planCluster(aDesign({ priceOverridesUSD: { sn5610: 55000 } }));
    bytes = await buildWorkbook(plan, (stage, f) => progress.push([stage, f]));
    workbook = await readBack(bytes);
  });

  it('has the six sheets in order, each with a frozen header', () => {
    // The order the Exports panel and `--format xlsx` describe (lib/export/formats.ts).
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'BOM',
      'Cabling',
      'Racks',
      'IP plan',
      'Assumptions',
    ]);
    for (const sheet of workbook.worksheets)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('reports progress from 0 to 1', () => {
    expect(progress[0]![1]).toBe(0);
    expect(progress.at(-1)).toEqual(['Done', 1]);
    const fractions = progress.map(([, f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('stores a result with every formula, in the file itself (Cat6 cables draw 0 W)', () => {
    expect(formulasWithoutResult(workbook)).toEqual([]);
    // Viewers that do not recalculate read <v>: every <c> with an <f> must carry one.
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(6);
    let formulas = 0;
    for (const name of sheets) {
      for (const cell of strFromU8(files[name]!).match(/<c [^>]*>(?:(?!<\/c>).)*<\/c>/gs) ?? []) {
        if (!cell.includes('<f>')) continue;
        formulas += 1;
        expect(cell, `${name}: formula cell with a stored value`).toMatch(/<v>[^<]+<\/v>/);
      }
    }
    expect(formulas).toBeGreaterThan(plan.bom.lines.length * 2);
    // The Cat6 patch cables' power formula stores 0, the plan's figure (RA: 1GbE OOB copper).
    const bom = workbook.getWorksheet('BOM')!;
    const cat6 = dataRows(bom).find((r) =>
      String(r.getCell(bomColumn('Part number')).value).startsWith('Cat6'),
    );
    expect(cat6).toBeDefined();
    const power = cat6!.getCell(bomColumn('Total power (W)'));
    expect([formulaOf(power), resultOf(power)]).toEqual([expect.stringMatching(/^D\d+\*G\d+$/), 0]);
  });

  it('stores no floating-point noise: every number as its format shows it', () => {
    expect(noisyNumbers(workbook)).toEqual([]);
    // The example: 180.3989 kW typical power is stored to the watt, not as 180.39890000000003.
    const typical = storedNumber(summaryCell(workbook, 'Power, typical (kW)'));
    expect(typical).toBe(Math.round(plan.power.totalTypicalKW * 1000) / 1000);
    expect(String(typical)).toMatch(/^\d+(\.\d{1,3})?$/);
  });

  it('recalculates every formula to the result it stores', () => {
    expect(formulasDisagreeing(workbook)).toEqual([]);
  });

  it('lists every BOM line with typed cells and an autofilter', () => {
    const sheet = workbook.getWorksheet('BOM')!;
    const lines = dataRows(sheet).filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number');
    expect(lines).toHaveLength(plan.bom.lines.length);
    const first = lines[0]!;
    expect(first.getCell(bomColumn('Unit price (USD)')).numFmt).toContain('$');
    expect(first.getCell(bomColumn('Estimate')).value).toBe(plan.bom.lines[0]!.estimate);
    expect(sheet.autoFilter).toBe(`A1:L${plan.bom.lines.length + 1}`);
    expect(sheet.getColumn(bomColumn('Description')).width).toBeGreaterThan(30);
  });

  it('totals with SUMIF / SUM formulas whose results equal the plan', () => {
    const sheet = workbook.getWorksheet('BOM')!;
    const ext = bomColumn('Extended price (USD)');
    const rows = dataRows(sheet);
    const subtotals = rows.filter((r) => r.getCell(bomColumn('Part number')).value === BOM_SUBTOTAL_LABEL);
    expect(subtotals.map((r) => [r.getCell(bomColumn('Category')).value, resultOf(r.getCell(ext))])).toEqual(
      plan.bom.subtotals.map((s) => [s.category, s.totalUSD]),
    );
    for (const r of subtotals) expect(formulaOf(r.getCell(ext))).toMatch(/^SUMIF\(/);
    const total = rows.find((r) => r.getCell(bomColumn('Category')).value === BOM_GRAND_TOTAL_LABEL)!;
    expect(formulaOf(total.getCell(ext))).toMatch(/^SUM\(/);
    expect(resultOf(total.getCell(ext))).toBe(plan.bom.totalUSD);
  });

  it('carries a unit price edited in the BOM into the Summary totals, the cost to run and the Assumptions', () => {
    const bom = workbook.getWorksheet('BOM')!;
    const unit = bomColumn('Unit price (USD)');
    const rows = dataRows(bom).filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number');
    const leaves = rows.find((r) =>
      String(r.getCell(bomColumn('Description')).value).includes('east-west leaf'),
    );
    expect(leaves).toBeDefined();
    const quantity = Number(leaves!.getCell(bomColumn('Quantity')).value);
    const e = new FormulaEvaluator(workbook);
    const summary = (label: string) => {
      const cell = summaryCell(workbook, label);
      return e.cell('Summary', cell.address);
    };
    const before = {
      total: summary('BOM total (USD)'),
      switches: summary('switches (USD)'),
      capex: summary('Capex: BOM total (USD)'),
      fourYears: summary('Total over 4 years (USD)'),
    };
    expect(before.total).toBeCloseTo(plan.bom.totalUSD, 2);
    // A purchaser's quote: the leaves at 60,000 instead of the 55,000 override.
    e.edit('BOM', `${unit}${leaves!.number}`, 60_000);
    const delta = quantity * 5000;
    expect(summary('BOM total (USD)')).toBeCloseTo(Number(before.total) + delta, 2);
    expect(summary('switches (USD)')).toBeCloseTo(Number(before.switches) + delta, 2);
    expect(summary('Capex: BOM total (USD)')).toBeCloseTo(Number(before.capex) + delta, 2);
    expect(summary('Total over 4 years (USD)')).toBeCloseTo(Number(before.fourYears) + delta, 2);
    // 256 GPUs x 8,760 h x 4 years = 8,970,240 GPU-hours; 70 % of them used.
    const fourYears = Number(summary('Total over 4 years (USD)'));
    expect(summary('Cost per GPU-hour (USD)')).toBeCloseTo(fourYears / 8_970_240, 9);
    expect(summary('Cost per used GPU-hour (USD)')).toBeCloseTo(fourYears / (8_970_240 * 0.7), 9);
    // The Assumptions' override row of that line shows the new price.
    const assumptions = workbook.getWorksheet('Assumptions')!;
    const value = columnOf(assumptions, 'Value');
    const overrides = dataRows(assumptions).filter((r) => r.getCell(1).value === 'Price override');
    const shown = overrides.map((r) => e.cell('Assumptions', r.getCell(value).address));
    expect(shown).toContain(60_000);
    expect(shown).toContain(55_000); // the other SN5610 lines keep the override
  });

  it('carries a cable price edited in the BOM into the Summary cabling cost', () => {
    const bom = workbook.getWorksheet('BOM')!;
    const cat6 = dataRows(bom).find((r) =>
      String(r.getCell(bomColumn('Part number')).value).startsWith('Cat6'),
    )!;
    const quantity = Number(cat6.getCell(bomColumn('Quantity')).value);
    const price = Number(cat6.getCell(bomColumn('Unit price (USD)')).value);
    const e = new FormulaEvaluator(workbook);
    const cabling = summaryCell(workbook, 'Cabling cost (USD)');
    expect(e.cell('Summary', cabling.address)).toBeCloseTo(plan.cabling.totalCostUSD, 2);
    e.edit('BOM', `${bomColumn('Unit price (USD)')}${cat6.number}`, price + 1);
    expect(e.cell('Summary', cabling.address)).toBeCloseTo(plan.cabling.totalCostUSD + quantity, 2);
  });

  it('flags the overridden price in the BOM and lists it in Assumptions', () => {
    const bom = workbook.getWorksheet('BOM')!;
    const overridden = dataRows(bom).filter((r) => r.getCell(bomColumn('Price overridden')).value === true);
    expect(overridden.length).toBe(plan.bom.lines.filter((l) => l.priceOverridden).length);
    expect(overridden.length).toBeGreaterThan(0);
    for (const r of overridden) expect(r.getCell(bomColumn('Unit price (USD)')).value).toBe(55000);
    const assumptions = dataRows(workbook.getWorksheet('Assumptions')!);
    const overrideRows = assumptions.filter((r) => r.getCell(1).value === 'Price override');
    expect(overrideRows).toHaveLength(overridden.length);
    for (const r of overrideRows) expect(resultOf(r.getCell(3))).toBe(55000);
    const estimates = assumptions.filter((r) => r.getCell(1).value === 'Price estimate');
    expect(estimates).toHaveLength(plan.bom.lines.filter((l) => l.estimate && !l.priceOverridden).length);
  });

  it('has one Cabling row per cable', () => {
    expect(dataRows(workbook.getWorksheet('Cabling')!)).toHaveLength(plan.cabling.cables.length);
  });

  it('lists every placed device under the Racks autofilter and the rack totals below it, outside', () => {
    const sheet = workbook.getWorksheet('Racks')!;
    const devices = plan.racks.reduce((s, r) => s + r.devices.length, 0);
    expect(sheet.autoFilter).toBe(`A1:J${devices + 1}`);
    const kind = columnOf(sheet, 'Kind');
    const deviceRows = dataRows(sheet).filter((r) => r.number <= devices + 1);
    expect(deviceRows.map((r) => r.getCell(kind).value)).not.toContain('rack total');
    // The header points to the totals table: a title, then its header, then one row per rack.
    const pointer = String(sheet.getRow(1).getCell(12).value);
    const title = Number(/row (\d+)/.exec(pointer)?.[1]);
    expect(title).toBeGreaterThan(devices + 1);
    expect(sheet.getRow(title).getCell(1).value).toMatch(/^Rack totals/);
    const header = title + 1;
    const e = new FormulaEvaluator(workbook);
    const at = (name: string, i: number) =>
      e.cell('Racks', sheet.getRow(header + 1 + i).getCell(columnOf(sheet, name, header)).address);
    plan.racks.forEach((rack, i) => {
      expect(at('Rack', i)).toBe(rack.name);
      expect(at('Devices', i)).toBe(rack.devices.length);
      expect(at('Used (U)', i)).toBe(rack.usedU);
      expect(at('Max power (W)', i)).toBeCloseTo(rack.powerKW * 1000, 1);
      expect(at('Typical power (W)', i)).toBeCloseTo(rack.powerTypicalKW * 1000, 1);
      expect(at('Over budget', i)).toBe(rack.overBudget);
    });
    expect(sheet.rowCount).toBe(header + plan.racks.length);
  });

  it('lists every address block under the IP plan CSV header, with an autofilter over them alone', () => {
    const sheet = workbook.getWorksheet('IP plan')!;
    // The header from the spec (issue 8, item 5), not from the code.
    expect((sheet.getRow(1).values as unknown[]).slice(1, 10)).toEqual([
      'network',
      'device',
      'port',
      'prefix',
      'gateway',
      'peer_device',
      'peer_port',
      'peer_addresses',
      'rail',
    ]);
    const blocks = plan.ipPlan.blocks;
    expect(sheet.autoFilter).toBe(`A1:I${blocks.length + 1}`);
    const cellsOf = (row: ExcelJS.Row) => Array.from({ length: 9 }, (_, c) => row.getCell(c + 1).value);
    const rows = blocks.map((_, i) => cellsOf(sheet.getRow(i + 2)));
    expect(rows).toEqual(
      blocks.map((b) => {
        const cells: unknown[] = [b.network, b.device, b.port, b.prefix, b.gateway, b.peerDevice];
        cells.push(b.peerPort, b.peerAddresses, b.rail);
        // An empty text (a block no switchport owns) and a missing rail are empty cells.
        return cells.map((c) => (c === '' || c === undefined ? null : c));
      }),
    );
    // Hand-checked (lib/plan/ip-plan.test.ts): the first worker's rail-0 block.
    expect(rows[0]).toEqual([
      'east-west',
      expect.stringContaining('leaf'),
      'swp1s0',
      '172.16.0.0/29',
      '172.16.0.1',
      expect.stringMatching(/gpu-001$/),
      'nic1',
      '172.16.0.2-172.16.0.6',
      0,
    ]);
    expect(cellsOf(sheet.getRow(blocks.length + 2))).toEqual(Array(9).fill(null));
  });

  it('gives the site subnets, the MetalLB range, the CIDRPools and the Kubernetes CIDRs below the blocks', () => {
    const sheet = workbook.getWorksheet('IP plan')!;
    const below: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > plan.ipPlan.blocks.length + 1) below.push((row.values as unknown[]).slice(1));
    });
    const rowStarting = (first: unknown) => below.find((r) => r[0] === first);
    expect(rowStarting('Subnet')).toEqual([
      'Subnet',
      'Design field',
      'CIDR',
      'Gateway',
      'Addresses needed',
      'Addresses available',
      'Purpose',
    ]);
    // Reference defaults (lib/design/schema.ts DEFAULT_DESIGN); the underlay has no gateway.
    expect(rowStarting('oob')?.slice(0, 4)).toEqual(['oob', 'oobCidr', '10.250.0.0/16', '10.250.0.1']);
    expect(rowStarting('management')?.slice(0, 4)).toEqual([
      'management',
      'managementCidr',
      '10.251.0.0/16',
      '10.251.0.1',
    ]);
    expect(rowStarting('north-south')?.slice(2, 4)).toEqual(['10.252.0.0/16', '10.252.0.1']);
    expect(rowStarting('underlay')?.slice(0, 3)).toEqual(['underlay', 'underlayCidr', '10.255.0.0/16']);
    // 16 MetalLB addresses below the broadcast address of 10.252.0.0/16.
    expect(rowStarting('Address range')?.[1]).toBe('10.252.255.239-10.252.255.254');
    // Two rails of 172.16.0.0/16, /29 per node, the switchport at index 1.
    expect(rowStarting('rail-0')?.slice(0, 6)).toEqual(['rail-0', 0, '172.16.0.0/17', 29, 1, 64]);
    expect(rowStarting('rail-1')?.slice(0, 6)).toEqual(['rail-1', 1, '172.16.128.0/17', 29, 1, 64]);
    expect(rowStarting('Pod CIDR')?.[1]).toBe('100.64.0.0/12');
    expect(rowStarting('Service CIDR')?.[1]).toBe('100.80.0.0/14');
    expect(rowStarting('Per-switchport prefix')?.[1]).toBe(29);
    // The frozen header points to the tables below.
    const pointer = String(sheet.getRow(1).getCell(11).value);
    const firstBelow = Number(/row (\d+)/.exec(pointer)?.[1]);
    expect(sheet.getRow(firstBelow).getCell(1).value).toBe('Site subnets (MAAS / switches)');
  });

  it('summarises the input, totals, warnings and RA notes', () => {
    const values: unknown[] = [];
    workbook
      .getWorksheet('Summary')!
      .eachRow((row) => row.eachCell((c) => values.push(storedNumber(c) ?? c.value)));
    expect(values).toEqual(
      expect.arrayContaining([plan.input.workerNodes, plan.bom.totalUSD, plan.compute.totalGpus]),
    );
    for (const w of plan.warnings) expect(values).toContain(w.code);
    for (const n of plan.notes) expect(values).toContain(n.topic);
  });
});

describe('Cabling sheet: splitter cables', () => {
  it('keeps "B U" numeric and gives a splitter second leg its own U column', async () => {
    // 1-2-2-200: one 800G leaf port splits to the SuperNICs of two neighbouring servers.
    const plan = planCluster(aDesign({ layout: '1-2-2-200', workerNodes: 16 }));
    const workbook = await readBack(await buildWorkbook(plan));
    const sheet = workbook.getWorksheet('Cabling')!;
    const bu = columnOf(sheet, 'B U');
    const second = columnOf(sheet, 'B U (2nd leg)');
    expect(second).toBe(bu + 1);
    const rows = dataRows(sheet);
    for (const r of rows) {
      expect(typeof r.getCell(bu).value).toBe('number');
      expect(['number', 'object']).toContain(typeof r.getCell(second).value); // a number, or empty (null)
    }
    const index = plan.cabling.cables.findIndex(
      (c) => c.legs.length === 2 && c.legs[0]!.b.u !== c.legs[1]!.b.u,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const cable = plan.cabling.cables[index]!;
    expect([rows[index]!.getCell(bu).value, rows[index]!.getCell(second).value]).toEqual([
      cable.legs[0]!.b.u,
      cable.legs[1]!.b.u,
    ]);
    const straight = plan.cabling.cables.findIndex((c) => c.legs.length === 1);
    expect(rows[straight]!.getCell(second).value).toBeNull();
  });
});

describe('Racks sheet: an over-budget rack', () => {
  it('marks it by formula, with the stored result true', async () => {
    const plan = planCluster(
      aDesign({ workerNodes: 8, physical: { ...aDesign().physical, rackPowerBudgetKW: 2.5 } }),
    );
    expect(plan.racks.some((r) => r.overBudget)).toBe(true);
    const workbook = await readBack(await buildWorkbook(plan));
    expect(formulasDisagreeing(workbook)).toEqual([]);
    const sheet = workbook.getWorksheet('Racks')!;
    const over: boolean[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula?.includes('>')) over.push((cell.result as unknown) === true);
      }),
    );
    expect(over).toEqual(plan.racks.map((r) => r.overBudget));
  });
});

describe('large design', () => {
  it('exports 4,096 nodes and every cable', async () => {
    const plan = planCluster(
      aDesign({
        layout: '1-2-2-200',
        workerNodes: 4096,
        podCidr: '10.0.0.0/11',
        eastWestCidr: '172.16.0.0/12',
      }),
    );
    const workbook = await readBack(await buildWorkbook(plan));
    expect(workbook.getWorksheet('Cabling')!.rowCount).toBe(plan.cabling.cables.length + 1);
    expect(plan.cabling.cables.length).toBeGreaterThan(20_000);
    const ipPlan = workbook.getWorksheet('IP plan')!;
    const blocks = plan.ipPlan.blocks.length;
    expect(blocks).toBeGreaterThan(25_000);
    expect(ipPlan.autoFilter).toBe(`A1:I${blocks + 1}`);
    expect(ipPlan.getRow(blocks + 1).getCell(1).value).toBe('load-balancer');
    // The small tables below set number formats on their own cells, never on the block columns.
    expect([ipPlan.getCell(2, 5).numFmt, ipPlan.getCell(blocks, 6).numFmt]).toEqual([undefined, undefined]);
    expect(noisyNumbers(workbook)).toEqual([]);
  }, 120_000);
});
