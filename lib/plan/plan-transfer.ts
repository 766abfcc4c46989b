/**
 * A plan packed to cross a postMessage cheaply, and unpacked on the other side without building its
 * two big lists until something reads them. Structured-cloning a 4,096-node plan costs the page
 * about 400 ms, nearly all in its 20k cables (100k objects) and 27k address blocks; packed, the
 * cables travel as transferred buffers and the blocks as one JSON string, and the rest of the plan
 * (what the views show) is small.
 *
 * An unpacked plan is a `ClusterPlan` like any other: `cabling.cables` and `ipPlan.blocks` are
 * getters that build the objects on first read and keep them. Views that only count or index cables
 * read `cableTableOf(plan)` instead and never build them.
 */
import { type CableColumns, CableTable, packCables } from './cable-table';
import { defineLazyField } from './lazy-field';
import type { AddressBlock, ClusterPlan } from './types';

export interface PackedPlan {
  /** The plan with `cabling.cables` and `ipPlan.blocks` empty. */
  lean: ClusterPlan;
  cables: CableColumns;
  /** `ipPlan.blocks` as JSON. */
  blocksJson: string;
}

/** Tables of plans this module packed or unpacked, or packed on request (per cabling object). */
const tables = new WeakMap<object, CableTable>();
/** The JSON of unpacked plans' blocks not read yet (per ipPlan object): re-packing reuses it. */
const unreadBlocks = new WeakMap<object, string>();

/** Makes `table` the cables of `cabling` for cableTableOf (the cabling step writes the table first). */
export function registerCableTable(cabling: object, table: CableTable): void {
  tables.set(cabling, table);
}

/** The plan's cables in columns (packed on the first call for a plan whose table is not known). */
export function cableTableOf(plan: ClusterPlan): CableTable {
  let table = tables.get(plan.cabling);
  if (!table) {
    table = packCables(plan.cabling.cables);
    tables.set(plan.cabling, table);
  }
  return table;
}

/**
 * Packs `plan` for postMessage; send it with `packedBuffers(packed)` as the transfer list, after
 * which the plan's own cable table is spent (a plan this thread keeps using goes without one: copied).
 */
export function packPlan(plan: ClusterPlan): PackedPlan {
  const table = cableTableOf(plan);
  const blocksJson = unreadBlocks.get(plan.ipPlan) ?? JSON.stringify(plan.ipPlan.blocks);
  const lean: ClusterPlan = {
    ...plan,
    cabling: replaced(plan.cabling, 'cables', []),
    ipPlan: replaced(plan.ipPlan, 'blocks', []),
  };
  return { lean, cables: table.columns, blocksJson };
}

/** The buffers to transfer with a packed plan. */
export function packedBuffers(packed: PackedPlan): ArrayBuffer[] {
  return new CableTable(packed.cables).buffers();
}

/**
 * A copy of `value` with `key` set to `replacement`, in its place among the keys; the old value is
 * not read (reading a lazy field would build it).
 */
function replaced<T extends object, K extends keyof T>(value: T, key: K, replacement: T[K]): T {
  const copy = {} as T;
  for (const k of Object.keys(value) as (keyof T)[]) copy[k] = k === key ? replacement : value[k];
  return copy;
}

/** A copy of `source` (keys in order) whose `key` is computed on first read. */
function withLazyField<T extends object, K extends keyof T & string>(
  source: T,
  key: K,
  compute: () => T[K],
): T {
  return defineLazyField(replaced(source, key, source[key]), key, compute);
}

/** The plan back from its packed form; its cables and blocks are built when first read. */
export function unpackPlan(packed: PackedPlan): ClusterPlan {
  const table = new CableTable(packed.cables);
  const cabling = withLazyField(packed.lean.cabling, 'cables', () => table.toCables());
  const ipPlan = withLazyField(packed.lean.ipPlan, 'blocks', () => {
    unreadBlocks.delete(ipPlan);
    return JSON.parse(packed.blocksJson) as AddressBlock[];
  });
  tables.set(cabling, table);
  unreadBlocks.set(ipPlan, packed.blocksJson);
  return { ...packed.lean, cabling, ipPlan };
}
