/**
 * The RA reference design and the document version, as plain data: the first screen (the form's
 * draft, the server-planned reference plan) needs them without loading the schema and zod.
 */
import type { DesignInput } from './schema';

export const DESIGN_SCHEMA_VERSION = 3;

/** The RA's reference solution (Solution sizing): RTX PRO 6000, 1-4-3-200, 64 workers, 3 + 1 control plane. */
export const DEFAULT_DESIGN: DesignInput = Object.freeze({
  schemaVersion: DESIGN_SCHEMA_VERSION,
  gpu: 'rtx-pro-6000',
  layout: '1-4-3-200',
  workerNodes: 64,
  workload: 'inference',
  namespaces: 100,
  migProfile: null,
  sriov: false,
  // Auto: the planner proposes the RA's 100.64.0.0/12 and 100.80.0.0/14 (and 172.16.0.0/16
  // east-west) while they fit (lib/design/auto-cidrs.ts).
  podCidr: null,
  serviceCidr: null,
  eastWestCidr: null,
  pointToPointPorts: false,
  // Site address blocks: private ranges that clear the RA's 100.64.0.0/12 and 100.80.0.0/14 and
  // hold the largest 2-tier design; a site replaces them with its own.
  underlayCidr: '10.255.0.0/16',
  oobCidr: '10.250.0.0/16',
  managementCidr: '10.251.0.0/16',
  northSouthCidr: '10.252.0.0/16',
  loadBalancerAddresses: 16,
  maxPodsPerNode: 250,
  controlPlane: { nodes: 3, placement: 'physical' },
  physical: {
    rackHeightU: 42,
    rackWidthMm: 600,
    rackPowerBudgetKW: 40,
    mediaPolicy: 'auto',
    slackPerEndM: 0.5,
    trayHeightM: 0.3,
    racksPerRow: 12,
    rackDepthMm: 1200,
    aisleWidthMm: 1200,
  },
  priceOverridesUSD: {},
}) as DesignInput;
