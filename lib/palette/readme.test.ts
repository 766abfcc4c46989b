/**
 * The bundle README: what must still be filled in (every variable without a default, every
 * placeholder found in the layers), the node-naming rule with every worker, and the address plan.
 * Expected values are read from the generated profiles and the plan, or written from the rules
 * (RA prefix examples, nv-ipam gateway index rule), never from the README code.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { DesignInput } from '../design/schema';
import { buildProfiles } from './profiles';
import { bundleReadme } from './readme';
import type { ClusterProfileImport } from './schema';
import { planFor } from './test-support/plans';

function readmeFor(design: Partial<DesignInput> = {}) {
  const plan = planFor(design);
  const files = buildProfiles(plan);
  return { plan, files, readme: bundleReadme(plan, files) };
}

/** The text of one `## ` section, heading included. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Table rows of a section as cells (header and separator rows dropped). */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.trim()),
    );
}

/** One table as header -> cell records, found by a header cell. */
function tableWith(text: string, headerCell: string): Record<string, string>[] {
  const all = rows(text);
  const headerAt = all.findIndex((r) => r.includes(headerCell));
  if (headerAt < 0) throw new Error(`no table with column ${headerCell}`);
  const header = all[headerAt]!;
  const body: Record<string, string>[] = [];
  for (const r of all.slice(headerAt + 1)) {
    if (r.length !== header.length) break;
    body.push(Object.fromEntries(header.map((h, i) => [h, r[i]!])));
  }
  return body;
}

function layerTexts(profile: ClusterProfileImport): { layer: string; text: string }[] {
  return profile.spec.template.packs.flatMap((p) => [
    { layer: p.name, text: p.values },
    ...(p.manifests ?? []).map((m) => ({ layer: p.name, text: m.content })),
  ]);
}

describe('README: what you must still fill in', () => {
  const { files, readme } = readmeFor();
  const fillIn = section(readme, 'What you must still fill in');

  it('lists every variable without a default, with its profile and the layer that uses it', () => {
    const listed = tableWith(fillIn, 'Variable');
    let expected = 0;
    for (const f of files)
      for (const v of f.profile.spec.variables.filter((x) => x.defaultValue === '')) {
        expected += 1;
        const row = listed.find((r) => r.Profile === f.name && r.Variable === `\`${v.name}\``);
        expect(row, `${f.name} ${v.name}`).toBeDefined();
        const users = layerTexts(f.profile)
          .filter((t) => t.text.includes(`.spectro.var.${v.name} `))
          .map((t) => t.layer);
        expect(users.length, v.name).toBeGreaterThan(0);
        for (const layer of users) expect(row!['Used in'], v.name).toContain(layer);
      }
    expect(listed).toHaveLength(expected);
  });

  it('lists every REPLACE-ME placeholder found in any layer, on a row naming its profile', () => {
    const listed = tableWith(fillIn, 'Placeholder');
    const found = files.flatMap((f) =>
      layerTexts(f.profile).flatMap((t) =>
        [...t.text.matchAll(/REPLACE-ME-[a-z0-9-]+/g)].map((m) => ({ profile: f.name, token: m[0] })),
      ),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { profile, token } of found) {
      const row = listed.find((r) => r.Placeholder === `\`${token}\``);
      expect(row, token).toBeDefined();
      expect(row!.Profile, token).toContain(profile);
    }
  });

  it('lists the Grafana password the RA sets ("welcome")', () => {
    const row = tableWith(fillIn, 'Placeholder').find((r) => r.Placeholder === '`welcome`');
    expect(row?.Profile).toBe('AI-RA-Core');
  });

  it('is right that nothing hides in base64: every Secret data value in the bundle is a variable', () => {
    expect(fillIn).toMatch(/none hidden in base64/);
    const secrets = files.flatMap((f) =>
      layerTexts(f.profile).flatMap((t) =>
        parseAllDocuments(t.text)
          .map((d) => d.toJS() as { kind?: string; data?: Record<string, string> } | null)
          .filter((o) => o?.kind === 'Secret'),
      ),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets)
      for (const value of Object.values(s!.data ?? {}))
        expect(value).toMatch(/^\{\{ \.spectro\.var\.\w+ \}\}$/);
  });
});

describe('README: node names', () => {
  it.each([
    ['reference', {}],
    ['8 workers', { workerNodes: 8 }],
  ] as [string, Partial<DesignInput>][])(
    '%s: states the rule and lists every worker by its server name',
    (_, design) => {
      const { plan, readme } = readmeFor(design);
      const names = section(readme, 'Node names');
      expect(names).toMatch(/Kubernetes node name is its server name/);
      expect(names).toMatch(/MAAS[\s\S]*hostname must be exactly that name/);
      expect(names).toContain('staticAllocations');
      const workers = plan.racks.flatMap((r) =>
        r.devices.filter((d) => d.kind === 'gpu-server').map((d) => d.name),
      );
      expect(workers).toHaveLength(plan.compute.workerNodes);
      for (const w of workers) expect(names).toContain(`\`${w}\``);
      // The CIDRPool rows of the IP plan name the same servers.
      const peers = new Set(
        plan.ipPlan.blocks.filter((b) => b.network === 'east-west').map((b) => b.peerDevice),
      );
      expect([...peers].sort()).toEqual([...workers].sort());
    },
  );
});

describe('README: address plan', () => {
  const { plan, readme } = readmeFor();
  const addresses = section(readme, 'Address plan');

  it('gives every site subnet with its design field, CIDR, gateway and address counts', () => {
    const listed = tableWith(addresses, 'Design field');
    expect(listed).toHaveLength(plan.ipPlan.subnets.length);
    for (const s of plan.ipPlan.subnets) {
      const row = listed.find((r) => r['Design field'] === `\`${s.field}\``);
      expect(row, s.field).toMatchObject({ CIDR: s.cidr, Gateway: s.gateway || '-' });
      expect(row!['Addresses needed / available']!.replace(/,/g, '')).toBe(
        `${s.addressesNeeded} / ${s.addressesAvailable}`,
      );
    }
  });

  it('gives the MetalLB range', () => {
    expect(addresses).toContain(`\`${plan.ipPlan.loadBalancer.range}\``);
    expect(addresses).toContain('`metallbIpRange`');
  });

  // Needs lib/palette/profiles.ts to call coreVariables(plan).
  it('says the MetalLB range is the default of metallbIpRange', () => {
    expect(addresses).toMatch(/the default of variable `metallbIpRange`/);
  });

  it('gives one CIDRPool per rail: /29 per port and gateway index 1 (RA 1-4-3-200 example; nv-ipam rule)', () => {
    const pools = tableWith(addresses, 'perNodeNetworkPrefix');
    expect(pools.map((p) => p.Pool)).toEqual(['rail-0', 'rail-1']);
    for (const p of pools) expect(p).toMatchObject({ perNodeNetworkPrefix: '/29', gatewayIndex: '1' });
  });

  // Needs the nic-ipam manifest to carry staticAllocations (lib/palette/layers/nic-ipam.ts).
  it('counts one static allocation per worker on every rail', () => {
    for (const p of tableWith(addresses, 'perNodeNetworkPrefix'))
      expect(p['Static allocations'], p.Pool).toBe(String(plan.compute.workerNodes));
  });
});
