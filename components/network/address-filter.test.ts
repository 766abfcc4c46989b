import { describe, expect, it } from 'vitest';
import type { AddressBlock } from '@/lib/plan/types';
import { filterBlocks, NO_FILTER, networkCounts, searchIndex, switchNames } from './address-filter';

const block = (
  network: AddressBlock['network'],
  device: string,
  port: string,
  peerDevice: string,
  prefix: string,
) =>
  ({
    network,
    device,
    port,
    prefix,
    gateway: '',
    peerDevice,
    peerPort: '',
    peerAddresses: '',
  }) satisfies AddressBlock;

const BLOCKS: AddressBlock[] = [
  block('east-west', 'r02-u20-leaf-1', 'swp1s0', 'r01-u10-gpu-001', '172.16.0.0/29'),
  block('east-west', 'r02-u20-leaf-1', 'swp1s1', 'r01-u10-gpu-001', '172.16.128.0/29'),
  block('east-west', 'r02-u22-leaf-2', 'swp1s0', 'r01-u12-gpu-010', '172.16.0.72/29'),
  block('oob', 'r01-u22-oob-1', 'swp1', 'r01-u10-gpu-001', '10.250.0.0/16'),
  block('management', '', '', 'cp-1', '10.251.0.0/16'),
];
const INDEX = searchIndex(BLOCKS);

describe('address block filter', () => {
  it('keeps everything with no filter', () => {
    expect(filterBlocks(BLOCKS, INDEX, NO_FILTER)).toEqual([0, 1, 2, 3, 4]);
  });

  it('matches every word, case-insensitively, in device, port, prefix and peer', () => {
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, text: 'GPU-001' })).toEqual([0, 1, 3]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, text: 'gpu-001  swp1s1' })).toEqual([1]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, text: '172.16.128' })).toEqual([1]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, text: 'leaf-2' })).toEqual([2]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, text: 'nothing-like-it' })).toEqual([]);
  });

  it('narrows by network and by switch', () => {
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, network: 'east-west', text: 'gpu-001' })).toEqual([
      0, 1,
    ]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, device: 'r02-u22-leaf-2' })).toEqual([2]);
    expect(filterBlocks(BLOCKS, INDEX, { ...NO_FILTER, network: 'oob', device: 'r02-u20-leaf-1' })).toEqual(
      [],
    );
  });

  it('lists the networks with counts in plan order and the switches by name', () => {
    expect(networkCounts(BLOCKS)).toEqual([
      { network: 'east-west', count: 3 },
      { network: 'oob', count: 1 },
      { network: 'management', count: 1 },
    ]);
    expect(switchNames(BLOCKS)).toEqual(['r01-u22-oob-1', 'r02-u20-leaf-1', 'r02-u22-leaf-2']);
  });
});
