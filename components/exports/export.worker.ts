/**
 * Web Worker that builds one export off the main thread (a 4,096-node workbook takes seconds), so
 * the page stays responsive; it reports progress and transfers the file's bytes back.
 */
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { unpackPlan } from '@/lib/plan/plan-transfer';
import { serveJobs } from '@/state/worker-serve';
import type { BuildRequest } from './worker-protocol';

serveJobs(
  ({ format, plan, options }: BuildRequest, onProgress) =>
    EXPORT_FORMATS[format].build(unpackPlan(plan), onProgress, options),
  (bytes) => [bytes.buffer],
);
