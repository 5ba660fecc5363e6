/**
 * Storage volumes as the pve-storage plugins name and treat them: allocation (`vm-100-disk-0`,
 * `subvol-100-disk-0`, `100/vm-100-disk-0.qcow2`), template conversion to base volumes, linked
 * clones of base volumes, the snapshot/clone/copy feature matrix per storage type, and freeing
 * (which refuses base volumes that linked clones still use).
 */
import type { SimCtx } from './context.js';
import { PveError } from './errors.js';
import type { SimStorage, SimVolume } from './model.js';

export function parseVolid(volid: string): { storage: string; volname: string } | undefined {
  const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(.+)$/i.exec(volid);
  return m ? { storage: m[1]!, volname: m[2]! } : undefined;
}

/** `storage_config` + enabled/node checks, with Proxmox's messages. */
export function storageOn(ctx: SimCtx, id: string, node = ctx.nodeName): SimStorage {
  const st = ctx.s.storages[id];
  if (!st) throw new PveError(`storage '${id}' does not exist`);
  if (st.disabled) throw new PveError(`storage '${id}' is disabled`);
  if (st.nodes && !st.nodes.includes(node))
    throw new PveError(`storage '${id}' is not available on node '${node}'`);
  return st;
}

function volNode(st: SimStorage, node: string): string {
  return st.shared ? '' : node;
}

export function findVolume(ctx: SimCtx, volid: string, node = ctx.nodeName): SimVolume | undefined {
  const p = parseVolid(volid);
  if (!p) return undefined;
  const st = ctx.s.storages[p.storage];
  if (!st) return undefined;
  const n = volNode(st, node);
  return ctx.s.volumes.find((v) => v.storage === p.storage && v.volname === p.volname && v.node === n);
}

/** Owner vmid and base information encoded in a guest volume name. */
export function parseGuestVolname(
  volname: string,
): { vmid: number; isBase: boolean; baseOf?: string } | undefined {
  const last = volname.split('/').pop()!;
  const linked = /^(?:\d+\/)?((?:base|basevol)-\d+-disk-\d+(?:\.\w+)?)\/(?:\d+\/)?/.exec(volname);
  const m = /^(vm|base|subvol|basevol)-(\d+)-(?:disk-\d+|cloudinit|state-[\w-]+)(?:\.\w+)?$/.exec(last);
  if (!m) return undefined;
  return { vmid: Number(m[2]), isBase: m[1] === 'base' || m[1] === 'basevol', baseOf: linked?.[1] };
}

function nextDiskIndex(ctx: SimCtx, storage: string, node: string, vmid: number): number {
  const used = new Set<number>();
  for (const v of ctx.s.volumes) {
    if (v.storage !== storage || v.node !== node) continue;
    const m = new RegExp(`(?:vm|base|subvol|basevol)-${vmid}-disk-(\\d+)`).exec(v.volname.split('/').pop()!);
    if (m) used.add(Number(m[1]));
  }
  let i = 0;
  while (used.has(i)) i++;
  return i;
}

/** Allocates a new guest volume (`vdisk_alloc`). `content` is `rootdir` (CT) or `images` (VM). */
export function allocVolume(
  ctx: SimCtx,
  storageId: string,
  vmid: number,
  sizeBytes: number,
  content: 'rootdir' | 'images',
  opts: { format?: string; name?: string } = {},
): SimVolume {
  const st = storageOn(ctx, storageId);
  if (!st.content.includes(content)) {
    const what = content === 'rootdir' ? 'container directories' : 'VM images';
    throw new PveError(`storage '${storageId}' does not support ${what}`);
  }
  const node = volNode(st, ctx.nodeName);
  const idx = nextDiskIndex(ctx, storageId, node, vmid);
  let volname: string;
  let format = 'raw';
  const base = opts.name ?? `disk-${idx}`;
  if (st.type === 'dir' || st.type === 'nfs' || st.type === 'cifs' || st.type === 'btrfs') {
    // Without a format, a volume gets the storage's default: raw for dir, NFS and CIFS alike
    // (pve-storage `storage_default_format`, DirPlugin/NFSPlugin `plugindata` format default).
    format = opts.format ?? 'raw';
    volname = `${vmid}/vm-${vmid}-${base}.${format}`;
  } else if (st.type === 'zfspool' && content === 'rootdir') {
    format = 'subvol';
    volname = `subvol-${vmid}-${base}`;
  } else {
    volname = `vm-${vmid}-${base}`;
  }
  const vol: SimVolume = {
    storage: storageId,
    node,
    volname,
    content,
    format,
    sizeBytes,
    vmid,
    ctime: Math.floor(ctx.now() / 1000),
  };
  ctx.s.volumes.push(vol);
  return vol;
}

