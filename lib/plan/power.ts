import { CABLE_PARTS_BY_ID } from '../catalog/cables';
import type { PlannedDesign } from '../design/schema';
import { at } from '../util/must';
import { type CableTable, tableOf } from './cable-table';
import type { PlacedRack } from './racks';
import type { Cable, PlanWarning, PowerPlan, RackPlan } from './types';
import { warn } from './warnings';

/** 1 W = 3.412 BTU/h. */
export const BTU_PER_HOUR_PER_W = 3.412;

/** Racks named in the over-budget warning before "and N more". */
const MAX_RACKS_NAMED = 10;

/**
 * Where a cable's power lands, W per rack name: the A (switch) end's share (catalog powerAEndW, e.g.
 * the 14 W twin-port OSFP of the RA's fibre kit) in the switch's rack, the rest split evenly over the
 * racks of its leg ends (2 x 9 W QSFP112 in the servers' racks). Passive DAC/Cat6 add (almost) nothing.
 */
export function cablePowerByRack(cable: Cable): Map<string, number> {
  const shares = new Map<string, number>();
  const aEndW = aEndPowerW(cable);
  const aRack = at(cable.legs, 0, 'cable.legs').a.rack;
  shares.set(aRack, aEndW);
  const perLegW = (cable.powerW - aEndW) / cable.legs.length;
  for (const leg of cable.legs) shares.set(leg.b.rack, (shares.get(leg.b.rack) ?? 0) + perLegW);
  return shares;
}

/** The A (switch) end's share of a cable's power, W (see cablePowerByRack). */
function aEndPowerW(cable: Cable): number {
  const part = CABLE_PARTS_BY_ID.get(cable.partId);
  return Math.min(cable.powerW, part?.powerAEndW ?? cable.powerW / 2);
}

/**
 * Every cable's cablePowerByRack shares, W per rack name, read from the cable table without a map or
 * an object per cable: the same sums, added in the same order.
 */
function cablePowerPerRack(table: CableTable): Map<string, number> {
  // Indexed by the racks' interned ids.
  const sums = new Float64Array(table.columns.strings.length);
  const seen = new Uint8Array(table.columns.strings.length);
  const touched: number[] = [];
  const add = (rack: number, w: number) => {
    if (!seen[rack]) {
      seen[rack] = 1;
      touched.push(rack);
    }
    sums[rack] = (sums[rack] ?? 0) + w;
  };
  // The catalog's A-end draw per interned part id (NaN: none given), looked up once per part.
  const aEndOf = new Float64Array(table.columns.strings.length);
  const looked = new Uint8Array(table.columns.strings.length);
  for (let i = 0; i < table.length; i++) {
    const powerW = table.powerW(i);
    const partId = table.partIdId(i);
    if (!looked[partId]) {
      looked[partId] = 1;
      aEndOf[partId] = CABLE_PARTS_BY_ID.get(table.text(partId))?.powerAEndW ?? Number.NaN;
    }
    const given = aEndOf[partId] ?? Number.NaN;
    const aEndW = Math.min(powerW, Number.isNaN(given) ? powerW / 2 : given);
    const [first, end] = table.legs(i);
    const aRack = table.rackId(first, 0);
    const perLegW = (powerW - aEndW) / (end - first);
    // A cable's legs end in at most two racks besides its A end's: sum per rack first, as the map does.
    let aW = aEndW;
    let firstRack = -1;
    let firstW = 0;
    let secondRack = -1;
    let secondW = 0;
    for (let l = first; l < end; l++) {
      const rack = table.rackId(l, 1);
      if (rack === aRack) aW += perLegW;
      else if (firstRack < 0 || rack === firstRack) {
        firstRack = rack;
        firstW += perLegW;
      } else if (secondRack < 0 || rack === secondRack) {
        secondRack = rack;
        secondW += perLegW;
      } else throw new Error(`cable ${table.id(i)}: more than two leg racks`);
    }
    add(aRack, aW);
    if (firstRack >= 0) add(firstRack, firstW);
    if (secondRack >= 0) add(secondRack, secondW);
  }
  return new Map(touched.map((rack) => [table.text(rack), sums[rack] ?? 0]));
}

export interface PowerResult {
  racks: RackPlan[];
  power: PowerPlan;
  warnings: PlanWarning[];
}

/**
 * Per-rack typical and design (max) power in kW, with each rack's share of cable power, heat in BTU/h
 * (W x 3.412) and the check against input.physical.rackPowerBudgetKW ("around 40kW per rack",
 * RA Network configuration). rack.powerKW is the design figure: device maximums plus cable power.
 */
export function planPower(
  input: PlannedDesign,
  placed: readonly PlacedRack[],
  cables: readonly Cable[] | CableTable,
): PowerResult {
  const budgetKW = input.physical.rackPowerBudgetKW;
  const cableW = cablePowerPerRack(tableOf(cables));
  const racks: RackPlan[] = placed.map((r) => {
    const shareW = cableW.get(r.name) ?? 0;
    const maxW = r.devices.reduce((s, d) => s + d.powerMaxW, 0) + shareW;
    const typicalW = r.devices.reduce((s, d) => s + d.powerTypicalW, 0) + shareW;
    return {
      name: r.name,
      index: r.index,
      row: r.row,
      position: r.position,
      role: r.role,
      heightU: r.heightU,
      widthMm: r.widthMm,
      devices: r.devices,
      usedU: r.devices.reduce((s, d) => s + d.heightU, 0),
      powerKW: maxW / 1000,
      powerTypicalKW: typicalW / 1000,
      budgetKW,
      btuPerHour: maxW * BTU_PER_HOUR_PER_W,
      overBudget: maxW > budgetKW * 1000,
    };
  });

  const totalMaxKW = racks.reduce((s, r) => s + r.powerKW, 0);
  const totalTypicalKW = racks.reduce((s, r) => s + r.powerTypicalKW, 0);
  const warnings: PlanWarning[] = [];
  const over = racks.filter((r) => r.overBudget);
  if (over.length > 0) {
    const named = over
      .slice(0, MAX_RACKS_NAMED)
      .map((r) => `${r.name} (${r.powerKW.toFixed(1)} kW)`)
      .join(', ');
    const more = over.length > MAX_RACKS_NAMED ? ` and ${over.length - MAX_RACKS_NAMED} more` : '';
    warnings.push(
      warn(
        'rack-over-budget',
        `${over.length} rack${over.length === 1 ? '' : 's'} over the ${budgetKW} kW rack power budget: ${named}${more}. Each already holds the fewest devices the plan allows (one server, or the switches a block needs); raise the budget.`,
        'Network configuration',
      ),
    );
  }
  return {
    racks,
    power: { totalTypicalKW, totalMaxKW, btuPerHour: totalMaxKW * 1000 * BTU_PER_HOUR_PER_W },
    warnings,
  };
}
