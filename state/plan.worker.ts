/**
 * Web Worker that plans the design on screen off the main thread (planCluster takes hundreds of
 * milliseconds at thousands of workers), so typing and dragging never wait for it. The plan goes
 * back packed (lib/plan/plan-transfer.ts): its cables as transferred buffers, so the page does not
 * spend hundreds of milliseconds rebuilding 100k objects it mostly never reads.
 */
import { DEFAULT_DESIGN } from '@/lib/design/default-design';
import type { DesignInput } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { packedBuffers, packPlan } from '@/lib/plan/plan-transfer';
import { serveJobs } from './worker-serve';

serveJobs((design: DesignInput) => packPlan(planCluster(design)), packedBuffers);

// Warm up: the first real plan would otherwise pay the JIT's start (a reference plan takes a few ms).
planCluster(DEFAULT_DESIGN);
