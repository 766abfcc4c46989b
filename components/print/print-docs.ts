/**
 * The printable documents: what each Print button prints, its title in the page header and its
 * paper orientation. Wide tables and rows of racks go landscape; the label sheet is portrait.
 */
export type PrintDocId = 'racks' | 'cables' | 'labels' | 'ip-plan' | 'bom';
/** A document, or 'view': the browser's Print command on a view without a document prints the view. */
export type PrintKind = PrintDocId | 'view';

/** What the page rules of a print need: the title in the footer and the paper orientation. */
export interface PrintPage {
  /** The document's title on its first page and in every page footer. */
  title: string;
  orientation: 'landscape' | 'portrait';
}

export interface PrintDoc extends PrintPage {
  /** The Print button's text (its accessible name). */
  button: string;
}

/** A view printed as it is (Summary, Kubernetes, ...): landscape, as its cards sit side by side. */
export const viewPage = (viewLabel: string): PrintPage => ({
  title: `${viewLabel} view`,
  orientation: 'landscape',
});

export const PRINT_DOCS: Readonly<Record<PrintDocId, PrintDoc>> = {
  racks: { title: 'Floor plan and rack elevations', button: 'Print racks', orientation: 'landscape' },
  cables: { title: 'Cable run list by rack', button: 'Print cable list', orientation: 'landscape' },
  labels: { title: 'Cable labels', button: 'Print cable labels', orientation: 'portrait' },
  'ip-plan': { title: 'IP plan', button: 'Print IP plan', orientation: 'landscape' },
  bom: { title: 'Bill of materials', button: 'Print BOM', orientation: 'landscape' },
};
