/**
 * The setup model: phoenix_hypervisor_config.json (plus what the guests need from the host) read
 * into a `HostConfig`, with every problem as a located diagnostic. Pure apart from the callback
 * that reads AppArmor profile sources. Secrets come from `env`, never from the files.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../config/diagnostics.js';
import type { JsonSource } from '../config/json-source.js';
import { CONFIG_FILES, type ConfigFileKey, type Guest } from '../model/types.js';
import { readAccess, readFirewall } from './config-access.js';
import { readApparmor, readCloudImages, readLxcTemplates } from './config-guests.js';
import { readHostPart } from './config-host.js';
import { ConfigReader, isObj } from './config-reader.js';
import type { HostConfig, PackageNeed } from './types.js';

export interface HostConfigInput {
  /** Config dir as the user gave it (for display paths). */
  readonly dir: string;
  readonly sources: Partial<Record<ConfigFileKey, JsonSource>>;
  readonly guests: readonly Guest[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly confirmDestructive?: readonly string[];
  /** Text of `<dir>/apparmor/<name>`, or undefined when absent. */
  readonly readApparmorSource: (name: string) => string | undefined;
}

export interface HostConfigResult {
  /** Undefined when there are errors. */
  readonly config?: HostConfig;
  readonly diagnostics: Diagnostic[];
}

/** Environment variables setup-hypervisor reads secrets from. */
export const SECRET_ENV = {
  adminPasswordHash: 'PHOENIX_ADMIN_PASSWORD_HASH',
  sambaPassword: 'PHOENIX_SAMBA_PASSWORD',
} as const;

export function buildHostConfig(input: HostConfigInput): HostConfigResult {
  const diagnostics: Diagnostic[] = [];
  const file = join(input.dir, CONFIG_FILES.hypervisor);
  const source = input.sources.hypervisor;
  const r = new ConfigReader(file, source, diagnostics);
  if (!source || !isObj(source.value)) {
    r.error(
      [],
      `${CONFIG_FILES.hypervisor} is missing or not a JSON object: setup-hypervisor needs it`,
      'PHX-HV-FILE',
    );
    return { diagnostics };
  }
  const raw = source.value;
  const readers = {
    lxc:
      input.sources.lxc &&
      new ConfigReader(join(input.dir, CONFIG_FILES.lxc), input.sources.lxc, diagnostics),
    vm: input.sources.vm && new ConfigReader(join(input.dir, CONFIG_FILES.vm), input.sources.vm, diagnostics),
  };
  const host = readHostPart(r, raw);
  const access = readAccess(r, raw);
  const firewall = readFirewall(r, raw);
  const lxc = readLxcTemplates(input.guests, host.storages, readers);
  const images = readCloudImages(input.guests, raw, host.storages, r, readers);
  const apparmor = readApparmor(
    input.guests,
    raw,
    r,
    readers,
    input.readApparmorSource,
    join(input.dir, 'apparmor'),
  );

  const packages: PackageNeed[] = host.aptPackages.map((name) => ({ name, reason: 'apt.packages' }));
  const need = (name: string, reason: string, when: unknown): void => {
    if (when && !packages.some((p) => p.name === name)) packages.push({ name, reason });
  };
  need('nfs-kernel-server', 'NFS exports', host.nfs.length > 0);
  need('samba', 'Samba shares', host.samba);
  need('sudo', 'admin user with sudo', access.admin?.sudo);
  need('chrony', 'NTP servers', host.ntpServers.length > 0);
  for (const p of ['proxmox-default-headers', 'build-essential', 'dkms', 'pkg-config'])
    need(p, 'NVIDIA driver build', host.nvidia);

  const errors = diagnostics.some((d) => d.severity === 'error');
  if (errors) return { diagnostics };
  return {
    diagnostics,
    config: {
      file,
      timezone: host.timezone,
      ntpServers: host.ntpServers,
      apt: { noSubscription: host.aptNoSubscription, packages },
      network: host.network,
      zfs: host.zfs,
      storages: host.storages,
      nfs: host.nfs,
      samba: host.samba,
      vfio: host.vfio,
      nvidia: host.nvidia,
      access,
      firewall,
      apparmor,
      templates: { lxc, images },
      secrets: {
        adminPasswordHash: input.env[SECRET_ENV.adminPasswordHash] || undefined,
        sambaPassword: input.env[SECRET_ENV.sambaPassword] || undefined,
        env: input.env,
      },
      confirmDestructive: new Set(input.confirmDestructive ?? []),
    },
  };
}
