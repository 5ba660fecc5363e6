/**
 * `zpool` (list, status, create, destroy) and `zfs` (list, create, get, set, destroy) on the node's
 * pools and datasets, with OpenZFS's messages and `-H` (tab-separated, no header) output. Disks that
 * hold data are refused without `-f`, as `zpool create` does.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ExitStatus } from '../errors.js';
import type { SimDataset, SimDisk } from '../model.js';
import { formatSize } from '../../dialect/pve-values.js';

const DEFAULTS: Record<string, string> = {
  compression: 'on',
  recordsize: '128K',
  sync: 'standard',
  quota: 'none',
  reservation: 'none',
  atime: 'on',
  xattr: 'on',
  acltype: 'off',
  dedup: 'off',
  copies: '1',
  canmount: 'on',
  readonly: 'off',
};

function fail(msg: string, code = 1): never {
  throw new ExitStatus(code, msg.endsWith('\n') ? msg : msg + '\n');
}

interface Flags {
  flags: Set<string>;
  values: Record<string, string[]>;
  rest: string[];
}

/** Short-option parsing: `-Hp`, `-o a,b`, `-o prop=val` (repeatable). */
function getopt(args: readonly string[], withValue: string): Flags {
  const res: Flags = { flags: new Set(), values: {}, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      res.rest.push(...args.slice(i + 1));
      break;
    }
    if (!/^-[A-Za-z]+$/.test(a)) {
      res.rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      if (withValue.includes(f)) {
        const v = j < a.length - 1 ? a.slice(j + 1) : args[++i];
        if (v === undefined) fail(`missing argument for '${f}' option`, 2);
        (res.values[f] ??= []).push(v);
        break;
      }
      res.flags.add(f);
    }
  }
  return res;
}

function props(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of list ?? []) {
    const m = /^([\w:.-]+)=(.*)$/.exec(kv);
    if (!m) fail(`missing '=' for property=value argument`, 2);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** Rows under upper-case column names, aligned; with `-H` (`scripted`) tab-separated, no header. */
function printTable(
  ctx: SimCtx,
  cols: readonly string[],
  rows: readonly string[][],
  scripted: boolean,
): void {
  if (scripted) {
    for (const r of rows) ctx.out(r.join('\t') + '\n');
    return;
  }
  const head = cols.map((c) => c.toUpperCase());
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows])
    ctx.out(
      r
        .map((c, i) => c.padEnd(w[i]!))
        .join('  ')
        .trimEnd() + '\n',
    );
}

function propValue(ctx: SimCtx, name: string, prop: string): { value: string; source: string } {
  const ds = ctx.node.datasets;
  const own = ds[name];
  if (own?.properties[prop] !== undefined) return { value: own.properties[prop]!, source: 'local' };
  if (prop === 'mountpoint') {
    for (let p = name; p.includes('/');) {
      p = p.slice(0, p.lastIndexOf('/'));
      const mp = ds[p]?.properties.mountpoint;
      if (mp) return { value: `${mp}${name.slice(p.length)}`, source: `inherited from ${p}` };
    }
    return { value: `/${name}`, source: 'default' };
  }
  for (let p = name; p.includes('/');) {
    p = p.slice(0, p.lastIndexOf('/'));
    const v = ds[p]?.properties[prop];
    if (v !== undefined) return { value: v, source: `inherited from ${p}` };
  }
  if (prop === 'type') return { value: own?.type ?? 'filesystem', source: '-' };
  if (prop === 'used') return { value: formatSize(own?.usedBytes ?? 98304), source: '-' };
  if (prop === 'available' || prop === 'avail') return { value: '1.75T', source: '-' };
  if (prop === 'name') return { value: name, source: '-' };
  return { value: DEFAULTS[prop] ?? '-', source: DEFAULTS[prop] ? 'default' : '-' };
}

