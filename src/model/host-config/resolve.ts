/**
 * The one resolver of phoenix_hypervisor_config.json: the file (plus what the guests need from
 * the host) read into a typed `HostConfig`, with every problem met on the way as a finding at a
 * JSON path. `validate` turns the findings into located diagnostics and runs its rules over the
 * result; `setup-hypervisor` applies it. Pure apart from the callback that reads AppArmor profile
 * sources. Secrets are not part of it.
 */
import { join } from 'node:path';
import { CONFIG_FILES, type Guest } from '../types.js';
import { readAccess, readFirewall } from './access.js';
import { readApparmor, readCloudImages, readLxcTemplates } from './guest-needs.js';
import { readHostPart } from './host-sections.js';
import { ConfigReader, isObj } from './reader.js';
import type { HostFinding, PackageNeed, ResolvedHostConfig } from './types.js';

export interface HostConfigInput {
  /** Config dir as the user gave it (for display paths). */
  readonly dir: string;
  /** The parsed hypervisor file; undefined when it is absent or could not be parsed. */
  readonly hypervisor: unknown;
  readonly guests: readonly Guest[];
  /** Text of `<dir>/apparmor/<name>`, or undefined when absent. */
  readonly readApparmorSource: (name: string) => string | undefined;
}

export function resolveHostConfig(input: HostConfigInput): ResolvedHostConfig {
  const findings: HostFinding[] = [];
  const r = new ConfigReader('hypervisor', findings);
  const raw = input.hypervisor;
  if (!isObj(raw)) {
    r.error(
      [],
      `${CONFIG_FILES.hypervisor} is missing or not a JSON object: setup-hypervisor needs it`,
      'PHX-HV-FILE',
    );
    return { findings };
  }
  const readers = { lxc: new ConfigReader('lxc', findings), vm: new ConfigReader('vm', findings) };
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

  return {
    findings,
    config: {
      file: join(input.dir, CONFIG_FILES.hypervisor),
      timezone: host.timezone,
      ntpServers: host.ntpServers,
      apt: { noSubscription: host.aptNoSubscription, packages },
      network: host.network,
      zfs: host.zfs,
      storages: host.storages,
      storageIds: host.storageIds,
      nfs: host.nfs,
      samba: host.samba,
      vfio: host.vfio,
      nvidia: host.nvidia,
      access,
      firewall,
      apparmor,
      templates: { lxc, images },
      ...(host.cluster ? { cluster: host.cluster } : {}),
    },
  };
}
