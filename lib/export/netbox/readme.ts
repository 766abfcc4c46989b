/**
 * README.md of the NetBox zip: what it holds, the import order and how to run each step, and how the
 * plan is modelled in NetBox (breakouts, statuses, power, addresses).
 */
import type { ClusterPlan } from '../../plan/types';
import type { SiteNames } from './names';
import type { ImportStep } from './steps';
import { NETBOX_COMMIT, NETBOX_MIN_VERSION, NETBOX_VERSION } from './upstream';

export interface StepFiles {
  step: ImportStep;
  /** Records (rows, or device types) the step creates. */
  count: number;
  entries: [string, string][];
}

function header(plan: ClusterPlan, names: SiteNames): string[] {
  const { workerNodes, layout, gpu } = plan.compute;
  return [
    '# NetBox import: AI Factory plan',
    '',
    `The racks, devices, cables and IP plan of the design (${workerNodes} GPU workers, layout ${layout}, ${gpu})`,
    `as NetBox bulk-import files, for the site "${names.site}".`,
    '',
    `Built for NetBox ${NETBOX_VERSION} (commit ${NETBOX_COMMIT.slice(0, 8)}): every column and choice value is`,
    `NetBox's own, from its import forms. It needs NetBox ${NETBOX_MIN_VERSION} or later (cable bundles).`,
    '',
  ];
}

function stepLines(steps: readonly StepFiles[]): string[] {
  const lines = ['## Import order', ''];
  let n = 0;
  for (const { step, count, entries } of steps) {
    if (entries.length === 0) continue;
    n += 1;
    const files = entries.map(([name]) => `\`${name}\``).join(', ');
    lines.push(`${n}. **${step.object}** (${count}): open \`${step.path}\` on your NetBox, choose`);
    lines.push(
      `   **Upload file**, data format **${step.format}**, and submit ${files}${entries.length > 1 ? ', one file at a time' : ''}.`,
    );
  }
  return [...lines, ''];
}

const HOW_TO = [
  '## Before and during the import',
  '',
  '- Import the files in the order above: each file names objects of the files before it (by name).',
  '- NetBox imports a file in one transaction: if one record fails, nothing of that file is created. Read the error (it names the record and field), fix or delete that record, upload the file again.',
  '- Objects that already exist in your NetBox (a manufacturer "Nvidia", a device role "Leaf") make their record fail: delete those records from the file first. Later files find the existing objects by name.',
  '- Upload the files rather than pasting them: a pasted form is limited to 2.5 MB (Django DATA_UPLOAD_MAX_MEMORY_SIZE).',
  '- Device names are unique per site. IP-address records name a device without its site, so import into a NetBox where these device names are not used at another site.',
  '- Big designs: NetBox imports a file in one request. If the largest files (cables, IP addresses) time out, split them into parts of a few thousand records, each part starting with the header line, and import the parts in order.',
  '',
];

const MODEL = [
  '## How the plan is modelled',
  '',
  '- **Status**: site, locations, racks, devices and cables are `planned`; set them `active` as they are built. Prefixes, addresses and ranges are `active` (NetBox has no planned status for them); the Kubernetes pod and service CIDRs are `reserved`.',
  '- **Locations**: one per floor row ("Row A"), holding that row\'s racks ("A03").',
  "- **Device types**: the interfaces carry the names of the plan's cable schedule and IP plan (`nic1`, `dpu-p0`, `bmc`, `swp5s0`, `mgmt`, `lo`). The SN5610 type has each 800G OSFP cage (`swp5`) and its two splitter sub-ports (`swp5s0`, `swp5s1`); cables land on the sub-ports. The worker type is named after its layout and GPU, as its NICs and power differ.",
  "- **Splitter (breakout) cables**: NetBox's CSV cable import takes one termination per side, so each leg of an 800G-to-2x400G (or 2x200G) splitter is one NetBox cable from its switch sub-port to its NIC port. Both legs carry the cable's printed label (its A-end switch port, such as `leaf-1:swp5`, as on the label sheet) and sit in one cable bundle named after it; a straight cable is one NetBox cable. NetBox therefore counts one cable per leg (the plan's `cabling.links`), and one label per physical cable.",
  '- **Cable colours** are a legend by media, not the jacket colour: DAC black, ACC dark grey, AEC purple, multimode fibre aqua, single-mode fibre yellow, Cat6 blue. Lengths are the stocked lengths in metres.',
  "- **Power ports**: one per PSU. `maximum_draw` is the device's design power (what one PSU carries when its partner feed fails), `allocated_draw` its share in normal operation, so a device's allocated draws add up to its design power (the plan's rack power adds the cables' power). No inlet type is published for these parts: the port type is `other`.",
  "- **Addresses**: a switchport prefix has its gateway on the switch interface and the peer's address on the peer's interface; /31 links and /32 loopbacks the same way. The OOB, management and north-south subnets are one prefix each, their gateway on no interface (assign it where your routing puts it). The nv-ipam pod addresses of each switchport and the MetalLB pool are IP ranges marked populated, so NetBox does not offer them as free.",
  "- **Primary and OOB IPs**: a GPU worker's management (PXE) address is its primary IP and its BMC address its OOB IP; a switch's loopback is its primary IP and its management address its OOB IP. Addresses of nodes that are not devices here (a virtual control plane) or whose port the plan does not name (the control-plane servers' management and north-south addresses) are on no interface and name their node in the description.",
  '',
];

/** The README text, ending with a newline. */
export function netboxReadme(plan: ClusterPlan, names: SiteNames, steps: readonly StepFiles[]): string {
  return `${[...header(plan, names), ...stepLines(steps), ...HOW_TO, ...MODEL].join('\n')}`;
}
