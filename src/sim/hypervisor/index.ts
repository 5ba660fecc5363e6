/**
 * The host programs setup-hypervisor runs, for the simulator: packages, time, systemd, kernel
 * modules, accounts, disks, network reload, NFS/Samba, the firewall compiler, AppArmor, the NVIDIA
 * driver and the extra `pvesh` verbs. Registered by `ensureSimPrograms` after the guest programs
 * (the `pvesh` extension wraps the program registered before it).
 */
import { registerDiskPrograms } from './disks.js';
import { registerGpuPrograms } from './gpu.js';
import { registerNetworkPrograms } from './network.js';
import { registerPackagePrograms } from './packages.js';
import { registerPveshExtensions } from './pvesh-ext.js';
import { registerSecurityPrograms } from './security.js';
import { registerSharePrograms } from './shares.js';
import { registerSystemPrograms } from './system.js';

export { seedHypervisorHost, type HypervisorHostSeed } from './fresh-host.js';
export { hostSetupOf } from './state.js';

export function registerHostSetupPrograms(): void {
  registerPackagePrograms();
  registerSystemPrograms();
  registerDiskPrograms();
  registerNetworkPrograms();
  registerSharePrograms();
  registerSecurityPrograms();
  registerGpuPrograms();
  registerPveshExtensions();
}
