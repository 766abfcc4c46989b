/**
 * Summary sheet: the design input, the key figures, the totals, then every warning and RA note, so
 * the workbook stands on its own. Every figure that follows from the BOM's prices (BOM total and
 * subtotals, cabling cost, capex, total cost, cost per GPU-hour) is a formula over the BOM sheet's
 * cells, stored with the plan's figure as its result: a price edited in the BOM flows through.
 */

import type ExcelJS from 'exceljs';
import { costToRun } from '../../cost/cost-to-run';
import type { ClusterPlan } from '../../plan/types';
import type { ExportOptions } from '../formats';
import { freezeRows, styleHeader } from '../sheet-writer';
import { BOM_TOTAL_NAME, bomSubtotalName } from './bom';
import { type KeyValue, type SectionRefs, writeSection } from './key-values';

function designInput(plan: ClusterPlan): KeyValue[] {
  const i = plan.input;
  const overrides = Object.entries(i.priceOverridesUSD);
  return [
    { label: 'GPU', value: plan.compute.gpuName, note: i.gpu },
    { label: 'Server layout', value: i.layout },
    { label: 'Worker nodes', value: i.workerNodes, kind: 'integer' },
    { label: 'Workload', value: i.workload },
    { label: 'Namespaces', value: i.namespaces, kind: 'integer' },
    { label: 'MIG profile', value: i.migProfile ?? 'none' },
    { label: 'SR-IOV', value: i.sriov },
    { label: 'Pod CIDR', value: i.podCidr },
    { label: 'Service CIDR', value: i.serviceCidr },
    { label: 'East-west CIDR', value: i.eastWestCidr },
    { label: 'Max pods per node', value: i.maxPodsPerNode, kind: 'integer' },
    {
      label: 'Control-plane nodes',
      value: i.controlPlane.nodes,
      kind: 'integer',
      note: i.controlPlane.placement,
    },
    { label: 'Rack height (U)', value: i.physical.rackHeightU, kind: 'integer' },
    { label: 'Rack width (mm)', value: i.physical.rackWidthMm, kind: 'integer' },
    { label: 'Rack power budget (kW)', value: i.physical.rackPowerBudgetKW, kind: 'kw' },
    { label: 'Cable media policy', value: i.physical.mediaPolicy },
    { label: 'Cable slack per end (m)', value: i.physical.slackPerEndM },
    { label: 'Cable tray height (m)', value: i.physical.trayHeightM },
    {
      label: 'Price overrides',
      value: overrides.length,
      kind: 'integer',
      note: overrides.map(([part, usd]) => `${part}: $${usd}`).join('; '),
    },
  ];
}

function keyFigures(plan: ClusterPlan): KeyValue[] {
  const c = plan.compute;
  const devices = plan.racks.reduce((s, r) => s + r.devices.length, 0);
  return [
    { label: 'GPUs', value: c.totalGpus, kind: 'integer' },
    {
      label: 'GPU memory (GB)',
      value: c.totalGpuMemoryGB,
      kind: 'integer',
      note: `${c.totalGpuMemoryTB} TB (binary)`,
    },
    { label: 'Schedulable GPU devices', value: c.totalGpuInstances, kind: 'integer' },
    { label: 'CPU cores', value: c.totalCpuCores, kind: 'integer' },
    {
      label: 'Control-plane nodes (+ spare)',
      value: plan.controlPlane.nodes,
      kind: 'integer',
      note: `+${plan.controlPlane.spareNodes} spare, ${plan.controlPlane.cpuCores} cores / ${plan.controlPlane.memoryGB} GB each`,
    },
    { label: 'Fabric tiers', value: plan.fabric.tiers, kind: 'integer' },
    {
      label: 'Leaf switches',
      value: plan.fabric.leafSwitches,
      kind: 'integer',
      note: plan.fabric.switchModel,
    },
    { label: 'Spine switches', value: plan.fabric.spineSwitches, kind: 'integer' },
    {
      label: 'North-south switches',
      value: plan.northSouth.switches,
      kind: 'integer',
      note: plan.northSouth.switchModel,
    },
    { label: 'OOB switches', value: plan.oob.switches, kind: 'integer', note: plan.oob.switchModel },
    { label: 'Racks', value: plan.racks.length, kind: 'integer' },
    { label: 'Placed devices', value: devices, kind: 'integer' },
    { label: 'Cables', value: plan.cabling.cables.length, kind: 'integer' },
    { label: 'Links (cable legs)', value: plan.cabling.links, kind: 'integer' },
    { label: 'Pod capacity', value: plan.kubernetes.podCapacity, kind: 'integer' },
    { label: 'Workload pods', value: plan.kubernetes.workloadPods, kind: 'integer' },
  ];
}

const FROM_BOM = "the BOM sheet's figure: edit a unit price there and this follows";

/** The BOM categories that price the cable plan: each run is its cable plus, for fibre, its optics. */
const CABLING_CATEGORIES: readonly string[] = ['cables', 'optics'];

