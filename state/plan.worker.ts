/**
 * Web Worker that plans the design on screen off the main thread (planCluster takes hundreds of
 * milliseconds at thousands of workers), so typing and dragging never wait for it.
 */
import type { DesignInput } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { serveJobs } from './worker-serve';

serveJobs((design: DesignInput) => planCluster(design));
