/**
 * CIDRs that fit (RA Solution sizing: pod 100.64.0.0/12 = "4096 sub-CIDRs of /24 each, one for each
 * node", service 100.80.0.0/14 = "256K service IP addresses"): the planner keeps those while they
 * fit and grows or moves them, saying so, when they do not.
 */
import { describe, expect, it } from 'vitest';
import { aDesign, planDesign, validateDesign } from './schema';

describe('auto CIDRs', () => {
  it("keeps the RA's CIDRs for the reference design, unchanged", () => {
    const { design, proposals } = planDesign(aDesign());
    expect([design.podCidr, design.serviceCidr, design.eastWestCidr]).toEqual([
      '100.64.0.0/12',
      '100.80.0.0/14',
      '172.16.0.0/16',
    ]);
    expect(proposals.every((p) => p.changed === null)).toBe(true);
  });

  // 4,096 workers + 3 control plane + 1 spare = 4,100 nodes > 4,096 /24s of a /12: a /11. The service
  // CIDR keeps 100.80.0.0/14, so the /11 cannot start at 100.64.0.0 (100.64-100.95 holds it): the
  // next /11 is 100.96.0.0/11.
  it('grows the pod CIDR to a /11 for 4,096 workers, beside the RA service CIDR', () => {
    const { design, proposals } = planDesign(aDesign({ layout: '1-2-2-200', workerNodes: 4096 }));
    expect([design.podCidr, design.serviceCidr]).toEqual(['100.96.0.0/11', '100.80.0.0/14']);
    expect(proposals.find((p) => p.field === 'podCidr')?.changed).toMatch(/grew to 100\.96\.0\.0\/11.*\/11/);
  });

  it('moves an auto block away from a block the user chose', () => {
    const { design, proposals } = planDesign(aDesign({ serviceCidr: '100.64.0.0/16' }));
    expect(design.podCidr).toBe('100.80.0.0/12');
    expect(proposals.find((p) => p.field === 'podCidr')?.changed).toMatch(/moved to 100\.80\.0\.0\/12/);
  });

  // H200 1g.18gb on 1-4-3-200: 14 devices per SuperNIC -> /27 per switchport; 2,048 workers x 32 =
  // 65,536 per rail (a /16), 2 rails: a /15.
  it('widens the east-west CIDR when MIG rail pools outgrow 172.16.0.0/16', () => {
    const d = aDesign({ gpu: 'h200-nvl', migProfile: '1g.18gb', workerNodes: 2048 });
    expect(planDesign(d).design.eastWestCidr).toBe('172.16.0.0/15');
  });

  it('keeps a chosen CIDR as chosen, and refuses it when it no longer fits, offering the fix on the worker count', () => {
    const result = validateDesign(
      aDesign({ podCidr: '100.64.0.0/12', layout: '1-2-2-200', workerNodes: 4096 }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const onWorkers = result.errors.find((e) => e.path === 'workerNodes');
    expect(onWorkers?.message).toBe('4100 nodes need a /11 pod CIDR; the chosen 100.64.0.0/12 holds 4096');
    expect(onWorkers?.fix).toEqual({
      field: 'podCidr',
      value: null,
      label: 'Let the planner choose the pod CIDR',
    });
  });

  it('moves a pod CIDR too large for 100.64.0.0/10 into 10.0.0.0/8, below the site subnets', () => {
    // One /24 per cluster node (RA Solution sizing): 16,384 workers + the control plane > 2^14 /24s,
    // so a /(24 - 15) = /9, twice all of 100.64.0.0/10. The first /9 of 10.0.0.0/8 is 10.0.0.0/9,
    // clear of the site subnets at 10.250-10.255.
    const { design, proposals } = planDesign(aDesign({ layout: '1-2-2-200', workerNodes: 16384 }));
    expect(design.podCidr).toBe('10.0.0.0/9');
    expect(proposals.find((p) => p.field === 'podCidr')?.changed).toMatch(/grew to 10\.0\.0\.0\/9.*\/9/);
    // 8,192 workers + the control plane > 2^13 /24s: a /10, all of the shared space, where the
    // service CIDR already is.
    expect(planDesign(aDesign({ layout: '1-2-2-200', workerNodes: 8192 })).design.podCidr).toBe(
      '10.0.0.0/10',
    );
  });

  it('says when there is no room for an auto block', () => {
    // Every /14 of 100.64.0.0/10 taken by a chosen /10 pod CIDR: the service CIDR has nowhere to go.
    const result = validateDesign(aDesign({ podCidr: '100.64.0.0/10' }));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.errors).toContainEqual({
        path: 'serviceCidr',
        message: 'no free /14 for the service CIDR in 100.64.0.0/10 beside the other blocks: choose one',
      });
  });
});