export function volid(v: SimVolume): string {
  return `${v.storage}:${v.volname}`;
}

/** `volume_has_feature` for the storage types the simulator knows. */
export function volumeHasFeature(
  ctx: SimCtx,
  id: string,
  feature: 'snapshot' | 'clone' | 'copy' | 'template' | 'rename',
  snapname?: string,
): boolean {
  const p = parseVolid(id);
  if (!p) return false;
  const st = ctx.s.storages[p.storage];
  if (!st) return false;
  const info = parseGuestVolname(p.volname);
  const state: 'snap' | 'base' | 'current' = snapname ? 'snap' : info?.isBase ? 'base' : 'current';
  const qcow2 = p.volname.endsWith('.qcow2');
  // Directory storages rename only raw/qcow2/vmdk files, never a `subvol` directory
  // (pve-storage `PVE::Storage::Plugin::volume_has_feature`, `rename => { current => ... }`).
  // NFS, CIFS and CephFS storages are directory storages on a mount (their plugins inherit
  // `PVE::Storage::Plugin::volume_has_feature` unchanged), so they answer as `dir` does.
  const fileBased = ['dir', 'nfs', 'cifs', 'cephfs', 'glusterfs'].includes(st.type);
  const subvol = fileBased && !/\.(raw|qcow2|vmdk)$/.test(p.volname);
  const matrix: Record<string, Partial<Record<string, Array<'snap' | 'base' | 'current'>>>> = {
    lvmthin: {
      snapshot: ['current'],
      clone: ['base', 'snap'],
      template: ['current'],
      copy: ['base', 'current', 'snap'],
      rename: ['current'],
    },
    zfspool: {
      snapshot: ['current'],
      clone: ['base'],
      template: ['current'],
      copy: ['base', 'current'],
      rename: ['current'],
    },
    rbd: {
      snapshot: ['current', 'snap'],
      clone: ['base', 'snap'],
      template: ['current'],
      copy: ['base', 'current', 'snap'],
      rename: ['current'],
    },
    dir: qcow2
      ? {
          snapshot: ['current', 'snap'],
          clone: ['base'],
          template: ['current'],
          copy: ['base', 'current', 'snap'],
          rename: ['current'],
        }
      : subvol
        ? { template: ['current'] }
        : { template: ['current'], copy: ['base', 'current'], rename: ['current'] },
    lvm: { copy: ['base', 'current'], rename: ['current'] },
  };
  const row = matrix[fileBased ? 'dir' : st.type] ?? matrix[qcow2 ? 'dir' : 'lvm']!;
  return (row[feature] ?? []).includes(state);
}

/** Renames a volume to its base form (`vm-` -> `base-`, `subvol-` -> `basevol-`). */
export function makeBaseVolume(ctx: SimCtx, id: string): string {
  const v = findVolume(ctx, id);
  if (!v) return id;
  v.volname = v.volname
    .replace(/(^|\/)vm-(\d+)-/, '$1base-$2-')
    .replace(/(^|\/)subvol-(\d+)-/, '$1basevol-$2-');
  v.base = true;
  return volid(v);
}

