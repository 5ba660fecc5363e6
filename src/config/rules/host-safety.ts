/**
 * Values that would make the host run, mount or misread something: control characters in any
 * string (PHX-CONTROL-CHAR), host paths outside the allowed roots (PHX-HOST-PATH-ROOT: bind
 * mounts, shared volumes, template and image paths, `lxc.mount.entry` sources) and raw LXC keys
 * that run programs on the host or read host files (PHX-LXC-OPTION-UNSAFE).
 *
 * Allowed roots for a host path: the fixed roots below, plus what the hypervisor file declares
 * as host storage (`storages[].path`, the mount point `/<pool>` of each ZFS pool). A declared
 * root inside the system tree (`/etc`, `/usr`, ...) does not count. System folders (`/`, `/etc`,
 * `/dev`, `/proc`, `/sys`, `/root`, `/boot`, ...) are never allowed; device nodes only in
 * `lxc.mount.entry`, and only the ones GPU, FUSE and TUN passthrough need.
 */
import type { ConfigFileKey, Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { LoadedConfig } from '../load.js';
import { guestLabel, isObj, type Reporter } from './report.js';
import type { RuleInfo } from './rule-info.js';

export const HOST_SAFETY_RULES: readonly RuleInfo[] = [
  {
    id: 'PHX-CONTROL-CHAR',
    severity: 'error',
    summary: 'no NUL or other control characters (tab and line breaks aside) in any value',
  },
  {
    id: 'PHX-HOST-PATH-ROOT',
    severity: 'error',
    summary: 'host paths (bind mounts, templates, images, lxc.mount.entry) stay under the allowed roots',
  },
  {
    id: 'PHX-SAMBA-OPTION-UNSAFE',
    severity: 'error',
    summary: 'no Samba share options that run host programs (preexec, postexec, ... command)',
  },
  {
    id: 'PHX-LXC-OPTION-UNSAFE',
    severity: 'error',
    summary: 'no lxc_options that run host programs (lxc.hook.*) or read host files',
  },
];

/** Roots every host may use for data Phoenix bind-mounts (Proxmox's own `/var/lib/vz` included). */
export const FIXED_HOST_ROOTS: readonly string[] = [
  '/mnt',
  '/media',
  '/srv',
  '/data',
  '/var/lib/phoenix',
  '/var/lib/vz',
  // Upstream Phoenix keeps its generated service configs here (fixtures 35c465b, 829c047).
  '/usr/local/phoenix_hypervisor',
];

/** The system tree: a declared storage path inside it is not a root, and nothing here is mounted. */
const SYSTEM_TREE = [
  '/etc',
  '/dev',
  '/proc',
  '/sys',
  '/root',
  '/boot',
  '/run',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/lib64',
  '/lib32',
  '/var',
  '/tmp',
];

/** Device nodes an `lxc.mount.entry` may bind: NVIDIA GPUs, DRM render nodes, AMD KFD, FUSE, TUN. */
const ALLOWED_DEVICES =
  /^\/dev\/(?:nvidia(?:[0-9]+|ctl|-uvm|-uvm-tools|-modeset)|nvidia-caps(?:\/[A-Za-z0-9_-]+)?|dri(?:\/(?:card|renderD)[0-9]+|\/by-path)?|kfd|fuse|net\/tun)$/;

/** Raw keys that run a program on the host, or make LXC read or write a host file of the user's choosing. */
const UNSAFE_KEYS: readonly (readonly [RegExp, string])[] = [
  [/^lxc\.hook\./, 'runs a program as root on the host'],
  [/^lxc\.net\.[0-9]+\.script\./, 'runs a program as root on the host'],
  [/^lxc\.network\.(?:[0-9]+\.)?script\./, 'runs a program as root on the host'],
  [/^lxc\.mount\.fstab$/, 'mounts host paths from a host file Phoenix does not check'],
  [/^lxc\.include$/, 'includes a host file Phoenix does not check'],
  [/^lxc\.rootfs(?:\.path)?$/, 'replaces the root file system with a host path'],
  [/^lxc\.(?:log\.file|console\.logfile)$/, 'writes a host file of the config’s choosing as root'],
];

/** smb.conf share parameters whose value is a program Samba runs (smb.conf(5)). */
const SAMBA_PROGRAM_KEY =
  /(?:^|\s)(?:root\s)?(?:pre|post)exec$|command$|^magic script$|^exec$|^(?:add|delete|rename|check)\s.*script$/;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Text that may decode to a CONTROL character: a `\u00XX` escape of one, `\b`, `\f`, or DEL. */
const MAY_HOLD_CONTROL = /\\u00(?:[01][0-9a-fA-F]|7[fF])|\\[bf]|\u007f/;

function clean(p: string): string | undefined {
  if (!p.startsWith('/')) return undefined;
  const parts = p.split('/').filter(Boolean);
  if (parts.some((s) => s === '..' || s === '.')) return undefined;
  return '/' + parts.join('/');
}

function under(p: string, root: string): boolean {
  return root === '/' ? true : p === root || p.startsWith(root + '/');
}

/** The allowed roots: fixed ones plus the hypervisor file's storage paths and ZFS pool mount points. */
export function hostRoots(hypervisor: unknown): string[] {
  const roots = [...FIXED_HOST_ROOTS];
  if (!isObj(hypervisor)) return roots;
  const declared: unknown[] = [];
  if (Array.isArray(hypervisor.storages))
    for (const s of hypervisor.storages) if (isObj(s)) declared.push(s.path);
  const zfs = hypervisor.zfs;
  if (isObj(zfs) && Array.isArray(zfs.pools)) {
    for (const p of zfs.pools) if (isObj(p) && typeof p.name === 'string') declared.push(`/${p.name}`);
  }
  for (const d of declared) {
    const c = typeof d === 'string' ? clean(d) : undefined;
    if (c && c !== '/' && !SYSTEM_TREE.some((s) => under(c, s))) roots.push(c);
  }
  return roots;
}

/**
 * Why a host path may not be used, or undefined when it may. A bind mount (`mount`) must lie under
 * an allowed root. A file Phoenix only reads (`file`: a template archive or cloud image, whose
 * name the schema already restricts to an archive or image suffix) must lie under an allowed root
 * or at least outside the system tree, so that a config without a hypervisor file (which declares
 * the storage roots) can still name an archive on its own pool.
 */
export function hostPathProblem(
  path: string,
  roots: readonly string[],
  use: 'mount' | 'file' = 'mount',
): string | undefined {
  const c = clean(path);
  if (c === undefined) return "is not an absolute path without '.' or '..' segments";
  if (roots.some((r) => under(c, r))) return undefined;
  const system = c.lastIndexOf('/') === 0 || SYSTEM_TREE.some((s) => under(c, s));
  if (use === 'file' && !system) return undefined;
  const where =
    use === 'file'
      ? 'lies in the system tree (/etc, /dev, /proc, /sys, /root, /boot, /usr, /var, ...)'
      : `is outside the allowed host roots (${roots.join(', ')}); system folders such as /etc, /dev, /proc, /sys, /root and /boot are never mounted`;
  return where;
}

/** The key and value of a raw LXC line (`key = value` or `key: value`). */
export function splitLxcLine(line: string): { key: string; value: string } {
  const s = line.trim();
  const eq = s.indexOf('=');
  const colon = s.indexOf(':');
  const cut = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (cut < 0) return { key: s, value: '' };
  return { key: s.slice(0, cut).trim(), value: s.slice(cut + 1).trim() };
}

/** PHX-CONTROL-CHAR over every string value of the three files (iterative: no depth limit needed). */
export function checkControlChars(loaded: LoadedConfig, r: Reporter): void {
  for (const key of ['lxc', 'vm', 'hypervisor'] as ConfigFileKey[]) {
    const source = loaded.sources[key];
    // JSON text cannot hold a raw control character inside a string except DEL, so a value can
    // only carry one as an escape (`\u0001`, `\b`, `\f`) or DEL itself: a file with none of those
    // needs no walk (the common case, and the walk costs a path per value on big estates).
    if (!source || !MAY_HOLD_CONTROL.test(source.text)) continue;
    const root = source.value;
    const stack: [unknown, JsonPath][] = [[root, []]];
    while (stack.length > 0) {
      const [v, path] = stack.pop()!;
      if (typeof v === 'string') {
        const m = CONTROL.exec(v);
        if (m) {
          const code = m[0].charCodeAt(0).toString(16).padStart(4, '0');
          r.at(
            key,
            path,
            'error',
            'PHX-CONTROL-CHAR',
            `value holds the control character U+${code}; Proxmox and the shell cannot carry it`,
          );
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
      else if (isObj(v)) for (const k of Object.keys(v)) stack.push([v[k], [...path, k]]);
    }
  }
}

/** PHX-HOST-PATH-ROOT and PHX-LXC-OPTION-UNSAFE for one guest. */
export function checkGuestHostPaths(g: Guest, roots: readonly string[], r: Reporter): void {
  const raw = g.raw;
  if (Array.isArray(raw.mount_points)) {
    raw.mount_points.forEach((m, i) => {
      if (!isObj(m) || typeof m.host_path !== 'string' || !m.host_path.startsWith('/')) return;
      const why = hostPathProblem(m.host_path, roots);
      if (why)
        r.guest(
          g,
          ['mount_points', i, 'host_path'],
          'error',
          'PHX-HOST-PATH-ROOT',
          `host_path '${m.host_path}' of ${guestLabel(g)} ${why}`,
        );
    });
  }
  const field = g.kind === 'lxc' ? 'template' : 'template_image';
  const template = raw[field];
  if (typeof template === 'string' && template.startsWith('/')) {
    const why = hostPathProblem(template, roots, 'file');
    if (why)
      r.guest(g, [field], 'error', 'PHX-HOST-PATH-ROOT', `${field} '${template}' of ${guestLabel(g)} ${why}`);
  }
  if (g.kind !== 'lxc' || !Array.isArray(raw.lxc_options)) return;
  raw.lxc_options.forEach((line, i) => {
    if (typeof line !== 'string') return;
    const { key, value } = splitLxcLine(line);
    const at: JsonPath = ['lxc_options', i];
    const unsafe = UNSAFE_KEYS.find(([re]) => re.test(key));
    if (unsafe) {
      r.guest(
        g,
        at,
        'error',
        'PHX-LXC-OPTION-UNSAFE',
        `'${key}' in lxc_options of ${guestLabel(g)} ${unsafe[1]}; Phoenix does not pass it to Proxmox`,
      );
      return;
    }
    if (key !== 'lxc.mount.entry') return;
    const source = value.split(/\s+/)[0] ?? '';
    if (!source.startsWith('/')) return; // proc, sysfs, tmpfs ...: not a host path
    if (ALLOWED_DEVICES.test(source)) return;
    const why = hostPathProblem(source, roots);
    if (why) {
      r.guest(
        g,
        at,
        'error',
        'PHX-HOST-PATH-ROOT',
        `lxc.mount.entry source '${source}' of ${guestLabel(g)} ${why} (devices: only GPU, DRM, FUSE and TUN nodes)`,
      );
    }
  });
}

/**
 * PHX-HOST-PATH-ROOT over the hypervisor file's host folders: `shared_volumes` (bind-mounted into
 * containers: under an allowed root), NFS exports and Samba shares (served to the network: outside
 * the system tree, as they may name a pool the file does not declare), absolute paths only (a
 * Samba share may name a dataset instead).
 */
export function checkHypervisorPathRoots(hypervisor: unknown, roots: readonly string[], r: Reporter): void {
  if (!isObj(hypervisor)) return;
  const check = (path: JsonPath, value: unknown, what: string, use: 'mount' | 'file' = 'file'): void => {
    if (typeof value !== 'string' || !value.startsWith('/')) return;
    const why = hostPathProblem(value, roots, use);
    if (why) r.at('hypervisor', path, 'error', 'PHX-HOST-PATH-ROOT', `${what} '${value}' ${why}`);
  };
  if (isObj(hypervisor.shared_volumes)) {
    for (const [name, vol] of Object.entries(hypervisor.shared_volumes)) {
      if (isObj(vol))
        check(
          ['shared_volumes', name, 'host_path'],
          vol.host_path,
          `host_path of shared volume '${name}'`,
          'mount',
        );
    }
  }
  const nfs = hypervisor.nfs;
  if (isObj(nfs) && Array.isArray(nfs.exports)) {
    nfs.exports.forEach((e, i) => {
      if (isObj(e)) check(['nfs', 'exports', i, 'path'], e.path, 'NFS export');
    });
  }
  const samba = hypervisor.samba;
  if (isObj(samba) && Array.isArray(samba.shares)) {
    samba.shares.forEach((e, i) => {
      if (!isObj(e)) return;
      check(['samba', 'shares', i, 'path'], e.path, 'Samba share');
      if (typeof e.options !== 'string') return;
      for (const part of e.options.split(/\s+/)) {
        const key = part.split('=')[0]!.replace(/_/g, ' ').toLowerCase();
        if (SAMBA_PROGRAM_KEY.test(key)) {
          r.at(
            'hypervisor',
            ['samba', 'shares', i, 'options'],
            'error',
            'PHX-SAMBA-OPTION-UNSAFE',
            `share option '${key}' runs a program as root on the host; Phoenix does not write it to smb.conf`,
          );
        }
      }
    });
  }
}
