import { describe, expect, it } from 'vitest';
import { aPlannedDesign, DEFAULT_DESIGN } from '../design/schema';
import { planLogical } from './logical';

const notes = planLogical(DEFAULT_DESIGN).notes;
const byCode = (code: string) => {
  const n = notes.find((x) => x.code === code);
  if (!n) throw new Error(`no note ${code}`);
  return n;
};

describe('RA discrepancy notes: each names both sections and the chosen value', () => {
  it.each([
    // code, chosen value contains, chosen section contains, alternative value contains, alternative section contains
    ['service-cidr-prefix', '/14', 'Solution sizing', '/16', 'Kubernetes layer'],
    ['longhorn-version', '1.9.0', 'Software resources', '1.9.1', 'Storage configuration'],
    ['longhorn-instance-manager-cpu', '"2"', 'Longhorn layer', '"3"', 'Storage configuration'],
    ['control-plane-sizing', '8 cores, 32 GB', 'Hardware resources', '6 CPUs, 20 GB', 'Solution sizing'],
    [
      'two-tier-limit',
      '4,096 SuperNIC ports',
      'Network configuration',
      '4,096 GPU nodes',
      'Network configuration',
    ],
    ['doca-version', '3.2.1-044000-25.10', 'Software resources', '3.1', 'Ubuntu layer'],
    ['cpu-model-name', 'Intel Xeon 6774P', 'Technology Overview', 'Intel Xeon 6774', 'Hardware resources'],
    ['switch-model', 'SN5610', 'Network configuration', 'SN5600', 'Hardware resources'],
  ])('%s', (code, chosen, chosenSection, alt, altSection) => {
    const n = byCode(code);
    expect(n.chosen?.value).toContain(chosen);
    expect(n.chosen?.section).toContain(chosenSection);
    expect(n.alternatives?.some((a) => a.value.includes(alt) && a.section.includes(altSection))).toBe(true);
    expect(n.message.length).toBeGreaterThan(40);
  });

  it('states the layout-specific 2-tier maximum: 2,048 workers with 2 SuperNICs, 4,096 with 1', () => {
    expect(byCode('two-tier-limit').message).toContain('layout 1-4-3-200: 2,048 workers');
    const single = planLogical(aPlannedDesign({ layout: '1-2-2-200' })).notes.find(
      (n) => n.code === 'two-tier-limit',
    );
    expect(single?.message).toContain('layout 1-2-2-200: 4,096 workers');
  });

  it('uses this design’s control-plane row in the sizing note', () => {
    const small = planLogical(aPlannedDesign({ workerNodes: 8 })).notes.find(
      (n) => n.code === 'control-plane-sizing',
    );
    expect(small?.chosen?.value).toBe('4 cores, 8 GB per node');
  });

  it('has unique codes', () => {
    expect(new Set(notes.map((n) => n.code)).size).toBe(notes.length);
  });
});

describe('switchport prefix: the RA against NVIDIA IPAM', () => {
  const prefixNote = (overrides: Parameters<typeof aPlannedDesign>[0]) =>
    planLogical(aPlannedDesign(overrides)).notes.find((n) => n.code === 'switchport-prefix');

  // RA Network configuration: "we recommend ... /30 subnet prefixes per switchport. This gives you 4
  // usable addresses per link, one used by the switchport and 3 available to be used by VFs".
  it("keeps the RA's /30 as the stated alternative and shows the /29 nv-ipam needs for 2 GPUs per SuperNIC", () => {
    const n = prefixNote({ layout: '1-4-3-200' });
    expect(n?.chosen?.value).toBe('/29');
    expect(n?.alternatives?.[0]?.value).toMatch(/^\/30 /);
    expect(n?.alternatives?.[0]?.section).toBe('Network configuration (recommendation)');
    expect(n?.message).toContain('3 available to be used by VFs');
    expect(n?.message).toContain('nvidia-k8s-ipam');
  });

  // RA: all-2g.48gb "requiring a total of 5 IP addresses ... which requires a /29 subnet": both agree.
  it('agrees with the RA for all-2g.48gb at 2:1 (/29)', () => {
    const n = prefixNote({ layout: '1-4-3-200', migProfile: '2g.48gb' });
    expect(n?.chosen?.value).toBe('/29');
    expect(n?.alternatives?.[0]?.value).toMatch(/^\/29 /);
  });
});
