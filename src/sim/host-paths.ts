/**
 * What exists on the simulated host's filesystem for a container's start: folders (a ZFS
 * filesystem's mount point, a folder made with `mkdir`/`install -d`, the folders of a fresh
 * install) and device nodes. Only NVIDIA nodes are modelled: /dev/nvidiaN and /dev/nvidiactl
 * exist while the driver is loaded; /dev/nvidia-uvm and /dev/nvidia-uvm-tools only once something
 * made them (the nvidia-uvm module does not create its nodes by itself): `nvidia-modprobe -u -c=0`
 * since boot, or a boot-time rule that runs it (a udev rule, see `uvmCreatorInstalled`).
 */
import { clusterDirExists, isClusterPath } from './cluster-fs.js';
import type { SimCtx } from './context.js';
import { hostSetup } from './hypervisor/state.js';

/** Folders every Proxmox VE install has. */
const FRESH_DIRS = ['/srv', '/mnt', '/var/lib/vz', '/tmp', '/root', '/home'];

/** Mount points of the node's ZFS filesystems. */
export function zfsMountpoints(ctx: SimCtx): string[] {
  return Object.values(ctx.node.datasets)
    .filter((d) => d.type === 'filesystem')
    .map((d) => d.properties.mountpoint ?? `/${d.name}`);
}

/** Is `path` a folder on the host (made, a dataset's mount point, or a fresh host's)? */
export function hostDirExists(ctx: SimCtx, path: string): boolean {
  const p = path.replace(/\/+$/, '') || '/';
  if (isClusterPath(p)) return clusterDirExists(ctx.s, p);
  const dirs = hostSetup(ctx).dirs ?? [];
  const storagePaths = Object.values(ctx.s.storages).flatMap((s) => (s.options.path ? [s.options.path] : []));
  return (
    p === '/' ||
    FRESH_DIRS.includes(p) ||
    zfsMountpoints(ctx).includes(p) ||
    storagePaths.includes(p) ||
    dirs.some((d) => d === p || d.startsWith(p + '/')) ||
    Object.keys(ctx.node.files).some((f) => f.startsWith(p + '/'))
  );
}

/** The udev rule file a boot-time creator of the NVIDIA UVM nodes lives in. */
const UDEV_RULES = '/etc/udev/rules.d/';

/** A udev rule (any file under /etc/udev/rules.d) runs `nvidia-modprobe` with `-u` at boot. */
export function uvmCreatorInstalled(ctx: SimCtx): boolean {
  return Object.entries(ctx.node.files).some(
    ([path, f]) =>
      path.startsWith(UDEV_RULES) &&
      /nvidia-modprobe\b[^\n]*\s-u\b/.test(Buffer.from(f.data, 'base64').toString('utf8')),
  );
}

/** Does the device node `path` exist on the host? Nodes other than NVIDIA's are assumed present. */
export function hostDeviceExists(ctx: SimCtx, path: string): boolean {
  if (!/^\/dev\/nvidia/.test(path)) return true;
  const nv = hostSetup(ctx).nvidia;
  if (!nv.loaded) return false;
  const m = /^\/dev\/nvidia(\d+)$/.exec(path);
  if (m) return Number(m[1]) < nv.gpus;
  if (path === '/dev/nvidiactl' || path === '/dev/nvidia-modeset') return true;
  if (path === '/dev/nvidia-uvm' || path === '/dev/nvidia-uvm-tools')
    return nv.uvmNodes === true || uvmCreatorInstalled(ctx);
  return false;
}
