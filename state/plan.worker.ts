/**
 * Web Worker that plans the design on screen off the main thread (planCluster takes hundreds of
 * milliseconds at thousands of workers), so typing and dragging never wait for it. The plan goes
 * back packed (lib/plan/plan-transfer.ts): its cables as transferred buffers, so the page does not
 * spend hundreds of milliseconds rebuilding 100k objects it mostly never reads.
 */
import type { DesignInput } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { packedBuffers, packPlan } from '@/lib/plan/plan-transfer';
import { serveJobs } from './worker-serve';

serveJobs((design: DesignInput) => packPlan(planCluster(design)), packedBuffers);
