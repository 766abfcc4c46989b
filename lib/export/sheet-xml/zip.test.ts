import { crc32 } from 'node:zlib';
import { gzipSync, inflateSync, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Bytes, concatBytes, gzipDataStart, type ZipPart, zipParts } from './zip';

const PARTS: ZipPart[] = [
  ['[Content_Types].xml', [strToU8('<Types/>')]],
  ['xl/', []],
  [
    'xl/worksheets/sheet1.xml',
    [strToU8('<worksheet>'), strToU8('<row r="1"/>'.repeat(5000)), strToU8('</worksheet>')],
  ],
  ['xl/empty.xml', []],
];
const MTIME = new Date('2026-01-01T00:00:00Z');

/** Name, CRC-32 and size of each central-directory record (APPNOTE 4.3.12), read byte by byte. */
function centralDirectory(zip: Uint8Array): { name: string; method: number; crc: number; size: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const records = [];
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const method = view.getUint16(at + 10, true);
    records.push({ name, method, crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
  }
  return records;
}

const expectedRecords = PARTS.map(([name, chunks]) => {
  const bytes = concatBytes(chunks);
  return { name, method: name.endsWith('/') ? 0 : 8, crc: crc32(bytes), size: bytes.length };
});

describe('zipParts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['deflated natively (CompressionStream)', false],
    ['deflated by fflate where CompressionStream is missing', true],
  ])('%s: every part in order, with its CRC-32 and size', async (_, withoutCompressionStream) => {
    if (withoutCompressionStream) vi.stubGlobal('CompressionStream', undefined);
    const zip = await zipParts(PARTS, MTIME);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(PARTS.map(([name]) => name));
    for (const [name, chunks] of PARTS) expect(files[name]).toEqual(concatBytes(chunks));
    // The folder entry is stored (method 0), as ExcelJS's zip has it; the files are deflated (8).
    expect(centralDirectory(zip)).toEqual(expectedRecords);
    expect(centralDirectory(zip).map((r) => r.method)).toEqual([8, 0, 8, 8]);
  });
});

describe('gzipDataStart', () => {
  const data = strToU8('<sst count="1"/>');

  it('skips a file name', () => {
    const gzip = gzipSync(data, { filename: 'sharedStrings.xml' });
    expect(inflateSync(gzip.subarray(gzipDataStart(gzip), -8))).toEqual(data);
  });

  it('skips an extra field, a comment and a header CRC (RFC 1952 flags 4, 16 and 2)', () => {
    const plain = gzipSync(data);
    const extra = [3, 0, 0xaa, 0xbb, 0xcc];
    const comment = [...strToU8('note'), 0];
    const header = [0x1f, 0x8b, 8, 4 | 16 | 2, 0, 0, 0, 0, 0, 255, ...extra, ...comment, 0x12, 0x34];
    const gzip = new Uint8Array([...header, ...plain.subarray(10)]) as Bytes;
    expect(gzipDataStart(gzip)).toBe(header.length);
    expect(inflateSync(gzip.subarray(gzipDataStart(gzip), -8))).toEqual(data);
  });

  it('refuses what is not a gzip member', () => {
    expect(() => gzipDataStart(new Uint8Array([0x50, 0x4b, 3, 4]) as Bytes)).toThrow(/not a gzip/);
  });
});
