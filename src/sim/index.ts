/**
 * The embedded Proxmox VE simulator: `runSim(statePath, argv)` executes a host command against
 * the state file. Importing this module registers every simulated program.
 */
import {
  registerSimProgram,
  runSimCommand,
  simProgramNames,
  type RunSimOptions,
  type SimProgram,
} from './dispatch.js';
import { registerFilePrograms } from './programs/files.js';
import { registerPct } from './programs/pct.js';
import { registerPveam } from './programs/pveam.js';
import { registerPvesh } from './programs/pvesh.js';
import { registerPvesm } from './programs/pvesm.js';
import { registerPveum } from './programs/pveum.js';
import { registerQm } from './programs/qm.js';
import { registerZfs } from './programs/zfs.js';
import { registerHostSetupPrograms } from './hypervisor/index.js';

let registered = false;

/** Registers the built-in programs (idempotent). */
export function ensureSimPrograms(): void {
  if (registered) return;
  registered = true;
  registerPct();
  registerQm();
  registerPvesh();
  registerPveam();
  registerPvesm();
  registerPveum();
  registerZfs();
  registerFilePrograms();
  registerHostSetupPrograms();
}

ensureSimPrograms();

export { registerSimProgram, runSimCommand, simProgramNames, type RunSimOptions, type SimProgram };
export { SimStore, SimStoreError } from './store.js';
export { createInitialState, type InitialStateOptions } from './defaults.js';
export type { SimState, SimGuest, SimFaultRule, SimExecRule, SimLatencySettings } from './model.js';
export { parseLatencyEnv } from './latency.js';
