/**
 * The read side of the REST API as `pvesh get` serves it: cluster resources, nodes, network,
 * version, storages and their content, guest lists, configs, status and snapshots, next free ID,
 * access lists. Values follow the API's JSON types (integers as numbers, booleans as 0/1).
 */
import type { SimCtx } from './context.js';
import { PveError } from './errors.js';
import { confRelPath, isTemplate } from './guests.js';
import type { SimGuest, SimNode, SimStorage, SimUser } from './model.js';
import { clusterStatus } from './cluster.js';
import { snapshotList } from './snapshots.js';
import { parseSize } from '../dialect/pve-values.js';

export type ApiParams = Record<string, string>;

/** No handler for the path (pvesh: `No 'get' handler defined for 'PATH'`). */
export class ApiNotFound extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

function maxmem(g: SimGuest): number {
  const v = g.conf.main.values.memory ?? (g.kind === 'lxc' ? '512' : '2048');
  return Number(v.replace(/^current=/, '').split(',')[0]) * 1024 * 1024;
}

function maxdisk(g: SimGuest): number {
  const v =
    g.kind === 'lxc'
      ? g.conf.main.values.rootfs
      : Object.entries(g.conf.main.values).find(([k]) => /^(scsi|virtio|sata|ide)\d+$/.test(k))?.[1];
  const size = v ? /size=([^,]+)/.exec(v)?.[1] : undefined;
  return (size && parseSize(size)) || 0;
}

function cpus(g: SimGuest): number {
  const v = g.conf.main.values;
  return (
    Number(v.cores ?? (g.kind === 'lxc' ? '0' : '1')) * Number(v.sockets ?? '1') || (g.kind === 'lxc' ? 1 : 1)
  );
}

function guestResource(ctx: SimCtx, g: SimGuest): Record<string, unknown> {
  const v = g.conf.main.values;
  const running = g.status === 'running';
  const r: Record<string, unknown> = {
    id: `${g.kind}/${g.vmid}`,
    type: g.kind,
    vmid: g.vmid,
    node: g.node,
    name: g.kind === 'lxc' ? (v.hostname ?? `CT${g.vmid}`) : (v.name ?? `VM ${g.vmid}`),
    status: g.status,
    template: isTemplate(g) ? 1 : 0,
    maxmem: maxmem(g),
    maxdisk: maxdisk(g),
    maxcpu: cpus(g),
    mem: running ? Math.floor(maxmem(g) / 4) : 0,
    disk: 0,
    cpu: running ? 0.01 : 0,
    uptime: running && g.startedAt ? Math.floor((ctx.now() - g.startedAt) / 1000) : 0,
    netin: 0,
    netout: 0,
    diskread: 0,
    diskwrite: 0,
  };
  if (v.tags) r.tags = v.tags;
  if (v.lock) r.lock = v.lock;
  const pool = Object.values(ctx.s.access.pools).find((p) => p.members.includes(g.vmid));
  if (pool) r.pool = pool.poolid;
  return r;
}

function storageAvailableOn(st: SimStorage, node: string): boolean {
  return !st.disabled && (!st.nodes || st.nodes.includes(node));
}

function usedBytes(ctx: SimCtx, st: SimStorage, node: string): number {
  return ctx.s.volumes
    .filter((v) => v.storage === st.id && (v.node === '' || v.node === node))
    .reduce((a, v) => a + v.sizeBytes, 0);
}

function storageResource(ctx: SimCtx, st: SimStorage, node: string): Record<string, unknown> {
  return {
    id: `storage/${node}/${st.id}`,
    type: 'storage',
    storage: st.id,
    node,
    status: 'available',
    plugintype: st.type,
    content: st.content.join(','),
    shared: st.shared ? 1 : 0,
    disk: usedBytes(ctx, st, node),
    maxdisk: st.totalBytes,
  };
}

/**
 * A node's name and live figures, as `/nodes` and `/cluster/resources` list them
 * (pve-manager `PVE::API2Tools::extract_node_stats`: an offline member has no live figures).
 */
function nodeStatus(n: SimNode): Record<string, unknown> {
  const live = n.online ? { cpu: 0.02, mem: Math.floor(n.memoryBytes / 8), uptime: 86400 } : {};
  return {
    node: n.name,
    status: n.online ? 'online' : 'offline',
    level: '',
    maxcpu: n.cpus,
    maxmem: n.memoryBytes,
    ...live,
  };
}

