import type { MigProfileId } from '../catalog/ids';
import type { Assumptions } from './assumptions';
import type { PrecisionId } from './ids';
import type { ModelArchitecture } from './models';
import type { SizingRequest } from './request';
import type { ReplicaSummary, SizingWarning, TrainingSummary } from './types';

/** What every option of one request shares: the parsed request, the model, the assumptions. */
export interface SizingContext {
  request: SizingRequest;
  model: ModelArchitecture;
  assumptions: Assumptions;
  /** The precision asked for (defaults resolved: bf16, qlora fp4). */
  precision: PrecisionId;
}

/** One GPU/layout sized, before it becomes a design: counts, the replica, and why. */
export interface OptionSizing {
  precision: PrecisionId;
  fits: boolean;
  why: string[];
  replica: ReplicaSummary | null;
  training: TrainingSummary | null;
  minimumReplicaGpus: number | null;
  replicas: number;
  gpus: number;
  migSlices: number;
  migProfile: MigProfileId | null;
  workerNodes: number;
  warnings: SizingWarning[];
}

/** A number for messages: thousands separators, at most `digits` decimals. */
export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}
