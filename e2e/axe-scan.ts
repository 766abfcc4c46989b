import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** One rule's result (axe-core's type, reached through @axe-core/playwright, which depends on it). */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The WCAG 2.0 and 2.1 success criteria at levels A and AA, as axe-core tags them. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Nodes listed per rule; the rest are counted (one fix usually covers all of a rule's nodes). */
const NODES_SHOWN = 5;

/** Per rule: id, impact, help, link, and its first nodes with axe's own summary of how to fix each. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const more =
        v.nodes.length > NODES_SHOWN ? `\n    … and ${v.nodes.length - NODES_SHOWN} more nodes` : '';
      const nodes = v.nodes
        .slice(0, NODES_SHOWN)
        .map((n) => {
          const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
          return `    - ${n.target.join(' >> ')}\n      ${summary}`;
        })
        .join('\n');
      return `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Runs axe with the WCAG 2.1 A/AA rules over the whole page, third-party parts included: nothing is
 * excluded (React Flow's attribution is hidden by the app; React Flow's and Recharts' markup passes).
 * What axe cannot measure (SVG text on shapes) it reports as incomplete, not as a violation; the spec
 * measures that text itself (text-contrast.ts).
 */
export async function wcagViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return describeViolations(results.violations);
}
