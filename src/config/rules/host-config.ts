/**
 * The hypervisor file's own rules (`PHX-HV-*`), the ones setup-hypervisor enforces: the findings
 * met while resolving the file into the `HostConfig` (src/model/host-config/), located in the
 * file each concerns, and the checks across its items over the resolved value (names defined
 * once, disks per pool layout, a disk in one pool only).
 */
import { resolveHostConfig } from '../../model/host-config/resolve.js';
import type { HostConfig, ResolvedHostConfig } from '../../model/host-config/types.js';
import { MIN_DISKS } from '../../model/host-config/zfs.js';
import type { DesiredState } from '../../model/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedConfig } from '../load.js';
import { Reporter } from './report.js';
import type { RuleInfo } from './rule-info.js';

export const HOST_RULES: readonly RuleInfo[] = [
  {
    id: 'PHX-HV-FILE',
    severity: 'error',
    summary: 'the hypervisor file is a JSON object (setup-hypervisor needs it)',
  },
  {
    id: 'PHX-HV-CONFIG',
    severity: 'error',
    summary: 'hypervisor settings have the type and form setup-hypervisor reads',
  },
  {
    id: 'PHX-HV-STORAGE',
    severity: 'error',
    summary: 'storages: unique valid ids, a known type with what it needs, content types it holds',
  },
  {
    id: 'PHX-HV-BRIDGE',
    severity: 'error',
    summary: 'bridges are named, addressed (or manual) and defined once; VLANs sit on defined bridges',
  },
  {
    id: 'PHX-HV-ZFS',
    severity: 'error',
    summary: 'ZFS pools have the disks their layout needs; datasets sit on defined pools; valid properties',
  },
  { id: 'PHX-HV-NFS', severity: 'error', summary: 'NFS exports name their clients' },
  { id: 'PHX-HV-SAMBA', severity: 'error', summary: 'Samba shares have an owner and key=value options' },
  { id: 'PHX-HV-VFIO', severity: 'error', summary: 'VFIO: iommu intel or amd, PCI ids as vendor:device' },
  {
    id: 'PHX-HV-NVIDIA',
    severity: 'error',
    summary: 'the NVIDIA driver has a version and a runfile URL of that version',
  },
  {
    id: 'PHX-HV-SECRET',
    severity: 'error',
    summary: 'no password hash or Proxmox password in the hypervisor file (they come from secrets)',
  },
  {
    id: 'PHX-HV-USER',
    severity: 'error',
    summary: 'the admin SSH key is one public key line; Proxmox users are in defined groups',
  },
  { id: 'PHX-HV-ACL', severity: 'error', summary: 'ACLs name roles, and users, groups or tokens' },
  {
    id: 'PHX-HV-FIREWALL',
    severity: 'error',
    summary: 'host firewall rules are complete and valid; the block is at the top level (warning)',
  },
  {
    id: 'PHX-HV-TEMPLATE',
    severity: 'error',
    summary: 'LXC templates to download are appliance files in a known directory storage',
  },
  {
    id: 'PHX-HV-IMAGE',
    severity: 'error',
    summary: 'VM cloud images are image files with a download URL, on a storage that takes them',
  },
  {
    id: 'PHX-HV-APPARMOR',
    severity: 'error',
    summary: 'AppArmor profiles guests use have a source in <config>/apparmor/ that defines them',
  },
];

export const HOST_RULE_IDS: ReadonlySet<string> = new Set(HOST_RULES.map((r) => r.id));

/** The hypervisor file of `loaded` resolved against the guests (no AppArmor sources without a reader). */
export function resolveHost(
  loaded: LoadedConfig,
  desired: DesiredState,
  readApparmorSource: (name: string) => string | undefined = () => undefined,
): ResolvedHostConfig {
  return resolveHostConfig({
    dir: loaded.dir,
    hypervisor: loaded.sources.hypervisor?.value,
    guests: desired.guests,
    readApparmorSource,
  });
}

function checkBridges(c: HostConfig, r: Reporter): void {
  const seen = new Set<string>();
  for (const b of c.network.bridges) {
    if (seen.has(b.name))
      r.at('hypervisor', b.path, 'error', 'PHX-HV-BRIDGE', `bridge ${b.name} is defined twice`);
    seen.add(b.name);
  }
}

function checkPools(c: HostConfig, r: Reporter): void {
  const diskOwner = new Map<string, string>();
  const names = new Set<string>();
  for (const p of c.zfs.pools) {
    p.disks.forEach((d, j) => {
      const other = diskOwner.get(d);
      if (other)
        r.at(
          'hypervisor',
          [...p.path, 'disks', j],
          'error',
          'PHX-HV-ZFS',
          `disk ${d} is already used by pool ${other}`,
        );
      diskOwner.set(d, p.name);
    });
    const min = MIN_DISKS[p.layout];
    if (p.disks.length < min)
      r.at(
        'hypervisor',
        [...p.path, 'disks'],
        'error',
        'PHX-HV-ZFS',
        `a ${p.layout} pool needs at least ${min} disk(s), ${p.name} has ${p.disks.length}`,
      );
    if (names.has(p.name))
      r.at('hypervisor', [...p.path, 'name'], 'error', 'PHX-HV-ZFS', `pool ${p.name} is defined twice`);
    names.add(p.name);
  }
}

function checkUnique(c: HostConfig, r: Reporter): void {
  const datasets = new Set<string>();
  for (const d of c.zfs.datasets) {
    if (datasets.has(d.full))
      r.at('hypervisor', [...d.path, 'name'], 'error', 'PHX-HV-ZFS', `dataset ${d.full} is defined twice`);
    datasets.add(d.full);
  }
  const storages = new Set<string>();
  for (const s of c.storages) {
    if (storages.has(s.id))
      r.at('hypervisor', s.path, 'error', 'PHX-HV-STORAGE', `storage ${s.id} is defined twice`);
    storages.add(s.id);
  }
}

/** Reports the resolution's findings and runs the checks over the resolved value. */
export function checkHostConfig(resolved: ResolvedHostConfig, r: Reporter): void {
  for (const f of resolved.findings) r.at(f.file, f.path, f.severity, f.rule, f.message);
  const c = resolved.config;
  if (!c) return;
  checkBridges(c, r);
  checkPools(c, r);
  checkUnique(c, r);
}

/** The `PHX-HV-*` findings alone, located in `loaded`'s files (what setup-hypervisor reports). */
export function hostDiagnostics(loaded: LoadedConfig, resolved: ResolvedHostConfig): Diagnostic[] {
  const r = new Reporter(loaded);
  checkHostConfig(resolved, r);
  return r.diagnostics;
}
