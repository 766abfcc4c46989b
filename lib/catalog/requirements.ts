import type { WorkloadId } from './ids';

/**
 * The RA's per-GPU server minimums (Hardware resources table, rows "CPU cores", "System memory",
 * "NIC Speed (E-W)", "Local storage", "PCI express", "GPU configuration").
 */
export const REQUIREMENTS_SECTION = 'Hardware resources';

/** "At least 8 physical CPU cores per GPU". */
export const CORES_PER_GPU = 8;
/** "For OS kernel or virtualization, 1 additional core per GPU". */
export const OS_CORES_PER_GPU = 1;
/** "For MIG configurations: at least 2 CPU cores per MIG instance". */
export const CORES_PER_MIG_INSTANCE = 2;
/** "Minimum 128 GB of system memory per GPU". */
export const RAM_GB_PER_GPU = 128;
/** "At least 200Gbps per GPU. For maximum performance, 400Gbps per GPU is recommended". */
export const EAST_WEST_GBPS_PER_GPU_MIN = 200;
export const EAST_WEST_GBPS_PER_GPU_RECOMMENDED = 400;
/** "At least one Gen5 x16 link per GPU"; NICs are Gen5 x16 too; an NVMe drive takes x4. */
export const PCIE_LANES_PER_GPU = 16;
export const PCIE_LANES_PER_NIC = 16;
export const PCIE_LANES_PER_NVME = 4;

/**
 * "Inference Servers: Minimum 1TB NVMe drive per CPU socket. Training / DL Servers: Minimum 2 TB ...
 * HPC Servers: Minimum 1TB". Fine-tuning is read as training.
 */
export const NVME_TB_PER_SOCKET: Record<WorkloadId, number> = { inference: 1, 'fine-tuning': 2, hpc: 1 };

/** "GPU configuration": Inferencing 2x, 4x and 8x; Fine-tuning 8x; HPC 4x or 8x GPUs per server. */
export const GPUS_PER_SERVER_BY_WORKLOAD: Record<WorkloadId, readonly number[]> = {
  inference: [2, 4, 8],
  'fine-tuning': [8],
  hpc: [4, 8],
};
