/**
 * The plan's cables in columns: interned strings and typed arrays instead of one object per cable,
 * leg and end (a 4,096-node plan has 20k cables, 40k legs, 80k ends). It crosses from the plan worker
 * to the page as transferable buffers (no structured clone of 100k objects on the main thread), and
 * the views that only count or index cables (racks, topology) read it without building objects.
 * `cable(i)` and `toCables()` give back the plan's `Cable` objects, equal field for field and in the
 * same key order (JSON identical).
 */
import type { CableMediaId } from '../catalog/cables';
import type { Cable, Endpoint, Link, NetworkId } from './types';

/** String columns per cable: id, network, media, partId, partNumber. */
const CABLE_STRINGS = 5;
/** Number columns per cable: lengthM, reachM, costUSD, powerW. */
const CABLE_NUMBERS = 4;
/** String columns per leg: a.device, a.port, a.rack, b.device, b.port, b.rack. */
const LEG_STRINGS = 6;
/** Number columns per leg: a.u, b.u, speedGbps. */
const LEG_NUMBERS = 3;

/** What crosses a postMessage: plain arrays and typed arrays (their buffers are transferred). */
export interface CableColumns {
  strings: string[];
  cableStrings: Int32Array;
  cableNumbers: Float64Array;
  /** Cable i's legs are legs[legStart[i] .. legStart[i + 1]). */
  legStart: Int32Array;
  legStrings: Int32Array;
  legNumbers: Float64Array;
}

/** A leg end: 0 = a, 1 = b. */
export type LegEnd = 0 | 1;

class Interner {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

function packLeg(leg: Link, l: number, strings: Interner, columns: CableColumns) {
  const s = l * LEG_STRINGS;
  const n = l * LEG_NUMBERS;
  columns.legStrings[s] = strings.id(leg.a.device);
  columns.legStrings[s + 1] = strings.id(leg.a.port);
  columns.legStrings[s + 2] = strings.id(leg.a.rack);
  columns.legStrings[s + 3] = strings.id(leg.b.device);
  columns.legStrings[s + 4] = strings.id(leg.b.port);
  columns.legStrings[s + 5] = strings.id(leg.b.rack);
  columns.legNumbers[n] = leg.a.u;
  columns.legNumbers[n + 1] = leg.b.u;
  columns.legNumbers[n + 2] = leg.speedGbps;
}

/** Packs `cables` into columns (one pass; strings interned). */
export function packCables(cables: readonly Cable[]): CableTable {
  let legCount = 0;
  for (const cable of cables) legCount += cable.legs.length;
  const strings = new Interner();
  const columns: CableColumns = {
    strings: strings.strings,
    cableStrings: new Int32Array(cables.length * CABLE_STRINGS),
    cableNumbers: new Float64Array(cables.length * CABLE_NUMBERS),
    legStart: new Int32Array(cables.length + 1),
    legStrings: new Int32Array(legCount * LEG_STRINGS),
    legNumbers: new Float64Array(legCount * LEG_NUMBERS),
  };
  let l = 0;
  cables.forEach((cable, i) => {
    const s = i * CABLE_STRINGS;
    const n = i * CABLE_NUMBERS;
    columns.cableStrings[s] = strings.id(cable.id);
    columns.cableStrings[s + 1] = strings.id(cable.network);
    columns.cableStrings[s + 2] = strings.id(cable.media);
    columns.cableStrings[s + 3] = strings.id(cable.partId);
    columns.cableStrings[s + 4] = strings.id(cable.partNumber);
    columns.cableNumbers[n] = cable.lengthM;
    columns.cableNumbers[n + 1] = cable.reachM;
    columns.cableNumbers[n + 2] = cable.costUSD;
    columns.cableNumbers[n + 3] = cable.powerW;
    columns.legStart[i] = l;
    for (const leg of cable.legs) packLeg(leg, l++, strings, columns);
  });
  columns.legStart[cables.length] = l;
  return new CableTable(columns);
}

/** An entry of a column; the table's indices are its own, always in range. */
const at = (column: Int32Array | Float64Array, index: number): number => column[index] ?? 0;

/** Read access to packed cables by index; `legs(i)` gives a cable's leg indices. */
export class CableTable {
  readonly length: number;
  constructor(readonly columns: CableColumns) {
    this.length = columns.legStart.length - 1;
  }

  /** The buffers to transfer with `columns` (they become unusable here once sent). */
  buffers(): ArrayBuffer[] {
    const c = this.columns;
    return [c.cableStrings, c.cableNumbers, c.legStart, c.legStrings, c.legNumbers].map(
      (a) => a.buffer as ArrayBuffer,
    );
  }

  private text(stringId: number): string {
    return this.columns.strings[stringId] ?? '';
  }
  private cableString(i: number, column: number): string {
    return this.text(at(this.columns.cableStrings, i * CABLE_STRINGS + column));
  }

  id(i: number): string {
    return this.cableString(i, 0);
  }
  network(i: number): NetworkId {
    return this.cableString(i, 1) as NetworkId;
  }
  media(i: number): CableMediaId {
    return this.cableString(i, 2) as CableMediaId;
  }
  partNumber(i: number): string {
    return this.cableString(i, 4);
  }
  lengthM(i: number): number {
    return at(this.columns.cableNumbers, i * CABLE_NUMBERS);
  }

  /** First leg index of cable i and one past its last. */
  legs(i: number): [number, number] {
    return [at(this.columns.legStart, i), at(this.columns.legStart, i + 1)];
  }
  /** The interned id of a leg end's device: equal ids, equal names (compare without strings). */
  deviceId(leg: number, end: LegEnd): number {
    return at(this.columns.legStrings, leg * LEG_STRINGS + end * 3);
  }
  device(leg: number, end: LegEnd): string {
    return this.text(this.deviceId(leg, end));
  }
  rack(leg: number, end: LegEnd): string {
    return this.text(at(this.columns.legStrings, leg * LEG_STRINGS + end * 3 + 2));
  }
  speedGbps(leg: number): number {
    return at(this.columns.legNumbers, leg * LEG_NUMBERS + 2);
  }
  /** The interned id of `value`, or -1 when no cable names it. */
  stringId(value: string): number {
    return this.columns.strings.indexOf(value);
  }

  endpoint(leg: number, end: LegEnd): Endpoint {
    const s = leg * LEG_STRINGS + end * 3;
    const { legStrings, legNumbers } = this.columns;
    return {
      device: this.text(at(legStrings, s)),
      port: this.text(at(legStrings, s + 1)),
      rack: this.text(at(legStrings, s + 2)),
      u: at(legNumbers, leg * LEG_NUMBERS + end),
    };
  }

  /** Cable i as the plan's object (same fields, same key order). */
  cable(i: number): Cable {
    const [first, end] = this.legs(i);
    const legs: Link[] = [];
    for (let l = first; l < end; l++) {
      legs.push({ a: this.endpoint(l, 0), b: this.endpoint(l, 1), speedGbps: this.speedGbps(l) });
    }
    const n = i * CABLE_NUMBERS;
    const numbers = this.columns.cableNumbers;
    return {
      id: this.id(i),
      network: this.network(i),
      media: this.media(i),
      partId: this.cableString(i, 3),
      partNumber: this.partNumber(i),
      lengthM: at(numbers, n),
      reachM: at(numbers, n + 1),
      costUSD: at(numbers, n + 2),
      powerW: at(numbers, n + 3),
      legs,
    };
  }

  toCables(): Cable[] {
    const cables = new Array<Cable>(this.length);
    for (let i = 0; i < this.length; i++) cables[i] = this.cable(i);
    return cables;
  }
}
