/**
 * Profile variables across the four profiles: each referenced one defined in its own profile (the
 * scope Palette gives variables, define-profile-variables.md) and each defined one referenced; every
 * required one with a default or a description that says what to enter; secrets masked; the MetalLB
 * pool defaulting to the plan's.
 */
import { describe, expect, it } from 'vitest';
import type { DesignInput } from '../design/schema';
import { buildProfiles } from './profiles';
import type { ClusterProfileImport } from './schema';
import { planFor } from './test-support/plans';
import { coreVariables, VAR } from './variables';

const DESIGNS: [string, Partial<DesignInput>][] = [
  ['reference', {}],
  ['SR-IOV', { sriov: true }],
  ['1 GPU per SuperNIC', { layout: '1-2-3-400' }],
  ['h200-nvl MIG', { gpu: 'h200-nvl', migProfile: '1g.18gb' }],
];

/** Names in `{{ .spectro.var.NAME }}` (spaces optional, as Palette's own examples write it). */
function referencedNames(profile: ClusterProfileImport): Set<string> {
  const text = profile.spec.template.packs
    .flatMap((p) => [p.values, ...(p.manifests ?? []).map((m) => m.content)])
    .join('\n');
  return new Set([...text.matchAll(/\{\{\s*\.spectro\.var\.([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]!));
}

describe.each(DESIGNS)('variables of the %s design', (_, design) => {
  const files = buildProfiles(planFor(design));

  it.each(files.map((f) => [f.name, f.profile] as const))(
    '%s defines exactly the variables its layers reference',
    (_, profile) => {
      const defined = profile.spec.variables.map((v) => v.name).sort();
      expect(defined).toEqual([...referencedNames(profile)].sort());
    },
  );

  it('gives every required variable a default or at least one full sentence on what to enter', () => {
    for (const f of files)
      for (const v of f.profile.spec.variables.filter((x) => x.required && x.defaultValue === '')) {
        const words = v.description.trim().split(/\s+/);
        expect(words.length, `${f.name} ${v.name}: "${v.description}"`).toBeGreaterThanOrEqual(8);
        expect(v.description.trim(), `${f.name} ${v.name}`).toMatch(/[.)]$/);
      }
  });
});

describe('secrets as variables', () => {
  const files = buildProfiles(planFor());
  const all = files.flatMap((f) => f.profile.spec.variables.map((v) => ({ profile: f.name, v })));

  it('masks every key, token, password and client secret, and nothing public', () => {
    for (const { profile, v } of all) {
      const secretName = /key|token|password|secret/i.test(v.name);
      expect(v.isSensitive, `${profile} ${v.name}`).toBe(secretName);
    }
  });

  it('asks for the Run:ai CA and registry credentials in both Run:ai profiles (variables are per profile)', () => {
    const names = (p: string) => all.filter((x) => x.profile === p).map((x) => x.v.name);
    const shared = ['runaiCaCertificate', 'runaiRegistryUsername', 'runaiRegistryPassword'];
    expect(names('AI-RA-RunAI-Backend')).toEqual(expect.arrayContaining([...shared, 'runaiCaPrivateKey']));
    expect(names('AI-RA-RunAI-Cluster')).toEqual(expect.arrayContaining(shared));
    // Only the control plane signs certificates, so only it holds the CA key.
    expect(names('AI-RA-RunAI-Cluster')).not.toContain('runaiCaPrivateKey');
  });
});

/** 32-bit value of a dotted IPv4 address. */
function ipv4(a: string): number {
  return a.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

describe('MetalLB pool default (plan.ipPlan.loadBalancer)', () => {
  const plan = planFor();

  it('defaults metallbIpRange to the plan range, inside the north-south subnet', () => {
    const pool = coreVariables(plan).find((v) => v.name === VAR.metallbRange)!;
    expect(pool.defaultValue).toBe(plan.ipPlan.loadBalancer.range);
    const [first, last] = pool.defaultValue.split('-').map(ipv4) as [number, number];
    expect(last - first + 1).toBe(plan.ipPlan.loadBalancer.addresses);
    const ns = plan.ipPlan.subnets.find((s) => s.network === 'north-south')!;
    const [base, bits] = ns.cidr.split('/') as [string, string];
    const size = 2 ** (32 - Number(bits));
    expect(first).toBeGreaterThan(ipv4(base));
    expect(last).toBeLessThan(ipv4(base) + size - 1); // below the broadcast address
    expect(pool.description).toContain(ns.cidr);
    expect(new RegExp(pool.regex).test(pool.defaultValue)).toBe(true);
  });

  it('carries the default into the AI-RA-Core profile', () => {
    const core = buildProfiles(plan).find((f) => f.name === 'AI-RA-Core')!.profile;
    const pool = core.spec.variables.find((v) => v.name === VAR.metallbRange)!;
    expect(pool.defaultValue).toBe(plan.ipPlan.loadBalancer.range);
  });
});
