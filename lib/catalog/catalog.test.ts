import { describe, expect, it } from 'vitest';
import { XEON_6774P } from './cpu';
import { GPUS, migInstancesPerGpu } from './gpus';
import { GPU_IDS, MIG_PROFILE_IDS } from './ids';
import {
  CONTROL_PLANE_TABLE,
  LONGHORN,
  MAAS_RESOURCE_POOLS,
  OVERHEAD_PODS_FIXED,
  OVERHEAD_PODS_PER_NODE,
  PVCS,
  SOLUTION_SIZING_CONTROL_PLANE,
} from './kubernetes';
import { LEAF_SERVER_PORTS_400G } from './layouts';
import { NICS } from './nics';
import { cpuSchema, gpuSchema, nicSchema, switchSchema } from './schemas';
import { PALETTE_LAYERS, SOFTWARE, softwareVersion } from './software';
import { LEAF_SERVER_FACING_FRACTION, SWITCHES } from './switches';

describe('software versions: RA Software resources table', () => {
  // Typed from the RA text, row by row: component | software product | recommended version.
  const RA_SOFTWARE: [string, string, string][] = [
    ['Kubernetes Management', 'Spectro Cloud PaletteAI', '1.0.0'],
    ['Kubernetes Management', 'Spectro Cloud Palette', '4.7.30'],
    ['Bare metal deployment', 'Canonical MAAS', '3.7.0'],
    ['Operating System', 'Canonical Ubuntu', '22.04 LTS with 6.5 kernel'],
    ['NVIDIA DOCA software', 'doca-host', '3.2.1-044000-25.10'],
    ['NVIDIA DOCA software', 'Congestion Control (spcx-cc)', '3.10'],
    ['Kubernetes', 'Palette eXtended Kubernetes', '1.33.5'],
    ['Kubernetes networking', 'Cilium CNI', '1.18.1'],
    ['Kubernetes storage*', 'Longhorn', '1.9.0'],
    ['Acceleration Operators', 'NVIDIA GPU Operator', '25.10.1'],
    ['Acceleration Operators', 'NVIDIA Network Operator', '25.10.0'],
    ['Ingress', 'Envoy (via Cilium CNI)', '1.18.1'],
    ['Gateway API', 'KGateway', '2.1.1'],
    ['Load Balancing', 'MetalLB', '0.15.2'],
    ['Monitoring', 'Prometheus Operator', '78.3.0'],
    ['Serverless Functions', 'Knative', '1.20.0'],
    ['AI Runtime', 'Kubeflow Training Operator', '1.8.1'],
    ['AI Runtime', 'NVIDIA Run:ai', '2.23.20'],
  ];

  it('holds every row, in order, verbatim', () => {
    expect(SOFTWARE.map((r) => [r.component, r.product, r.version])).toEqual(RA_SOFTWARE);
  });

  it('finds a version by product and refuses an unknown product', () => {
    expect(softwareVersion('Cilium CNI')).toBe('1.18.1');
    expect(() => softwareVersion('Cilium')).toThrow(/no software row/);
  });
});

describe('Palette packs: RA Spectro Cloud PaletteAI configuration layers', () => {
  // Pack name and version per layer, typed from each layer section of the RA.
  const RA_PACKS: [string, string | null, string | null, number | null][] = [
    ['Ubuntu', 'Ubuntu', '22.04', null],
    ['Kubernetes', 'Palette eXtended Kubernetes', '1.33.5', null],
    ['Cilium', 'Cilium', '1.18.1-rev1', null],
    ['Longhorn', 'Longhorn', '1.9.0', null],
    ['nodeprep-controller', null, null, 0],
    ['Network Operator', 'NVIDIA Network Operator', '25.10.0', 0],
    ['network-operator-config', null, null, 10],
    ['MetallLB', 'MetallLB (Helm)', '0.15.2', 20],
    ['KGateway', 'kgateway', '2.1.1', 20],
    ['NVIDIA GPU Operator', 'NVIDIA GPU Operator', '25.10.1', 20],
    ['Prometheus Operator', 'Prometheus - Grafana', '78.3.0', 20],
    ['runai-backend-prereqs', null, null, 50],
    ['NVIDIA Run:ai Control Plane', 'control-plane', '2.23.20', 60],
    ['runai-cluster-prereqs', null, null, 100],
    ['Kubeflow Training Operator', 'Kubeflow Training Operator', '1.8.1', 100],
    ['Knative Operator', 'knative-operator', '1.20.0', 100],
    ['NVIDIA Run:ai Cluster', 'runai-agent', '2.23.20', 110],
  ];

  it('holds every layer with its pack name, version and install order', () => {
    expect(PALETTE_LAYERS.map((l) => [l.layer, l.packName, l.packVersion, l.installOrder])).toEqual(RA_PACKS);
  });

  it('names each layer after its RA section', () => {
    const cilium = PALETTE_LAYERS.find((l) => l.layer === 'Cilium')!;
    expect(cilium.section).toBe('Cilium layer (AI-RA-Infra-MaaS-Spectrum-X profile)');
  });
});