function zfs(ctx: SimCtx, args: readonly string[]): void {
  const [sub, ...rest] = args;
  const ds = ctx.node.datasets;
  if (sub === 'list') {
    const o = getopt(rest, 'ost');
    const cols = (o.values.o?.join(',') ?? 'name,used,avail,refer,mountpoint').split(',');
    const names = o.rest.length > 0 ? o.rest : Object.keys(ds).sort();
    for (const n of o.rest) if (!ds[n]) fail(`cannot open '${n}': dataset does not exist`);
    const selected =
      o.flags.has('r') || o.rest.length === 0
        ? Object.keys(ds)
            .sort()
            .filter((k) => names.some((n) => k === n || k.startsWith(n + '/')))
        : names;
    const rows = selected
      .filter((n) => !o.values.t || o.values.t.join(',').split(',').includes(ds[n]!.type))
      .map((n) =>
        cols.map((c) => (c === 'refer' ? '96K' : propValue(ctx, n, c === 'avail' ? 'available' : c).value)),
      );
    if (rows.length === 0 && !o.flags.has('H')) ctx.out('no datasets available\n');
    else printTable(ctx, cols, rows, o.flags.has('H'));
    return;
  }
  if (sub === 'create') {
    const o = getopt(rest, 'oV');
    const name = o.rest[0];
    if (!name) fail('missing dataset argument', 2);
    if (ds[name]) fail(`cannot create '${name}': dataset already exists`);
    const parent = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined;
    if (!parent || !ds[parent]) {
      if (!parent || !o.flags.has('p') || !ds[name.split('/')[0]!])
        fail(`cannot create '${name}': parent does not exist`);
      const parts = name.split('/');
      for (let i = 2; i < parts.length; i++) {
        const p = parts.slice(0, i).join('/');
        ds[p] ??= { name: p, type: 'filesystem', properties: {}, usedBytes: 98304 };
      }
    }
    const d: SimDataset = {
      name,
      type: o.values.V ? 'volume' : 'filesystem',
      properties: props(o.values.o),
      usedBytes: 98304,
    };
    if (o.values.V) d.properties.volsize = o.values.V[0]!;
    ds[name] = d;
    return;
  }
  if (sub === 'get') {
    const o = getopt(rest, 'os');
    const [which, ...names] = o.rest;
    if (!which || names.length === 0)
      fail(
        'missing property argument\nusage:\n\tget [-rHp] [-d max] [-o "all" | field[,...]] [-t type[,...]] [-s source[,...]] <"all" | property[,...]> [filesystem|volume|snapshot|bookmark] ...',
        2,
      );
    const fields = (o.values.o?.join(',') ?? 'name,property,value,source').split(',');
    const rows: string[][] = [];
    for (const n of names) {
      if (!ds[n]) fail(`cannot open '${n}': dataset does not exist`);
      const list =
        which === 'all'
          ? [
              'type',
              'used',
              'available',
              'mountpoint',
              ...Object.keys(DEFAULTS),
              ...Object.keys(ds[n]!.properties),
            ]
          : which.split(',');
      for (const prop of [...new Set(list)]) {
        const v = propValue(ctx, n, prop);
        const rec: Record<string, string> = {
          name: n,
          property: prop,
          value: v.value,
          source: v.source,
          received: '-',
        };
        rows.push(fields.map((f) => rec[f] ?? '-'));
      }
    }
    printTable(ctx, fields, rows, o.flags.has('H'));
    return;
  }
  if (sub === 'set') {
    const kvs = rest.filter((a) => a.includes('='));
    const names = rest.filter((a) => !a.includes('='));
    if (kvs.length === 0 || names.length === 0) fail('missing arguments', 2);
    for (const n of names) if (!ds[n]) fail(`cannot open '${n}': dataset does not exist`);
    for (const n of names) Object.assign(ds[n]!.properties, props(kvs));
    return;
  }
  if (sub === 'destroy') {
    const o = getopt(rest, '');
    const n = o.rest[0];
    if (!n || !ds[n]) fail(`could not find any snapshots to destroy; check snapshot names.`);
    const children = Object.keys(ds).filter((k) => k.startsWith(n + '/'));
    if (children.length > 0 && !o.flags.has('r'))
      fail(
        `cannot destroy '${n}': filesystem has children\nuse '-r' to destroy the following datasets:\n${children.join('\n')}`,
      );
    for (const k of [n, ...children]) delete ds[k];
    return;
  }
  fail(`unrecognized command '${sub ?? ''}'\nusage: zfs command args ...`, 2);
}

