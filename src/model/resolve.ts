/**
 * Turns the parsed config files into a DesiredState: CTIDs to numbers, defaults applied,
 * `vm_defaults` merged, the upstream format's variants normalised. Tolerant of invalid input
 * (schema validation reports it); never throws on user data.
 */
import type { JsonPath } from '../config/json-source.js';
import {
  CONFIG_FILES,
  type DesiredState,
  type FirewallRule,
  type Guest,
  type HealthCheck,
  type LifecycleSnapshotNames,
  type MountPoint,
  type NetworkInterface,
  type TestScript,
} from './types.js';
import { withSharedVolumes } from './shared-volumes.js';

type Obj = Record<string, unknown>;

export const LXC_DEFAULTS = {
  memoryMb: 2048,
  cores: 2,
  diskSizeGb: 8,
  storagePool: 'local-lvm',
  bridge: 'vmbr0',
} as const;

export const VM_DEFAULTS = {
  memoryMb: 2048,
  cores: 2,
  diskSizeGb: 32,
  storagePool: 'local-lvm',
  bridge: 'vmbr0',
} as const;

export const DEFAULT_HEALTH_RETRIES = 3;
export const DEFAULT_HEALTH_INTERVAL = 5;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && /^\d+$/.test(v)
      ? Number(v)
      : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string' && v
      ? [v]
      : [];

/** Parse a guest ID written as number or string; undefined when not a valid integer. */
export function parseId(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v.trim());
  return undefined;
}

/** Dependency IDs written as numbers or numeric strings; anything else is dropped (a rule reports it). */
export function idList(v: unknown): number[] {
  return (Array.isArray(v) ? v : []).map(parseId).filter((d): d is number => d !== undefined);
}

/** `"0, 1"` / `"0,1"` / `"none"` / `"0"` to GPU indexes. Invalid parts are dropped (a rule reports them). */
export function parseGpuAssignment(v: unknown): number[] {
  if (typeof v === 'number' && Number.isInteger(v)) return [v];
  if (typeof v !== 'string') return [];
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'none') return [];
  return s
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /^\d+$/.test(p))
    .map(Number);
}

/** `vmbr0.20` means bridge vmbr0 with VLAN tag 20 (how upstream writes tagged NICs). */
export function splitBridge(bridge: string): { bridge: string; tag?: number } {
  const m = /^(.+)\.(\d{1,4})$/.exec(bridge);
  return m ? { bridge: m[1], tag: Number(m[2]) } : { bridge };
}

function parseKeyValueList(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    for (const part of item.split(',')) {
      const [k, ...rest] = part.split('=');
      const key = k.trim();
      if (key) out[key] = rest.length ? rest.join('=').trim() : '1';
    }
  }
  return out;
}

function firewallOf(v: unknown): Guest['firewall'] {
  if (!isObj(v)) return undefined;
  const rules: FirewallRule[] = [];
  if (Array.isArray(v.rules)) {
    for (const r of v.rules) {
      if (!isObj(r)) continue;
      const type = r.type === 'out' ? 'out' : r.type === 'group' ? 'group' : 'in';
      rules.push({
        type,
        action: str(r.action) ?? 'ACCEPT',
        proto: str(r.proto),
        source: str(r.source),
        dest: str(r.dest),
        port: str(r.port) ?? (typeof r.port === 'number' ? String(r.port) : undefined),
        comment: str(r.comment),
      });
    }
  }
  return { enabled: bool(v.enabled) ?? false, rules };
}

function healthCheckOf(v: unknown): HealthCheck | undefined {
  if (!isObj(v) || !str(v.command)) return undefined;
  return {
    command: v.command as string,
    retries: num(v.retries) ?? DEFAULT_HEALTH_RETRIES,
    interval: num(v.interval) ?? DEFAULT_HEALTH_INTERVAL,
  };
}

function testsOf(raw: Obj, base: JsonPath): TestScript[] {
  const out: TestScript[] = [];
  if (isObj(raw.tests)) {
    for (const [suite, list] of Object.entries(raw.tests)) {
      if (!Array.isArray(list)) continue;
      list.forEach((t, i) => {
        if (isObj(t) && str(t.path)) {
          out.push({
            suite,
            name: str(t.name) ?? (t.path as string),
            path: t.path as string,
            jsonPath: [...base, 'tests', suite, i, 'path'],
            blocking: t.blocking !== false,
          });
        }
      });
    }
  }
  return out;
}

function nameserversOf(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const s of strList(v)) for (const part of s.split(/[\s,]+/)) if (part) out.push(part);
  }
  return [...new Set(out)];
}

function lxcNetwork(
  v: unknown,
  index: number,
  fallbackMac: string | undefined,
  path: JsonPath,
): NetworkInterface | undefined {
  if (!isObj(v)) return undefined;
  const { bridge, tag } = splitBridge(str(v.bridge) ?? LXC_DEFAULTS.bridge);
  return {
    index,
    name: str(v.name) ?? `eth${index}`,
    bridge,
    tag,
    ip: str(v.ip),
    gw: str(v.gw),
    hwaddr: str(v.hwaddr) ?? (index === 0 ? fallbackMac : undefined),
    firewall: bool(v.firewall),
    path,
  };
}