export function clusterResources(ctx: SimCtx, type?: string): unknown[] {
  const res: unknown[] = [];
  if (!type || type === 'vm')
    for (const g of Object.values(ctx.s.guests).sort((a, b) => a.vmid - b.vmid))
      res.push(guestResource(ctx, g));
  if (!type || type === 'node')
    for (const n of Object.values(ctx.s.nodes))
      res.push({ id: `node/${n.name}`, type: 'node', ...nodeStatus(n), 'cgroup-mode': 2 });
  if (!type || type === 'storage')
    for (const n of Object.keys(ctx.s.nodes))
      for (const st of Object.values(ctx.s.storages))
        if (storageAvailableOn(st, n)) res.push(storageResource(ctx, st, n));
  if (!type || type === 'sdn')
    for (const n of Object.keys(ctx.s.nodes))
      res.push({ id: `sdn/${n}/localnetwork`, type: 'sdn', sdn: 'localnetwork', node: n, status: 'ok' });
  return res;
}

function node(ctx: SimCtx, name: string): void {
  if (!ctx.s.nodes[name])
    throw new PveError(
      `hostname lookup '${name}' failed - failed to get address info for: ${name}: Name or service not known`,
    );
}

function storageContent(ctx: SimCtx, nodeName: string, sid: string, p: ApiParams): unknown[] {
  const st = ctx.s.storages[sid];
  if (!st) throw new PveError(`storage '${sid}' does not exist`);
  if (!storageAvailableOn(st, nodeName))
    throw new PveError(`storage '${sid}' is not available on node '${nodeName}'`);
  const want = p.content ? p.content.split(',') : undefined;
  return ctx.s.volumes
    .filter((v) => v.storage === sid && (v.node === '' || v.node === nodeName))
    .filter((v) => !want || want.includes(v.content === 'rootdir' ? 'rootdir' : v.content))
    .filter((v) => p.vmid === undefined || v.vmid === Number(p.vmid))
    .sort((a, b) => (a.volname < b.volname ? -1 : 1))
    .map((v) => {
      const e: Record<string, unknown> = {
        volid: `${v.storage}:${v.volname}`,
        content: v.content,
        format: v.format,
        size: v.sizeBytes,
        ctime: v.ctime,
      };
      if (v.vmid !== undefined) e.vmid = v.vmid;
      if (v.content === 'images' || v.content === 'rootdir') e.used = v.sizeBytes;
      return e;
    });
}

function guestConfig(g: SimGuest): Record<string, unknown> {
  const out: Record<string, unknown> = { ...g.conf.main.values };
  if (g.conf.main.description !== undefined) out.description = g.conf.main.description;
  if (g.conf.main.lxc) out.lxc = g.conf.main.lxc.map(([k, v]) => [k, v]);
  for (const [k, v] of Object.entries(g.conf.pending?.values ?? {})) if (k !== 'delete') out[k] = v;
  out.digest = '0'.repeat(40);
  for (const k of Object.keys(out))
    if (/^\d+$/.test(String(out[k])) && NUMERIC.test(k)) out[k] = Number(out[k]);
  return out;
}

const NUMERIC =
  /^(cores|memory|swap|cpuunits|onboot|template|unprivileged|protection|tty|console|sockets|balloon|vcpus|shares|debug|numa|acpi|kvm|tablet|agent)$/;

/** A storage's definition (storage.cfg), as `/storage` and `/storage/ID` show it. */
function storageConfig(s: SimStorage): Record<string, unknown> {
  return { storage: s.id, type: s.type, content: s.content.join(','), ...s.options };
}

/** A user as `/access/users` (and `pveum user list`) lists it. */
export function userEntry(u: SimUser): Record<string, unknown> {
  return {
    userid: u.userid,
    enable: u.enable,
    expire: u.expire,
    ...(u.groups.length ? { groups: u.groups.join(',') } : {}),
    ...(u.email ? { email: u.email } : {}),
    ...(u.comment ? { comment: u.comment } : {}),
  };
}

