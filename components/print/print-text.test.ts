import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import { PRINT_DOCS, viewPage } from './print-docs';
import { cssString, designName, pageRules, printDate, printTitle } from './print-text';

const plan = planCluster(aDesign());

describe('print header and footer text', () => {
  it('names the design by workers, GPU and layout (the RA reference: 64 x RTX PRO 6000, 1-4-3-200)', () => {
    expect(designName(plan)).toBe(
      '64 workers, NVIDIA RTX PRO 6000 Blackwell Server Edition, layout 1-4-3-200',
    );
    expect(designName(planCluster(aDesign({ workerNodes: 1 })))).toMatch(/^1 worker, /);
  });

  it('dates in local time, zero-padded', () => {
    expect(printDate(new Date(2026, 0, 5, 9, 3))).toBe('2026-01-05 09:03');
  });

  it('quotes CSS strings safely', () => {
    expect(cssString('plain')).toBe('"plain"');
    expect(cssString('say "hi" \\ bye\nnext')).toBe('"say \\"hi\\" \\\\ bye next"');
  });

  it('writes the margin boxes: design and date on top, title and page n of N below', () => {
    const rules = pageRules(plan, PRINT_DOCS.racks, new Date(2026, 0, 5, 9, 3));
    expect(rules).toContain('size: landscape;');
    expect(rules).toContain(`@top-left { content: "AI Factory Planner: ${designName(plan)}";`);
    expect(rules).toContain('@top-right { content: "Printed 2026-01-05 09:03";');
    expect(rules).toContain('@bottom-left { content: "Floor plan and rack elevations";');
    expect(rules).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(pageRules(plan, PRINT_DOCS.labels, new Date())).toContain('size: portrait;');
    expect(pageRules(plan, viewPage('Summary'), new Date())).toContain(
      '@bottom-left { content: "Summary view";',
    );
  });

  it('titles the document for browsers that print their own header', () => {
    expect(printTitle(plan, PRINT_DOCS.bom, new Date(2026, 0, 5, 9, 3))).toBe(
      `AI Factory Planner: Bill of materials, ${designName(plan)} (2026-01-05 09:03)`,
    );
  });
});
