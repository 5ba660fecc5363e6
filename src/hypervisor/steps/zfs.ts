/**
 * ZFS: pools (created only when absent, only on disks that hold no data unless the operator named
 * the disk in `--confirm-destructive`), datasets with their properties, and the ARC maximum
 * (modprobe option for boot, sysfs for now).
 */
import {
  lsblkDisk,
  wipefsAll,
  zfsCreate,
  zfsGet,
  zfsList,
  zfsSet,
  zpoolCreate,
  zpoolList,
  type Vdev,
} from '../../proxmox/commands.js';
import type { SetupHost } from '../host.js';
import { parseZfsSize } from '../../model/host-config/sizes.js';
import { formatBytes } from '../text.js';
import type { PoolDef } from '../../model/host-config/types.js';
import type { Change, Finding, SetupStep } from '../types.js';
import { fileChange, writeBootFiles, type FileWrite } from './common.js';

interface BlockDev {
  path?: string;
  size?: number | string;
  type?: string;
  fstype?: string | null;
  pttype?: string | null;
  mountpoint?: string | null;
  children?: BlockDev[];
}

export interface DiskState {
  readonly disk: string;
  readonly found: boolean;
  /** Why the disk counts as holding data (empty when blank). */
  readonly data: string[];
  /** Partitions, then the disk: what a wipe erases. */
  readonly wipe: string[];
  readonly mounted: string[];
  readonly error?: string;
}

/** What lsblk says about one disk. */
export async function inspectDisk(host: SetupHost, disk: string): Promise<DiskState> {
  const r = await host.run(lsblkDisk(disk));
  if (r.exitCode !== 0) {
    const why = r.stderr.trim().split('\n')[0] || `lsblk exit ${r.exitCode}`;
    return { disk, found: false, data: [], wipe: [], mounted: [], error: why };
  }
  const dev = (JSON.parse(r.stdout) as { blockdevices?: BlockDev[] }).blockdevices?.[0];
  if (!dev) return { disk, found: false, data: [], wipe: [], mounted: [], error: 'not listed by lsblk' };
  const data: string[] = [];
  const mounted: string[] = [];
  if (dev.pttype) data.push(`${dev.pttype} partition table`);
  if (dev.fstype) data.push(`${dev.fstype} signature`);
  if (dev.mountpoint) mounted.push(dev.mountpoint);
  const parts = dev.children ?? [];
  if (parts.length > 0)
    data.push(
      `${parts.length} partition(s)${
        parts.some((p) => p.fstype)
          ? ` (${parts
              .map((p) => p.fstype)
              .filter(Boolean)
              .join(', ')})`
          : ''
      }`,
    );
  for (const p of parts) if (p.mountpoint) mounted.push(p.mountpoint);
  return {
    disk,
    found: true,
    data,
    wipe: [...parts.map((p) => p.path ?? '').filter(Boolean), dev.path ?? disk],
    mounted,
  };
}

/** A pool to create, after wiping `wipe` (partitions, then disks: confirmed ones only). */
export interface PoolCreate {
  readonly op: 'create-pool';
  readonly pool: PoolDef;
  readonly wipe: readonly string[];
}

async function existingPools(host: SetupHost): Promise<Set<string>> {
  const out = await host.ok(zpoolList(), 'zpool list');
  return new Set(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]!),
  );
}

