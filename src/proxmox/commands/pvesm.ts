/**
 * Builders of storage commands (`pvesm`): add a ZFS pool, directory or NFS storage, change one,
 * show the status table.
 */
import { fail as bad, options, ro, rw, show, type HostCommand } from './command.js';
import { checkAbsolutePath, checkSingleLine, checkStorageId } from './checks.js';
import { checkDataset } from './zfs.js';
import type { StorageContent } from '../../dialect/storage-content.js';

export type { StorageContent };

interface StorageCommon {
  readonly content?: readonly StorageContent[];
  /** Restrict to these cluster nodes. */
  readonly nodes?: readonly string[];
  readonly disable?: boolean;
}

export type StorageSpec =
  | (StorageCommon & {
      readonly type: 'zfspool';
      /** ZFS pool or dataset, e.g. `tank/vmdata`. */
      readonly pool: string;
      readonly sparse?: boolean;
      readonly blocksize?: string;
      readonly mountpoint?: string;
    })
  | (StorageCommon & { readonly type: 'dir'; readonly path: string; readonly shared?: boolean })
  | (StorageCommon & {
      readonly type: 'nfs';
      readonly server: string;
      readonly export: string;
      readonly path?: string;
      /** NFS mount options, e.g. `vers=4.2`. */
      readonly options?: string;
    });

function commonStorageArgs(s: StorageCommon): string[] {
  for (const n of s.nodes ?? [])
    if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(n)) bad(`invalid node ${show(n)}`);
  return options([
    ['content', s.content && s.content.length > 0 ? s.content.join(',') : undefined],
    ['nodes', s.nodes && s.nodes.length > 0 ? s.nodes.join(',') : undefined],
    ['disable', s.disable],
  ]);
}

export function pvesmAdd(storage: string, spec: StorageSpec): HostCommand {
  const id = checkStorageId(storage);
  let specific: string[];
  switch (spec.type) {
    case 'zfspool':
      checkDataset(spec.pool);
      if (spec.blocksize !== undefined && !/^\d+[kKmM]?$/.test(spec.blocksize))
        bad(`invalid blocksize ${show(spec.blocksize)}`);
      specific = options([
        ['pool', spec.pool],
        ['sparse', spec.sparse],
        ['blocksize', spec.blocksize],
        [
          'mountpoint',
          spec.mountpoint === undefined ? undefined : checkAbsolutePath(spec.mountpoint, 'mountpoint'),
        ],
      ]);
      break;
    case 'dir':
      specific = options([
        ['path', checkAbsolutePath(spec.path, 'storage path')],
        ['shared', spec.shared],
      ]);
      break;
    case 'nfs':
      if (!/^[A-Za-z0-9.:[\]-]+$/.test(spec.server)) bad(`invalid NFS server ${show(spec.server)}`);
      specific = options([
        ['server', spec.server],
        ['export', checkAbsolutePath(spec.export, 'NFS export')],
        ['path', spec.path === undefined ? undefined : checkAbsolutePath(spec.path, 'mount path')],
        ['options', spec.options === undefined ? undefined : checkSingleLine(spec.options, 'NFS options')],
      ]);
      break;
    default:
      return bad(`unsupported storage type ${show((spec as { type: unknown }).type)}`);
  }
  return rw('pvesm', 'add', spec.type, id, ...specific, ...commonStorageArgs(spec));
}

/** Changes content types / nodes / enabled state of an existing storage. */
export function pvesmSet(storage: string, s: StorageCommon): HostCommand {
  const rest = commonStorageArgs(s);
  if (rest.length === 0) bad(`pvesm set ${storage}: nothing to change`);
  return rw('pvesm', 'set', checkStorageId(storage), ...rest);
}

/** Human-readable status table (use `apiGet('/nodes/NODE/storage')` for JSON). */
export const pvesmStatus = (): HostCommand => ro('pvesm', 'status');