/** `snapshots: {"pre-features": NAME, "post-features": NAME}` (the upstream VM schema's names), a guest's over the defaults. */
function snapshotNamesOf(own: unknown, dflt?: unknown): LifecycleSnapshotNames | undefined {
  const o = isObj(own) ? own : {};
  const d = isObj(dflt) ? dflt : {};
  const preConfigured = str(o['pre-features']) ?? str(d['pre-features']);
  const finalForm = str(o['post-features']) ?? str(d['post-features']);
  if (preConfigured === undefined && finalForm === undefined) return undefined;
  return {
    ...(preConfigured !== undefined ? { preConfigured } : {}),
    ...(finalForm !== undefined ? { finalForm } : {}),
  };
}

function resolveLxc(id: number, raw: Obj, key: string): Guest {
  const base: JsonPath = ['lxc_configs', key];
  const networks: NetworkInterface[] = [];
  const net0 = lxcNetwork(raw.network_config, 0, str(raw.mac_address), [...base, 'network_config']);
  if (net0) networks.push(net0);
  const net1 = lxcNetwork(raw.secondary_network_config, 1, undefined, [...base, 'secondary_network_config']);
  if (net1) networks.push(net1);
  // Upstream's oldest format wrote pct features as a string in `features`.
  const featureScripts = Array.isArray(raw.features) ? strList(raw.features) : [];
  const pctFeatures = parseKeyValueList([
    ...(typeof raw.features === 'string' ? [raw.features] : []),
    ...strList(raw.pct_options),
  ]);
  const mountPoints: MountPoint[] = [];
  if (Array.isArray(raw.mount_points)) {
    raw.mount_points.forEach((m, i) => {
      if (isObj(m) && str(m.host_path) && str(m.container_path)) {
        mountPoints.push({
          source: m.host_path as string,
          target: m.container_path as string,
          readOnly: bool(m.read_only),
          path: [...base, 'mount_points', i],
        });
      }
    });
  }
  for (const field of ['volumes', 'zfs_volumes'] as const) {
    const list = raw[field];
    if (!Array.isArray(list)) continue;
    list.forEach((m, i) => {
      if (isObj(m) && str(m.mount_point)) {
        const pool = str(m.pool) ?? str(raw.storage_pool) ?? LXC_DEFAULTS.storagePool;
        mountPoints.push({
          source: pool,
          target: m.mount_point as string,
          sizeGb: num(m.size_gb),
          path: [...base, field, i],
        });
      }
    });
  }
  const tests = testsOf(raw, base);
  if (isObj(raw.integration_tests) && str(raw.integration_tests.script)) {
    tests.push({
      suite: 'integration_tests',
      name: raw.integration_tests.script as string,
      path: raw.integration_tests.script as string,
      jsonPath: [...base, 'integration_tests', 'script'],
      blocking: true,
    });
  }
  const gpus = parseGpuAssignment(raw.gpu_assignment);
  return {
    kind: 'lxc',
    id,
    name: str(raw.name) ?? `ct${id}`,
    origin: { file: CONFIG_FILES.lxc, path: base },
    isTemplate: bool(raw.is_template) ?? false,
    cloneFrom: parseId(raw.clone_from_ctid),
    osTemplate: str(raw.template) ?? str(raw.template_file),
    templateSnapshotName: str(raw.template_snapshot_name),
    memoryMb: num(raw.memory_mb) ?? LXC_DEFAULTS.memoryMb,
    swapMb: num(raw.swap_mb),
    cores: num(raw.cores) ?? LXC_DEFAULTS.cores,
    storagePool: str(raw.storage_pool) ?? LXC_DEFAULTS.storagePool,
    diskSizeGb: num(raw.storage_size_gb) ?? LXC_DEFAULTS.diskSizeGb,
    unprivileged: bool(raw.unprivileged) ?? true,
    startAtBoot: bool(raw.start_at_boot) ?? false,
    bootOrder: num(raw.boot_order),
    bootDelay: num(raw.boot_delay),
    networks,
    nameservers: nameserversOf(
      isObj(raw.network_config) ? raw.network_config.nameservers : undefined,
      isObj(raw.network_config) ? raw.network_config.nameserver : undefined,
    ),
    features: featureScripts,
    pctFeatures,
    applicationScript: str(raw.application_script),
    dependencies: idList(raw.dependencies),
    healthCheck: healthCheckOf(raw.health_check),
    tests,
    lifecycleSnapshots: bool(raw.enable_lifecycle_snapshots) ?? true,
    lifecycleSnapshotNames: snapshotNamesOf(raw.snapshots),
    lxcOptions: strList(raw.lxc_options),
    apparmorProfile: str(raw.apparmor_profile),
    gpus,
    mountPoints,
    allowDestroyVolumes: bool(raw.allow_destroy_volumes) ?? false,
    firewall: firewallOf(raw.firewall),
    node: str(raw.node),
    protection: bool(raw.protection),
    raw,
  };
}

