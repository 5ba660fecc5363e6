/**
 * Builders of file commands: read files (`cat`, `grep` over guest config files), write and append
 * (`tee`, content on stdin), hold a lock (`flock`), create directories (`mkdir`, `install`), set
 * owners and modes (`chown`, `chmod`); and the paths and raw lines of guest config files.
 */
import { fail as bad, HostCommandInputError, ro, rw, show, wrap, type HostCommand } from './command.js';
import { checkAbsolutePath, checkInteger, checkLinuxUser, checkVmid } from './checks.js';

/** Paths of guest config files in the cluster filesystem. */
export function guestConfigPath(node: string, kind: 'lxc' | 'qemu', id: number): string {
  return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}

// ---- reading ----

/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
export function readConfigFiles(paths: readonly string[]): HostCommand {
  return ro('grep', '-H', '', '--', ...paths);
}

/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
export function readNodeConfigDirs(nodes: readonly string[]): HostCommand {
  const dirs = nodes.flatMap((node) => {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
      throw new HostCommandInputError(`invalid node name ${JSON.stringify(node)}`);
    return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
  });
  return ro('grep', '-r', '-H', '', '--', ...dirs);
}

/** The folders `listHostEntries` lists: the device nodes guests pass through, LXC AppArmor profiles. */
export const DEVICE_DIR = '/dev';
export const APPARMOR_LXC_DIR = '/etc/apparmor.d/lxc';

/**
 * The entries directly under /dev and /etc/apparmor.d/lxc, one full path a line (the state read
 * learns which device nodes and profiles exist in one command, whatever the number of guests).
 * Exits 1 when a folder is missing (a host without profiles), still listing the other.
 */
export const listHostEntries = (): HostCommand =>
  ro('find', DEVICE_DIR, APPARMOR_LXC_DIR, '-mindepth', '1', '-maxdepth', '1');

export const readFile = (path: string): HostCommand => ro('cat', '--', checkAbsolutePath(path, 'file'));

/** Replaces a file's content (sent on stdin, so it never appears in argv or logs). */
export function writeFile(path: string, content: string): HostCommand {
  return { ...rw('tee', '--', checkAbsolutePath(path, 'file')), stdin: content };
}

export function appendFile(path: string, content: string): HostCommand {
  return { ...rw('tee', '-a', '--', checkAbsolutePath(path, 'file')), stdin: content };
}

/** Runs `inner` while holding `lockFile` (waits at most `timeoutSec`, then exits 1). */
export function withLock(lockFile: string, timeoutSec: number, inner: HostCommand): HostCommand {
  return wrap(
    'flock',
    ['-w', checkInteger(timeoutSec, 'lock timeout', 0), checkAbsolutePath(lockFile, 'lock file')],
    inner,
  );
}

/** Seconds between coreutils `timeout`'s TERM and its KILL for a command that ignores TERM. */
export const TIMEOUT_KILL_AFTER_SEC = 10;
/** The longest bound one host command may get (7 days). */
const MAX_TIMEOUT_SEC = 7 * 86_400;

/**
 * Runs `inner` under coreutils `timeout`: TERM after `seconds` (fractions allowed, 1 ms steps),
 * KILL `TIMEOUT_KILL_AFTER_SEC` later, exit 124 when the bound was reached. `timeout` puts itself
 * and the command in a process group of their own and signals the whole group, so nothing the
 * command started lives on; the host reaps it even when nobody waits for it any more (a dropped
 * SSH connection, a killed runner).
 */
export function withTimeout(inner: HostCommand, seconds: number): HostCommand {
  if (!Number.isFinite(seconds) || seconds < 0.001 || seconds > MAX_TIMEOUT_SEC)
    bad(`invalid command timeout ${show(seconds)}: must be from 0.001 to ${MAX_TIMEOUT_SEC} seconds`);
  if (inner.argv[0] === 'timeout') bad('a command under `timeout` cannot be wrapped in another one');
  const duration = `${Number(seconds.toFixed(3))}s`;
  return wrap('timeout', [`--kill-after=${TIMEOUT_KILL_AFTER_SEC}s`, duration], inner);
}

