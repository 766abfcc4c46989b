import { XEON_6774P } from '../catalog/cpu';
import { GPUS, migInstancesPerGpu } from '../catalog/gpus';
import { LAYOUTS } from '../catalog/layouts';
import {
  CORES_PER_GPU,
  CORES_PER_MIG_INSTANCE,
  EAST_WEST_GBPS_PER_GPU_MIN,
  NVME_TB_PER_SOCKET,
  OS_CORES_PER_GPU,
  PCIE_LANES_PER_GPU,
  PCIE_LANES_PER_NIC,
  PCIE_LANES_PER_NVME,
  RAM_GB_PER_GPU,
  REQUIREMENTS_SECTION,
} from '../catalog/requirements';
import type { PlannedDesign } from '../design/schema';
import type { ComputePlan, RequirementCheck } from './types';

/** GB per binary TB: the RA's "24TB" (64 x 4 x 96 GB = 24,576 GB) and "35TB" are GB / 1024. */
export const GB_PER_TB_BINARY = 1024;

const check = (name: string, required: number, actual: number, unit: string): RequirementCheck => ({
  name,
  required,
  actual,
  unit,
  ok: actual >= required,
  raSection: REQUIREMENTS_SECTION,
});

/**
 * GPU, CPU, RAM and NVMe totals for the workers, and the RA's per-GPU minimums checked per server
 * (RA Hardware resources; totals as in RA Solution sizing). Pure; no per-node data.
 */
export function planCompute(input: PlannedDesign): ComputePlan {
  const layout = LAYOUTS[input.layout];
  const gpu = GPUS[input.gpu];
  const workers = input.workerNodes;
  const gpusPerServer = layout.gpusPerServer;
  const migInstances = migInstancesPerGpu(input.gpu, input.migProfile);
  const totalGpus = workers * gpusPerServer;
  const totalGpuMemoryGB = totalGpus * gpu.memoryGB;
  const cpuCoresPerServer = layout.cpuCores * layout.cpuSockets;
  const nvmeDataTBPerServer = layout.e1sDrives * layout.e1sDriveTB;
  const nicsPerServer = layout.eastWestNicsPerServer + layout.northSouthDpusPerServer;
  const nvmeDrives = layout.e1sDrives + layout.m2Drives;

  const checks: RequirementCheck[] = [
    // "At least 8 physical CPU cores per GPU" + "1 additional core per GPU" for the OS kernel.
    check(
      'CPU cores per server: 8 per GPU + 1 per GPU for the OS',
      gpusPerServer * (CORES_PER_GPU + OS_CORES_PER_GPU),
      cpuCoresPerServer,
      'cores',
    ),
  ];
  if (input.migProfile !== null) {
    // "For MIG configurations: at least 2 CPU cores per MIG instance", plus the OS core per GPU.
    checks.push(
      check(
        `CPU cores per server for MIG: 2 per ${input.migProfile} instance + 1 per GPU for the OS`,
        gpusPerServer * (migInstances * CORES_PER_MIG_INSTANCE + OS_CORES_PER_GPU),
        cpuCoresPerServer,
        'cores',
      ),
    );
  }
  checks.push(
    // "Minimum 128 GB of system memory per GPU"; the layout table's RAM is the server's.
    check(
      'System memory per server: 128 GB per GPU',
      gpusPerServer * RAM_GB_PER_GPU,
      layout.ramGBMinimum,
      'GB',
    ),
    // "At least 200Gbps per GPU" east-west.
    check('East-west bandwidth per GPU', EAST_WEST_GBPS_PER_GPU_MIN, layout.eastWestGbpsPerGpu, 'Gbps'),
    // "Inference/HPC: minimum 1TB NVMe drive per CPU socket; Training: 2 TB" (data drive, OS drives apart).
    check(
      `NVMe data per CPU socket (${input.workload})`,
      NVME_TB_PER_SOCKET[input.workload],
      nvmeDataTBPerServer / layout.cpuSockets,
      'TB',
    ),
    // "At least one Gen5 x16 link per GPU"; the NICs and NVMe drives attach to the same CPU.
    check(
      'PCIe 5.0 lanes: x16 per GPU and NIC, x4 per NVMe drive',
      gpusPerServer * PCIE_LANES_PER_GPU +
        nicsPerServer * PCIE_LANES_PER_NIC +
        nvmeDrives * PCIE_LANES_PER_NVME,
      XEON_6774P.pcieLanes * layout.cpuSockets,
      'lanes',
    ),
  );

  return {
    gpu: input.gpu,
    gpuName: gpu.name,
    layout: input.layout,
    workerNodes: workers,
    gpusPerServer,
    totalGpus,
    gpuMemoryGB: gpu.memoryGB,
    totalGpuMemoryGB,
    totalGpuMemoryTB: totalGpuMemoryGB / GB_PER_TB_BINARY,
    migProfile: input.migProfile,
    migInstancesPerGpu: migInstances,
    totalGpuInstances: totalGpus * migInstances,
    cpuCoresPerServer,
    totalCpuCores: workers * cpuCoresPerServer,
    ramGBPerServer: layout.ramGBMinimum,
    totalRamGB: workers * layout.ramGBMinimum,
    nvmeDataTBPerServer,
    totalNvmeDataTB: workers * nvmeDataTBPerServer,
    eastWestNicsPerServer: layout.eastWestNicsPerServer,
    eastWestGbpsPerGpu: layout.eastWestGbpsPerGpu,
    checks,
  };
}