export const zfsPoolsStep: SetupStep<PoolCreate> = {
  id: 'zfs-pools',
  title: 'ZFS pools',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    if (cfg.zfs.pools.length === 0) return [];
    const have = await existingPools(host);
    const changes: Change<PoolCreate>[] = [];
    for (const pool of cfg.zfs.pools) {
      if (have.has(pool.name)) continue;
      const disks = await Promise.all(pool.disks.map((d) => inspectDisk(host, d)));
      const wipe: string[] = [];
      const blocked: string[] = [];
      const diff: string[] = [];
      for (const d of disks) {
        if (!d.found) {
          blocked.push(`disk ${d.disk} was not found (${d.error})`);
          diff.push(`! ${d.disk}: not found`);
        } else if (d.data.length === 0) diff.push(`+ ${d.disk} (blank)`);
        else if (d.mounted.length > 0) {
          blocked.push(
            `disk ${d.disk} is mounted at ${d.mounted.join(', ')}; Phoenix never wipes a mounted disk`,
          );
          diff.push(`! ${d.disk}: mounted at ${d.mounted.join(', ')}`);
        } else if (cfg.confirmDestructive.has(d.disk)) {
          wipe.push(...d.wipe);
          diff.push(`- ${d.disk}: WIPE ${d.data.join(', ')} (confirmed)`);
        } else {
          blocked.push(
            `disk ${d.disk} holds data (${d.data.join(', ')}); it is wiped only when --confirm-destructive (workflow input confirm-destructive) names it`,
          );
          diff.push(`! ${d.disk}: holds data (${d.data.join(', ')})`);
        }
      }
      changes.push({
        kind: 'create',
        target: `pool ${pool.name}`,
        summary: `create ${pool.layout} pool ${pool.name} on ${pool.disks.length} disk(s)${wipe.length > 0 ? ', wiping confirmed disks first' : ''}`,
        diff,
        blocked: blocked.length > 0 ? blocked.join('; ') : undefined,
        destructive: wipe.length > 0,
        data: { op: 'create-pool', pool, wipe },
      });
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    for (const { data } of changes) {
      const { pool, wipe } = data;
      for (const dev of wipe) await host.ok(wipefsAll(dev), `wiping ${dev}`);
      const vdevs: Vdev[] = [{ type: pool.layout === 'single' ? undefined : pool.layout, disks: pool.disks }];
      await host.ok(zpoolCreate(pool.name, vdevs, { ashift: 12 }), `creating pool ${pool.name}`);
    }
  },
};

/** Compares a configured property with what `zfs get -p` printed (exact bytes, or a size with a unit). */
function sameProp(name: string, want: string, have: string | undefined): boolean {
  if (have === undefined) return false;
  if (want === 'none' && /^(0|none|-)$/.test(have)) return true;
  const w = want === 'none' ? undefined : parseZfsSize(want);
  const h = parseZfsSize(have);
  if (w !== undefined && h !== undefined) return w === h;
  return (
    want.toLowerCase() === have.toLowerCase() || (name === 'compression' && want === 'on' && have === 'lz4')
  );
}

/** A dataset to create with properties, or the properties to set on an existing one. */
export interface DatasetPayload {
  readonly op: 'create-dataset' | 'set-properties';
  readonly full: string;
  readonly props: Readonly<Record<string, string>>;
}