function totals(plan: ClusterPlan): KeyValue[] {
  const cabling = plan.bom.subtotals.filter((s) => CABLING_CATEGORIES.includes(s.category));
  return [
    {
      label: 'BOM total (USD)',
      value: plan.bom.totalUSD,
      kind: 'usd',
      formula: BOM_TOTAL_NAME,
      note: FROM_BOM,
    },
    ...plan.bom.subtotals.map(
      (s): KeyValue => ({
        label: `  ${s.category} (USD)`,
        value: s.totalUSD,
        kind: 'usd',
        formula: bomSubtotalName(s.category),
      }),
    ),
    {
      label: 'Cabling cost (USD)',
      value: plan.cabling.totalCostUSD,
      kind: 'usd',
      ...(cabling.length > 0 && {
        formula: cabling.map((s) => bomSubtotalName(s.category)).join('+'),
        note: `the BOM subtotals of ${cabling.map((s) => s.category).join(' and ')}`,
      }),
    },
    { label: 'Power, typical (kW)', value: plan.power.totalTypicalKW, kind: 'kw' },
    { label: 'Power, maximum (kW)', value: plan.power.totalMaxKW, kind: 'kw' },
    { label: 'Heat (BTU/h)', value: plan.power.btuPerHour, kind: 'integer' },
  ];
}

/** Cost to run at the Summary card's inputs (the planner's defaults where none is set). */
function costToRunRows(plan: ClusterPlan, costInputs: ExportOptions['costInputs']): KeyValue[] {
  const r = costToRun(plan, costInputs);
  return [
    ...r.assumptions.map(
      (a): KeyValue => ({
        label: `  ${a.label} (${a.unit})`,
        value: a.value,
        key: a.id,
        note: `${a.estimate ? 'planner estimate. ' : ''}${a.source}`,
      }),
    ),
    {
      label: 'Energy per year (kWh)',
      value: r.energy.yearlyKWh,
      kind: 'integer',
      note: `typical power ${r.energy.itPowerKW.toFixed(1)} kW x PUE x 8,760 h: ${r.powerBasisReason}`,
    },
    { label: 'Energy cost per year (USD)', value: r.energy.yearlyUSD, kind: 'usd' },
    {
      label: 'Energy per year at design maximum (kWh)',
      value: r.energyAtMax.yearlyKWh,
      kind: 'integer',
      note: 'the ceiling: every device at its maximum all year',
    },
    {
      label: 'Capex: BOM total (USD)',
      value: r.capexUSD,
      kind: 'usd',
      key: 'capex',
      formula: BOM_TOTAL_NAME,
    },
    {
      label: `Opex over ${r.years} years (USD)`,
      value: r.opexUSD,
      kind: 'usd',
      key: 'opex',
      note: r.notes[1],
    },
    {
      label: `Total over ${r.years} years (USD)`,
      value: r.totalUSD,
      kind: 'usd',
      key: 'total',
      formula: '{capex}+{opex}',
      note: r.notes[2],
    },
    { label: `GPU-hours over ${r.years} years`, value: r.gpuHours, kind: 'integer', key: 'gpuHours' },
    ...perGpuHour(r),
  ];
}

/** Total cost over the GPU-hours, and over the used ones (no formula for a plan without GPUs). */
function perGpuHour(r: ReturnType<typeof costToRun>): KeyValue[] {
  const divides = r.gpuHours > 0;
  return [
    {
      label: 'Cost per GPU-hour (USD)',
      value: r.costPerGpuHourUSD,
      kind: 'usd',
      note: 'every hour of every GPU',
      ...(divides && { formula: '{total}/{gpuHours}' }),
    },
    {
      label: 'Cost per used GPU-hour (USD)',
      value: r.costPerUsedGpuHourUSD,
      kind: 'usd',
      note: 'at the utilisation above',
      ...(divides && { formula: '{total}/({gpuHours}*{utilization})' }),
    },
  ];
}

/** Adds the Summary sheet. */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  plan: ClusterPlan,
  options: ExportOptions = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [{ width: 34 }, { width: 28 }, { width: 90 }];
  const header = sheet.addRow(['NVIDIA Enterprise AI Factory plan (SYS-212GB-FNR)', 'Value', 'Note']);
  styleHeader(header);
  freezeRows(sheet, 1);
  writeSection(sheet, 'Design input', designInput(plan));
  writeSection(sheet, 'Key figures', keyFigures(plan));
  const refs: SectionRefs = new Map();
  writeSection(sheet, 'Totals', totals(plan), refs);
  const chosen = Object.keys(options.costInputs ?? {}).length > 0;
  const costTitle = chosen
    ? 'Cost to run (the assumptions set on the Summary card; the others are the defaults)'
    : "Cost to run (the planner's default assumptions)";
  writeSection(sheet, costTitle, costToRunRows(plan, options.costInputs), refs);
  writeSection(
    sheet,
    `Warnings (${plan.warnings.length})`,
    plan.warnings.map((w) => ({
      label: w.severity,
      value: w.code,
      note: w.raSection ? `${w.message} (RA ${w.raSection})` : w.message,
    })),
  );
  writeSection(
    sheet,
    `RA discrepancies and notes (${plan.notes.length})`,
    plan.notes.map((n) => ({
      label: n.topic,
      value: n.chosen ? `${n.chosen.value} (${n.chosen.section})` : n.code,
      note: [n.message, ...(n.alternatives ?? []).map((a) => `also: ${a.value} (${a.section})`)].join(' '),
    })),
  );
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}
