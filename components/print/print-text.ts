/**
 * The words of a printed page's header and footer: the design's name, the print date, and the
 * @page margin boxes that repeat them on every page with the page number (Chromium 131+, Safari 18.2+;
 * other browsers show their own header and footer, with the document title set to the same words).
 */
import type { ClusterPlan } from '@/lib/plan/types';
import type { PrintPage } from './print-docs';

/** "64 workers, NVIDIA RTX PRO 6000 Blackwell Server Edition, layout 1-4-3-200": the design, named by what was chosen. */
export function designName(plan: ClusterPlan): string {
  const workers = plan.compute.workerNodes;
  return `${workers.toLocaleString('en-US')} ${workers === 1 ? 'worker' : 'workers'}, ${plan.compute.gpuName}, layout ${plan.compute.layout}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time, "2026-01-31 09:05": unambiguous in every locale. */
export function printDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A CSS string literal: backslashes, quotes and line breaks escaped (CSS Syntax 4.3.5). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The document title while printing: browsers that draw their own header print it. */
export function printTitle(plan: ClusterPlan, page: PrintPage, at: Date): string {
  return `AI Factory Planner: ${page.title}, ${designName(plan)} (${printDate(at)})`;
}

/**
 * The page rules of one print: orientation, margins, and the margin boxes (design name and date at the
 * top, document title and "Page n of N" at the bottom). Only in the page while it prints.
 */
export function pageRules(plan: ClusterPlan, page: PrintPage, at: Date): string {
  const { title, orientation } = page;
  const box = 'font: 8pt system-ui, sans-serif; color: #334155;';
  return `@page {
  size: ${orientation};
  margin: 14mm 10mm 14mm 10mm;
  @top-left { content: ${cssString(`AI Factory Planner: ${designName(plan)}`)}; ${box} }
  @top-right { content: ${cssString(`Printed ${printDate(at)}`)}; ${box} }
  @bottom-left { content: ${cssString(title)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}`;
}