export const zfsDatasetsStep: SetupStep<DatasetPayload> = {
  id: 'zfs-datasets',
  title: 'ZFS datasets',
  dependsOn: ['zfs-pools'],
  scope: 'node',
  async check(host, cfg) {
    if (cfg.zfs.datasets.length === 0) return [];
    const listed = await host.ok(zfsList(), 'zfs list');
    const existing = new Set(
      listed
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]!),
    );
    const present = cfg.zfs.datasets.filter((d) => existing.has(d.full));
    const names = [...new Set(present.flatMap((d) => Object.keys(d.properties)))];
    const current = new Map<string, string>();
    if (present.length > 0 && names.length > 0) {
      const got = await host.ok(
        zfsGet(
          present.map((d) => d.full),
          names,
        ),
        'zfs get',
      );
      for (const line of got.split('\n')) {
        const [ds, prop, value] = line.split('\t');
        if (ds && prop && value !== undefined) current.set(`${ds}\t${prop}`, value);
      }
    }
    const changes: Change<DatasetPayload>[] = [];
    for (const d of cfg.zfs.datasets) {
      if (!existing.has(d.full)) {
        changes.push({
          kind: 'create',
          target: `dataset ${d.full}`,
          summary: `create ${d.full}${
            Object.keys(d.properties).length
              ? ` with ${Object.entries(d.properties)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ')}`
              : ''
          }`,
          diff: Object.entries(d.properties).map(([k, v]) => `+ ${k}=${v}`),
          data: { op: 'create-dataset', full: d.full, props: { ...d.properties } },
        });
        continue;
      }
      const differ = Object.entries(d.properties).filter(
        ([k, v]) => !sameProp(k, v, current.get(`${d.full}\t${k}`)),
      );
      if (differ.length === 0) continue;
      const show = (k: string, v: string | undefined): string => {
        if (v !== undefined && /^\d+$/.test(v) && parseZfsSize(d.properties[k] ?? '') !== undefined)
          return formatBytes(Number(v));
        return v ?? '(unset)';
      };
      changes.push({
        kind: 'update',
        target: `dataset ${d.full}`,
        summary: `set ${differ.map(([k, v]) => `${k}=${v}`).join(', ')} on ${d.full}`,
        diff: differ.flatMap(([k, v]) => [
          `- ${k}=${show(k, current.get(`${d.full}\t${k}`))}`,
          `+ ${k}=${v}`,
        ]),
        data: { op: 'set-properties', full: d.full, props: Object.fromEntries(differ) },
      });
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    for (const { data: p } of changes) {
      if (p.op === 'create-dataset') await host.ok(zfsCreate(p.full, p.props), `creating ${p.full}`);
      else await host.ok(zfsSet(p.full, p.props), `setting properties of ${p.full}`);
    }
  },
};

export const ZFS_MODPROBE = '/etc/modprobe.d/zfs.conf';
export const ARC_SYSFS = '/sys/module/zfs/parameters/zfs_arc_max';

/** zfs.conf with `options zfs zfs_arc_max=N` (other lines and options kept). */
export function withArcMax(text: string | undefined, bytes: number): string {
  const lines = (text ?? '').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
  let done = false;
  const out = lines.map((l) => {
    if (!/^\s*options\s+zfs\s/.test(l) || !/zfs_arc_max=/.test(l)) return l;
    done = true;
    return l.replace(/zfs_arc_max=\S*/, `zfs_arc_max=${bytes}`);
  });
  if (!done) out.push(`options zfs zfs_arc_max=${bytes}`);
  return out.join('\n') + '\n';
}

/** The modprobe file for boot, and the ARC maximum to set now (bytes). */
export type ArcPayload = FileWrite | { readonly op: 'set-arc-max'; readonly bytes: number };

export const zfsArcStep: SetupStep<ArcPayload> = {
  id: 'zfs-arc',
  title: 'ZFS ARC maximum',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    const bytes = cfg.zfs.arcMaxBytes;
    if (bytes === undefined) return [];
    const files = await host.readFiles([ZFS_MODPROBE, ARC_SYSFS]);
    const changes: Finding<ArcPayload>[] = fileChange(
      ZFS_MODPROBE,
      files.get(ZFS_MODPROBE),
      withArcMax(files.get(ZFS_MODPROBE), bytes),
      `limit the ARC to ${formatBytes(bytes)} at boot (and rebuild the initramfs)`,
    );
    const now = files.get(ARC_SYSFS)?.trim();
    if (now !== String(bytes))
      changes.push({
        kind: 'update',
        target: ARC_SYSFS,
        summary: `limit the ARC to ${formatBytes(bytes)} now`,
        diff: [
          `- ${now === undefined ? '(ZFS module not loaded)' : now === '0' ? '0 (default: half of RAM)' : now}`,
          `+ ${bytes}`,
        ],
        data: { op: 'set-arc-max', bytes },
      });
    return changes;
  },
  async apply(host, _cfg, changes) {
    await writeBootFiles(
      host,
      changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : [])),
    );
    const runtime = changes.flatMap(({ data }) => (data.op === 'set-arc-max' ? [data] : []))[0];
    if (runtime) await host.writeFile(ARC_SYSFS, `${runtime.bytes}\n`);
  },
};
