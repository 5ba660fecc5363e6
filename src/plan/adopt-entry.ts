/**
 * The config entry for a guest Phoenix does not manage yet (`phoenix adopt`), derived from its live
 * config: the fields of phoenix_lxc_configs.json / phoenix_vm_configs.json that model/resolve.ts
 * reads back into the settings desired-config.ts writes, so that once the entry is in the config
 * and the guest carries the `phoenix` tag, the plan changes as little as possible. What cannot be
 * read from the config (how the guest was made, its scripts) is named in `notes`. Pure.
 */
import type { LiveGuest } from '../model/live-state.js';
import { liveLxcLines } from './desired-config.js';
import { parsePropertyString, parseVolume } from './config-diff.js';

export interface AdoptEntry {
  /** The key under `lxc_configs` (containers); VMs carry `vmid` in the entry. */
  readonly key: string;
  readonly entry: Record<string, unknown>;
  /** What the entry could not say, for the operator. */
  readonly notes: string[];
}

type Obj = Record<string, unknown>;

const int = (v: string | undefined): number | undefined =>
  v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;

function startup(value: string | undefined, out: Obj): void {
  if (!value) return;
  const s = parsePropertyString(value, 'order');
  if (int(s.get('order')) !== undefined) out.boot_order = int(s.get('order'));
  if (int(s.get('up')) !== undefined) out.boot_delay = int(s.get('up'));
}

function nameservers(value: string | undefined): string[] | undefined {
  const list = (value ?? '').split(/\s+/).filter(Boolean);
  return list.length ? list : undefined;
}

function bridgeOf(net: Map<string, string>): string | undefined {
  const bridge = net.get('bridge');
  const tag = net.get('tag');
  return bridge && tag ? `${bridge}.${tag}` : bridge;
}

/** An OS template on the host for the container's OS type (only used if it is ever rebuilt). */
function templateFor(live: LiveGuest, templates: readonly string[]): string | undefined {
  const os = live.config.ostype;
  const vz = templates.filter((t) => t.includes(':vztmpl/'));
  return (os ? vz.find((t) => t.split(':vztmpl/')[1]!.startsWith(os)) : undefined) ?? vz[0];
}

function lxcEntry(live: LiveGuest, templates: readonly string[]): AdoptEntry {
  const c = live.config;
  const e: Obj = {};
  const notes: string[] = [];
  e.name = c.hostname ?? `ct${live.id}`;
  const template = templateFor(live, templates);
  if (template) {
    e.template = template;
    notes.push(
      `template: the host does not record what CT ${live.id} was made from; ${template} is a guess, used only if it is ever rebuilt`,
    );
  } else notes.push('template: none on the host; name the one the guest was made from');
  if (int(c.memory) !== undefined) e.memory_mb = int(c.memory);
  if (int(c.cores) !== undefined) e.cores = int(c.cores);
  if (int(c.swap) !== undefined) e.swap_mb = int(c.swap);
  if (c.rootfs) {
    const root = parseVolume(c.rootfs);
    if (root.storage) e.storage_pool = root.storage;
    if (root.sizeGiB !== undefined) e.storage_size_gb = Math.ceil(root.sizeGiB);
  }
  e.unprivileged = c.unprivileged === '1';
  if (c.onboot === '1') e.start_at_boot = true;
  startup(c.startup, e);
  if (c.protection === '1') e.protection = true;
  if (c.features) e.pct_options = c.features.split(',').filter(Boolean).sort();
  for (const [i, field] of [
    [0, 'network_config'],
    [1, 'secondary_network_config'],
  ] as const) {
    const v = c[`net${i}`];
    if (!v) continue;
    const n = parsePropertyString(v, 'name');
    const net: Obj = {};
    for (const k of ['name', 'bridge', 'ip', 'gw'] as const) {
      const val = k === 'bridge' ? bridgeOf(n) : n.get(k);
      if (val) net[k] = val;
    }
    if (n.get('firewall') === '1') net.firewall = true;
    if (i === 0) {
      const ns = nameservers(c.nameserver);
      if (ns) net.nameservers = ns.join(' ');
      if (n.get('hwaddr')) e.mac_address = n.get('hwaddr')!.toUpperCase();
    } else if (n.get('hwaddr')) net.hwaddr = n.get('hwaddr')!.toUpperCase();
    e[field] = net;
  }
  const volumes: Obj[] = [];
  const binds: Obj[] = [];
  for (const key of Object.keys(c).filter((k) => /^mp\d+$/.test(k))) {
    const v = parseVolume(c[key]!);
    const path = v.opts.get('mp');
    if (!path) continue;
    if (v.hostPath !== undefined) {
      binds.push({
        host_path: v.hostPath,
        container_path: path,
        ...(v.opts.get('ro') === '1' ? { read_only: true } : {}),
      });
    } else {
      volumes.push({
        mount_point: path,
        size_gb: Math.ceil(v.sizeGiB ?? 0),
        ...(v.storage && v.storage !== e.storage_pool ? { pool: v.storage } : {}),
      });
      if (v.opts.get('backup') !== '1')
        notes.push(
          `${key}: Phoenix sets backup=1 on volumes (so vzdump and snapshots include them); the plan will show it`,
        );
    }
  }
  if (binds.length) e.mount_points = binds;
  if (volumes.length) e.volumes = volumes;
  const raw = liveLxcLines(c);
  if (raw.length) e.lxc_options = raw;
  if (Object.keys(c).some((k) => /^dev\d+$/.test(k)))
    notes.push('devN: device passthrough is not derived; set gpu_assignment for GPUs');
  notes.push(
    'features, application_script, health_check, firewall: not read from the host; add them if the guest needs them',
  );
  return { key: String(live.id), entry: e, notes };
}