function resolveVm(raw: Obj, index: number, defaults: Obj): Guest | undefined {
  const id = parseId(raw.vmid);
  if (id === undefined) return undefined;
  const base: JsonPath = ['vms', index];
  const merged: Obj = { ...defaults, ...raw };
  const net = isObj(raw.network_config) ? raw.network_config : {};
  const { bridge, tag } = splitBridge(str(net.bridge) ?? str(merged.network_bridge) ?? VM_DEFAULTS.bridge);
  const networks: NetworkInterface[] = [
    {
      index: 0,
      name: 'net0',
      bridge,
      tag,
      ip: str(net.ip),
      gw: str(net.gw),
      hwaddr: str(net.hwaddr) ?? str(raw.mac_address),
      path: [...base, 'network_config'],
    },
  ];
  const user = isObj(raw.user_config) ? raw.user_config : {};
  const mountPoints: MountPoint[] = [];
  if (Array.isArray(raw.volumes)) {
    raw.volumes.forEach((m, i) => {
      if (isObj(m) && str(m.mount_point)) {
        const source =
          str(m.server) && str(m.path) ? `${m.server}:${m.path}` : (str(m.path) ?? str(m.pool) ?? '');
        mountPoints.push({
          source,
          target: m.mount_point as string,
          sizeGb: num(m.size_gb),
          path: [...base, 'volumes', i],
        });
      }
    });
  }
  return {
    kind: 'qemu',
    id,
    name: str(raw.name) ?? `vm${id}`,
    origin: { file: CONFIG_FILES.vm, path: base },
    isTemplate: bool(raw.is_template) ?? false,
    cloneFrom: parseId(raw.clone_from_vmid),
    osTemplate: str(raw.template_image),
    templateSnapshotName: str(raw.template_snapshot_name),
    memoryMb: num(merged.memory_mb) ?? VM_DEFAULTS.memoryMb,
    swapMb: undefined,
    cores: num(merged.cores) ?? VM_DEFAULTS.cores,
    storagePool: str(merged.storage_pool) ?? VM_DEFAULTS.storagePool,
    diskSizeGb: num(merged.disk_size_gb) ?? VM_DEFAULTS.diskSizeGb,
    startAtBoot: bool(raw.start_at_boot) ?? false,
    bootOrder: num(raw.boot_order),
    bootDelay: num(raw.boot_delay),
    networks,
    nameservers: nameserversOf(net.nameserver, net.nameservers),
    features: strList(raw.features),
    pctFeatures: {},
    applicationScript: str(raw.application_script),
    dependencies: idList(raw.dependencies),
    healthCheck: healthCheckOf(raw.health_check),
    tests: testsOf(raw, base),
    lifecycleSnapshots: bool(merged.enable_lifecycle_snapshots) ?? true,
    lifecycleSnapshotNames: snapshotNamesOf(raw.snapshots, defaults.snapshots),
    lxcOptions: [],
    gpus: [],
    mountPoints,
    firewall: firewallOf(raw.firewall),
    ciUser: str(user.username),
    node: str(raw.node),
    protection: bool(raw.protection),
    raw,
  };
}

export interface ResolveInput {
  readonly lxc?: unknown;
  readonly vm?: unknown;
  readonly hypervisor?: unknown;
}

/** Resolve parsed file values into the desired state. Duplicate IDs keep the first (a rule reports them). */
export function resolveDesiredState(input: ResolveInput): DesiredState {
  const guests: Guest[] = [];
  const lxcFile = isObj(input.lxc) ? input.lxc : {};
  const vmFile = isObj(input.vm) ? input.vm : {};
  if (isObj(lxcFile.lxc_configs)) {
    for (const [key, raw] of Object.entries(lxcFile.lxc_configs)) {
      const id = parseId(key);
      if (id === undefined || !isObj(raw)) continue;
      guests.push(resolveLxc(id, raw, key));
    }
  }
  const defaults = isObj(vmFile.vm_defaults) ? vmFile.vm_defaults : {};
  if (Array.isArray(vmFile.vms)) {
    vmFile.vms.forEach((raw, i) => {
      if (!isObj(raw)) return;
      const g = resolveVm(raw, i, defaults);
      if (g) guests.push(g);
    });
  }
  guests.sort((a, b) => a.id - b.id || (a.kind < b.kind ? -1 : 1));
  return {
    guests: withSharedVolumes(guests, input.hypervisor),
    nvidia: {
      driverVersion: str(lxcFile.nvidia_driver_version),
      repoUrl: str(lxcFile.nvidia_repo_url),
      runfileUrl: str(lxcFile.nvidia_runfile_url),
    },
    allowDestroy: { lxc: bool(lxcFile.allow_destroy) ?? false, qemu: bool(vmFile.allow_destroy) ?? false },
    hypervisor: isObj(input.hypervisor) ? input.hypervisor : undefined,
  };
}
