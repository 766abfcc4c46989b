import { describe, expect, it } from 'vitest';
import { referencePlan, smallPlan } from './test-support/plans';
import { readNetboxZip } from './test-support/read-zip';
import { buildNetboxZip, NETBOX_README, netboxEntries } from './zip';

const plan = referencePlan();
const entries = netboxEntries(plan);
const zip = readNetboxZip(buildNetboxZip(plan));

describe('NetBox zip', () => {
  it('round-trips: the zip holds exactly the entries, byte for byte', () => {
    expect(zip.names).toEqual(entries.map(([name]) => name));
    for (const [name, text] of entries) expect(zip.files[name], name).toBe(text);
  });

  it('parses back: every CSV into records of its header width, every YAML into one object', () => {
    const csvs = entries.filter(([n]) => n.endsWith('.csv'));
    const yamls = entries.filter(([n]) => n.endsWith('.yaml'));
    expect(Object.keys(zip.csv)).toHaveLength(csvs.length);
    expect(Object.keys(zip.deviceTypes)).toHaveLength(yamls.length);
    for (const [name, file] of Object.entries(zip.csv)) expect(file.records.length, name).toBeGreaterThan(0);
    expect(csvs.length + yamls.length + 1).toBe(entries.length);
  });

  it('is the same bytes for the same plan', () => {
    expect(buildNetboxZip(plan)).toEqual(buildNetboxZip(plan));
  });

  it('starts every file the way NetBox detects its format (YAML with ---, CSV with a comma in line 1)', () => {
    for (const [name, text] of entries) {
      if (name.endsWith('.yaml')) expect(text.startsWith('---\n'), name).toBe(true);
      if (name.endsWith('.csv')) expect(text.split('\r\n')[0], name).toContain(',');
    }
  });

  it('names the files in dependency order: manufacturers and roles, device types, site to devices, cables, IPAM', () => {
    const order = entries.map(([n]) => n).filter((n) => n !== NETBOX_README);
    const numbers = order.map((n) => n.slice(0, 2));
    expect(numbers).toEqual([...numbers].sort());
    const stems = order.map((n) => n.replace(/^\d+-/, '').replace(/\/.*$/, '/'));
    expect(stems).toEqual([
      'manufacturers.csv',
      'device-roles.csv',
      'device-types/',
      'device-types/',
      'device-types/',
      'device-types/',
      'sites.csv',
      'locations.csv',
      'rack-roles.csv',
      'racks.csv',
      'devices.csv',
      'cable-bundles.csv',
      'cables.csv',
      'ipam-roles.csv',
      'prefixes.csv',
      'ip-addresses.csv',
      'ip-ranges.csv',
    ]);
  });

  it('has a README that lists every file in import order, with the NetBox version', () => {
    const readme = zip.files[NETBOX_README]!;
    const positions = entries.slice(1).map(([name]) => readme.indexOf(`\`${name}\``));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(readme).toContain('NetBox v4.6.8');
    expect(readme).toMatch(/one NetBox cable from its switch sub-port/);
  });

  it('takes the site name from the options; device types only for the kinds placed', () => {
    const small = netboxEntries(smallPlan(), { siteName: 'Lab 7' });
    const site = small.find(([n]) => n.endsWith('sites.csv'))![1];
    expect(site).toContain('Lab 7,lab-7,planned');
    // A virtual control plane places no control-plane servers: no such device type.
    expect(small.some(([n]) => n.includes('control-plane'))).toBe(false);
  });
});
