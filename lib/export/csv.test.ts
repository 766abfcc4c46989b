import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { bomCsv, cablingCsv, csvField, ipPlanCsv, parseCsv, toCsv } from './csv';
import { BOM_COLUMNS, CABLING_COLUMNS } from './tables';
import { fixturePlan } from './test-support/plan-fixture';

describe('RFC 4180 fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [42.5, '42.5'],
    [true, 'true'],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF, including the last', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('parses quoted fields, doubled quotes, embedded line breaks and a missing final CRLF', () => {
    expect(parseCsv('a,"b,1","say ""hi""","x\r\ny"\r\n,\r\nlast')).toEqual([
      ['a', 'b,1', 'say "hi"', 'x\r\ny'],
      ['', ''],
      ['last'],
    ]);
  });

  it('rejects malformed input', () => {
    expect(() => parseCsv('"open')).toThrow(/unterminated/);
    expect(() => parseCsv('a"b')).toThrow(/quote inside/);
  });

  it('round-trips any table of strings (property, fixed seed)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\r', '\n', ';', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(['h1', 'h2'], rows))).toEqual([['h1', 'h2'], ...rows]);
      }),
      { seed: 4180, numRuns: 300 },
    );
  });
});

describe('BOM and cabling CSV', () => {
  it('round-trips the BOM with commas, quotes and line breaks in descriptions', () => {
    const plan = fixturePlan({ workerNodes: 20, priceOverridesUSD: { 'sys-212gb-fnr': 31000 } });
    const records = parseCsv(bomCsv(plan));
    expect(records[0]).toEqual(BOM_COLUMNS.map((c) => c.header));
    expect(records.slice(1)).toEqual(plan.bom.lines.map((l) => BOM_COLUMNS.map((c) => String(c.value(l)))));
    const descriptions = records.slice(1).map((r) => r[2]);
    expect(descriptions).toContain('Supermicro SYS-212GB-FNR, 2U, "GPU" server, 1x Xeon 6774P');
    expect(descriptions).toContain('NVIDIA SN5610, 64x800G\nSpectrum-X');
  });

  it('shows price overrides and keeps numbers exact', () => {
    const plan = planCluster(aDesign({ priceOverridesUSD: { sn5610: 55000.5 } }));
    const [header, ...rows] = parseCsv(bomCsv(plan));
    const col = (name: string) => header!.indexOf(name);
    const overridden = rows.filter((r) => r[col('Price overridden')] === 'true');
    expect(overridden.length).toBeGreaterThan(0);
    for (const r of overridden) expect(r[col('Unit price (USD)')]).toBe('55000.5');
    const total = rows.reduce((s, r) => s + Number(r[col('Extended price (USD)')]), 0);
    expect(total).toBeCloseTo(plan.bom.totalUSD, 6);
  });

  it('writes one cabling record per cable with every leg end', () => {
    const plan = planCluster(aDesign({ workerNodes: 48 }));
    const [header, ...rows] = parseCsv(cablingCsv(plan));
    expect(header).toEqual(CABLING_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(plan.cabling.cables.length);
    const legs = rows.reduce((s, r) => s + Number(r[header!.indexOf('Legs')]), 0);
    expect(legs).toBe(plan.cabling.links);
    const first = plan.cabling.cables[0]!;
    expect(rows[0]![header!.indexOf('B port(s)')]).toBe(first.legs.map((l) => l.b.port).join('; '));
    expect(Number(rows[0]![header!.indexOf('Length (m)')])).toBe(first.lengthM);
  });
});

/** The IP plan CSV header as the spec states it (issue 8, item 5), not read from the code. */
const IP_PLAN_HEADER = [
  'network',
  'device',
  'port',
  'prefix',
  'gateway',
  'peer_device',
  'peer_port',
  'peer_addresses',
  'rail',
];

describe('IP plan CSV', () => {
  it('writes the spec header and one record per address block, in plan order', () => {
    const plan = planCluster(aDesign({ workerNodes: 48 }));
    const [header, ...rows] = parseCsv(ipPlanCsv(plan));
    expect(header).toEqual(IP_PLAN_HEADER);
    expect(rows).toHaveLength(plan.ipPlan.blocks.length);
    expect(rows).toEqual(
      plan.ipPlan.blocks.map((b) => [
        b.network,
        b.device,
        b.port,
        b.prefix,
        b.gateway,
        b.peerDevice,
        b.peerPort,
        b.peerAddresses,
        b.rail === undefined ? '' : String(b.rail),
      ]),
    );
    // Hand-checked (lib/plan/ip-plan.test.ts): worker 1, rail 0 of 172.16.0.0/16 is 172.16.0.0/29.
    expect(rows[0]!.slice(3, 5)).toEqual(['172.16.0.0/29', '172.16.0.1']);
    expect(rows[0]![8]).toBe('0');
  });

  it('quotes device names with commas and quotes, and they parse back', () => {
    const plan = fixturePlan({ workerNodes: 4 });
    const text = ipPlanCsv(plan);
    expect(text).toContain('"leaf ""1"", row A"');
    expect(parseCsv(text)[1]).toEqual([
      'east-west',
      'leaf "1", row A',
      'swp1s0',
      '172.16.0.0/29',
      '172.16.0.1',
      'gpu-001',
      'nic1',
      '172.16.0.2-172.16.0.6',
      '0',
    ]);
  });
});
