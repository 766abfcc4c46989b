import { describe, expect, it } from 'vitest';
import { formatBytes, IDLE, jobStatusText, reduceExportJob } from './export-job';

describe('export job state', () => {
  it('runs from start through progress to done', () => {
    let job = reduceExportJob(IDLE, { type: 'start' });
    expect(job).toEqual({ status: 'running', stage: 'Starting', fraction: 0 });
    job = reduceExportJob(job, { type: 'progress', stage: 'Building BOM sheet', fraction: 0.2 });
    job = reduceExportJob(job, { type: 'progress', stage: 'late message', fraction: 0.1 });
    expect(job).toEqual({ status: 'running', stage: 'late message', fraction: 0.2 });
    job = reduceExportJob(job, { type: 'done', fileName: 'a.xlsx', bytes: 1_680_000 });
    expect(jobStatusText('BOM', job)).toBe('BOM: saved a.xlsx (1.7 MB)');
    expect(reduceExportJob(job, { type: 'progress', stage: 'x', fraction: 1 })).toBe(job);
  });

  it('reports failures and sizes', () => {
    expect(jobStatusText('Zip', reduceExportJob(IDLE, { type: 'error', message: 'boom' }))).toBe(
      'Zip failed: boom',
    );
    expect([formatBytes(512), formatBytes(58_155)]).toEqual(['512 B', '58 kB']);
    expect(jobStatusText('x', IDLE)).toBe('');
  });
});
