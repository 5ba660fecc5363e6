/**
 * ZFS pools and datasets of the hypervisor file, and the Proxmox storages they become
 * (`<pool>-<dataset>`, zfspool or dir), plus extra `storages[]` (nfs or dir) and the storage ids
 * `proxmox_storage_ids` names. How many disks a layout needs and what must be unique are rules
 * over the result (config/rules/host-config.ts).
 */
import type { JsonPath } from '../../config/json-source.js';
import { ConfigReader, isObj, STORAGE_ID, ZFS_NAME, type Obj } from './reader.js';
import { parseZfsSize } from './sizes.js';
import type { DatasetDef, HostConfig, PoolDef, PoolLayout, StorageContent, StorageDef } from './types.js';

/** Disks each layout needs at least. */
export const MIN_DISKS: Record<PoolLayout, number> = {
  single: 1,
  mirror: 2,
  raidz: 2,
  raidz1: 2,
  raidz2: 3,
  raidz3: 4,
};
const SIZE_PROPS = new Set([
  'quota',
  'refquota',
  'reservation',
  'refreservation',
  'recordsize',
  'volsize',
  'volblocksize',
  'special_small_blocks',
]);

function contentOf(
  r: ConfigReader,
  v: unknown,
  path: JsonPath,
  type: 'zfspool' | 'dir' | 'nfs',
): StorageContent[] {
  const all: StorageContent[] = ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import'];
  const given = r.list(v, path).filter((c) => c !== 'none');
  const content = given.filter((c): c is StorageContent => {
    if (all.includes(c as StorageContent)) return true;
    r.error(path, `unknown content type ${JSON.stringify(c)}`, 'PHX-HV-STORAGE');
    return false;
  });
  if (v === undefined)
    return type === 'zfspool'
      ? ['images', 'rootdir']
      : type === 'dir'
        ? ['iso', 'vztmpl', 'backup']
        : ['images', 'rootdir'];
  if (type === 'zfspool') {
    const wrong = content.filter((c) => c !== 'images' && c !== 'rootdir');
    if (wrong.length > 0)
      r.error(
        path,
        `a zfspool storage holds only images and rootdir, not ${wrong.join(', ')}: use "proxmox_storage_type": "dir" for files`,
        'PHX-HV-STORAGE',
      );
  }
  return content;
}

export function readZfs(r: ConfigReader, raw: Obj): { zfs: HostConfig['zfs']; storages: StorageDef[] } {
  const z = r.obj(raw.zfs, ['zfs']) ?? {};
  const arcGb = r.num(z.arc_max_gb, ['zfs', 'arc_max_gb']);
  if (arcGb !== undefined && arcGb <= 0) r.error(['zfs', 'arc_max_gb'], 'arc_max_gb must be greater than 0');
  const pools: PoolDef[] = [];
  r.arr(z.pools, ['zfs', 'pools']).forEach((v, i) => {
    const path: JsonPath = ['zfs', 'pools', i];
    const o = r.obj(v, path);
    const name = o && r.match(o.name, [...path, 'name'], ZFS_NAME, 'a ZFS pool name');
    if (!o || !name) return;
    if (/^(mirror|raidz|draid|spare|log|cache|dedup|special)/.test(name))
      r.error([...path, 'name'], `pool name ${name} starts with a reserved word`, 'PHX-HV-ZFS');
    const layout = (r.str(o.raid_level, [...path, 'raid_level']) ?? 'single') as PoolLayout;
    if (!(layout in MIN_DISKS))
      return r.error([...path, 'raid_level'], `unknown raid_level ${JSON.stringify(layout)}`, 'PHX-HV-ZFS');
    const disks = r.list(o.disks, [...path, 'disks']);
    disks.forEach((d, j) => {
      if (!/^\/dev\/[A-Za-z0-9._:/+-]+$/.test(d) || d.includes('/../'))
        r.error(
          [...path, 'disks', j],
          `disk ${JSON.stringify(d)} must be a /dev/ path (prefer /dev/disk/by-id/...)`,
          'PHX-HV-ZFS',
        );
    });
    pools.push({ name, layout, disks, path });
  });
  const datasets: DatasetDef[] = [];
  const storages: StorageDef[] = [];
  r.arr(z.datasets, ['zfs', 'datasets']).forEach((v, i) => {
    const path: JsonPath = ['zfs', 'datasets', i];
    const o = r.obj(v, path);
    if (!o) return;
    const name = r.match(o.name, [...path, 'name'], ZFS_NAME, 'a dataset name without "/"');
    const pool = r.match(o.pool, [...path, 'pool'], ZFS_NAME, 'a pool name');
    if (!name || !pool) {
      if (o.name === undefined || o.pool === undefined)
        r.error(path, 'a dataset needs "name" and "pool"', 'PHX-HV-ZFS');
      return;
    }
    if (!pools.some((p) => p.name === pool))
      return r.error(
        [...path, 'pool'],
        `dataset ${name} is on pool ${pool}, which zfs.pools does not define (defined: ${pools.map((p) => p.name).join(', ') || 'none'})`,
        'PHX-HV-ZFS',
      );
    const properties: Record<string, string> = {};
    const propText = r.str(o.properties, [...path, 'properties']) ?? '';
    for (const part of propText.split(',').filter(Boolean)) {
      const m = /^([a-z0-9_:.]+)=([^,=\s]+)$/.exec(part);
      if (!m)
        r.error([...path, 'properties'], `property ${JSON.stringify(part)} must be key=value`, 'PHX-HV-ZFS');
      else if (SIZE_PROPS.has(m[1]!) && m[2] !== 'none' && parseZfsSize(m[2]!) === undefined)
        r.error([...path, 'properties'], `${m[1]}=${m[2]} is not a size like 128K or 1.5T`, 'PHX-HV-ZFS');
      else properties[m[1]!] = m[2]!;
    }
    const full = `${pool}/${name}`;
    datasets.push({ full, pool, properties, path });
    const type = r.str(o.proxmox_storage_type, [...path, 'proxmox_storage_type']);
    if (type === undefined) return;
    const id = `${pool}-${name}`;
    if (!STORAGE_ID.test(id))
      return r.error(
        [...path, 'name'],
        `storage id ${id} (pool-dataset) is not a valid Proxmox storage id`,
        'PHX-HV-STORAGE',
      );
    if (type === 'zfspool')
      storages.push({
        id,
        type,
        pool: full,
        content: contentOf(r, o.proxmox_content_type, [...path, 'proxmox_content_type'], type),
        path,
      });
    else if (type === 'dir') {
      const mp = properties.mountpoint;
      const dir = mp && mp.startsWith('/') ? mp : `/${full}`;
      storages.push({
        id,
        type,
        dir,
        content: contentOf(r, o.proxmox_content_type, [...path, 'proxmox_content_type'], type),
        path,
      });
    } else
      r.error(
        [...path, 'proxmox_storage_type'],
        `proxmox_storage_type must be zfspool or dir, got ${JSON.stringify(type)}`,
        'PHX-HV-STORAGE',
      );
  });
  return {
    zfs: { arcMaxBytes: arcGb && arcGb > 0 ? Math.round(arcGb * 1024 ** 3) : undefined, pools, datasets },
    storages,
  };
}

