import {
  CONTROL_PLANE_SECTION,
  CONTROL_PLANE_SPARE_NODES,
  CONTROL_PLANE_TABLE,
  type ControlPlaneSizingRow,
} from '../catalog/kubernetes';
import type { PlannedDesign } from '../design/schema';
import { at } from '../util/must';
import type { ControlPlanePlan } from './types';

/**
 * The sizing row for a cluster (RA Hardware resources, control-plane table): the first row whose
 * worker AND namespace counts both cover the design; past the last row, the last row and `beyond`.
 */
export function controlPlaneRowFor(
  workers: number,
  namespaces: number,
): { row: ControlPlaneSizingRow; beyond: boolean } {
  const row = CONTROL_PLANE_TABLE.find((r) => r.workers >= workers && r.namespaces >= namespaces);
  if (row) return { row, beyond: false };
  return {
    row: at(CONTROL_PLANE_TABLE, CONTROL_PLANE_TABLE.length - 1, 'CONTROL_PLANE_TABLE'),
    beyond: true,
  };
}

/** Control-plane node count, per-node size (cores, GB) and the 1 spare for repaves. */
export function planControlPlane(input: PlannedDesign): ControlPlanePlan {
  const { row, beyond } = controlPlaneRowFor(input.workerNodes, input.namespaces);
  return {
    nodes: input.controlPlane.nodes,
    spareNodes: CONTROL_PLANE_SPARE_NODES,
    placement: input.controlPlane.placement,
    cpuCores: row.cpuCores,
    memoryGB: row.memoryGB,
    tableRow: {
      workers: row.workers,
      namespaces: row.namespaces,
      cpuCores: row.cpuCores,
      memoryGB: row.memoryGB,
    },
    beyondTable: beyond,
    raSection: CONTROL_PLANE_SECTION,
  };
}
