/**
 * A bare simulated host of a given shape: a fresh install (fresh-host.ts) with the management
 * address, the blank disks and the number of NVIDIA GPUs of the operator's machine. Nothing that
 * setup-hypervisor would add (pools, storages, templates, images, drivers) is there yet.
 */
import type { SimState } from '../model.js';
import { seedHypervisorHost } from './fresh-host.js';
import { hostSetupOf } from './state.js';

export interface HostShape {
  /** vmbr0's address in CIDR form. */
  readonly address?: string;
  readonly gateway?: string;
  /** Blank disks, by the path the config names them with (e.g. /dev/disk/by-id/...). */
  readonly disks: ReadonlyArray<{ readonly path: string; readonly sizeBytes?: number }>;
  /** NVIDIA GPUs in the machine (the driver is not installed). */
  readonly gpus: number;
}

const TiB = 1024 ** 4;

export function shapeHost(state: SimState, shape: HostShape): SimState {
  seedHypervisorHost(state, {
    address: shape.address,
    gateway: shape.gateway,
    disks: shape.disks.map((d, i) => ({
      path: d.path,
      sizeBytes: d.sizeBytes ?? 2 * TiB,
      model: 'SIM NVMe',
      serial: `SIMBARE${String(i + 1).padStart(4, '0')}`,
      hasData: false,
    })),
  });
  const node = state.nodes[state.localNode]!;
  hostSetupOf(node).nvidia.gpus = shape.gpus;
  return state;
}
