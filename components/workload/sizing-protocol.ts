/** Messages between the Workload view and its sizing Web Worker. */
import type { SizingRequest } from '@/lib/workload/request';
import type { SizingAnswer } from '@/lib/workload/types';

export interface SizingJob {
  id: number;
  request: SizingRequest;
}

export type SizingReply =
  | { id: number; type: 'done'; answer: SizingAnswer }
  | { id: number; type: 'error'; message: string };