function zpool(ctx: SimCtx, args: readonly string[]): void {
  const [sub, ...rest] = args;
  const node = ctx.node;
  const findDisk = (d: string): SimDisk | undefined =>
    node.disks.find((x) => x.path === d || x.path === `/dev/${d}`);
  if (sub === 'list') {
    const o = getopt(rest, 'o');
    const cols = (
      o.values.o?.join(',') ?? 'name,size,alloc,free,ckpoint,expandsz,frag,cap,dedup,health,altroot'
    ).split(',');
    for (const n of o.rest) if (!node.zpools[n]) fail(`cannot open '${n}': no such pool`);
    const pools = (o.rest.length > 0 ? o.rest : Object.keys(node.zpools).sort()).map((n) => node.zpools[n]!);
    if (pools.length === 0) {
      ctx.out('no pools available\n');
      return;
    }
    const rows = pools.map((p) =>
      cols.map((c) => {
        const rec: Record<string, string> = {
          name: p.name,
          size: formatSize(p.sizeBytes),
          alloc: '1.2M',
          free: formatSize(p.sizeBytes),
          ckpoint: '-',
          expandsz: '-',
          frag: '0%',
          cap: '0%',
          dedup: '1.00x',
          health: p.health,
          altroot: '-',
        };
        return rec[c] ?? p.properties[c] ?? '-';
      }),
    );
    printTable(ctx, cols, rows, o.flags.has('H'));
    return;
  }
  if (sub === 'status') {
    const names = rest.filter((a) => !a.startsWith('-'));
    for (const n of names) if (!node.zpools[n]) fail(`cannot open '${n}': no such pool`);
    const pools = names.length > 0 ? names : Object.keys(node.zpools).sort();
    if (pools.length === 0) ctx.out('no pools available\n');
    for (const n of pools) {
      const p = node.zpools[n]!;
      ctx.out(
        `  pool: ${n}\n state: ${p.health}\nconfig:\n\n\tNAME        STATE     READ WRITE CKSUM\n\t${n}  ${p.health}  0 0 0\n`,
      );
      for (const v of p.vdevs) ctx.out(`\t  ${v}  ONLINE  0 0 0\n`);
      ctx.out('\nerrors: No known data errors\n');
    }
    return;
  }
  if (sub === 'create') {
    const o = getopt(rest, 'oOmR');
    const [name, ...vdevs] = o.rest;
    if (!name || vdevs.length === 0)
      fail(
        'missing pool name argument\nusage:\n\tcreate [-fnd] [-o property=value] ... <pool> <vdev> ...',
        2,
      );
    if (node.zpools[name] || node.datasets[name]) fail(`cannot create '${name}': pool already exists`);
    const disks = vdevs.filter(
      (v) =>
        !['mirror', 'raidz', 'raidz1', 'raidz2', 'raidz3', 'stripe', 'log', 'cache', 'spare'].includes(v),
    );
    let size = 0;
    for (const d of disks) {
      const disk = findDisk(d);
      if (!disk)
        fail(`cannot open '${d}': no such device in /dev\nmust be a full path or shorthand device name`);
      const inPool = Object.values(node.zpools).find((p) => p.vdevs.includes(disk.path));
      if (inPool)
        fail(
          `invalid vdev specification\nuse '-f' to override the following errors:\n${disk.path} is part of active pool '${inPool.name}'`,
        );
      if (disk.hasData && !o.flags.has('f'))
        fail(
          `invalid vdev specification\nuse '-f' to override the following errors:\n${disk.path} contains a filesystem of type 'ext4'`,
        );
      size =
        vdevs[0] === 'mirror'
          ? size === 0
            ? disk.sizeBytes
            : Math.min(size, disk.sizeBytes)
          : size + disk.sizeBytes;
    }
    for (const d of disks) findDisk(d)!.hasData = true;
    node.zpools[name] = {
      name,
      vdevs: vdevs.map((v) => node.disks.find((x) => x.path === `/dev/${v}`)?.path ?? v),
      sizeBytes: size,
      properties: props(o.values.o),
      health: 'ONLINE',
    };
    node.datasets[name] = {
      name,
      type: 'filesystem',
      properties: { ...props(o.values.O), ...(o.values.m ? { mountpoint: o.values.m[0]! } : {}) },
      usedBytes: 98304,
    };
    return;
  }
  if (sub === 'destroy') {
    const o = getopt(rest, '');
    const n = o.rest[0]!;
    if (!node.zpools[n]) fail(`cannot open '${n}': no such pool`);
    for (const k of Object.keys(node.datasets)) if (k === n || k.startsWith(n + '/')) delete node.datasets[k];
    delete node.zpools[n];
    return;
  }
  fail(`unrecognized command '${sub ?? ''}'\nusage: zpool command args ...`, 2);
}

export function registerZfs(): void {
  const readOnly = (args: readonly string[]): boolean => ['list', 'get', 'status'].includes(args[0] ?? '');
  registerSimProgram('zfs', {
    op: (a) => `zfs ${a[0] ?? ''}`.trim(),
    readOnly,
    run: (ctx) => zfs(ctx, ctx.rt.args),
  });
  registerSimProgram('zpool', {
    op: (a) => `zpool ${a[0] ?? ''}`.trim(),
    readOnly,
    run: (ctx) => zpool(ctx, ctx.rt.args),
  });
}
