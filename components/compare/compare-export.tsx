'use client';

import { useState } from 'react';
import { formatBytes } from '@/components/exports/export-job';
import { saveFile } from '@/components/exports/save-file';
import { Button } from '@/components/ui/button';
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { plannerStore } from '@/state/use-planner-store';
import type { CompareInput } from './compare-protocol';
import { runCompareWorkbook } from './run-compare';

type Job =
  | { status: 'idle' }
  | { status: 'running'; text: string }
  | { status: 'done' | 'error'; text: string };

const XLSX = EXPORT_FORMATS.xlsx;

/** The current design's BOM workbook with a Compare sheet of the scenarios. */
export function CompareExport({ input }: { input: CompareInput }) {
  const [job, setJob] = useState<Job>({ status: 'idle' });

  async function handleClick() {
    const design = plannerStore.getState().design;
    const fileName = `ai-factory-compare-${input.scenarios.length}-scenarios-${design.workerNodes}-nodes.xlsx`;
    setJob({ status: 'running', text: 'Starting' });
    try {
      const bytes = await runCompareWorkbook(design, input, (stage, fraction) =>
        setJob({ status: 'running', text: `${stage} (${Math.round(fraction * 100)}%)` }),
      );
      saveFile(bytes, fileName, XLSX.mimeType);
      setJob({ status: 'done', text: `Saved ${fileName} (${formatBytes(bytes.length)})` });
    } catch (error) {
      setJob({ status: 'error', text: `Failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <Button onClick={handleClick} disabled={job.status === 'running'} data-testid="compare-workbook">
        Download BOM with Compare sheet (.xlsx)
      </Button>
      <p
        role="status"
        className={`text-xs ${job.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}
      >
        {job.status === 'idle'
          ? 'The workbook of the current design, with every scenario side by side on its Compare sheet.'
          : job.text}
      </p>
    </div>
  );
}
