import fc from 'fast-check';
import { GPU_IDS, LAYOUT_IDS, MIG_PROFILE_IDS, WORKLOAD_IDS } from '../../catalog/ids';
import { maxWorkerNodesFor } from '../../catalog/layouts';
import { portAddressing } from '../east-west-addressing';
import { aDesign, type DesignInput, type PlannedDesign, planDesign } from '../schema';

/** CIDRs large enough for every valid node count (4,096 workers + control plane need a /11 pod CIDR). */
export const ROOMY_CIDRS = {
  podCidr: '10.0.0.0/11',
  serviceCidr: '100.80.0.0/14',
  eastWestCidr: '172.16.0.0/12',
} as const;

/** A random valid design: any GPU, layout, node count the layout allows, MIG profile of that GPU or none. */
export const validDesignArb: fc.Arbitrary<DesignInput> = fc
  .record({
    gpu: fc.constantFrom(...GPU_IDS),
    layout: fc.constantFrom(...LAYOUT_IDS),
    workerFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    smallWorkers: fc.integer({ min: 1, max: 130 }),
    useSmall: fc.boolean(),
    workload: fc.constantFrom(...WORKLOAD_IDS),
    namespaces: fc.integer({ min: 1, max: 5000 }),
    migIndex: fc.integer({ min: -1, max: 5 }),
    sriov: fc.boolean(),
    maxPodsPerNode: fc.integer({ min: 1, max: 254 }),
    controlPlaneNodes: fc.constantFrom(1, 3, 5),
    placement: fc.constantFrom('physical' as const, 'virtual' as const),
    pointToPoint: fc.boolean(),
    loadBalancerAddresses: fc.integer({ min: 1, max: 4096 }),
  })
  .map((r) => {
    const max = maxWorkerNodesFor(r.layout);
    const workerNodes = r.useSmall
      ? Math.min(r.smallWorkers, max)
      : Math.max(1, Math.ceil(r.workerFraction * max));
    const profiles = MIG_PROFILE_IDS[r.gpu];
    const migProfile = r.migIndex < 0 ? null : profiles[r.migIndex % profiles.length]!;
    // The single-tenant /31 option is valid only with one device per SuperNIC and no SR-IOV.
    const dedicated = portAddressing(r.gpu, r.layout, migProfile).devicesPerNic === 1 && !r.sriov;
    return aDesign({
      ...ROOMY_CIDRS,
      pointToPointPorts: r.pointToPoint && dedicated,
      loadBalancerAddresses: r.loadBalancerAddresses,
      gpu: r.gpu,
      layout: r.layout,
      workerNodes,
      workload: r.workload,
      namespaces: r.namespaces,
      migProfile,
      sriov: r.sriov,
      maxPodsPerNode: r.maxPodsPerNode,
      controlPlane: { nodes: r.controlPlaneNodes, placement: r.placement },
    });
  });

/** Runs per seed of a property over whole designs. */
export const PROPERTY_RUNS = 300;

/**
 * Two valid designs that differ only in worker count, `[smaller, larger]` (equal counts allowed),
 * for properties that say a count never shrinks as the cluster grows.
 */
export const growingDesignPairArb: fc.Arbitrary<[DesignInput, DesignInput]> = fc
  .record({
    layout: fc.constantFrom(...LAYOUT_IDS),
    a: fc.integer({ min: 1, max: 4096 }),
    b: fc.integer({ min: 1, max: 4096 }),
  })
  .map(({ layout, a, b }) => {
    const max = maxWorkerNodesFor(layout);
    const design = (workerNodes: number) => aDesign({ ...ROOMY_CIDRS, layout, workerNodes });
    return [design(Math.min(a, b, max)), design(Math.min(Math.max(a, b), max))];
  });

/** The same designs with their auto CIDRs decided, for the plan's modules. */
export const validPlannedDesignArb: fc.Arbitrary<PlannedDesign> = validDesignArb.map(
  (d) => planDesign(d).design,
);
