import { GPUS } from './gpus';
import type { GpuId } from './ids';
import { datasheet, estimate, type Source } from './source';

/**
 * The NVLink bridge of the H200 NVL. "Only pairs of two H200's can be connected with a 2-way NVLink
 * bridge" in the SYS-212GB-FNR (RA Network configuration); the 2-way bridge joins one pair at 900 GB/s
 * (hardware-facts section 3: PN 900-23945-xx00-xxx, the 4-way bridge being 900-23946). Passive: no
 * power of its own. No public price.
 */
export const NVLINK_BRIDGE_2WAY = {
  id: 'nvlink-bridge-2way',
  partNumber: '900-23945-xx00-xxx',
  description: 'NVIDIA NVLink 2-way bridge for H200 NVL, joins one GPU pair (900 GB/s per GPU)',
  /** GPUs one bridge joins. */
  ways: 2,
  priceUSD: 600,
  powerMaxW: 0,
  priceSource: estimate('no public NVLink bridge price found; planner estimate, override with a quote'),
  source: datasheet(
    'NVIDIA H200 NVL product page and product brief Tables 4-1/4-2 (hardware-facts section 3)',
    'H',
    'RA Network configuration: only 2-way bridges fit the SYS-212GB-FNR',
  ) satisfies Source,
} as const;

/**
 * NVLink pairs (= 2-way bridges) in one server: the GPUs over the bridge's ways for a GPU with NVLink
 * (H200 NVL: 1 with 2 GPUs, 2 with 4), 0 without (RTX PRO 6000: "does not support NVLink at all").
 */
export function nvlinkBridgesPerServer(gpuId: GpuId, gpusPerServer: number): number {
  const { supported, bridgeWays } = GPUS[gpuId].nvlink;
  if (!supported) return 0;
  if (bridgeWays !== NVLINK_BRIDGE_2WAY.ways) throw new Error(`no ${bridgeWays}-way NVLink bridge part`);
  return Math.floor(gpusPerServer / bridgeWays);
}
