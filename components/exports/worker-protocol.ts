/** What the export panel asks its Web Worker (state/worker-client.ts carries it): one file to build. */
import type { ExportFormatId, ExportOptions } from '@/lib/export/formats';
import type { PackedPlan } from '@/lib/plan/plan-transfer';

export interface BuildRequest {
  format: ExportFormatId;
  /** Packed (lib/plan/plan-transfer.ts): the page need not build the plan's cable objects to send it. */
  plan: PackedPlan;
  options: ExportOptions;
}
