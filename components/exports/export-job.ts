/**
 * State of one download button: idle, running (with the builder's stage and progress), done or
 * failed. Pure, so the panel's behaviour is testable without a browser.
 */
export type ExportJob =
  | { status: 'idle' }
  | { status: 'running'; stage: string; fraction: number }
  | { status: 'done'; fileName: string; bytes: number }
  | { status: 'error'; message: string };

export type ExportJobEvent =
  | { type: 'start' }
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; fileName: string; bytes: number }
  | { type: 'error'; message: string };

export const IDLE: ExportJob = { status: 'idle' };

/** Next state; progress only ever moves forward, and late progress after the end is ignored. */
export function reduceExportJob(job: ExportJob, event: ExportJobEvent): ExportJob {
  switch (event.type) {
    case 'start':
      return { status: 'running', stage: 'Starting', fraction: 0 };
    case 'progress':
      if (job.status !== 'running') return job;
      return {
        status: 'running',
        stage: event.stage,
        fraction: Math.max(job.fraction, Math.min(1, event.fraction)),
      };
    case 'done':
      return { status: 'done', fileName: event.fileName, bytes: event.bytes };
    case 'error':
      return { status: 'error', message: event.message };
  }
}

/** "1.6 MB", "58 kB": the size shown after a download. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} B`;
}

/** The one-line status a screen reader announces for a job. */
export function jobStatusText(label: string, job: ExportJob): string {
  switch (job.status) {
    case 'idle':
      return '';
    case 'running':
      return `${label}: ${job.stage} (${Math.round(job.fraction * 100)}%)`;
    case 'done':
      return `${label}: saved ${job.fileName} (${formatBytes(job.bytes)})`;
    case 'error':
      return `${label} failed: ${job.message}`;
  }
}
