/**
 * Fixtures for the setup-hypervisor tests: a config dir (a copy of the seed-era 829c047 configs in
 * a temp dir, with the firewall block mended, or a small hand-written one), a fresh simulated host
 * matching it, and a runner that drives `runSetup` against that host in-process.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSetup, type SetupOptions, type SetupOutcome } from '../../src/hypervisor/setup.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { createInitialState, SimStore, type SimState } from '../../src/sim/index.js';
import { seedHypervisorHost, type HypervisorHostSeed } from '../../src/sim/hypervisor/index.js';
import { sharedPath } from './shared.js';

export const UPSTREAM_DISKS = [
  '/dev/disk/by-id/nvme-Samsung_SSD_990_EVO_Plus_2TB_S7U6NJ0Y320880M',
  '/dev/disk/by-id/nvme-Samsung_SSD_990_EVO_Plus_2TB_S7U6NJ0Y310536X',
  '/dev/disk/by-id/nvme-Samsung_SSD_990_EVO_Plus_4TB_S7U8NJ0Y402334Y',
];

export const APPARMOR_PROFILE =
  '#include <tunables/global>\n\nprofile lxc-phoenix-v2 flags=(attach_disconnected,mediate_deleted) {\n' +
  '  #include <abstractions/lxc/container-base>\n  mount fstype=nfs*,\n  mount fstype=overlay,\n}\n';

export const SECRETS = {
  PHOENIX_SAMBA_PASSWORD: 's3cret-samba-pw',
  PHOENIX_ADMIN_PASSWORD_HASH: '$6$rounds=5000$saltsalt$hashhashhashhashhashhashhashhashhash',
};

export function tempDir(prefix = 'phoenix-hv-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The 829c047 configs copied into a temp dir; the hypervisor file goes through `edit` first. */
export function upstreamConfigDir(edit: (hv: Record<string, unknown>) => void = mendFirewall): string {
  const dir = tempDir();
  const src = sharedPath('fixtures', 'upstream', '829c047');
  for (const f of ['phoenix_lxc_configs.json', 'phoenix_vm_configs.json'])
    writeFileSync(join(dir, f), readFileSync(join(src, f)));
  const hv = JSON.parse(readFileSync(join(src, 'phoenix_hypervisor_config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  edit(hv);
  writeFileSync(join(dir, 'phoenix_hypervisor_config.json'), JSON.stringify(hv, null, 4) + '\n');
  mkdirSync(join(dir, 'apparmor'));
  writeFileSync(join(dir, 'apparmor', 'lxc-phoenix-v2'), APPARMOR_PROFILE);
  return dir;
}

/** Moves the firewall block from shared_volumes (where 829c047 put it by mistake) to the top level. */
export function mendFirewall(hv: Record<string, unknown>): void {
  const shared = hv.shared_volumes as Record<string, unknown>;
  hv.firewall = shared.firewall;
  delete shared.firewall;
}

/** A config dir from a hypervisor object (and optional guests). */
export function configDir(
  hv: Record<string, unknown>,
  lxc: Record<string, unknown> = { lxc_configs: {} },
  files: Record<string, string> = {},
): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'phoenix_hypervisor_config.json'), JSON.stringify(hv, null, 2) + '\n');
  writeFileSync(join(dir, 'phoenix_lxc_configs.json'), JSON.stringify(lxc, null, 2) + '\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A fresh simulated host state file (PVE 9 unless `pveVersion` says otherwise). */
export async function freshHost(
  seed: HypervisorHostSeed = {},
  o: { pveVersion?: string; edit?: (s: SimState) => void } = {},
): Promise<string> {
  const path = join(tempDir('phoenix-hv-sim-'), 'state.json');
  const store = new SimStore(path, { initial: { pveVersion: o.pveVersion } });
  await store.update((s) => {
    const fresh = createInitialState({ pveVersion: o.pveVersion });
    Object.assign(s, fresh);
    seedHypervisorHost(s, { address: '10.0.0.13/24', gateway: '10.0.0.1', ...seed });
    o.edit?.(s);
  });
  return path;
}

export async function readState(path: string): Promise<SimState> {
  return new SimStore(path).read();
}

export async function editState(path: string, fn: (s: SimState) => void): Promise<void> {
  await new SimStore(path).update(fn);
}

export function setup(
  configDirPath: string,
  statePath: string,
  o: Partial<SetupOptions> = {},
): Promise<SetupOutcome> {
  return runSetup({
    configDir: configDirPath,
    target: `sim:${statePath}`,
    dryRun: false,
    env: { ...SECRETS },
    cwd: process.cwd(),
    openTransport: async () => new SimTransport(statePath, { env: {} }),
    ...o,
  });
}

/** Mutating commands of a run, as argv strings. */
export const mutating = (o: SetupOutcome): string[] =>
  o.commands.filter((c) => !c.readOnly).map((c) => c.argv.join(' '));

export const statusOf = (o: SetupOutcome): Record<string, string> =>
  Object.fromEntries((o.report?.steps ?? []).map((s) => [s.id, s.status]));