describe('control plane and storage: RA Hardware resources, Solution sizing, Storage configuration', () => {
  it('holds the 6-row control-plane table', () => {
    expect(CONTROL_PLANE_TABLE.map((r) => [r.workers, r.namespaces, r.cpuCores, r.memoryGB])).toEqual([
      [10, 100, 4, 8],
      [25, 500, 4, 16],
      [125, 1000, 8, 32],
      [250, 2000, 16, 64],
      [500, 4000, 32, 128],
      [1000, 4000, 64, 256],
    ]);
  });

  // "3 control plane nodes, using 6 CPUs and 20GB of RAM per node will suffice for up to 64 workers."
  it('keeps the Solution sizing claim of 6 CPUs / 20GB for up to 64 workers', () => {
    const s = SOLUTION_SIZING_CONTROL_PLANE;
    expect([s.nodes, s.cpuCores, s.memoryGB, s.upToWorkers]).toEqual([3, 6, 20, 64]);
  });

  it('holds the 6 PVCs: name, namespace, size, access mode', () => {
    expect(PVCS.map((p) => [p.name, p.namespace, `${p.sizeGi}Gi`, p.accessMode])).toEqual([
      ['nic-fw-storage-pvc', 'nvidia-network-operator', '10Gi', 'RWX'],
      ['data-runai-backend-nats-0', 'runai-backend', '3Gi', 'RWO'],
      ['data-runai-backend-nats-1', 'runai-backend', '3Gi', 'RWO'],
      ['data-runai-backend-nats-2', 'runai-backend', '3Gi', 'RWO'],
      ['data-runai-backend-postgresql-0', 'runai-backend', '8Gi', 'RWO'],
      ['data-runai-backend-thanos-receive-0', 'runai-backend', '100Gi', 'RWO'],
    ]);
  });

  it('has 25 daemonset pods per node and 131 fixed overhead pods', () => {
    expect([OVERHEAD_PODS_PER_NODE, OVERHEAD_PODS_FIXED]).toEqual([25, 131]);
  });

  it('uses Longhorn 1.9.0 with guaranteed-instance-manager-cpu "2" and the "storage" node selector', () => {
    expect([LONGHORN.version, LONGHORN.guaranteedInstanceManagerCpu, LONGHORN.nodeSelector]).toEqual([
      '1.9.0',
      '2',
      'storage',
    ]);
  });

  it('has the control-plane and worker-pool MAAS resource pools', () => {
    expect(MAAS_RESOURCE_POOLS.map((p) => p.name)).toEqual(['control-plane', 'worker-pool']);
  });
});