/**
 * `PVE::Storage::rename_volume` with no target name: the volume gets the next free disk name of
 * `targetVmid` on the same storage (`find_free_diskname`), keeping its format and any base
 * prefix of a linked clone; the data stays. Returns the new volume id.
 */
export function renameVolume(ctx: SimCtx, id: string, targetVmid: number): string {
  const v = findVolume(ctx, id);
  if (!v) throw new PveError(`volume '${id}' does not exist`);
  const idx = nextDiskIndex(ctx, v.storage, v.node, targetVmid);
  const slash = v.volname.lastIndexOf('/');
  const last = v.volname.slice(slash + 1);
  const head = slash >= 0 ? v.volname.slice(0, slash + 1) : '';
  const ext = /\.\w+$/.exec(last)?.[0] ?? '';
  const prefix = /^subvol-/.test(last) ? 'subvol' : 'vm';
  const name = `${prefix}-${targetVmid}-disk-${idx}${ext}`;
  // Directory storages keep images in a folder per owner: `<vmid>/vm-<vmid>-disk-N.raw`.
  const type = ctx.s.storages[v.storage]?.type ?? '';
  const dirStyle = ['dir', 'nfs', 'cifs', 'btrfs'].includes(type);
  v.volname = dirStyle ? `${head.replace(/\d+\/$/, '')}${targetVmid}/${name}` : `${head}${name}`;
  v.vmid = targetVmid;
  return volid(v);
}

/** A linked clone of a base volume for `newid`. */
export function linkedCloneVolume(ctx: SimCtx, baseId: string, newid: number): SimVolume {
  const base = findVolume(ctx, baseId);
  if (!base) throw new PveError(`volume '${baseId}' does not exist`);
  const st = ctx.s.storages[base.storage]!;
  const idx = nextDiskIndex(ctx, base.storage, base.node, newid);
  const baseName = base.volname;
  let volname: string;
  if (st.type === 'dir') volname = `${baseName}/${newid}/vm-${newid}-disk-${idx}.${base.format}`;
  else if (base.format === 'subvol') volname = `${baseName}/subvol-${newid}-disk-${idx}`;
  else volname = `${baseName}/vm-${newid}-disk-${idx}`;
  const vol: SimVolume = {
    ...base,
    volname,
    vmid: newid,
    base: undefined,
    snapshots: [],
    ctime: Math.floor(ctx.now() / 1000),
  };
  ctx.s.volumes.push(vol);
  return vol;
}

/** A full copy of a volume onto `storageId` (or the same storage). */
export function copyVolume(
  ctx: SimCtx,
  srcId: string,
  newid: number,
  storageId: string | undefined,
  content: 'rootdir' | 'images',
): SimVolume {
  const src = findVolume(ctx, srcId);
  const size = src?.sizeBytes ?? 0;
  const target = storageId ?? parseVolid(srcId)!.storage;
  const fmt =
    src && src.format !== 'subvol' && ctx.s.storages[target]?.type === 'dir' ? src.format : undefined;
  const name = /-cloudinit$/.test(src?.volname ?? '') ? 'cloudinit' : undefined;
  return allocVolume(ctx, target, newid, size, content, { format: fmt, name });
}

/** `vdisk_free`: refuses base volumes that linked clones still use. */
export function freeVolume(ctx: SimCtx, id: string): void {
  const v = findVolume(ctx, id);
  if (!v) return;
  if (v.base) {
    const inUse = ctx.s.volumes.some(
      (o) => o !== v && o.storage === v.storage && o.node === v.node && o.volname.startsWith(v.volname + '/'),
    );
    if (inUse) throw new PveError(`base volume '${v.volname}' is still in use by linked cloned`);
  }
  ctx.s.volumes.splice(ctx.s.volumes.indexOf(v), 1);
}

export function volumeSize(ctx: SimCtx, id: string): number | undefined {
  return findVolume(ctx, id)?.sizeBytes;
}
