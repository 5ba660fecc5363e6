/**
 * The host filesystem as the host's commands see it: guest configs under /etc/pve (rendered from the model,
 * `/etc/pve/lxc` and `/etc/pve/qemu-server` being the local node's folders, as on a real host),
 * other cluster files, and per-node files (/etc/hosts, /etc/network/interfaces.d/*, ...).
 * Writing a guest config file replaces that guest's config like pmxcfs does; raw `lxc.*` lines
 * written that way stay in the config.
 */
import { posix } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { writeConfFile } from './conf-file.js';
import { clusterDirExists, isClusterPath } from './cluster-fs.js';
import type { SimCtx } from './context.js';
import { setRawConfig } from './guests.js';
import type { SimGuest } from './model.js';

/**
 * Paths the shims simulate; `grep`/`tee`/`cat` on anything else run the real binaries. A caller
 * adds its own folders on the host (e.g. its lock and cache files) as `extraSimulatedPaths`.
 */
export const SIMULATED_PREFIXES: readonly string[] = [
  '/etc/pve/',
  '/etc/network/',
  '/etc/hosts',
  '/etc/hostname',
  '/etc/timezone',
  '/etc/apt/',
  '/etc/modules',
  '/etc/modprobe.d/',
  '/etc/default/',
  '/etc/exports',
  '/etc/samba/',
  '/etc/apparmor.d/',
  '/etc/sysctl.d/',
  '/etc/udev/',
  '/etc/subuid',
  '/etc/subgid',
  '/var/lib/vz/',
  // setup-hypervisor (src/sim/hypervisor):
  '/etc/chrony/',
  '/etc/kernel/',
  '/home/',
  '/sys/module/',
];

/** Is `path` under one of the simulated prefixes (or the `extra` ones)? */
export function isSimulatedPath(path: string, extra: readonly string[] = []): boolean {
  const p = posix.normalize(path);
  const under = (prefix: string): boolean => p === prefix.replace(/\/$/, '') || p.startsWith(prefix);
  return SIMULATED_PREFIXES.some(under) || extra.some(under);
}

const GUEST_CONF = /^\/etc\/pve\/nodes\/([^/]+)\/(lxc|qemu-server)\/([1-9]\d*)\.conf$/;

/** Absolute, normalised, with the /etc/pve/{lxc,qemu-server,local} links resolved. */
export function canonicalPath(ctx: SimCtx, path: string): string {
  let p = posix.normalize(path.startsWith('/') ? path : `/${path}`);
  if (p.length > 1) p = p.replace(/\/+$/, '');
  const local = `/etc/pve/nodes/${ctx.nodeName}`;
  for (const [link, target] of [
    ['/etc/pve/lxc', `${local}/lxc`],
    ['/etc/pve/qemu-server', `${local}/qemu-server`],
    ['/etc/pve/local', local],
  ] as const) {
    if (p === link || p.startsWith(link + '/')) return target + p.slice(link.length);
  }
  return p;
}

function guestAt(
  ctx: SimCtx,
  p: string,
): { node: string; kind: 'lxc' | 'qemu'; vmid: number; guest?: SimGuest } | undefined {
  const m = GUEST_CONF.exec(p);
  if (!m) return undefined;
  const kind = m[2] === 'lxc' ? 'lxc' : 'qemu';
  const vmid = Number(m[3]);
  const g = ctx.s.guests[String(vmid)];
  const guest = g && g.node === m[1] && g.kind === kind ? g : undefined;
  return { node: m[1]!, kind, vmid, guest };
}

export function guestConfigText(g: SimGuest): string {
  return g.rawText ?? writeConfFile(g.conf);
}

export type ReadResult = Buffer | 'dir' | undefined;

/** File contents, `'dir'` for a directory, undefined when absent. */
export function readHostFile(ctx: SimCtx, path: string): ReadResult {
  const p = canonicalPath(ctx, path);
  const gc = guestAt(ctx, p);
  if (gc) return gc.guest ? Buffer.from(guestConfigText(gc.guest), 'utf8') : undefined;
  const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
  const f = store[p];
  if (f) return Buffer.from(f.data, 'base64');
  if (isDirectory(ctx, p)) return 'dir';
  if (ctx.rt.realFs && !isSimulatedPath(p, ctx.rt.extraSimulatedPaths)) {
    try {
      if (statSync(p).isDirectory()) return 'dir';
      return readFileSync(p);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isDirectory(ctx: SimCtx, p: string): boolean {
  if (isClusterPath(p)) return clusterDirExists(ctx.s, p);
  const prefix = p + '/';
  const store = p.startsWith('/etc/pve') ? ctx.s.clusterFiles : ctx.node.files;
  return Object.keys(store).some((k) => k.startsWith(prefix));
}

export class HostFileError extends Error {
  constructor(readonly reason: 'No such file or directory' | 'Is a directory' | 'File exists') {
    super(reason);
  }
}

/** Writes (or appends to) a host file; guest configs update the model. */
export function writeHostFile(ctx: SimCtx, path: string, data: Buffer, append = false): void {
  const p = canonicalPath(ctx, path);
  if (isDirectory(ctx, p)) throw new HostFileError('Is a directory');
  const gc = guestAt(ctx, p);
  if (gc) {
    if (!ctx.s.nodes[gc.node]) throw new HostFileError('No such file or directory');
    const text = (append && gc.guest ? guestConfigText(gc.guest) : '') + data.toString('utf8');
    if (gc.guest) {
      setRawConfig(gc.guest, text);
      return;
    }
    if (ctx.s.guests[String(gc.vmid)]) throw new HostFileError('File exists');
    const g: SimGuest = {
      kind: gc.kind,
      vmid: gc.vmid,
      node: gc.node,
      conf: { kind: gc.kind, main: { values: {} }, snapshots: {} },
      status: 'stopped',
      fs: {},
      execLog: [],
    };
    setRawConfig(g, text);
    ctx.s.guests[String(gc.vmid)] = g;
    return;
  }
  if (/^\/etc\/pve\/nodes\/([^/]+)\//.test(p) && !ctx.s.nodes[/^\/etc\/pve\/nodes\/([^/]+)\//.exec(p)![1]!])
    throw new HostFileError('No such file or directory');
  const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
  const prev = append && store[p] ? Buffer.from(store[p]!.data, 'base64') : Buffer.alloc(0);
  store[p] = { ...(store[p] ?? {}), data: Buffer.concat([prev, data]).toString('base64') };
}

export function deleteHostFile(ctx: SimCtx, path: string): boolean {
  const p = canonicalPath(ctx, path);
  const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
  if (!store[p]) return false;
  delete store[p];
  return true;
}

/** All host file paths of the node (and cluster files), for listings. */
export function listHostFiles(ctx: SimCtx, dir: string): string[] {
  const p = canonicalPath(ctx, dir) + '/';
  const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
  return Object.keys(store)
    .filter((k) => k.startsWith(p))
    .sort();
}