function vmEntry(live: LiveGuest): AdoptEntry {
  const c = live.config;
  const e: Obj = { vmid: live.id, name: c.name ?? `vm${live.id}` };
  const notes: string[] = [
    `template_image: the host does not record what VM ${live.id} was made from; name its cloud image (used only if it is ever rebuilt)`,
  ];
  if (int(c.memory) !== undefined) e.memory_mb = int(c.memory);
  if (int(c.cores) !== undefined) e.cores = int(c.cores);
  if (c.scsi0) {
    const disk = parseVolume(c.scsi0);
    if (disk.storage) e.storage_pool = disk.storage;
    if (disk.sizeGiB !== undefined) e.disk_size_gb = Math.ceil(disk.sizeGiB);
  }
  if (c.onboot === '1') e.start_at_boot = true;
  startup(c.startup, e);
  if (c.protection === '1') e.protection = true;
  const net: Obj = {};
  if (c.net0) {
    const n = parsePropertyString(c.net0, 'model');
    const bridge = bridgeOf(n);
    if (bridge) net.bridge = bridge;
    for (const model of ['virtio', 'e1000', 'rtl8139', 'vmxnet3'])
      if (n.get(model)) e.mac_address = n.get(model)!.toUpperCase();
    if (n.get('firewall') === '1') net.firewall = true;
  }
  if (c.ipconfig0) {
    const ip = parsePropertyString(c.ipconfig0, 'ip');
    if (ip.get('ip')) net.ip = ip.get('ip');
    if (ip.get('gw')) net.gw = ip.get('gw');
  }
  const ns = nameservers(c.nameserver);
  if (ns) net.nameservers = ns;
  if (Object.keys(net).length) e.network_config = net;
  if (c.ciuser) e.user_config = { username: c.ciuser };
  if (c.sshkeys) notes.push('user_config.ssh_public_key: the keys on the host are not copied; add them');
  notes.push(
    'features, application_script, health_check, firewall: not read from the host; add them if the guest needs them',
  );
  return { key: String(live.id), entry: e, notes };
}

export function adoptEntry(live: LiveGuest, templates: readonly string[]): AdoptEntry {
  return live.kind === 'lxc' ? lxcEntry(live, templates) : vmEntry(live);
}
