/**
 * System programs on the simulated host: time (`timedatectl`, `chronyc`), systemd units
 * (`systemctl`), kernel modules (`lsmod`, `modprobe`, `modinfo`), boot artefacts
 * (`update-initramfs`, `proxmox-boot-tool`, `update-grub`), files (`mkdir`, `install -d`, `chown`,
 * `chmod`) and Linux accounts (`getent`, `id`, `useradd`, `usermod`, `chpasswd`), with the exit
 * codes and messages of Debian's tools.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { isClusterPath, mkdirCluster, rmdirCluster } from '../cluster-fs.js';
import { hostDirExists } from '../host-paths.js';
import {
  exit,
  fileText,
  hostSetup,
  requirePackage,
  setFileText,
  unitName,
  type SimLinuxUser,
} from './state.js';

const ZONE =
  /^(UTC|(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?)$/;

function timedatectl(ctx: SimCtx): void {
  const [cmd, ...rest] = ctx.rt.args;
  const hs = hostSetup(ctx);
  if (cmd === 'show') {
    const zone = (fileText(ctx, '/etc/timezone') ?? 'Etc/UTC\n').trim();
    const all: Record<string, string> = {
      Timezone: zone,
      LocalRTC: 'no',
      CanNTP: 'yes',
      NTP: hs.ntp ? 'yes' : 'no',
      NTPSynchronized: hs.ntp ? 'yes' : 'no',
    };
    const wanted = rest.filter((a) => a.startsWith('--property=')).map((a) => a.slice('--property='.length));
    for (const k of wanted.length ? wanted : Object.keys(all))
      if (all[k] !== undefined) ctx.out(`${k}=${all[k]}\n`);
    return;
  }
  if (cmd === 'set-timezone') {
    const z = rest[0] ?? '';
    if (!ZONE.test(z)) exit(1, `Failed to set time zone: Invalid or not installed time zone '${z}'`);
    setFileText(ctx, '/etc/timezone', `${z}\n`);
    return;
  }
  if (cmd === 'set-ntp') {
    const v = rest[0] ?? '';
    if (!/^(true|false|yes|no|1|0|on|off)$/.test(v)) exit(1, `Failed to parse argument: ${v}`);
    hs.ntp = /^(true|yes|1|on)$/.test(v);
    return;
  }
  exit(1, `Unknown command verb '${cmd ?? ''}'.`);
}

function chronyc(ctx: SimCtx): void {
  requirePackage(ctx, 'chrony', 'chronyc');
  if (ctx.rt.args.join(' ') !== 'reload sources') exit(1, 'Unrecognized command');
  ctx.out('200 OK\n');
}

function systemctl(ctx: SimCtx): void {
  const args = ctx.rt.args.filter((a) => a !== '--now' && a !== '--quiet' && a !== '-q');
  const now = ctx.rt.args.includes('--now');
  const [cmd, raw] = args;
  const hs = hostSetup(ctx);
  const name = unitName(raw ?? '');
  const u = hs.units[name];
  const exists = u !== undefined && (!u.package || ctx.node.packages[u.package] !== undefined);
  switch (cmd) {
    case 'is-active':
      ctx.out(`${exists && u.active ? 'active' : 'inactive'}\n`);
      if (!exists || !u.active) exit(3);
      return;
    case 'is-enabled':
      if (!exists) exit(1, `Failed to get unit file state for ${name}.service: No such file or directory`);
      ctx.out(`${u.enabled ? 'enabled' : 'disabled'}\n`);
      if (!u.enabled) exit(1);
      return;
    case 'enable':
      if (!exists) exit(1, `Failed to enable unit: Unit file ${name}.service does not exist.`);
      u.enabled = true;
      if (now) u.active = true;
      return;
    case 'start':
    case 'restart':
      if (!exists) exit(5, `Failed to ${cmd} ${name}.service: Unit ${name}.service not found.`);
      u.active = true;
      return;
    case 'reload':
      if (!exists) exit(5, `Failed to reload ${name}.service: Unit ${name}.service not found.`);
      if (!u.active) exit(1, `${name}.service is not active, cannot reload.`);
      return;
    default:
      exit(1, `Unknown command verb '${cmd ?? ''}'.`);
  }
}

const KNOWN_MODULES = new Set([
  'vfio',
  'vfio_pci',
  'vfio_iommu_type1',
  'zfs',
  'bridge',
  'overlay',
  'br_netfilter',
  'kvm',
  'kvm_intel',
  'kvm_amd',
  'nouveau',
  'nbd',
]);

function lsmod(ctx: SimCtx): void {
  ctx.out('Module                  Size  Used by\n');
  for (const m of ctx.node.kernelModules) ctx.out(`${m.padEnd(24)}${String(16384).padStart(6)}  0\n`);
}

function modprobe(ctx: SimCtx): void {
  const mod = (ctx.rt.args.find((a) => !a.startsWith('-')) ?? '').replace(/-/g, '_');
  const hs = hostSetup(ctx);
  const known = KNOWN_MODULES.has(mod) || (mod === 'nvidia' && hs.nvidia.installed !== undefined);
  if (!known)
    exit(1, `modprobe: FATAL: Module ${mod} not found in directory /lib/modules/${ctx.node.kernel}`);
  if (!ctx.node.kernelModules.includes(mod)) ctx.node.kernelModules.push(mod);
  if (mod === 'nvidia') hs.nvidia.loaded = hs.nvidia.installed;
}

function modinfo(ctx: SimCtx): void {
  const args = ctx.rt.args;
  const mod = args[args.length - 1] ?? '';
  const hs = hostSetup(ctx);
  const version =
    mod === 'nvidia' ? hs.nvidia.installed : KNOWN_MODULES.has(mod) ? ctx.node.kernel : undefined;
  if (version === undefined) exit(1, `modinfo: ERROR: Module ${mod} not found.`);
  ctx.out(`${version}\n`);
}

function rebuilt(ctx: SimCtx, what: string, message: string): void {
  const hs = hostSetup(ctx);
  hs.rebuilt[what] = (hs.rebuilt[what] ?? 0) + 1;
  ctx.out(message);
}

// ---- files ----

function addDir(ctx: SimCtx, dir: string): void {
  const hs = hostSetup(ctx);
  const d = dir.replace(/\/+$/, '');
  hs.dirs ??= [];
  if (!hs.dirs.includes(d)) hs.dirs.push(d);
}

function pathArg(args: readonly string[]): string | undefined {
  const i = args.indexOf('--');
  return i >= 0 ? args[i + 1] : args[args.length - 1];
}

function install(ctx: SimCtx): void {
  const a = ctx.rt.args;
  const get = (flag: string): string | undefined => (a.includes(flag) ? a[a.indexOf(flag) + 1] : undefined);
  const owner = get('-o');
  const group = get('-g');
  const hs = hostSetup(ctx);
  if (!a.includes('-d')) exit(1, 'install: only directories (-d) are simulated');
  // Numeric ids need no account (an unprivileged CT's root is host uid 100000).
  if (owner && !/^\d+$/.test(owner) && !hs.users[owner]) exit(1, `install: invalid user '${owner}'`);
  if (group && !/^\d+$/.test(group) && hs.groups[group] === undefined)
    exit(1, `install: invalid group '${group}'`);
  const dir = pathArg(a)!;
  hs.owners[dir] = `${owner ?? 'root'}:${group ?? 'root'}`;
  addDir(ctx, dir);
}

function chown(ctx: SimCtx): void {
  const [spec] = ctx.rt.args;
  const file = pathArg(ctx.rt.args) ?? '';
  const [user, group] = (spec ?? '').split(':');
  const hs = hostSetup(ctx);
  if (!user || !hs.users[user]) exit(1, `chown: invalid user: '${spec}'`);
  if (group && hs.groups[group] === undefined) exit(1, `chown: invalid group: '${spec}'`);
  if (!ctx.node.files[file]) exit(1, `chown: cannot access '${file}': No such file or directory`);
  hs.owners[file] = `${user}:${group ?? user}`;
}

function chmod(ctx: SimCtx): void {
  const [mode] = ctx.rt.args;
  const file = pathArg(ctx.rt.args) ?? '';
  if (!/^[0-7]{3,4}$/.test(mode ?? '')) exit(1, `chmod: invalid mode: '${mode}'`);
  const f = ctx.node.files[file];
  if (!f) exit(1, `chmod: cannot access '${file}': No such file or directory`);
  f.mode = mode!.padStart(4, '0');
}

// ---- accounts ----

function passwdLine(name: string, u: SimLinuxUser): string {
  return `${name}:x:${u.uid}:${u.gid}:${u.comment ?? ''}:${u.home}:${u.shell}`;
}

function getent(ctx: SimCtx): void {
  const [db, key] = ctx.rt.args;
  const hs = hostSetup(ctx);
  const u = key ? hs.users[key] : undefined;
  if (db === 'passwd') {
    if (!u) exit(2);
    ctx.out(passwdLine(key!, u) + '\n');
  } else if (db === 'shadow') {
    if (!u) exit(2);
    ctx.out(`${key}:${u.hash}:20000:0:99999:7:::\n`);
  } else if (db === 'group') {
    const gid = key ? hs.groups[key] : undefined;
    if (gid === undefined) exit(2);
    ctx.out(
      `${key}:x:${gid}:${Object.entries(hs.users)
        .filter(([, v]) => v.groups.includes(key!))
        .map(([n]) => n)
        .join(',')}\n`,
    );
  } else exit(1, `Unknown database: ${db ?? ''}`);
}

function id(ctx: SimCtx): void {
  const name = pathArg(ctx.rt.args) ?? '';
  const hs = hostSetup(ctx);
  const u = hs.users[name];
  if (!u) exit(1, `id: '${name}': no such user`);
  const primary = Object.entries(hs.groups).find(([, g]) => g === u.gid)?.[0] ?? String(u.gid);
  ctx.out([primary, ...u.groups].join(' ') + '\n');
}

function useradd(ctx: SimCtx): void {
  const a = ctx.rt.args;
  const get = (flag: string): string | undefined => (a.includes(flag) ? a[a.indexOf(flag) + 1] : undefined);
  const name = pathArg(a) ?? '';
  const hs = hostSetup(ctx);
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(name)) exit(3, `useradd: invalid user name '${name}'`);
  if (hs.users[name]) exit(9, `useradd: user '${name}' already exists`);
  const system = a.includes('--system') || a.includes('-r');
  const used = new Set(Object.values(hs.users).map((u) => u.uid));
  let uid = system ? 999 : 1000;
  while (used.has(uid)) uid += system ? -1 : 1;
  hs.groups[name] ??= uid;
  hs.users[name] = {
    uid,
    gid: hs.groups[name]!,
    home: `/home/${name}`,
    shell: get('--shell') ?? get('-s') ?? '/bin/sh',
    groups: [],
    hash: '!',
    comment: get('--comment') ?? get('-c'),
  };
}

function usermod(ctx: SimCtx): void {
  const a = ctx.rt.args;
  const name = pathArg(a) ?? '';
  const hs = hostSetup(ctx);
  const u = hs.users[name];
  if (!u) exit(6, `usermod: user '${name}' does not exist`);
  const i = a.findIndex((x) => x === '--groups' || x === '-G');
  const groups = i >= 0 ? (a[i + 1] ?? '').split(',').filter(Boolean) : [];
  for (const g of groups) if (hs.groups[g] === undefined) exit(6, `usermod: group '${g}' does not exist`);
  const append = a.includes('--append') || a.includes('-a');
  u.groups = append ? [...new Set([...u.groups, ...groups])] : groups;
}

function chpasswd(ctx: SimCtx): void {
  const encrypted = ctx.rt.args.includes('--encrypted') || ctx.rt.args.includes('-e');
  const hs = hostSetup(ctx);
  const lines = ctx.rt.stdin.toString('utf8').split('\n').filter(Boolean);
  lines.forEach((l, i) => {
    const [name, ...rest] = l.split(':');
    const value = rest.join(':');
    const u = name ? hs.users[name] : undefined;
    if (!u)
      exit(
        1,
        `chpasswd: line ${i + 1}: user '${name ?? ''}' does not exist\nchpasswd: error detected, changes ignored`,
      );
    if (encrypted && !/^\$[A-Za-z0-9]+\$/.test(value))
      exit(1, `chpasswd: line ${i + 1}: invalid hash\nchpasswd: error detected, changes ignored`);
    u.hash = encrypted ? value : `$y$j9T$sim$${Buffer.from(value).toString('base64')}`;
  });
}

export function registerSystemPrograms(): void {
  const rw = (name: string, run: (ctx: SimCtx) => void, op?: (a: readonly string[]) => string): void =>
    registerSimProgram(name, { op: op ?? (() => name), readOnly: () => false, run });
  const ro = (name: string, run: (ctx: SimCtx) => void): void =>
    registerSimProgram(name, { op: () => name, readOnly: () => true, run });
  registerSimProgram('timedatectl', {
    op: (a) => `timedatectl ${a[0] ?? ''}`.trim(),
    readOnly: (a) => a[0] === 'show' || a[0] === 'status',
    run: timedatectl,
  });
  rw('chronyc', chronyc);
  registerSimProgram('systemctl', {
    op: (a) => `systemctl ${a[0] ?? ''}`.trim(),
    readOnly: (a) => ['is-active', 'is-enabled', 'status'].includes(a[0] ?? ''),
    run: systemctl,
  });
  ro('lsmod', lsmod);
  rw('modprobe', modprobe);
  ro('modinfo', modinfo);
  rw('update-initramfs', (ctx) =>
    rebuilt(ctx, 'initramfs', `update-initramfs: Generating /boot/initrd.img-${ctx.node.kernel}\n`),
  );
  rw('proxmox-boot-tool', (ctx) => {
    if (ctx.rt.args[0] !== 'refresh') exit(1, `E: unknown command '${ctx.rt.args[0] ?? ''}'`);
    rebuilt(
      ctx,
      'proxmox-boot-tool',
      "Running hook script 'proxmox-auto-removal'..\nCopying and configuring kernels on /dev/disk/by-uuid/SIM-ESP\n",
    );
  });
  rw('update-grub', (ctx) => rebuilt(ctx, 'grub', 'Generating grub configuration file ...\ndone\n'));
  rw('mkdir', (ctx) => {
    const dir = pathArg(ctx.rt.args);
    if (!dir || !dir.startsWith('/')) exit(1, 'mkdir: missing operand');
    if (isClusterPath(dir)) {
      const err = mkdirCluster(ctx.s, dir, ctx.rt.args.includes('-p'), ctx.now());
      if (err) exit(1, err);
      return;
    }
    // Without -p, coreutils' mkdir refuses an existing folder and a missing parent.
    if (!ctx.rt.args.includes('-p')) {
      if (hostDirExists(ctx, dir)) exit(1, `mkdir: cannot create directory '${dir}': File exists`);
      const parent = dir.replace(/\/+$/, '').replace(/\/[^/]+$/, '') || '/';
      if (!hostDirExists(ctx, parent))
        exit(1, `mkdir: cannot create directory '${dir}': No such file or directory`);
    }
    addDir(ctx, dir);
  });
  rw('rmdir', (ctx) => {
    const dir = pathArg(ctx.rt.args);
    if (!dir || !dir.startsWith('/')) exit(1, 'rmdir: missing operand');
    if (isClusterPath(dir)) {
      const err = rmdirCluster(ctx.s, dir);
      if (err) exit(1, err);
      return;
    }
    const hs = hostSetup(ctx);
    const d = dir.replace(/\/+$/, '');
    if (!hostDirExists(ctx, d)) exit(1, `rmdir: failed to remove '${dir}': No such file or directory`);
    const below = (p: string): boolean => p.startsWith(d + '/');
    if (!hs.dirs?.includes(d) || hs.dirs.some(below) || Object.keys(ctx.node.files).some(below))
      exit(1, `rmdir: failed to remove '${dir}': Directory not empty`);
    hs.dirs = hs.dirs.filter((x) => x !== d);
  });
  rw('install', install);
  rw('chown', chown);
  rw('chmod', chmod);
  ro('getent', getent);
  ro('id', id);
  rw('useradd', useradd);
  rw('usermod', usermod);
  rw('chpasswd', chpasswd);
}
