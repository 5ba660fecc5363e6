/**
 * `pvesm` (storage manager): `status`, `list STORAGE`, `add TYPE STORAGE [options]`,
 * `set STORAGE [options]`, `remove STORAGE`, with pve-storage's required options per type.
 */
import { parseArgs, type CommandSpec } from '../cli-parse.js';
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, unknownCommand } from '../errors.js';
import type { SimStorage } from '../model.js';
import { BOOL, fmt, int, oneOf, STR, splitList, type ValueType } from '../../dialect/pve-values.js';

const TYPES = [
  'btrfs',
  'cephfs',
  'cifs',
  'dir',
  'esxi',
  'iscsi',
  'iscsidirect',
  'lvm',
  'lvmthin',
  'nfs',
  'pbs',
  'rbd',
  'zfs',
  'zfspool',
];
const CONTENT = ['backup', 'images', 'import', 'iso', 'rootdir', 'snippets', 'vztmpl'];
const ALLOWED: Record<string, string[]> = {
  dir: CONTENT,
  nfs: CONTENT,
  cifs: CONTENT,
  btrfs: CONTENT,
  cephfs: ['backup', 'import', 'iso', 'snippets', 'vztmpl'],
  zfspool: ['images', 'rootdir'],
  lvmthin: ['images', 'rootdir'],
  lvm: ['images', 'rootdir'],
  rbd: ['images', 'rootdir'],
  pbs: ['backup'],
};
const REQUIRED: Record<string, string[]> = {
  dir: ['path'],
  zfspool: ['pool'],
  lvmthin: ['vgname', 'thinpool'],
  lvm: ['vgname'],
  nfs: ['server', 'export'],
  cifs: ['server', 'share'],
  pbs: ['server', 'datastore'],
};

const STORAGE_OPTS: Record<string, ValueType> = {
  path: STR,
  pool: STR,
  vgname: STR,
  thinpool: STR,
  server: STR,
  export: STR,
  share: STR,
  datastore: STR,
  content: STR,
  nodes: STR,
  shared: BOOL,
  disable: BOOL,
  sparse: BOOL,
  mountpoint: STR,
  blocksize: STR,
  mkdir: BOOL,
  'create-base-path': BOOL,
  'create-subdirs': BOOL,
  is_mountpoint: STR,
  'prune-backups': STR,
  'max-protected-backups': int(-1),
  options: STR,
  format: STR,
  preallocation: STR,
  'content-dirs': STR,
  username: STR,
  password: STR,
  fingerprint: STR,
  krbd: BOOL,
  monhost: STR,
  namespace: STR,
  bwlimit: STR,
  saferemove: BOOL,
};

const SPECS: Record<string, CommandSpec> = {
  status: {
    usage: 'pvesm status [OPTIONS]',
    args: [],
    options: { content: STR, enabled: BOOL, format: BOOL, storage: STR, target: STR },
  },
  list: {
    usage: 'pvesm list <storage> [OPTIONS]',
    args: ['storage'],
    options: { content: STR, vmid: int(100) },
  },
  add: {
    usage: 'pvesm add <type> <storage> [OPTIONS]',
    args: ['type', 'storage'],
    argTypes: { type: oneOf(...TYPES), storage: fmt('pve-storage-id') },
    options: STORAGE_OPTS,
  },
  set: {
    usage: 'pvesm set <storage> [OPTIONS]',
    args: ['storage'],
    options: { ...STORAGE_OPTS, delete: STR, digest: STR },
  },
  remove: { usage: 'pvesm remove <storage>', args: ['storage'], options: {} },
};

function checkContent(type: string, content: string): string[] {
  const list = splitList(content);
  for (const c of list) {
    if (!CONTENT.includes(c))
      throw new ParamError({ content: `invalid format - invalid content type '${c}'` });
    if (ALLOWED[type] && !ALLOWED[type]!.includes(c))
      throw new ParamError({ content: `storage does not support content type '${c}'` });
  }
  return list.sort();
}

function add(ctx: SimCtx, p: Record<string, string>): void {
  const id = p.storage!;
  const type = p.type!;
  if (ctx.s.storages[id]) throw new PveError(`create storage failed: storage ID '${id}' already defined`);
  for (const r of REQUIRED[type] ?? [])
    if (p[r] === undefined) throw new ParamError({ [r]: `property is missing and it is not optional` });
  if (p.nodes)
    for (const n of splitList(p.nodes))
      if (!ctx.s.nodes[n]) throw new PveError(`create storage failed: no such cluster node '${n}'`);
  if (type === 'zfspool') {
    const ds = ctx.node.datasets[p.pool!];
    if (!ds)
      throw new PveError(`create storage failed: zfs error: cannot open '${p.pool}': dataset does not exist`);
  }
  const options: Record<string, string> = {};
  for (const [k, v] of Object.entries(p))
    if (!['storage', 'type', 'content', 'nodes', 'shared', 'disable', 'password'].includes(k)) options[k] = v;
  const st: SimStorage = {
    id,
    type,
    content: checkContent(
      type,
      p.content ?? (type === 'dir' || type === 'nfs' ? 'images,rootdir' : 'images,rootdir'),
    ),
    shared: p.shared === '1' || ['nfs', 'cifs', 'cephfs', 'rbd', 'pbs'].includes(type),
    options,
    totalBytes: 500 * 1024 ** 3,
  };
  if (p.nodes) st.nodes = splitList(p.nodes);
  if (p.disable === '1') st.disabled = true;
  ctx.s.storages[id] = st;
}

