/**
 * The plan's cables in columns: interned strings and typed arrays instead of one object per cable,
 * leg and end (a 4,096-node plan has 20k cables, 40k legs, 80k ends). It crosses from the plan worker
 * to the page as transferable buffers (no structured clone of 100k objects on the main thread), and
 * the views that only count or index cables (racks, topology) read it without building objects.
 * `cable(i)` and `toCables()` give back the plan's `Cable` objects, equal field for field and in the
 * same key order (JSON identical). The cabling step writes the table directly (CableTableWriter);
 * `packCables` packs cable objects from elsewhere (a plan read from JSON, tests).
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
  /**
   * Set when the ids are numbered per network ("ew-0001"): a cable's id entry in `cableStrings` is
   * then its number in its network, and the id is spelled on read (no 133k id strings to build or
   * send). `networks[k]` is a network's interned id, `prefixes[k]` and `widths[k]` its spelling.
   */
  numberedIds?: { networks: number[]; prefixes: string[]; widths: number[] };
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

  /** The string an interned id stands for. */
  text(stringId: number): string {
    return this.columns.strings[stringId] ?? '';
  }
  private cableString(i: number, column: number): string {
    return this.text(at(this.columns.cableStrings, i * CABLE_STRINGS + column));
  }

  id(i: number): string {
    const numbered = this.columns.numberedIds;
    if (!numbered) return this.cableString(i, 0);
    const k = numbered.networks.indexOf(this.networkId(i));
    const n = at(this.columns.cableStrings, i * CABLE_STRINGS);
    return `${numbered.prefixes[k]}-${String(n).padStart(numbered.widths[k] ?? 0, '0')}`;
  }
  network(i: number): NetworkId {
    return this.cableString(i, 1) as NetworkId;
  }
  media(i: number): CableMediaId {
    return this.cableString(i, 2) as CableMediaId;
  }
  /** The interned id of cable i's network (equal ids, equal networks). */
  networkId(i: number): number {
    return at(this.columns.cableStrings, i * CABLE_STRINGS + 1);
  }
  /** The interned id of cable i's part id (equal ids, equal parts). */
  partIdId(i: number): number {
    return at(this.columns.cableStrings, i * CABLE_STRINGS + 3);
  }
  partId(i: number): string {
    return this.cableString(i, 3);
  }
  partNumber(i: number): string {
    return this.cableString(i, 4);
  }
  lengthM(i: number): number {
    return at(this.columns.cableNumbers, i * CABLE_NUMBERS);
  }
  costUSD(i: number): number {
    return at(this.columns.cableNumbers, i * CABLE_NUMBERS + 2);
  }
  powerW(i: number): number {
    return at(this.columns.cableNumbers, i * CABLE_NUMBERS + 3);
  }
  /** Legs over all cables. */
  get legCount(): number {
    return at(this.columns.legStart, this.length);
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
  /** The interned id of a leg end's rack. */
  rackId(leg: number, end: LegEnd): number {
    return at(this.columns.legStrings, leg * LEG_STRINGS + end * 3 + 2);
  }
  rack(leg: number, end: LegEnd): string {
    return this.text(this.rackId(leg, end));
  }
  port(leg: number, end: LegEnd): string {
    return this.text(at(this.columns.legStrings, leg * LEG_STRINGS + end * 3 + 1));
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
    // A table whose buffers were transferred reads as zeros: fail instead of building wrong cables.
    if (this.length > 0 && this.columns.legStart.length === 0) throw new Error('cable table was transferred');
    const cables = new Array<Cable>(this.length);
    for (let i = 0; i < this.length; i++) cables[i] = this.cable(i);
    return cables;
  }
}

/** The cables as a table (an array is packed: tests and callers outside the plan pass arrays). */
export function tableOf(cables: readonly Cable[] | CableTable): CableTable {
  return cables instanceof CableTable ? cables : packCables(cables);
}

/** A cable end's device as the table stores it: interned name and rack, and its U. */
export interface TableDevice {
  name: number;
  rack: number;
  u: number;
}

/** A copy of `column` twice as long (capacity doubles, so the copies stay linear in all). */
function doubled<A extends Int32Array | Float64Array>(column: A, make: (n: number) => A): A {
  const bigger = make(2 * column.length);
  bigger.set(column);
  return bigger;
}
const int32s = (n: number) => new Int32Array(n);
const float64s = (n: number) => new Float64Array(n);

/**
 * Writes cables straight into columns, for the cabling step: no Cable, Link or Endpoint objects on
 * the plan's hot path (a 16,384-node plan has 133k cables and 166k legs). A cable's row comes first,
 * then its legs; `finish` gives the table.
 */
