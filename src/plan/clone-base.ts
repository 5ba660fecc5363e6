/**
 * The config a clone starts from: its source's config with the volumes on the clone's storage
 * (a full clone lands there). Cached per source and storage, since a handful of sources serve
 * thousands of guests. Pure.
 */
import type { Guest } from '../model/types.js';
import { parseVolume, shareParses } from './config-diff.js';

/** The cache key of `sourceConfig`: a source id and the storage its clones land on. */
export function sourceConfigKey(srcId: number, storage: string): string {
  return `${srcId}@${storage}`;
}

export /**
 * The config a full clone of `srcId` onto `storage` starts with (cached in `cache` per source and storage):
 * the source's config with its volumes moved to `storage`, since the clone lands there.
 */
function sourceConfig(
  srcId: number,
  storage: string,
  cache: Map<string, Readonly<Record<string, string>>>,
  read: () => Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const key = sourceConfigKey(srcId, storage);
  let cfg = cache.get(key);
  if (!cfg) {
    const copy: Record<string, string> = { ...read() };
    for (const [k, v] of Object.entries(copy)) {
      if (k === 'rootfs' || k === 'scsi0' || /^mp\d+$/.test(k)) {
        const vol = parseVolume(v);
        if (vol.storage && vol.volume) copy[k] = v.replace(vol.storage + ':', `${storage}:`);
      }
    }
    shareParses(copy);
    cache.set(key, (cfg = copy));
  }
  return cfg;
}

/**
 * The snapshot clones of `source` start from: its `template_snapshot_name`, unless it ends as a
 * template, which is cloned from itself (it carries no snapshots, and ZFS cannot full-clone a VM
 * disk from a snapshot).
 */
export function cloneSnapshotOf(source: Guest | undefined): string | undefined {
  return source && !source.isTemplate ? source.templateSnapshotName : undefined;
}
