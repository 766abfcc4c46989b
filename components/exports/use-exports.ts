'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormatId, type ExportOptions } from '@/lib/export/formats';
import type { ClusterPlan } from '@/lib/plan/types';
import { type ExportJob, type ExportJobEvent, IDLE, reduceExportJob } from './export-job';
import { runExport } from './run-export';
import { saveFile } from './save-file';

export type ExportJobs = Readonly<Record<ExportFormatId, ExportJob>>;

const ALL_IDLE: ExportJobs = {
  xlsx: IDLE,
  csv: IDLE,
  'cabling-csv': IDLE,
  'cable-labels-csv': IDLE,
  'ip-plan-csv': IDLE,
  bundle: IDLE,
  netbox: IDLE,
};

/**
 * One job per export format: `start(format)` builds the file for the current plan (and the options
 * at that moment, such as the cost-to-run inputs) and saves it. A plan change resets finished jobs
 * (their file no longer matches what is on screen).
 */
export function useExports(
  plan: ClusterPlan,
  options: ExportOptions = {},
): { jobs: ExportJobs; start: (format: ExportFormatId) => void } {
  const [jobs, setJobs] = useState<ExportJobs>(ALL_IDLE);
  const planRef = useRef(plan);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    planRef.current = plan;
    setJobs((current) => {
      const next = { ...current };
      for (const id of Object.keys(next) as ExportFormatId[])
        if (next[id].status !== 'running') next[id] = IDLE;
      return next;
    });
  }, [plan]);

  const dispatch = useCallback((format: ExportFormatId, event: ExportJobEvent) => {
    if (!mounted.current) return;
    setJobs((current) => ({ ...current, [format]: reduceExportJob(current[format], event) }));
  }, []);

  const start = useCallback(
    (format: ExportFormatId) => {
      const current = planRef.current;
      const spec = EXPORT_FORMATS[format];
      dispatch(format, { type: 'start' });
      runExport(
        format,
        current,
        (stage, fraction) => dispatch(format, { type: 'progress', stage, fraction }),
        optionsRef.current,
      )
        .then((bytes) => {
          const fileName = spec.fileName(current);
          saveFile(bytes, fileName, spec.mimeType);
          dispatch(format, { type: 'done', fileName, bytes: bytes.byteLength });
        })
        .catch((error: unknown) => {
          dispatch(format, {
            type: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
        });
    },
    [dispatch],
  );

  return { jobs, start };
}
