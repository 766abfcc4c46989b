'use client';

import { Button } from '@/components/ui/button';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormatId } from '@/lib/export/formats';
import { jobStatusText } from './export-job';
import type { ExportJobs } from './use-exports';

/** One row per export: the download button (its accessible name is the format's label), progress and status. */
export function DownloadList({
  jobs,
  onDownload,
  disabled,
}: {
  jobs: ExportJobs;
  onDownload: (format: ExportFormatId) => void;
  /** Formats that cannot be offered, with the reason (e.g. an invalid profile). */
  disabled: Partial<Record<ExportFormatId, string>>;
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {EXPORT_FORMAT_IDS.map((id) => {
        const format = EXPORT_FORMATS[id];
        const job = jobs[id];
        const running = job.status === 'running';
        const reason = disabled[id];
        const descriptionId = `export-${id}-description`;
        return (
          <li
            key={id}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
            data-export={id}
          >
            <div className="flex items-center justify-between gap-3">
              <Button
                variant={id === 'xlsx' ? 'primary' : 'secondary'}
                onClick={() => onDownload(id)}
                disabled={running || reason !== undefined}
                aria-describedby={descriptionId}
                aria-busy={running}
              >
                {format.label}
              </Button>
              {running ? (
                <progress
                  className="h-2 w-32 accent-emerald-600"
                  max={1}
                  value={job.fraction}
                  aria-label={`${format.label} progress`}
                />
              ) : null}
            </div>
            <p id={descriptionId} className="text-xs text-slate-600 dark:text-slate-400">
              {reason ?? format.description}
            </p>
            <p
              role="status"
              aria-live="polite"
              className={`min-h-4 text-xs ${job.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-700 dark:text-slate-300'}`}
            >
              {jobStatusText(format.label, job)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
