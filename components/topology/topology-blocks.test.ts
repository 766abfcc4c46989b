import { describe, expect, it } from 'vitest';
import {
  BLOCK_SIZE,
  type BlockMember,
  blocksOfLayer,
  isBlocked,
  rackSpan,
  rangeLabel,
} from './topology-blocks';

const switches = (prefix: string, n: number, rackOf = (i: number) => `rack-${i}`): BlockMember[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `sw:${prefix}-${i + 1}`,
    device: `${prefix}-${i + 1}`,
    label: `${prefix}-${i + 1}`,
    rack: rackOf(i),
  }));
const none = new Set<string>();

describe('blocksOfLayer', () => {
  it('leaves the RA sizes alone: up to 8 switches a layer are drawn one by one', () => {
    expect(isBlocked(BLOCK_SIZE)).toBe(false);
    expect(blocksOfLayer('leaf', 'leaf', switches('leaf', 2), 'SN5610', none)).toEqual([]);
    expect(blocksOfLayer('leaf', 'leaf', switches('leaf', 8), 'SN5610', none)).toEqual([]);
    expect(blocksOfLayer('spine', 'spine', switches('spine', 1), 'SN5610', none)).toEqual([]);
  });

  it('groups 64 leaves into 8 blocks of 8 consecutive leaves, named by their range', () => {
    const leaves = switches('leaf', 64, (i) => `rack-${String(i * 4 + 2).padStart(3, '0')}`);
    const blocks = blocksOfLayer('leaf', 'leaf', leaves, 'SN5610', none);
    expect(blocks).toHaveLength(8);
    expect(blocks.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `blk:leaf-${i}`));
    expect(blocks[0]).toMatchObject({
      label: 'leaf-1 … leaf-8',
      detail: '8 × SN5610',
      racks: 'rack-002 to rack-030',
      role: 'leaf',
      expanded: false,
    });
    expect(blocks[7]!.label).toBe('leaf-57 … leaf-64');
    expect(blocks.flatMap((b) => b.members)).toEqual(leaves.map((l) => l.id));
  });

  it('puts a remainder in a last, smaller block', () => {
    const blocks = blocksOfLayer('leaf', 'leaf', switches('leaf', 9), 'SN5610', none);
    expect(blocks.map((b) => [b.label, b.detail])).toEqual([
      ['leaf-1 … leaf-8', '8 × SN5610'],
      ['leaf-9', '1 × SN5610'],
    ]);
  });

  it('draws a big spine, north-south or OOB layer as one tier, expanded on request', () => {
    const [tier] = blocksOfLayer('spine', 'spine', switches('spine', 32), 'SN5610', new Set(['blk:spine']));
    expect(tier).toMatchObject({ id: 'blk:spine', label: 'spine-1 … spine-32', expanded: true });
    expect(tier!.members).toHaveLength(32);
    const oob = blocksOfLayer('oob', 'oob', switches('oob', 332), 'SN2201', none);
    expect(oob.map((b) => [b.id, b.detail])).toEqual([['blk:oob', '332 × SN2201']]);
  });
});

describe('labels', () => {
  it('names a range by its ends and a rack span by its first and last rack', () => {
    expect(rangeLabel(switches('ns', 1))).toBe('ns-1');
    expect(rangeLabel(switches('ns', 3))).toBe('ns-1 … ns-3');
    expect(rackSpan(['rack-01', 'rack-01'])).toBe('rack-01');
    expect(rackSpan(['rack-01', 'rack-02', 'rack-05'])).toBe('rack-01 to rack-05');
    expect(rackSpan([])).toBe('');
  });
});
