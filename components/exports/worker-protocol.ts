/** Messages between the export panel and its Web Worker. */
import type { ExportFormatId, ExportOptions } from '@/lib/export/formats';
import type { ClusterPlan } from '@/lib/plan/types';

export interface BuildRequest {
  type: 'build';
  format: ExportFormatId;
  plan: ClusterPlan;
  options: ExportOptions;
}

export type WorkerReply =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
