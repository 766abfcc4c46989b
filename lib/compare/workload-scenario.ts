/**
 * A workload answer's option as a scenario: its design, and the throughput the sizing gave it,
 * kept as a snapshot (the scenario then compares like any other, with its speed beside its cost).
 */
import { GPUS } from '../catalog/gpus';
import type { Scenario, ScenarioThroughput } from '../design/scenarios';
import type { DesignInput } from '../design/schema';
import type { SizingAnswer, SizingOption } from '../workload/types';

const count = (n: number) => n.toLocaleString('en-US');

/** "Llama 3.1 70B, inference, FP8, 8,192 tokens, 64 users": the workload in words. */
export function workloadLabel(answer: SizingAnswer, option: SizingOption): string {
  const r = answer.request;
  const parts = [
    answer.model.name,
    r.task,
    option.precision.toUpperCase(),
    `${count(r.contextTokens)} tokens`,
  ];
  if (r.task === 'inference') parts.push(`${count(r.users)} user${r.users === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** The option's speed: per user and for all its replicas (inference), or the time per epoch. */
export function optionThroughput(answer: SizingAnswer, option: SizingOption): ScenarioThroughput | null {
  if (option.training) return { kind: 'training', timePerEpochHours: option.training.timePerEpochHours };
  const perf = option.replica?.performance;
  if (!perf) return null;
  // A replica's aggregate rate times the replicas: the rate of the whole design at this load.
  const all = perf.aggregateTokensPerSecond;
  const scale = (x: number) => Math.round(x * option.replicas);
  return {
    kind: 'inference',
    users: answer.request.users,
    tokensPerSecondPerUser: perf.tokensPerSecondPerUser,
    aggregateTokensPerSecond: { low: scale(all.low), value: scale(all.value), high: scale(all.high) },
    timeToFirstTokenS: perf.timeToFirstTokenS,
  };
}

/** The scenario name an option suggests: "Llama 3.1 70B · h200-nvl/1-2-2-200". */
export function optionScenarioName(answer: SizingAnswer, option: SizingOption): string {
  return `${answer.model.name} · ${option.id}`;
}

/** The option as a scenario named `name`, or null when it has no design (it does not fit). */
export function scenarioFromOption(
  answer: SizingAnswer,
  option: SizingOption,
  name: string,
): Scenario | null {
  if (!option.design) return null;
  const throughput = optionThroughput(answer, option);
  return {
    name,
    design: option.design,
    ...(throughput
      ? { workload: { optionId: option.id, label: workloadLabel(answer, option), throughput } }
      : {}),
  };
}

/** The name a design suggests: "RTX PRO 6000 · 1-4-3-200 · 64 nodes". */
export function designScenarioName(design: DesignInput): string {
  const gpu = GPUS[design.gpu].name.replace(/^NVIDIA /, '').replace(/ Blackwell Server Edition$/, '');
  const nodes = `${count(design.workerNodes)} node${design.workerNodes === 1 ? '' : 's'}`;
  return `${gpu} · ${design.layout} · ${nodes}${design.migProfile ? ` · MIG ${design.migProfile}` : ''}`;
}
