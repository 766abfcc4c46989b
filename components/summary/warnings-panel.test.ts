import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { planCluster } from '@/lib/plan/plan-cluster';
import type { ClusterPlan, PlanWarning } from '@/lib/plan/types';
import { WarningsPanel } from './warnings-panel';

const plan = planCluster(aDesign());
const aWarning = (code: string, severity: PlanWarning['severity']): PlanWarning => ({
  code,
  severity,
  message: `message of ${code}`,
  raSection: 'Network configuration',
});
const render = (p: ClusterPlan) => renderToStaticMarkup(createElement(WarningsPanel, { plan: p }));
const codesIn = (html: string) =>
  [...html.matchAll(/<li[^>]*data-code="([^"]+)"/g)].map((m) => m[1]).filter((c) => c?.startsWith('w-'));

describe('WarningsPanel', () => {
  it('shows the warnings in plan order, not re-sorted by a severity order of its own', () => {
    // The plan sorts its warnings (most severe first); the panel must show that order as it is, so a
    // deliberately different order here must come out unchanged.
    const warnings = [
      aWarning('w-info', 'info'),
      aWarning('w-error', 'error'),
      aWarning('w-warning', 'warning'),
    ];
    expect(codesIn(render({ ...plan, warnings }))).toEqual(['w-info', 'w-error', 'w-warning']);
  });

  it('counts warnings and notes with the right plural', () => {
    const one = render({ ...plan, warnings: [aWarning('w-a', 'warning')], notes: plan.notes.slice(0, 1) });
    expect(one).toContain('1 warning, 1 note<');
    const none = render({ ...plan, warnings: [aWarning('w-i', 'info')], notes: [] });
    expect(none).toContain('No warnings, 0 notes<');
  });
});
