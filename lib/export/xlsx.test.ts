import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import type { ClusterPlan } from '../plan/types';
import { BOM_GRAND_TOTAL_LABEL, BOM_SUBTOTAL_LABEL, bomColumn } from './sheets/bom';
import { BOM_COLUMNS } from './tables';
import { buildWorkbook, SHEET_NAMES } from './xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** Data rows of a sheet below a header in row 1 (the sheet's last row included). */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows;
}

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result;

describe('BOM workbook (reference design, one price override)', () => {
  let plan: ClusterPlan;
  let workbook: ExcelJS.Workbook;
  const progress: [string, number][] = [];

  beforeAll(async () => {
    plan = planCluster(aDesign({ priceOverridesUSD: { sn5610: 55000 } }));
    workbook = await readBack(await buildWorkbook(plan, (stage, f) => progress.push([stage, f])));
  });

  it('has the six sheets in order, each with a frozen header', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEET_NAMES]);
    for (const sheet of workbook.worksheets)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('reports progress from 0 to 1', () => {
    expect(progress[0]![1]).toBe(0);
    expect(progress.at(-1)).toEqual(['Done', 1]);
    const fractions = progress.map(([, f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('lists every BOM line with typed cells and an autofilter', () => {
    const sheet = workbook.getWorksheet('BOM')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...BOM_COLUMNS.map((c) => c.header)]);
    const lines = dataRows(sheet).filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number');
    expect(lines).toHaveLength(plan.bom.lines.length);
    const first = lines[0]!;
    expect(first.getCell(bomColumn('Unit price (USD)')).numFmt).toContain('$');
    expect(first.getCell(bomColumn('Estimate')).value).toBe(plan.bom.lines[0]!.estimate);
    expect(sheet.autoFilter).toBeTruthy();
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
    // The line results the formulas sum agree with the cached total.
    const lineSum = rows
      .filter((r) => typeof r.getCell(bomColumn('Quantity')).value === 'number')
      .reduce((s, r) => s + Number(resultOf(r.getCell(ext))), 0);
    expect(lineSum).toBeCloseTo(plan.bom.totalUSD, 6);
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
    const estimates = assumptions.filter((r) => r.getCell(1).value === 'Price estimate');
    expect(estimates).toHaveLength(plan.bom.lines.filter((l) => l.estimate && !l.priceOverridden).length);
  });

  it('has one Cabling row per cable and one Racks row per placed device plus a total per rack', () => {
    expect(dataRows(workbook.getWorksheet('Cabling')!)).toHaveLength(plan.cabling.cables.length);
    const racks = dataRows(workbook.getWorksheet('Racks')!);
    const devices = plan.racks.reduce((s, r) => s + r.devices.length, 0);
    expect(racks.filter((r) => r.getCell(6).value !== 'rack total')).toHaveLength(devices);
    const totals = racks.filter((r) => r.getCell(6).value === 'rack total');
    expect(totals.map((r) => r.getCell(10).value)).toEqual(plan.racks.map((r) => r.powerKW * 1000));
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
    workbook.getWorksheet('Summary')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toEqual(
      expect.arrayContaining([plan.input.workerNodes, plan.bom.totalUSD, plan.compute.totalGpus]),
    );
    for (const w of plan.warnings) expect(values).toContain(w.code);
    for (const n of plan.notes) expect(values).toContain(n.topic);
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
  }, 120_000);
});