const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

export function readExtraStorages(r: ConfigReader, raw: Obj): StorageDef[] {
  const out: StorageDef[] = [];
  r.arr(raw.storages, ['storages']).forEach((v, i) => {
    const path: JsonPath = ['storages', i];
    const o = r.obj(v, path);
    if (!o) return;
    const id = r.match(o.id, [...path, 'id'], STORAGE_ID, 'a Proxmox storage id');
    const type = r.str(o.type, [...path, 'type']);
    if (!id || !type)
      return void (o.id === undefined || o.type === undefined
        ? r.error(path, 'a storage needs "id" and "type"', 'PHX-HV-STORAGE')
        : undefined);
    const nodeList = r.listOf(o.nodes, [...path, 'nodes'], NODE_NAME, 'a node name', { atItem: true });
    const nodes = nodeList.length > 0 ? { nodes: nodeList } : {};
    if (type === 'nfs') {
      const server = r.match(
        o.server,
        [...path, 'server'],
        /^[A-Za-z0-9.:[\]-]+$/,
        'an NFS server name or address',
      );
      const exp = r.match(o.export, [...path, 'export'], /^\/\S*$/, 'an absolute export path');
      if (!server || !exp)
        return void r.error(path, `NFS storage ${id} needs "server" and "export"`, 'PHX-HV-STORAGE');
      out.push({
        id,
        type,
        server,
        export: exp,
        options: r.str(o.options, [...path, 'options']),
        content: contentOf(r, o.content, [...path, 'content'], 'nfs'),
        ...nodes,
        path,
      });
    } else if (type === 'dir') {
      const dir = r.match(o.path, [...path, 'path'], /^\/\S*$/, 'an absolute path');
      if (!dir) return void r.error(path, `dir storage ${id} needs "path"`, 'PHX-HV-STORAGE');
      out.push({
        id,
        type,
        dir,
        content: contentOf(r, o.content, [...path, 'content'], 'dir'),
        ...nodes,
        path,
      });
    } else
      r.error(
        [...path, 'type'],
        `storages[].type must be nfs or dir (ZFS storages come from zfs.datasets), got ${JSON.stringify(type)}`,
        'PHX-HV-STORAGE',
      );
  });
  return out;
}

/** `proxmox_storage_ids` values (by role, or a plain list): storages that exist on the host. */
export function readStorageIds(raw: Obj): HostConfig['storageIds'] {
  const ids = raw.proxmox_storage_ids;
  const entries: Array<[string | number, unknown]> = isObj(ids)
    ? Object.entries(ids)
    : Array.isArray(ids)
      ? ids.map((v, i) => [i, v])
      : [];
  return entries.flatMap(([k, v]) =>
    typeof v === 'string' && v.trim() !== '' ? [{ id: v.trim(), path: ['proxmox_storage_ids', k] }] : [],
  );
}
