'use client';

import { useMemo } from 'react';
import { CableRunsPrint } from '@/components/print/cable-runs-print';
import { LabelSheetPrint } from '@/components/print/label-sheet-print';
import { PrintButton } from '@/components/print/print-button';
import { PrintDocument } from '@/components/print/print-document';
import { usePrintView } from '@/components/print/use-print-view';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatInt } from '@/components/ui/format';
import type { ExportFormatId } from '@/lib/export/formats';
import { profilePreview } from '@/lib/palette/preview';
import { buildProfiles } from '@/lib/palette/profiles';
import { cableTableOf } from '@/lib/plan/plan-transfer';
import type { ClusterPlan } from '@/lib/plan/types';
import { costInputOverrides } from '@/state/cost-inputs';
import type { PlannerState } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';
import { DownloadList } from './download-list';
import { ProfilePreview } from './profile-preview';
import { useExports } from './use-exports';

/** The profiles as they will be exported, or why they cannot be (an invalid profile is a planner bug). */
function usePaletteProfiles(plan: ClusterPlan) {
  return useMemo(() => {
    try {
      return { previews: buildProfiles(plan).map(profilePreview), error: null };
    } catch (error) {
      return { previews: [], error: error instanceof Error ? error.message : String(error) };
    }
  }, [plan]);
}

const selectCostTexts = (s: PlannerState) => s.costInputs;

/**
 * Exports view: downloads of the BOM workbook, the BOM and cabling CSVs and the Palette bundle, all
 * built from the plan on screen, and a preview of each Palette profile before download.
 */
export function ExportPanel({ plan }: { plan: ClusterPlan }) {
  // The workbook's cost to run uses the Summary card's inputs (the valid ones), as the card shows.
  const costTexts = usePlannerStore(selectCostTexts);
  const costInputs = useMemo(() => costInputOverrides(costTexts).overrides, [costTexts]);
  const { jobs, start } = useExports(plan, { costInputs });
  const profiles = usePaletteProfiles(plan);
  // Only the Print buttons print a document here; the browser's Print command prints the panel.
  const print = usePrintView(null);
  const printing = print?.doc === 'labels' || print?.doc === 'cables' ? print : null;
  const disabled: Partial<Record<ExportFormatId, string>> = profiles.error
    ? { bundle: 'Not available: a generated profile failed validation (see below).' }
    : {};
  return (
    <div className="flex flex-col gap-4" data-view="exports">
      {printing ? (
        <PrintDocument plan={plan} request={printing}>
          {printing.doc === 'labels' ? <LabelSheetPrint plan={plan} /> : <CableRunsPrint plan={plan} />}
        </PrintDocument>
      ) : null}
      <div className={`flex flex-col gap-4 ${printing ? 'print:hidden' : ''}`}>
        <Card title="Downloads" titleId="exports-downloads-title">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Every file is built from the plan on screen ({plan.compute.workerNodes.toLocaleString('en-US')}{' '}
            workers, {formatInt(cableTableOf(plan).length)} cables), so the BOM, cable schedule, IP plan and
            Palette profiles agree with each other. Large workbooks are built in the background.
          </p>
          <DownloadList jobs={jobs} onDownload={start} disabled={disabled} />
        </Card>
        <Card title="Print for the data centre" titleId="exports-print-title">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Every cable has one label, its A-end switch port (<code>leaf-1:swp5</code>), printed at both ends
            with both ends' rack, U, device and port. Print the label sheet, or download the same records for
            a label printer as <strong>Cable labels (.csv)</strong>; the run list groups the cables by rack.
          </p>
          <div className="flex flex-wrap gap-2">
            <PrintButton doc="labels" />
            <PrintButton doc="cables" />
          </div>
        </Card>
        <Card
          title="Palette cluster profiles"
          titleId="exports-profiles-title"
          aside={
            profiles.error ? <Badge tone="error">invalid</Badge> : <Badge tone="success">validated</Badge>
          }
        >
          {profiles.error ? (
            <p role="alert" className="text-sm whitespace-pre-wrap text-red-700 dark:text-red-400">
              {profiles.error}
            </p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                Import these in order with Import Cluster Profile. Each lists its layers in install order;
                open a layer for its values and manifests. The bundle README lists the registries, variables
                and placeholders.
              </p>
              <div className="flex flex-col gap-2">
                {profiles.previews.map((p) => (
                  <ProfilePreview key={p.name} profile={p} />
                ))}
              </div>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}

export default ExportPanel;
