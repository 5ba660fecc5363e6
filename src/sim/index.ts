/**
 * The embedded Proxmox VE simulator's public API, the one module the rest of Phoenix imports:
 * `runSimCommand(store, argv, options)` executes a host command against the state file, the shim
 * functions serve it to other processes, `createInitialState` makes a fresh host. Importing this
 * module registers every simulated program. The simulator depends only on itself, the Proxmox
 * dialect (`src/dialect`) and `src/util`; what a caller knows about its own use of the host (its
 * lock and cache folders, the estate to seed) it passes in.
 */
import { runSimCommand, SimKilled, simProgramNames } from './dispatch.js';
import { ensureSimPrograms } from './programs/index.js';

ensureSimPrograms();

export { ensureSimPrograms, runSimCommand, SimKilled, simProgramNames };
export { SimStore, type SimStoreOptions } from './store.js';
export { createInitialState, type InitialStateOptions } from './defaults.js';
export { hostSetupOf } from './hypervisor/state.js';
export { shapeHost, type HostShape } from './hypervisor/host-shape.js';
export type { SimState, SimGuest, SimFaultRule, SimLatencySettings, SimStorage } from './model.js';
export { clusterStatus, nodeAddress } from './cluster.js';
export { parseLatencyEnv } from './latency.js';
export {
  captureReal,
  dropConnection,
  execReal,
  needsStdin,
  runsOnRealHost,
  writeShims,
  type ShimOptions,
} from './shims.js';
