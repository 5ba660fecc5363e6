/**
 * Bind mounts need their source folder on the host when the container starts (pve-container
 * `PVE::LXC::mountpoint_mount` dies with "directory '...' does not exist"), and Proxmox never
 * makes it. The create or configure step that adds a bind mount therefore carries the folders to
 * make first, owned by the host ids of the container's root: 0 for a privileged container, the
 * first host id of its `lxc.idmap` (100000 by default, as Proxmox's subuid range) otherwise, so
 * that root in the container can write there.
 */
import type { Guest } from '../model/types.js';
import { sortKeys } from './canonical.js';
import type { HostDir, Step } from './types.js';

const DEFAULT_ID_BASE = 100000;

/** Host ids of container root: `lxc.idmap: u 0 100000 65536` (and `g ...`), else the default. */
export function rootHostIds(g: Guest): { uid: number; gid: number } {
  if (g.unprivileged === false) return { uid: 0, gid: 0 };
  const ids = { uid: DEFAULT_ID_BASE, gid: DEFAULT_ID_BASE };
  for (const line of g.lxcOptions) {
    const m = /^lxc\.idmap\s*[:=]\s*([ug])\s+0\s+(\d+)\s+\d+\s*$/.exec(line.trim());
    if (m) ids[m[1] === 'u' ? 'uid' : 'gid'] = Number(m[2]);
  }
  return ids;
}

/** Bind sources among `mpN` values (`/srv/data,mp=/data`), in key order. */
export function bindSources(keys: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(keys).sort()) {
    if (!/^mp\d+$/.test(k)) continue;
    const src = keys[k]!.split(',')[0]!.replace(/^volume=/, '');
    if (src.startsWith('/') && !src.startsWith('/dev/') && !out.includes(src)) out.push(src);
  }
  return out;
}

/** `steps` with `hostDirs` on each container create/configure step that sets a bind mount. */
export function withHostDirs(g: Guest, steps: Step[]): Step[] {
  if (g.kind !== 'lxc') return steps;
  const { uid, gid } = rootHostIds(g);
  return steps.map((s) => {
    const keys = s.op === 'create' ? s.config : s.op === 'configure' ? s.set : undefined;
    const paths = keys ? bindSources(keys) : [];
    if (paths.length === 0) return s;
    const hostDirs: HostDir[] = paths.map((path) => ({ gid, path, uid }));
    return sortKeys({ ...s, hostDirs } as Step);
  });
}

/**
 * Proxmox clones only volume mount points: a bind (`/path`) or device (`/dev/...`) mount point on
 * the source makes `pct clone` die (pve-container API2/LXC.pm `clone_vm`: "unable to clone
 * mountpoint 'mp0' (type bind)"). The plan refuses such a clone up front, saying so.
 */
export function cloneMountErrors(sourceLabel: string, source: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(source).sort()) {
    if (!/^mp\d+$/.test(k)) continue;
    const src = source[k]!.split(',')[0]!.replace(/^volume=/, '');
    if (!src.startsWith('/')) continue;
    const type = src.startsWith('/dev/') ? 'device' : 'bind';
    out.push(
      `clone source ${sourceLabel} has a ${type} mount point ${k} (${src}), which Proxmox cannot clone ('unable to clone mountpoint'): give the mount to the clones instead, not to their source`,
    );
  }
  return out;
}
