import { describe, expect, it, vi } from 'vitest';
import { aDesign } from '@/lib/design/schema';
import { type PlanOutcome, requestPlan } from './plan-client';

// Node has no Worker, so these run the client's main-thread fallback: the same queueing logic.
const answered = (c: { outcomes: PlanOutcome[] }) =>
  vi.waitFor(() => expect(c.outcomes.length).toBeGreaterThan(0), { timeout: 10_000 });

function collect() {
  const outcomes: PlanOutcome[] = [];
  return { outcomes, settle: (o: PlanOutcome) => outcomes.push(o) };
}

describe('requestPlan', () => {
  it('answers one request with the plan of its design', async () => {
    const a = collect();
    requestPlan(aDesign({ workerNodes: 48 }), a.settle);
    await answered(a);
    expect(a.outcomes).toHaveLength(1);
    expect(a.outcomes[0]!.plan?.input.workerNodes).toBe(48);
  });

  it('drops superseded requests: only the newest of a burst is answered', async () => {
    const first = collect();
    const second = collect();
    const third = collect();
    requestPlan(aDesign({ workerNodes: 8 }), first.settle);
    requestPlan(aDesign({ workerNodes: 16 }), second.settle);
    requestPlan(aDesign({ workerNodes: 24 }), third.settle);
    await answered(third);
    expect(first.outcomes).toEqual([]);
    expect(second.outcomes).toEqual([]);
    expect(third.outcomes.map((o) => o.plan?.input.workerNodes)).toEqual([24]);
  });

  it('never answers a cancelled request', async () => {
    const a = collect();
    const cancel = requestPlan(aDesign({ workerNodes: 8 }), a.settle);
    cancel();
    // Requests run one at a time, so once a later one is answered the cancelled one has finished.
    const later = collect();
    requestPlan(aDesign({ workerNodes: 16 }), later.settle);
    await answered(later);
    expect(a.outcomes).toEqual([]);
    expect(later.outcomes).toHaveLength(1);
  });

  it('answers a design that cannot be planned with the reason', async () => {
    const a = collect();
    // A /28 pod CIDR holds no /24 per node: planning must fail, with a message.
    requestPlan(aDesign({ workerNodes: 64, podCidr: '10.0.0.0/28' }), a.settle);
    await answered(a);
    expect(a.outcomes).toHaveLength(1);
    expect(a.outcomes[0]!.plan).toBeNull();
    expect(a.outcomes[0]!.error).toMatch(/pod/i);
  });
});