describe('parts', () => {
  // schemas.test.ts checks the catalog against these schemas; what matters is that they refuse a
  // part without its sources or with an impossible figure, so a bad edit fails that test.
  it.each([
    [
      'a GPU without a price source',
      () => gpuSchema.safeParse({ ...GPUS['h200-nvl'], priceSource: undefined }),
    ],
    ['a GPU with no memory', () => gpuSchema.safeParse({ ...GPUS['rtx-pro-6000'], memoryGB: 0 })],
    [
      'a NIC with an empty source reference',
      () => nicSchema.safeParse({ ...Object.values(NICS)[0], source: { kind: 'datasheet', ref: '' } }),
    ],
    [
      'a switch with a negative price',
      () => switchSchema.safeParse({ ...Object.values(SWITCHES)[0], priceUSD: -1 }),
    ],
    [
      'a CPU of unknown source kind',
      () => cpuSchema.safeParse({ ...XEON_6774P, source: { kind: 'blog', ref: 'x' } }),
    ],
  ])('refuses %s', (_what, parse) => {
    expect(parse().success).toBe(false);
  });

  it('matches the MIG profile ids of ids.ts exactly, per GPU', () => {
    for (const id of GPU_IDS) expect(GPUS[id].migProfiles.map((p) => p.id)).toEqual([...MIG_PROFILE_IDS[id]]);
  });

  // hardware-facts sections 2 and 3 (NVIDIA mig-parted config).
  it('gives MIG instances per GPU: RTX PRO 6000 4/2/1, H200 NVL 7/4/3/2/1/1', () => {
    expect(GPUS['rtx-pro-6000'].migProfiles.map((p) => p.instancesPerGpu)).toEqual([4, 2, 1]);
    expect(GPUS['h200-nvl'].migProfiles.map((p) => p.instancesPerGpu)).toEqual([7, 4, 3, 2, 1, 1]);
    expect(migInstancesPerGpu('h200-nvl', null)).toBe(1);
    expect(() => migInstancesPerGpu('rtx-pro-6000', '1g.18gb')).toThrow(/does not exist/);
  });

  // RA Technology Overview: 96GB GDDR7 / 141GB HBM3e; NVLink per RA Network configuration.
  it('has the RA GPU memory sizes and NVLink facts', () => {
    expect([GPUS['rtx-pro-6000'].memoryGB, GPUS['rtx-pro-6000'].memoryBandwidthGBps]).toEqual([96, 1597]);
    expect([GPUS['h200-nvl'].memoryGB, GPUS['h200-nvl'].memoryBandwidthGBps]).toEqual([141, 4800]);
    expect(GPUS['rtx-pro-6000'].nvlink.supported).toBe(false);
    expect(GPUS['h200-nvl'].nvlink.bridgeWays).toBe(2);
  });

  it('flags prices and power that are estimates', () => {
    expect(GPUS['rtx-pro-6000'].priceSource.kind).toBe('estimate');
    expect(GPUS['h200-nvl'].priceSource.kind).toBe('estimate');
    expect(NICS.b3140h.powerSource.kind).toBe('estimate');
    expect(SWITCHES.sn5610.powerSource.kind).toBe('estimate');
    expect(SWITCHES.sn5610.priceSource).toMatchObject({ kind: 'datasheet', confidence: 'L' });
    expect(SWITCHES.sn5610.priceUSD).toBe(51_999);
  });

  it('has the BlueField-3 OPNs and ports (hardware-facts section 5)', () => {
    expect([NICS.b3140h.partNumber, NICS.b3140h.ports, NICS.b3140h.portGbps, NICS.b3140h.oobPorts]).toEqual([
      '900-9D3D4-00EN-HA0',
      1,
      400,
      1,
    ]);
    expect([NICS.b3220.partNumber, NICS.b3220.ports, NICS.b3220.portGbps, NICS.b3220.oobPorts]).toEqual([
      '900-9D3B6-00CV-AA0',
      2,
      200,
      1,
    ]);
  });

  // RA Network configuration: "64 ports of 800GbE, which support 128 connections of 400GbE".
  it('has SN5610 64 x 800G = 128 x 400G in 2U and SN2201 48 x 1GbE in 1U', () => {
    const s = SWITCHES.sn5610;
    expect([s.heightU, s.ports, s.portGbps, s.splitPorts, s.splitPortGbps, s.mgmtPorts]).toEqual([
      2, 64, 800, 128, 400, 1,
    ]);
    // "we never use more than 50% of the port capacity for server connections ... a maximum of 64 connections".
    expect(s.splitPorts * LEAF_SERVER_FACING_FRACTION).toBe(LEAF_SERVER_PORTS_400G);
    const o = SWITCHES.sn2201;
    expect([o.heightU, o.ports, o.uplinkPorts, o.uplinkPortGbps, o.mgmtPorts]).toEqual([1, 48, 4, 100, 1]);
  });

  // RA Technology Overview: "Intel 6774P 64-core processor, 350W, 136 PCIe 5.0 lanes, max 2TB RAM".
  it('has the Xeon 6774P figures', () => {
    expect([XEON_6774P.cores, XEON_6774P.tdpW, XEON_6774P.pcieLanes, XEON_6774P.maxRamTB]).toEqual([
      64, 350, 136, 2,
    ]);
  });
});