export function apiGet(ctx: SimCtx, path: string, p: ApiParams): unknown {
  const clean = path.replace(/\/+$/, '').replace(/^\/?/, '/');
  let m: RegExpExecArray | null;
  if (clean === '/cluster/resources') return clusterResources(ctx, p.type);
  if (clean === '/cluster/status') return clusterStatus(ctx.s, ctx.nodeName);
  if (clean === '/version')
    return {
      version: ctx.s.pve.version,
      release: ctx.s.pve.release,
      repoid: ctx.s.pve.repoid,
      console: 'xtermjs',
    };
  if (clean === '/nodes')
    return Object.values(ctx.s.nodes).map((n) => ({ ...nodeStatus(n), id: `node/${n.name}`, type: 'node' }));
  if (clean === '/cluster/nextid') {
    let id = 100;
    while (ctx.s.guests[String(id)]) id++;
    return String(id);
  }
  if (clean === '/storage')
    return Object.values(ctx.s.storages).map((s) => ({
      ...storageConfig(s),
      ...(s.shared ? { shared: 1 } : {}),
      digest: '0'.repeat(40),
    }));
  if ((m = /^\/storage\/([^/]+)$/.exec(clean))) {
    const s = ctx.s.storages[m[1]!];
    if (!s) throw new PveError(`storage '${m[1]}' does not exist`);
    return { ...storageConfig(s), digest: '0'.repeat(40) };
  }
  if (clean === '/access/users') return Object.values(ctx.s.access.users).map(userEntry);
  if (clean === '/access/groups')
    return Object.values(ctx.s.access.groups).map((g) => ({
      groupid: g.groupid,
      ...(g.comment ? { comment: g.comment } : {}),
    }));
  if (clean === '/access/acl')
    return ctx.s.access.acl.map((a) => ({
      path: a.path,
      type: a.type,
      ugid: a.ugid,
      roleid: a.roleid,
      propagate: a.propagate,
    }));
  if (clean === '/pools')
    return Object.values(ctx.s.access.pools).map((x) => ({
      poolid: x.poolid,
      ...(x.comment ? { comment: x.comment } : {}),
    }));
  if ((m = /^\/nodes\/([^/]+)\/(.*)$/.exec(clean))) {
    const n = m[1]!;
    node(ctx, n);
    const sub = m[2]!;
    if (sub === 'network') {
      const list = ctx.s.nodes[n]!.network;
      if (p.type === 'any_bridge' || p.type === 'any_local_bridge')
        return list.filter((i) => i.type === 'bridge' || i.type === 'OVSBridge');
      return p.type ? list.filter((i) => i.type === p.type) : list;
    }
    if (sub === 'storage')
      return Object.values(ctx.s.storages)
        .filter((s) => storageAvailableOn(s, n))
        .filter((s) => !p.content || p.content.split(',').some((c) => s.content.includes(c)))
        .map((s) => ({
          storage: s.id,
          type: s.type,
          content: s.content.join(','),
          active: 1,
          enabled: 1,
          shared: s.shared ? 1 : 0,
          total: s.totalBytes,
          used: usedBytes(ctx, s, n),
          avail: s.totalBytes - usedBytes(ctx, s, n),
        }));
    if ((m = /^storage\/([^/]+)\/content$/.exec(sub))) return storageContent(ctx, n, m[1]!, p);
    if (sub === 'lxc' || sub === 'qemu')
      return Object.values(ctx.s.guests)
        .filter((g) => g.node === n && g.kind === sub)
        .map((g) => {
          const r = guestResource(ctx, g);
          delete r.id;
          delete r.type;
          delete r.node;
          return r;
        });
    if ((m = /^(lxc|qemu)\/(\d+)\/(config|status\/current|snapshot|pending)$/.exec(sub))) {
      const kind = m[1] as 'lxc' | 'qemu';
      const g = loadGuestOn(ctx, kind, Number(m[2]), n);
      if (m[3] === 'config') return guestConfig(g);
      if (m[3] === 'snapshot') return snapshotList(g);
      if (m[3] === 'status/current') return { ...guestResource(ctx, g), ha: { managed: 0 } };
      return Object.entries(g.conf.main.values).map(([key, value]) => ({ key, value }));
    }
    if (sub === 'aplinfo')
      return ctx.s.appliances.map((a) => ({
        template: a.template,
        section: a.section,
        type: a.type,
        os: a.os,
        version: a.version,
        headline: a.headline,
        package: a.template.replace(/_.*$/, ''),
      }));
    if (sub === 'version')
      return { version: ctx.s.pve.version, release: ctx.s.pve.release, repoid: ctx.s.pve.repoid };
  }
  throw new ApiNotFound(path.replace(/^\//, ''));
}

function loadGuestOn(ctx: SimCtx, kind: 'lxc' | 'qemu', vmid: number, nodeName: string): SimGuest {
  const g = ctx.s.guests[String(vmid)];
  if (g && g.kind === kind && g.node === nodeName) return g;
  throw new PveError(`Configuration file '${confRelPath(kind, nodeName, vmid)}' does not exist`);
}
