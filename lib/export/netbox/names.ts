/**
 * Names of the NetBox objects the zip creates that the plan does not name itself (site, locations,
 * roles). NetBox's CSV import finds related objects by name, so every file uses these helpers.
 */
import type { DeviceRole, RackRole } from '../../plan/types';
import type { IpamRoleId } from './choices';

export interface NetboxOptions {
  /** NetBox site the racks go to (created by the zip); default "AI Factory". */
  siteName?: string;
}

export const DEFAULT_SITE_NAME = 'AI Factory';

/** NetBox's slug alphabet (schema pattern ^[-a-z0-9_]+$): lower case, anything else becomes "-". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

export interface SiteNames {
  site: string;
  siteSlug: string;
}

export function siteNames(options: NetboxOptions = {}): SiteNames {
  const site = options.siteName?.trim() || DEFAULT_SITE_NAME;
  return { site, siteSlug: slugify(site) };
}

/** One location per floor row: rack names ("A03") are unique per location in NetBox. */
export const locationName = (row: string): string => `Row ${row}`;

export const DEVICE_ROLE_NAME: Record<DeviceRole, string> = {
  compute: 'GPU worker',
  'control-plane': 'Control plane',
  spare: 'Control-plane spare',
  leaf: 'Leaf',
  spine: 'Spine',
  'super-spine': 'Super-spine',
  'north-south': 'North-south',
  oob: 'OOB',
};

export const RACK_ROLE_NAME: Record<RackRole, string> = {
  gpu: 'GPU',
  network: 'Network',
  mixed: 'Mixed',
};

export const IPAM_ROLE: Record<IpamRoleId, { name: string; description: string }> = {
  'east-west': { name: 'East-west', description: 'SuperNIC switchport prefixes and their pod addresses' },
  'leaf-spine': { name: 'Leaf-spine', description: '800G leaf-to-spine links (/31)' },
  'spine-superspine': { name: 'Spine-super-spine', description: '800G spine-to-super-spine links (/31)' },
  loopback: { name: 'Loopback', description: 'SN5610 loopbacks (/32)' },
  oob: { name: 'OOB', description: 'Out-of-band: BMCs, BlueField OOB ports, switch management' },
  management: { name: 'Management', description: 'MAAS PXE / management: every node InternalIP' },
  'north-south': { name: 'North-south', description: 'North-south (DPU) addresses' },
  'load-balancer': { name: 'Load balancer', description: 'MetalLB address pool' },
  underlay: { name: 'Underlay', description: 'Fabric underlay: loopbacks and point-to-point links' },
  kubernetes: { name: 'Kubernetes', description: 'Cluster-internal pod and service CIDRs' },
};

/** A cable bundle per splitter; bundle names are global in NetBox, so the site slug leads. */
export const bundleName = (siteSlug: string, cableId: string): string => `${siteSlug} ${cableId}`;

/** NetBox description fields hold at most 200 characters. */
export const clip = (text: string, max = 200): string =>
  text.length <= max ? text : `${text.slice(0, max - 3)}...`;
