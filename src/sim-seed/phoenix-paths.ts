/**
 * The places on a Proxmox host that are Phoenix's own, for the simulator: `phoenix sim exec`
 * passes them as `extraSimulatedPaths`, so the shims keep these files in the simulated host
 * instead of the machine the shims run on. Literal here (not imported from apply and hypervisor)
 * so that a shim call loads nothing but the simulator; test/sim/sim-boundary.test.ts checks that they
 * cover `APPLY_LOCK_FILE`, `APPLY_QUEUE_FILE` and `RUNFILE_DIR`.
 */
export const PHOENIX_HOST_PATHS: readonly string[] = [
  // The host-wide apply lock and its ticket queue (host/host-lock.ts).
  '/run/lock/phoenix',
  // Where setup-hypervisor downloads the NVIDIA runfile (hypervisor/steps/gpu.ts).
  '/var/cache/phoenix/',
];
