/**
 * Hand-built desired and live values for planner and renderer tests (no mocks): desired states are
 * resolved from config objects exactly as the loader would, live states are written out literally.
 */
import { resolveDesiredState } from '../../src/model/resolve.js';
import type { DesiredState } from '../../src/model/types.js';
import { LIVE_STATE_VERSION, type LiveGuest, type LiveState } from '../../src/model/live-state.js';

type Obj = Record<string, unknown>;

export const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** A desired state from LXC configs by id, VM configs, and top-level keys of either file. */
export function estate(
  lxc: Record<string, Obj>,
  vms: Obj[] = [],
  top: { lxc?: Obj; vm?: Obj } = {},
): DesiredState {
  return resolveDesiredState({ lxc: { lxc_configs: lxc, ...top.lxc }, vm: { vms, ...top.vm } });
}

/**
 * A container config with the usual fields; `extra` overrides. Lifecycle snapshots (on by default)
 * are off here, so each test's steps are its subject's; lifecycle-snapshots*.test.ts turns them on.
 */
export function ct(name: string, extra: Obj = {}): Obj {
  return {
    name,
    enable_lifecycle_snapshots: false,
    memory_mb: 1024,
    cores: 1,
    storage_pool: 'local-lvm',
    storage_size_gb: 8,
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: 'dhcp' },
    ...extra,
  };
}

/** A VM config with the usual fields (lifecycle snapshots off, as for `ct`); `extra` overrides. */
export function vm(vmid: number, name: string, extra: Obj = {}): Obj {
  return {
    vmid,
    enable_lifecycle_snapshots: false,
    name,
    memory_mb: 2048,
    cores: 2,
    storage_pool: 'local-lvm',
    disk_size_gb: 16,
    network_config: { ip: 'dhcp' },
    ...extra,
  };
}

export function host(extra: Partial<LiveState> = {}): LiveState {
  return {
    version: LIVE_STATE_VERSION,
    readAt: '2025-06-01T12:00:00Z',
    target: 'sim:/tmp/host.json',
    nodes: ['pve'],
    pveVersion: '8.4.1',
    guests: [],
    storages: [
      // As setup-hypervisor leaves it: import (cloud images) and snippets (the agent's vendor data).
      { id: 'local', type: 'dir', content: ['vztmpl', 'iso', 'backup', 'import', 'snippets'] },
      { id: 'local-lvm', type: 'lvmthin', content: ['rootdir', 'images'] },
    ],
    bridges: ['vmbr0'],
    templates: [TEMPLATE],
    ...extra,
  };
}

export function liveCt(
  id: number,
  config: Record<string, string>,
  extra: Partial<LiveGuest> = {},
): LiveGuest {
  return {
    kind: 'lxc',
    id,
    node: 'pve',
    name: config.hostname,
    status: 'running',
    template: false,
    config,
    snapshots: [],
    tags: ['phoenix'],
    ...extra,
  };
}

/** sha256-like hex strings for scripts, by path relative to the config dir. */
export function hashes(entries: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, seed] of Object.entries(entries)) out[path] = seed.repeat(64).slice(0, 64);
  return out;
}

/**
 * A big estate: `templates` CT templates, then containers (every 10th a VM) cloned from them, in
 * dependency chains of four. Ids start at 1000 (CTs) and 500000 (VMs).
 */
export function bigEstate(guests: number, templates = 10): DesiredState {
  const lxc: Record<string, Obj> = {};
  const vms: Obj[] = [vm(499_999, 'vm-template', { is_template: true, template_image: 'noble.img' })];
  for (let t = 0; t < templates; t++)
    lxc[String(100 + t)] = ct(`tpl-${t}`, { template: TEMPLATE, is_template: true, features: ['base'] });
  let previous: number | undefined;
  for (let i = 0; i < guests - templates - 1; i++) {
    const isVm = i % 10 === 9;
    const id = isVm ? 500_000 + i : 1000 + i;
    const deps = i % 4 === 0 || previous === undefined ? [] : [String(previous)];
    if (isVm)
      vms.push(vm(id, `vm-${id}`, { clone_from_vmid: 499_999, dependencies: deps, features: ['docker'] }));
    else
      lxc[String(id)] = ct(`ct-${id}`, {
        clone_from_ctid: String(100 + (i % templates)),
        dependencies: deps,
        features: ['docker'],
        application_script: 'web.sh',
      });
    previous = id;
  }
  return estate(lxc, vms);
}