function set(ctx: SimCtx, p: Record<string, string>): void {
  const st = ctx.s.storages[p.storage!];
  if (!st)
    throw new PveError(
      `update storage failed: error with cfs lock 'file-storage_cfg': storage '${p.storage}' does not exist`,
    );
  for (const k of splitList(p.delete ?? '')) {
    if (k === 'nodes') delete st.nodes;
    else if (k === 'disable') delete st.disabled;
    else delete st.options[k];
  }
  for (const [k, v] of Object.entries(p)) {
    if (k === 'storage' || k === 'delete' || k === 'digest') continue;
    if (k === 'content') st.content = checkContent(st.type, v);
    else if (k === 'nodes') st.nodes = splitList(v);
    else if (k === 'disable') st.disabled = v === '1' || undefined;
    else if (k === 'shared') st.shared = v === '1';
    else st.options[k] = v;
  }
}

function status(ctx: SimCtx, p: Record<string, string>): void {
  const list = Object.values(ctx.s.storages)
    .filter((s) => !p.storage || s.id === p.storage)
    .filter((s) => !p.content || splitList(p.content).some((c) => s.content.includes(c)))
    .filter((s) => !s.nodes || s.nodes.includes(ctx.nodeName))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const w = Math.max(4, ...list.map((s) => s.id.length));
  ctx.out(
    `${'Name'.padEnd(w)} ${'Type'.padStart(10)} ${'Status'.padStart(10)} ${'Total'.padStart(15)} ${'Used'.padStart(15)} ${'Available'.padStart(15)} ${'%'.padStart(8)}\n`,
  );
  for (const s of list) {
    const used = ctx.s.volumes.filter((v) => v.storage === s.id).reduce((a, v) => a + v.sizeBytes, 0);
    const kib = (b: number): string => String(Math.floor(b / 1024));
    const pct = s.totalBytes > 0 ? ((used / s.totalBytes) * 100).toFixed(2) : '0.00';
    ctx.out(
      `${s.id.padEnd(w)} ${s.type.padStart(10)} ${(s.disabled ? 'disabled' : 'active').padStart(10)} ${kib(s.totalBytes).padStart(15)} ${kib(used).padStart(15)} ${kib(s.totalBytes - used).padStart(15)} ${`${pct}%`.padStart(9)}\n`,
    );
  }
}

function list(ctx: SimCtx, p: Record<string, string>): void {
  const st = ctx.s.storages[p.storage!];
  if (!st) throw new PveError(`storage '${p.storage}' does not exist`);
  const node = st.shared ? '' : ctx.nodeName;
  const vols = ctx.s.volumes
    .filter((v) => v.storage === st.id && v.node === node)
    .filter((v) => !p.content || splitList(p.content).includes(v.content))
    .filter((v) => !p.vmid || v.vmid === Number(p.vmid));
  const ids = vols.map((v) => `${v.storage}:${v.volname}`);
  const w = Math.max(5, ...ids.map((i) => i.length));
  ctx.out(`${'Volid'.padEnd(w)} ${'Format'.padEnd(6)}  ${'Type'.padEnd(9)} ${'Size'.padStart(12)} VMID\n`);
  vols.forEach((v, i) =>
    ctx.out(
      `${ids[i]!.padEnd(w)} ${v.format.padEnd(6)}  ${v.content.padEnd(9)} ${String(v.sizeBytes).padStart(12)} ${v.vmid ?? ''}\n`,
    ),
  );
}

function runPvesm(ctx: SimCtx): void {
  const [sub, ...rest] = ctx.rt.args;
  const spec = sub === undefined ? undefined : SPECS[sub];
  if (!spec) throw unknownCommand('pvesm', sub ?? '');
  const p = parseArgs(spec, rest).params;
  if (sub === 'add') add(ctx, p);
  else if (sub === 'set') set(ctx, p);
  else if (sub === 'remove') {
    if (!ctx.s.storages[p.storage!])
      throw new PveError(`delete storage failed: storage '${p.storage}' does not exist`);
    delete ctx.s.storages[p.storage!];
  } else if (sub === 'status') status(ctx, p);
  else list(ctx, p);
}

export function registerPvesm(): void {
  registerSimProgram('pvesm', {
    op: (args) => `pvesm ${args[0] ?? ''}`.trim(),
    readOnly: (args) => args[0] === 'status' || args[0] === 'list',
    run: runPvesm,
  });
}