/** Config file of a CT (`/etc/pve/lxc` points at the local node's directory). */
export function lxcConfigPath(vmid: number, node?: string): string {
  return node ? `/etc/pve/nodes/${node}/lxc/${checkVmid(vmid)}.conf` : `/etc/pve/lxc/${checkVmid(vmid)}.conf`;
}

/**
 * Adds raw `lxc.*` lines (which `pct set` cannot set) to a CT config text: into the main section,
 * before the first `[snapshot]` section, skipping lines already present. Returns undefined when
 * nothing changes. Appending at the end of the file would put them into the last snapshot instead.
 */
export function mergeRawLxcLines(configText: string, lines: readonly string[]): string | undefined {
  for (const l of lines)
    if (!/^lxc\.[a-z0-9_.-]+(:|\s*=)/.test(l) || /[\r\n\0]/.test(l))
      bad(`invalid raw LXC line ${show(l)}: expected 'lxc.key: value' on one line`);
  const all = configText.split('\n');
  const firstSection = all.findIndex((l) => l.startsWith('['));
  const mainEnd = firstSection < 0 ? all.length : firstSection;
  const main = all.slice(0, mainEnd);
  while (main.length > 0 && main[main.length - 1] === '') main.pop();
  const missing = lines.filter((l) => !main.includes(l));
  if (missing.length === 0) return undefined;
  const rest = all.slice(mainEnd);
  return [...main, ...missing, ...(rest.length > 0 ? ['', ...rest] : [''])].join('\n');
}

/** Writes a CT config file under Proxmox's own per-CT config lock. */
export function writeLxcConfig(vmid: number, content: string, node?: string): HostCommand {
  return withLock(
    `/run/lock/lxc/pve-config-${checkVmid(vmid)}.lock`,
    10,
    writeFile(lxcConfigPath(vmid, node), content),
  );
}

// ---- directories, owners, modes ----

const MODE = /^0?[0-7]{3}$/;

export const mkdirP = (path: string): HostCommand =>
  rw('mkdir', '-p', '--', checkAbsolutePath(path, 'directory'));

/**
 * Makes one folder, failing with `File exists` when it is there already (no `-p`): how apply
 * tells a folder it makes from one the operator has, whose owner and mode it leaves alone.
 */
export function mkdirNew(path: string, mode: string): HostCommand {
  if (!MODE.test(mode)) bad(`invalid mode ${show(mode)}`);
  return rw('mkdir', '-m', mode, '--', checkAbsolutePath(path, 'directory'));
}

/** Removes an empty folder (`rmdir`; fails on one that holds anything). */
export const rmdirEmpty = (path: string): HostCommand =>
  rw('rmdir', '--', checkAbsolutePath(path, 'directory'));

/** `install -d` with a checked mode and path; owner and group are checked by the caller. */
function installDirAs(path: string, mode: string, owner: string, group: string): HostCommand {
  if (!MODE.test(mode)) bad(`invalid mode ${show(mode)}`);
  return rw(
    'install',
    '-d',
    '-m',
    mode,
    '-o',
    owner,
    '-g',
    group,
    '--',
    checkAbsolutePath(path, 'directory'),
  );
}

export function installDir(path: string, mode: string, owner: string, group: string): HostCommand {
  return installDirAs(path, mode, checkLinuxUser(owner), checkLinuxUser(group));
}

/**
 * A bind-mount source folder, owned by numeric ids: an unprivileged container's root is a host
 * uid/gid of its idmap (100000 by default), a privileged one's is 0. Applied only to a folder
 * apply has just made (`mkdirNew`): on an existing one `install -d` would reset its owner and mode.
 */
export function installDirIds(path: string, mode: string, uid: number, gid: number): HostCommand {
  return installDirAs(
    path,
    mode,
    checkInteger(uid, 'uid', 0, 4294967294),
    checkInteger(gid, 'gid', 0, 4294967294),
  );
}

export const chown = (owner: string, group: string, path: string): HostCommand =>
  rw('chown', `${checkLinuxUser(owner)}:${checkLinuxUser(group)}`, '--', checkAbsolutePath(path, 'file'));

export function chmod(mode: string, path: string): HostCommand {
  if (!MODE.test(mode)) bad(`invalid mode ${show(mode)}`);
  return rw('chmod', mode, '--', checkAbsolutePath(path, 'file'));
}
