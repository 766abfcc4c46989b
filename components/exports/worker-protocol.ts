/** What the export panel asks its Web Worker (state/worker-client.ts carries it): one file to build. */
import type { ExportFormatId, ExportOptions } from '@/lib/export/formats';
import type { ClusterPlan } from '@/lib/plan/types';

export interface BuildRequest {
  format: ExportFormatId;
  plan: ClusterPlan;
  options: ExportOptions;
}
