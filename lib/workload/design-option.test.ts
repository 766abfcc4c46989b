import { describe, expect, it } from 'vitest';
import { aDesign } from '../design/schema';
import { planCluster } from '../plan/plan-cluster';
import { planDesignFor } from './design-option';

describe('planDesignFor: a sizing as a DesignInput, validated and planned', () => {
  it('is the RA reference design with the sized GPU, layout, workers, MIG profile and workload', () => {
    const p = planDesignFor({
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      workerNodes: 3,
      migProfile: '1g.35gb',
      task: 'lora',
    });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const expected = aDesign({
      gpu: 'h200-nvl',
      layout: '1-2-2-200',
      workerNodes: 3,
      migProfile: '1g.35gb',
      workload: 'fine-tuning',
    });
    expect(p.design).toEqual(expected);
    const plan = planCluster(expected);
    expect([p.totalUSD, p.powerKW]).toEqual([plan.bom.totalUSD, plan.power.totalMaxKW]);
  });

  it('widens the east-west CIDR when MIG rail pools outgrow the reference /16', () => {
    // 1-4-3-200 with 1g.18gb: 2 GPUs per SuperNIC x 7 instances = 14 devices -> /27 per switchport
    // (nv-ipam: 32 - 3 = 29 pod addresses >= 14; /28 gives 13). 2,048 workers x 32 = 65,536 = /16 per rail;
    // 2 rails: /15.
    const p = planDesignFor({
      gpu: 'h200-nvl',
      layout: '1-4-3-200',
      workerNodes: 2048,
      migProfile: '1g.18gb',
      task: 'inference',
    });
    expect(p.ok).toBe(true);
    // Left to the planner, which proposes exactly that block (lib/design/auto-cidrs.ts).
    if (p.ok)
      expect([p.design.eastWestCidr, planCluster(p.design).network.eastWestCidr]).toEqual([
        null,
        '172.16.0.0/15',
      ]);
  });

  it('refuses a worker count beyond the layout 2-tier limit, with the reason', () => {
    const p = planDesignFor({
      gpu: 'rtx-pro-6000',
      layout: '1-4-3-200',
      workerNodes: 2049,
      migProfile: null,
      task: 'inference',
    });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reasons[0]).toMatch(/needs 2,049 worker nodes; layout 1-4-3-200 holds at most 2,048/);
  });
});
