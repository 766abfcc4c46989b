import { describe, expect, it } from 'vitest';
import { GPU_IDS, LAYOUT_IDS } from './ids';
import { LAYOUTS } from './layouts';
import { CONTROL_PLANE_SERVER, WORKER_SERVER, workerBasePower, workerServerPower } from './server';

describe('SYS-212GB-FNR worker power model', () => {
  it('is 2U (RA Hardware resources: "SYS-212GB-FNR (2U)")', () => {
    expect(WORKER_SERVER.heightU).toBe(2);
    expect(LAYOUTS['1-4-3-200'].chassisHeightU).toBe(WORKER_SERVER.heightU);
  });

  it('lands around 3.5 kW max with 4 x 600 W GPUs, so 11 servers are "around 40kW per rack" (RA Network configuration)', () => {
    for (const gpu of GPU_IDS) {
      const p = workerServerPower('1-4-3-200', gpu);
      expect(p.maxW).toBeGreaterThan(3300);
      expect(p.maxW).toBeLessThan(3650);
      // 11 per rack fit a 40 kW budget with room for an OOB switch; 12 do not.
      expect(11 * p.maxW).toBeLessThan(40_000 - 200);
      expect(12 * p.maxW).toBeGreaterThan(40_000);
    }
  });

  it('sums its items: CPU, GPUs, NICs per the layout table, then the base system', () => {
    for (const layout of LAYOUT_IDS) {
      const p = workerServerPower(layout, 'rtx-pro-6000');
      const gpus = p.items.find((i) => i.name.includes('RTX PRO 6000'))!;
      expect(gpus.quantity).toBe(LAYOUTS[layout].gpusPerServer);
      const nics = p.items.find((i) => i.name.includes('B3140H'))!;
      expect(nics.quantity).toBe(LAYOUTS[layout].eastWestNicsPerServer);
      expect(p.maxW).toBe(p.items.reduce((s, i) => s + i.quantity * i.maxW, 0));
      expect(p.typicalW).toBeLessThan(p.maxW);
      expect(p.estimate).toBe(true);
      // The base system is everything but CPU, GPUs and NICs.
      const parts = p.items.slice(0, 4).reduce((s, i) => s + i.quantity * i.maxW, 0);
      expect(workerBasePower(layout).maxW).toBe(p.maxW - parts);
    }
  });

  it('draws less with 2 GPUs than with 4', () => {
    expect(workerServerPower('1-2-2-200', 'h200-nvl').maxW).toBeLessThan(
      workerServerPower('1-4-3-200', 'h200-nvl').maxW,
    );
    expect(workerServerPower('1-2-2-200', 'h200-nvl').maxW).toBeLessThan(
      workerServerPower('1-2-3-400', 'h200-nvl').maxW,
    );
  });

  it('has a 1U control-plane node, flagged as an estimate', () => {
    expect(CONTROL_PLANE_SERVER.heightU).toBe(1);
    expect(CONTROL_PLANE_SERVER.priceSource.kind).toBe('estimate');
    expect(CONTROL_PLANE_SERVER.powerTypicalW).toBeLessThan(CONTROL_PLANE_SERVER.powerMaxW);
  });
});
