import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { bomCsv, cableLabelsCsv, cablingCsv, csvField, ipPlanCsv, parseCsv, toCsv } from './csv';
import { fixturePlan } from './test-support/plan-fixture';

/** The reviewed headers (lib/export/golden/csv-headers.json, kept by golden.test.ts), not the code's. */
const GOLDEN_HEADERS = JSON.parse(
  readFileSync(new URL('./golden/csv-headers.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

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
    const [header, ...rows] = records;
    expect(header).toEqual(GOLDEN_HEADERS.csv);
    const at = (r: string[], name: string) => r[header!.indexOf(name)];
    const fields = ['Category', 'Part number', 'Description', 'Quantity', 'Unit price (USD)', 'Estimate'];
    // The lines, then the not-included records (lib/export/bom-not-included.test.ts).
    const lines = rows.slice(0, plan.bom.lines.length);
    expect(lines.map((r) => [...fields, 'Price overridden', 'Part id'].map((f) => at(r, f)))).toEqual(
      plan.bom.lines.map((l) => [
        l.category,
        l.partNumber,
        l.description,
        String(l.quantity),
        String(l.unitPriceUSD),
        String(l.estimate),
        String(l.priceOverridden),
        l.partId,
      ]),
    );
    const descriptions = rows.map((r) => at(r, 'Description'));
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
    expect(header).toEqual(GOLDEN_HEADERS['cabling-csv']);
    expect(rows).toHaveLength(plan.cabling.cables.length);
    const legs = rows.reduce((s, r) => s + Number(r[header!.indexOf('Legs')]), 0);
    expect(legs).toBe(plan.cabling.links);
    const first = plan.cabling.cables[0]!;
    expect(rows[0]![header!.indexOf('B port(s)')]).toBe(first.legs.map((l) => l.b.port).join('; '));
    expect(Number(rows[0]![header!.indexOf('Length (m)')])).toBe(first.lengthM);
  });
});

/** The label-printer CSV header as lib/plan/cable-labels.ts and README "Cable labels" state it. */
const LABEL_HEADER = [
  'label',
  'end',
  'rack',
  'u',
  'device',
  'port',
  'far_rack',
  'far_u',
  'far_device',
  'far_port',
  'this_end',
  'far_end',
  'network',
  'media',
  'part_number',
  'length_m',
  'cable_id',
];

describe('cable labels in the CSVs', () => {
  const plan = planCluster(aDesign());

  it('gives every cabling record its label, unique', () => {
    const [header, ...rows] = parseCsv(cablingCsv(plan));
    const labels = rows.map((r) => r[header!.indexOf('Label')]);
    expect(new Set(labels).size).toBe(plan.cabling.cables.length);
    // README, "The IP plan": the first splitter is a02-u20-leaf-1 swp1s0/swp1s1 to a01-u10-gpu-001.
    expect(labels[0]).toBe('leaf-1:swp1');
  });

  it('writes one label record per cable end, both ends on each', () => {
    const [header, ...rows] = parseCsv(cableLabelsCsv(plan));
    expect(header).toEqual(LABEL_HEADER);
    expect(rows).toHaveLength(plan.cabling.cables.length + plan.cabling.links);
    const first = plan.cabling.cables[0]!;
    const part = first.partNumber;
    const length = String(first.lengthM);
    const id = first.id;
    expect(rows.slice(0, 3)).toEqual([
      [
        'leaf-1:swp1',
        'A',
        'A02',
        '20',
        'a02-u20-leaf-1',
        'swp1',
        'A01',
        '10',
        'a01-u10-gpu-001',
        'nic1; nic2',
        'A02 U20 leaf-1 swp1',
        'A01 U10 gpu-001 nic1; A01 U10 gpu-001 nic2',
        'east-west',
        first.media,
        part,
        length,
        id,
      ],
      [
        'leaf-1:swp1',
        'B1',
        'A01',
        '10',
        'a01-u10-gpu-001',
        'nic1',
        'A02',
        '20',
        'a02-u20-leaf-1',
        'swp1s0',
        'A01 U10 gpu-001 nic1',
        'A02 U20 leaf-1 swp1s0',
        'east-west',
        first.media,
        part,
        length,
        id,
      ],
      [
        'leaf-1:swp1',
        'B2',
        'A01',
        '10',
        'a01-u10-gpu-001',
        'nic2',
        'A02',
        '20',
        'a02-u20-leaf-1',
        'swp1s1',
        'A01 U10 gpu-001 nic2',
        'A02 U20 leaf-1 swp1s1',
        'east-west',
        first.media,
        part,
        length,
        id,
      ],
    ]);
  });

  it('prints each label on both ends: one A record per label, and the B records its far ends name', () => {
    const [header, ...rows] = parseCsv(cableLabelsCsv(plan));
    const col = (name: string) => header!.indexOf(name);
    const byLabel = new Map<string, string[][]>();
    for (const r of rows) byLabel.set(r[col('label')]!, [...(byLabel.get(r[col('label')]!) ?? []), r]);
    expect(byLabel.size).toBe(plan.cabling.cables.length);
    for (const records of byLabel.values()) {
      const [a, ...b] = records;
      expect(a![col('end')]).toBe('A');
      expect(b.length).toBeGreaterThan(0);
      expect(a![col('far_end')]).toBe(b.map((r) => r[col('this_end')]).join('; '));
    }
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
