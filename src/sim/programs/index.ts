/**
 * Registers every simulated host program: the guest and storage CLIs (`pct`, `qm`, `pvesh`,
 * `pveam`, `pvesm`, `pveum`, `zfs`, `vzdump`), the file commands (`grep`, `tee`, `cat`, ...) and the
 * programs setup-hypervisor runs. Idempotent; the simulator's index and the shim writer call it.
 */
import { registerHostSetupPrograms } from '../hypervisor/index.js';
import { registerFilePrograms } from './files.js';
import { registerFindProgram } from './find.js';
import { registerPct } from './pct.js';
import { registerPveam } from './pveam.js';
import { registerPvesh } from './pvesh.js';
import { registerPvesm } from './pvesm.js';
import { registerPveum } from './pveum.js';
import { registerQm } from './qm.js';
import { registerVzdump } from './vzdump.js';
import { registerZfs } from './zfs.js';

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
  registerVzdump();
  registerFilePrograms();
  registerFindProgram();
  registerHostSetupPrograms();
}
