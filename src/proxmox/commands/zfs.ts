/**
 * Builders of ZFS commands (`zfs`, `zpool`): create and change datasets, read their properties,
 * create and inspect pools.
 */
import { fail as bad, ro, rw, show, type HostCommand } from './command.js';
import { checkAbsolutePath, checkInteger, checkSingleLine } from './checks.js';

const DATASET = /^[A-Za-z0-9][A-Za-z0-9_.:-]*(\/[A-Za-z0-9_.:-]+)*$/;
const ZFS_PROP = /^[a-z][a-z0-9_.:-]*$/;

/** A ZFS pool or dataset name (`tank`, `tank/vmdata`). */
export function checkDataset(name: string): string {
  return DATASET.test(name) ? name : bad(`invalid ZFS dataset ${show(name)}`);
}

function propAssignments(props: Readonly<Record<string, string>>): string[] {
  return Object.entries(props).map(([k, v]) => {
    if (!ZFS_PROP.test(k)) bad(`invalid ZFS property ${show(k)}`);
    if (v === '') bad(`empty value for ZFS property ${k}`);
    return `${k}=${checkSingleLine(v, `ZFS property ${k}`)}`;
  });
}

export function zfsCreate(
  dataset: string,
  props: Readonly<Record<string, string>> = {},
  o: { parents?: boolean } = {},
): HostCommand {
  const opts = propAssignments(props).flatMap((a) => ['-o', a]);
  return rw('zfs', 'create', ...(o.parents ? ['-p'] : []), ...opts, checkDataset(dataset));
}

export function zfsSet(dataset: string, props: Readonly<Record<string, string>>): HostCommand {
  const assignments = propAssignments(props);
  if (assignments.length === 0) bad(`zfs set ${dataset}: nothing to change`);
  return rw('zfs', 'set', ...assignments, checkDataset(dataset));
}

/** Script-friendly `name<TAB>property<TAB>value<TAB>source` lines, exact (parsable) numbers. */
export function zfsGet(datasets: readonly string[], props: readonly string[] = ['all']): HostCommand {
  for (const p of props) if (!ZFS_PROP.test(p)) bad(`invalid ZFS property ${show(p)}`);
  return ro(
    'zfs',
    'get',
    '-H',
    '-p',
    '-o',
    'name,property,value,source',
    props.join(','),
    ...datasets.map(checkDataset),
  );
}

export function zfsList(root?: string): HostCommand {
  return ro(
    'zfs',
    'list',
    '-H',
    '-p',
    '-o',
    'name,used,avail,mountpoint',
    '-t',
    'filesystem',
    ...(root ? ['-r', checkDataset(root)] : []),
  );
}

export interface Vdev {
  /** Omit for a plain stripe of the disks. */
  readonly type?: 'mirror' | 'raidz' | 'raidz1' | 'raidz2' | 'raidz3';
  /** Stable device paths, e.g. `/dev/disk/by-id/ata-...`. */
  readonly disks: readonly string[];
}

/** Creates a pool. Callers must have checked that the disks hold no data. */
export function zpoolCreate(
  pool: string,
  vdevs: readonly Vdev[],
  o: { ashift?: number; fsProps?: Readonly<Record<string, string>>; force?: boolean } = {},
): HostCommand {
  if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(pool) || /^(mirror|raidz|spare|log|cache)/.test(pool))
    bad(`invalid pool name ${show(pool)}`);
  if (vdevs.length === 0) bad(`zpool ${pool}: no disks`);
  const layout = vdevs.flatMap((v) => {
    if (v.disks.length === 0) bad(`zpool ${pool}: empty vdev`);
    for (const d of v.disks)
      if (!d.startsWith('/dev/')) bad(`invalid disk ${show(d)}: expected a /dev/ path`);
    return [...(v.type ? [v.type] : []), ...v.disks.map((d) => checkAbsolutePath(d, 'disk'))];
  });
  return rw(
    'zpool',
    'create',
    ...(o.force ? ['-f'] : []),
    ...(o.ashift !== undefined ? ['-o', `ashift=${checkInteger(o.ashift, 'ashift', 9, 16)}`] : []),
    ...propAssignments(o.fsProps ?? {}).flatMap((a) => ['-O', a]),
    pool,
    ...layout,
  );
}

export const zpoolList = (): HostCommand =>
  ro('zpool', 'list', '-H', '-p', '-o', 'name,size,alloc,free,health');
export const zpoolStatus = (pool?: string): HostCommand =>
  ro('zpool', 'status', '-P', ...(pool ? [pool] : []));
