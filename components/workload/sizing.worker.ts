/**
 * Web Worker that sizes a workload off the main thread: each option plans a whole design
 * (planCluster), and a big answer (thousands of nodes) takes seconds, so the page stays responsive.
 */
import { sizeWorkload } from '@/lib/workload/size-workload';
import type { SizingAnswer } from '@/lib/workload/types';
import { serveJobs } from '@/state/worker-serve';

serveJobs((request: unknown): SizingAnswer => {
  // Parsed again here: the worker trusts nothing it is sent.
  const result = sizeWorkload(request);
  if (!result.success) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data;
});
