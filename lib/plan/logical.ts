import { SOFTWARE } from '../catalog/software';
import { type CidrProposal, PREFERRED_CIDRS } from '../design/auto-cidrs';
import { type DesignInput, type DesignResult, planDesign, validateDesign } from '../design/schema';
import { planCompute } from './compute';
import { planControlPlane } from './control-plane';
import { planFabric } from './fabric';
import { planNetwork } from './ipam';
import { planKubernetes } from './kubernetes';
import { logicalWarnings } from './logical-warnings';
import { planNorthSouth } from './north-south';
import { planNotes } from './notes';
import { planOob } from './oob';
import { siteSubnetProblems } from './site-subnets';
import type { LogicalPlan, PlanNote } from './types';
import { note } from './warnings';

/**
 * Every problem of a design, the schema's and the plan's (site subnets too small for the design),
 * by field; never throws. The boundary check for the form and the CLI.
 */
export function validatePlannable(value: unknown): DesignResult {
  const valid = validateDesign(value);
  if (!valid.success) return valid;
  try {
    planLogical(valid.data);
    return valid;
  } catch (error) {
    if (error instanceof InvalidDesignError) return { success: false, errors: error.errors };
    throw error;
  }
}

/** Each CIDR the planner had to grow or move, as a note naming the RA's value (Solution sizing). */
function proposalNotes(proposals: readonly CidrProposal[]): PlanNote[] {
  return proposals.flatMap((p) =>
    p.changed === null
      ? []
      : [
          note(
            `auto-${p.field}`,
            `Planner-chosen ${p.field}`,
            `${p.changed}; set it in the design to choose your own.`,
            {
              value: p.cidr,
              section: 'Planner proposal (CIDR left to the planner)',
            },
            [
              {
                value: PREFERRED_CIDRS[p.field],
                section: p.field === 'eastWestCidr' ? 'Planner default' : 'Solution sizing',
              },
            ],
          ),
        ],
  );
}

/** Thrown for an invalid DesignInput; `errors` holds each field problem. */
export class InvalidDesignError extends Error {
  readonly errors: { path: string; message: string }[];
  constructor(errors: { path: string; message: string }[]) {
    super(
      `invalid design: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}`,
    );
    this.name = 'InvalidDesignError';
    this.errors = errors;
  }
}

/**
 * Everything the RA's sizing rules decide from a design: compute, control plane, Kubernetes, the
 * east-west fabric, north-south, OOB, IP plan, software, warnings and notes. Pure and deterministic;
 * O(leaves) work, so 4,096 workers plan in well under a millisecond. Throws InvalidDesignError on an
 * invalid design.
 */
export function planLogical(input: DesignInput): LogicalPlan {
  const valid = validateDesign(input);
  if (!valid.success) throw new InvalidDesignError(valid.errors);
  // Auto CIDRs become the planner's proposal; every rule below reads the planned design.
  const { design, proposals } = planDesign(valid.data);
  const compute = planCompute(design);
  const controlPlane = planControlPlane(design);
  const kubernetes = planKubernetes(design, controlPlane);
  const fabric = planFabric(design);
  const northSouth = planNorthSouth(design);
  const oob = planOob(design, fabric, northSouth, controlPlane);
  const network = planNetwork(design);
  const subnetProblems = siteSubnetProblems(design, { fabric, northSouth, oob, controlPlane });
  if (subnetProblems.length > 0) throw new InvalidDesignError(subnetProblems);
  return {
    planVersion: 1,
    input: design,
    compute,
    controlPlane,
    kubernetes,
    fabric,
    northSouth,
    oob,
    network,
    software: SOFTWARE.map((row) => ({ ...row })),
    warnings: logicalWarnings(design, { compute, controlPlane, kubernetes, fabric, network }),
    notes: [...planNotes(design, controlPlane, network), ...proposalNotes(proposals)],
  };
}