export class CableTableWriter {
  private readonly interner = new Interner();
  private cables = 0;
  private legCount = 0;
  private cableStrings: Int32Array;
  private cableNumbers: Float64Array;
  /** One entry longer than the cable columns' capacity (and so still, each doubled). */
  private legStart: Int32Array;
  private legStrings: Int32Array;
  private legNumbers: Float64Array;

  /** Room for `cables` cables and `legs` legs to start with (the columns double when full). */
  constructor(cables: number, legs: number) {
    const c = Math.max(16, cables);
    const l = Math.max(16, legs);
    this.cableStrings = new Int32Array(c * CABLE_STRINGS);
    this.cableNumbers = new Float64Array(c * CABLE_NUMBERS);
    this.legStart = new Int32Array(c + 1);
    this.legStrings = new Int32Array(l * LEG_STRINGS);
    this.legNumbers = new Float64Array(l * LEG_NUMBERS);
  }

  /** The interned id of `value` (one id per distinct string). */
  intern(value: string): number {
    return this.interner.id(value);
  }

  /** Adds a cable (its id set later with `setId`) and returns its index. */
  addCable(
    network: number,
    strings: { media: number; partId: number; partNumber: number },
    lengthM: number,
    reachM: number,
    costUSD: number,
    powerW: number,
  ): number {
    const i = this.cables++;
    if (this.cables * CABLE_NUMBERS > this.cableNumbers.length) {
      this.cableStrings = doubled(this.cableStrings, int32s);
      this.cableNumbers = doubled(this.cableNumbers, float64s);
      this.legStart = doubled(this.legStart, int32s);
    }
    const s = i * CABLE_STRINGS;
    this.cableStrings[s + 1] = network;
    this.cableStrings[s + 2] = strings.media;
    this.cableStrings[s + 3] = strings.partId;
    this.cableStrings[s + 4] = strings.partNumber;
    const n = i * CABLE_NUMBERS;
    this.cableNumbers[n] = lengthM;
    this.cableNumbers[n + 1] = reachM;
    this.cableNumbers[n + 2] = costUSD;
    this.cableNumbers[n + 3] = powerW;
    this.legStart[i] = this.legCount;
    return i;
  }

  /** Adds a leg to the last cable added. */
  addLeg(a: TableDevice, aPort: number, b: TableDevice, bPort: number, speedGbps: number): void {
    const l = this.legCount++;
    if (this.legCount * LEG_NUMBERS > this.legNumbers.length) {
      this.legStrings = doubled(this.legStrings, int32s);
      this.legNumbers = doubled(this.legNumbers, float64s);
    }
    const s = l * LEG_STRINGS;
    this.legStrings[s] = a.name;
    this.legStrings[s + 1] = aPort;
    this.legStrings[s + 2] = a.rack;
    this.legStrings[s + 3] = b.name;
    this.legStrings[s + 4] = bPort;
    this.legStrings[s + 5] = b.rack;
    const n = l * LEG_NUMBERS;
    this.legNumbers[n] = a.u;
    this.legNumbers[n + 1] = b.u;
    this.legNumbers[n + 2] = speedGbps;
  }

  /** Cables added so far. */
  get length(): number {
    return this.cables;
  }

  /**
   * The id of a string that is unique among the table's strings, appended without the interner's map
   * (device names: 17k entries at 16,384 workers it would never find again).
   */
  unique(value: string): number {
    this.interner.strings.push(value);
    return this.interner.strings.length - 1;
  }

  /** Sets cable i's number in its network (its id is spelled as `finish` says). */
  setNumber(i: number, n: number): void {
    this.cableStrings[i * CABLE_STRINGS] = n;
  }

  /**
   * The table; the columns are views of exactly its cables and legs. `ids` spells each network's
   * ids: prefix, and digits the number is padded to.
   */
  finish(ids: CableColumns['numberedIds']): CableTable {
    this.legStart[this.cables] = this.legCount;
    return new CableTable({
      numberedIds: ids,
      strings: this.interner.strings,
      cableStrings: this.cableStrings.subarray(0, this.cables * CABLE_STRINGS),
      cableNumbers: this.cableNumbers.subarray(0, this.cables * CABLE_NUMBERS),
      legStart: this.legStart.subarray(0, this.cables + 1),
      legStrings: this.legStrings.subarray(0, this.legCount * LEG_STRINGS),
      legNumbers: this.legNumbers.subarray(0, this.legCount * LEG_NUMBERS),
    });
  }
}
