/**
 * Where a VM disk import may read from, as qemu-server and pve-storage check it:
 * - `qm disk import VMID SOURCE STORAGE` (`PVE::CLI::qm`, `disk import`) tests `-f $source`: the
 *   source is a regular file on the host, never a volume id;
 * - `import-from=` on `qm create` / `qm set` (`PVE::API2::Qemu` `check_storage_access` and
 *   `create_disks`) takes a volume id whose type (`PVE::Storage::Plugin::parse_volname`) is
 *   `images` or `import` (the `import` type only for .ova/.ovf/.qcow2/.raw/.vmdk names, so an
 *   ISO-storage `.img` never qualifies), or an absolute path to a regular file
 *   (`PVE::Storage::abs_filesystem_path`).
 */
import type { SimCtx } from './context.js';
import { ParamError, PveError } from './errors.js';
import { readHostFile } from './host-files.js';
import { findVolume, parseVolid } from './volumes.js';

/** A cloud image file stands for a ~2.2 GiB disk (its real virtual size). */
const IMAGE_BYTES = 2252 * 1024 * 1024;

/** `PVE::Storage::IMPORT_EXT_RE_1`. */
const IMPORT_NAME = /^import\/[ a-zA-Z0-9\-.+=_]+\.(ova|ovf|qcow2|raw|vmdk)$/;

/** The volume type `parse_volname` gives a directory-storage volume name. */
function volumeType(volname: string): string {
  if (volname.startsWith('import/')) {
    if (!IMPORT_NAME.test(volname)) throw new PveError(`unable to parse directory volume name '${volname}'`);
    return 'import';
  }
  if (volname.startsWith('iso/')) return 'iso';
  if (volname.startsWith('vztmpl/')) return 'vztmpl';
  if (volname.startsWith('backup/')) return 'backup';
  if (volname.startsWith('snippets/')) return 'snippets';
  return 'images';
}

/** Size in bytes of a regular host file, or undefined when there is none. */
function hostFileSize(ctx: SimCtx, path: string): number | undefined {
  const data = readHostFile(ctx, path);
  if (data === undefined || data === 'dir') return undefined;
  return Math.max(data.length, IMAGE_BYTES);
}

/** `qm disk import`: the size of SOURCE, which must be a regular file. */
export function diskImportSourceSize(ctx: SimCtx, source: string): number {
  const size = source.startsWith('/') ? hostFileSize(ctx, source) : undefined;
  if (size === undefined) throw new PveError(`${source}: non-existent or non-regular file`);
  return size;
}

/** `import-from=SOURCE` on disk `key`: the size of the source volume or file. */
export function importFromSize(ctx: SimCtx, key: string, source: string): number {
  const p = source.startsWith('/') ? undefined : parseVolid(source);
  if (p) {
    const vtype = volumeType(p.volname);
    if (vtype !== 'images' && vtype !== 'import')
      throw new ParamError({
        [key]: `${source} has wrong type '${vtype}' - needs to be 'images' or 'import'`,
      });
    const vol = findVolume(ctx, source);
    if (!vol) throw new PveError(`can't find file '${source}'`);
    return vol.content === 'import' ? Math.max(vol.sizeBytes, IMAGE_BYTES) : vol.sizeBytes;
  }
  const size = hostFileSize(ctx, source);
  if (size === undefined) throw new PveError(`can't find file '${source}'`);
  return size;
}
