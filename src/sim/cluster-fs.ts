/**
 * Folders of /etc/pve, the cluster filesystem (pmxcfs): one tree for every node, so a folder one
 * node makes is there for all (pve-cluster `memdb_mkdir`). A `mkdir` of a folder that exists
 * fails with EEXIST, which is what cluster-wide locks rely on (pve-cluster PVE::Cluster
 * `cfs_lock` takes `/etc/pve/priv/lock/ID` with `mkdir`, frees it with `rmdir`); without quorum
 * pmxcfs is read-only and refuses writes with EACCES. Not modelled: the 120 s expiry of a lock
 * folder whose holder asked for an unlock (`memdb_lock_expired`).
 */
import { isQuorate } from './cluster.js';
import type { SimState } from './model.js';

/** Folders pmxcfs always has (or that a fresh cluster's services make at once). */
const BUILTIN = new Set([
  '/etc/pve',
  '/etc/pve/nodes',
  '/etc/pve/priv',
  '/etc/pve/priv/lock',
  '/etc/pve/firewall',
  '/etc/pve/ha',
  '/etc/pve/sdn',
  '/etc/pve/mapping',
  '/etc/pve/virtual-guest',
]);

const norm = (p: string): string => p.replace(/\/+$/, '') || '/';

export function isClusterPath(path: string): boolean {
  const p = norm(path);
  return p === '/etc/pve' || p.startsWith('/etc/pve/');
}

function isNodeDir(s: SimState, p: string): boolean {
  const m = /^\/etc\/pve\/nodes\/([^/]+)(?:\/(lxc|qemu-server|openvz|priv))?$/.exec(p);
  return m !== null && s.nodes[m[1]!] !== undefined;
}

/** Does folder `path` exist in /etc/pve (made, built in, or holding files)? */
export function clusterDirExists(s: SimState, path: string): boolean {
  const p = norm(path);
  if (BUILTIN.has(p) || isNodeDir(s, p) || s.clusterDirs?.[p]) return true;
  const prefix = p + '/';
  return (
    Object.keys(s.clusterFiles).some((k) => k.startsWith(prefix)) ||
    Object.keys(s.clusterDirs ?? {}).some((k) => k.startsWith(prefix))
  );
}

function hasEntries(s: SimState, p: string): boolean {
  const prefix = p + '/';
  if (Object.keys(s.clusterFiles).some((k) => k.startsWith(prefix))) return true;
  if (Object.keys(s.clusterDirs ?? {}).some((k) => k.startsWith(prefix))) return true;
  return Object.values(s.guests).some((g) =>
    `/etc/pve/nodes/${g.node}/${g.kind === 'lxc' ? 'lxc' : 'qemu-server'}/${g.vmid}.conf`.startsWith(prefix),
  );
}

/** coreutils' `mkdir [-p] DIR` on pmxcfs; the error line, or undefined when made. */
export function mkdirCluster(s: SimState, dir: string, parents: boolean, now: number): string | undefined {
  const p = norm(dir);
  const fail = (why: string): string => `mkdir: cannot create directory '${dir}': ${why}`;
  if (clusterDirExists(s, p)) return parents ? undefined : fail('File exists');
  if (!isQuorate(s)) return fail('Permission denied');
  const parent = p.replace(/\/[^/]+$/, '');
  if (!clusterDirExists(s, parent)) {
    if (!parents) return fail('No such file or directory');
    const err = mkdirCluster(s, parent, true, now);
    if (err) return err;
  }
  s.clusterDirs ??= {};
  s.clusterDirs[p] = { mtime: Math.floor(now / 1000) };
  return undefined;
}

/** coreutils' `rmdir DIR` on pmxcfs; the error line, or undefined when removed. */
export function rmdirCluster(s: SimState, dir: string): string | undefined {
  const p = norm(dir);
  const fail = (why: string): string => `rmdir: failed to remove '${dir}': ${why}`;
  if (!clusterDirExists(s, p)) return fail('No such file or directory');
  if (hasEntries(s, p)) return fail('Directory not empty');
  if (BUILTIN.has(p) || isNodeDir(s, p) || !isQuorate(s)) return fail('Permission denied');
  delete s.clusterDirs![p];
  return undefined;
}
