/**
 * Builders for the host commands `setup-hypervisor` runs beyond the Proxmox CLIs: Debian packages,
 * time, network reload, services, kernel modules, disks, Linux users, NFS/Samba, the firewall
 * compiler, AppArmor and downloads. Re-exported by `commands.ts` (the one entry point). Every
 * argument is validated; secrets travel only on stdin or in `secrets` (masked in logs).
 */
import type { HostCommand } from './commands.js';
import { checkAbsolutePath, checkNodeName, checkSingleLine, checkStorageId, options } from './pve-options.js';
import { bad, ro, rw, show } from './command-helpers.js';

const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const UNIT = /^[A-Za-z0-9][A-Za-z0-9@_.:-]*$/;
const MODULE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const HTTPS_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*$/;

function checkPackageName(name: string): string {
  return PACKAGE.test(name) ? name : bad(`invalid Debian package name ${show(name)}`);
}

function checkLinuxUser(name: string): string {
  return LINUX_USER.test(name) ? name : bad(`invalid Linux user name ${show(name)}`);
}

function checkUnit(name: string): string {
  return UNIT.test(name) ? name : bad(`invalid systemd unit ${show(name)}`);
}

function checkModule(name: string): string {
  return MODULE.test(name) ? name : bad(`invalid kernel module ${show(name)}`);
}

function checkUrl(url: string): string {
  return HTTPS_URL.test(url) ? url : bad(`invalid download URL ${show(url)}: expected http(s)://host/path`);
}

const checkFileName = (name: string, what: string): string =>
  /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) ? name : bad(`invalid ${what} ${show(name)}`);

// ---- Debian packages ----

/** `name<TAB>version<TAB>status` per known package (status `ii ` = installed); exit 1 if some are unknown. */
export function dpkgQuery(packages: readonly string[]): HostCommand {
  if (packages.length === 0) bad('dpkg-query: no packages');
  return ro(
    'dpkg-query',
    '--show',
    '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n',
    ...packages.map(checkPackageName),
  );
}

/** apt-get without questions: debconf non-interactive, keep locally changed config files. */
const APT_ENV = ['env', 'DEBIAN_FRONTEND=noninteractive'];

export const aptGetUpdate = (): HostCommand => rw(...APT_ENV, 'apt-get', 'update', '-q');

export function aptGetInstall(packages: readonly string[]): HostCommand {
  if (packages.length === 0) bad('apt-get install: no packages');
  return rw(
    ...APT_ENV,
    'apt-get',
    'install',
    '-y',
    '-q',
    '--no-install-recommends',
    '-o',
    'Dpkg::Options::=--force-confdef',
    '-o',
    'Dpkg::Options::=--force-confold',
    ...packages.map(checkPackageName),
  );
}

// ---- time ----

export const timedatectlShow = (): HostCommand =>
  ro('timedatectl', 'show', '--property=Timezone', '--property=NTP');

export function timedatectlSetTimezone(zone: string): HostCommand {
  if (!TIMEZONE.test(zone)) bad(`invalid time zone ${show(zone)}`);
  return rw('timedatectl', 'set-timezone', zone);
}

export const timedatectlSetNtp = (on: boolean): HostCommand =>
  rw('timedatectl', 'set-ntp', on ? 'true' : 'false');

/** Makes chronyd re-read /etc/chrony/sources.d. */
export const chronycReloadSources = (): HostCommand => rw('chronyc', 'reload', 'sources');

// ---- network, services, kernel ----

/** Applies /etc/network/interfaces (and interfaces.d) with ifupdown2, like the Proxmox GUI does. */
export const ifreloadAll = (): HostCommand => rw('ifreload', '-a');

export const systemctlIsActive = (unit: string): HostCommand => ro('systemctl', 'is-active', checkUnit(unit));
export const systemctlIsEnabled = (unit: string): HostCommand =>
  ro('systemctl', 'is-enabled', checkUnit(unit));
export const systemctlEnableNow = (unit: string): HostCommand =>
  rw('systemctl', 'enable', '--now', checkUnit(unit));
export const systemctlReload = (unit: string): HostCommand => rw('systemctl', 'reload', checkUnit(unit));
export const systemctlRestart = (unit: string): HostCommand => rw('systemctl', 'restart', checkUnit(unit));

/** Loaded kernel modules (`Module Size Used by` table). */
export const lsmod = (): HostCommand => ro('lsmod');
export const modprobe = (module: string): HostCommand => rw('modprobe', checkModule(module));

export const updateInitramfs = (): HostCommand => rw('update-initramfs', '-u', '-k', 'all');
/** Copies kernels and /etc/kernel/cmdline to the ESPs (systemd-boot or proxmox-boot-tool-managed GRUB). */
export const proxmoxBootToolRefresh = (): HostCommand => rw('proxmox-boot-tool', 'refresh');
export const updateGrub = (): HostCommand => rw('update-grub');

export const mkdirP = (path: string): HostCommand =>
  rw('mkdir', '-p', '--', checkAbsolutePath(path, 'directory'));

// ---- disks ----

/** One disk as JSON: the device and its partitions with their signatures and mount points. */
export function lsblkDisk(disk: string): HostCommand {
  if (!disk.startsWith('/dev/')) bad(`invalid disk ${show(disk)}: expected a /dev/ path`);
  return ro(
    'lsblk',
    '--json',
    '--bytes',
    '--output',
    'PATH,SIZE,TYPE,FSTYPE,PTTYPE,MOUNTPOINT',
    '--',
    checkAbsolutePath(disk, 'disk'),
  );
}

/** Erases every filesystem, RAID and partition-table signature on `device`. Destroys data. */
export function wipefsAll(device: string): HostCommand {
  if (!device.startsWith('/dev/')) bad(`invalid device ${show(device)}: expected a /dev/ path`);
  return rw('wipefs', '--all', '--', checkAbsolutePath(device, 'device'));
}

// ---- Linux users ----

export const getentPasswd = (user: string): HostCommand => ro('getent', 'passwd', checkLinuxUser(user));
/** The shadow entry holds the password hash: callers must treat the output as secret. */
export const getentShadow = (user: string): HostCommand => ro('getent', 'shadow', checkLinuxUser(user));
export const idGroups = (user: string): HostCommand => ro('id', '-nG', '--', checkLinuxUser(user));

export function useradd(
  user: string,
  o: { shell?: string; createHome?: boolean; system?: boolean; comment?: string } = {},
): HostCommand {
  if (o.comment !== undefined && !/^[^:\n\r,]*$/.test(o.comment))
    bad(`invalid user comment ${show(o.comment)}`);
  return rw(
    'useradd',
    ...(o.createHome === false ? ['--no-create-home'] : ['--create-home']),
    ...(o.system ? ['--system'] : []),
    '--shell',
    checkAbsolutePath(o.shell ?? '/bin/bash', 'shell'),
    ...(o.comment ? ['--comment', o.comment] : []),
    '--',
    checkLinuxUser(user),
  );
}

export function usermodAppendGroups(user: string, groups: readonly string[]): HostCommand {
  if (groups.length === 0) bad('usermod: no groups');
  return rw(
    'usermod',
    '--append',
    '--groups',
    groups.map(checkLinuxUser).join(','),
    '--',
    checkLinuxUser(user),
  );
}

/** Sets a password from its crypt(3) hash; the hash goes on stdin, never in argv. */
export function chpasswdEncrypted(user: string, hash: string): HostCommand {
  if (!/^\$[A-Za-z0-9]+\$[^\s:]+$/.test(hash)) bad('the password hash is not a crypt(3) hash like $6$...');
  return {
    argv: ['chpasswd', '--encrypted'],
    readOnly: false,
    stdin: `${checkLinuxUser(user)}:${hash}\n`,
    secrets: [hash],
  };
}

const MODE = /^0?[0-7]{3}$/;

export function installDir(path: string, mode: string, owner: string, group: string): HostCommand {
  if (!MODE.test(mode)) bad(`invalid mode ${show(mode)}`);
  return rw(
    'install',
    '-d',
    '-m',
    mode,
    '-o',
    checkLinuxUser(owner),
    '-g',
    checkLinuxUser(group),
    '--',
    checkAbsolutePath(path, 'directory'),
  );
}

export const chown = (owner: string, group: string, path: string): HostCommand =>
  rw('chown', `${checkLinuxUser(owner)}:${checkLinuxUser(group)}`, '--', checkAbsolutePath(path, 'file'));

export function chmod(mode: string, path: string): HostCommand {
  if (!MODE.test(mode)) bad(`invalid mode ${show(mode)}`);
  return rw('chmod', mode, '--', checkAbsolutePath(path, 'file'));
}

// ---- NFS and Samba ----

/** Re-exports everything in /etc/exports and /etc/exports.d (and drops exports no longer listed). */
export const exportfsReexportAll = (): HostCommand => rw('exportfs', '-ra');

/** Exit 0 and one line when the Samba user exists in the passdb. */
export const pdbeditUser = (user: string): HostCommand => ro('pdbedit', '-L', '-u', checkLinuxUser(user));

/** Adds a Samba user; the password goes on stdin twice (`-s`), never in argv. */
export function smbpasswdAdd(user: string, password: string): HostCommand {
  if (password === '' || /[\r\n]/.test(password)) bad('the Samba password must be one non-empty line');
  return {
    argv: ['smbpasswd', '-a', '-s', checkLinuxUser(user)],
    readOnly: false,
    stdin: `${password}\n${password}\n`,
    secrets: [password],
  };
}

/** Parses smb.conf (and its includes) and prints the effective configuration; non-zero on errors. */
export const testparm = (): HostCommand => ro('testparm', '-s');

// ---- firewall, AppArmor ----

/** Compiles /etc/pve/firewall/* into rules and prints them; problems in rules go to stderr. */
export const pveFirewallCompile = (): HostCommand => ro('pve-firewall', 'compile');

/** Parses an AppArmor profile given on stdin without loading it (a syntax check). */
export function apparmorCheck(profileText: string): HostCommand {
  return {
    argv: ['apparmor_parser', '--skip-kernel-load', '--skip-cache'],
    readOnly: true,
    stdin: profileText,
  };
}

/** Loads (or replaces) the profile in `path` into the kernel. */
export const apparmorLoad = (path: string): HostCommand =>
  rw('apparmor_parser', '--replace', '--write-cache', checkAbsolutePath(path, 'profile'));

// ---- NVIDIA ----

/** Installed driver version, one line per GPU; exit 127 when the driver is not installed. */
export const nvidiaSmiDriverVersion = (): HostCommand =>
  ro('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader');

/** Version of the module installed for the running kernel (loaded or not); exit 1 when there is none. */
export const modinfoVersion = (module: string): HostCommand =>
  ro('modinfo', '-F', 'version', checkModule(module));

/** Downloads `url` to `dest` (fails on HTTP errors, retries transient ones). */
export function curlDownload(url: string, dest: string): HostCommand {
  return rw('curl', '-fsSL', '--retry', '3', '-o', checkAbsolutePath(dest, 'download target'), checkUrl(url));
}

/** Runs the NVIDIA `.run` installer unattended, building the kernel module with DKMS. */
export function nvidiaRunfileInstall(runfile: string): HostCommand {
  checkAbsolutePath(runfile, 'installer');
  if (!/\/NVIDIA-Linux-[A-Za-z0-9_]+-[0-9.]+\.run$/.test(runfile))
    bad(`invalid NVIDIA installer ${show(runfile)}: expected .../NVIDIA-Linux-<arch>-<version>.run`);
  return rw('sh', runfile, '--silent', '--dkms', '--no-questions', '--ui=none');
}

// ---- Proxmox API calls the CLIs lack ----

/** Downloads a file (ISO, cloud image, template) into a storage through the node (PVE 7.2+). */
export function pveDownloadUrl(
  node: string,
  storage: string,
  o: {
    url: string;
    filename: string;
    content: 'iso' | 'vztmpl' | 'import';
    checksum?: string;
    checksumAlgorithm?: 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
  },
): HostCommand {
  if ((o.checksum === undefined) !== (o.checksumAlgorithm === undefined))
    bad('download-url: give both checksum and checksum algorithm, or neither');
  if (o.checksum !== undefined && !/^[0-9a-fA-F]{32,128}$/.test(o.checksum))
    bad(`invalid checksum ${show(o.checksum)}`);
  return rw(
    'pvesh',
    'create',
    `/nodes/${checkNodeName(node)}/storage/${checkStorageId(storage)}/download-url`,
    ...options([
      ['content', o.content],
      ['filename', checkFileName(o.filename, 'file name')],
      ['url', checkUrl(o.url)],
      ['checksum', o.checksum],
      ['checksum-algorithm', o.checksumAlgorithm],
    ]),
  );
}

/** Sets the password of a Proxmox VE user (realm `pve`); the value is a secret, masked in logs. */
export function pveSetPassword(userid: string, password: string): HostCommand {
  if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid)) bad(`invalid user id ${show(userid)}`);
  if (password.length < 5 || /[\r\n\0]/.test(password))
    bad(`the password of ${userid} must be at least 5 characters on one line`);
  return {
    argv: ['pvesh', 'set', '/access/password', '--userid', userid, '--password', password],
    readOnly: false,
    secrets: [password],
  };
}

/** Changes an existing user's groups (replacing the list), comment or enabled state. */
export function pveumUserModify(
  userid: string,
  o: { groups?: readonly string[]; comment?: string; enable?: boolean },
): HostCommand {
  if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid)) bad(`invalid user id ${show(userid)}`);
  for (const g of o.groups ?? []) if (!/^[A-Za-z0-9.\-_]+$/.test(g)) bad(`invalid group id ${show(g)}`);
  if (o.comment !== undefined) checkSingleLine(o.comment, 'comment');
  const rest = options([
    ['groups', o.groups === undefined ? undefined : o.groups.join(',')],
    ['comment', o.comment],
    ['enable', o.enable],
  ]);
  if (rest.length === 0) bad(`pveum user modify ${userid}: nothing to change`);
  return rw('pveum', 'user', 'modify', userid, ...rest);
}

// ---- registry entries (added to HOST_PROGRAMS in host-commands.ts) ----

/** Programs above, for the host-program registry (paths as Debian / Proxmox VE install them). */
export const HOST_SETUP_PROGRAMS = [
  {
    name: 'dpkg-query',
    path: '/usr/bin/dpkg-query',
    subcommands: [],
    forms: [['--show', '<format>', '...']],
  },
  {
    name: 'env',
    path: '/usr/bin/env',
    subcommands: [],
    forms: [['DEBIAN_FRONTEND=noninteractive', '<command...>']],
  },
  { name: 'apt-get', path: '/usr/bin/apt-get', subcommands: ['install', 'update'] },
  { name: 'timedatectl', path: '/usr/bin/timedatectl', subcommands: ['set-ntp', 'set-timezone', 'show'] },
  { name: 'chronyc', path: '/usr/bin/chronyc', subcommands: ['reload sources'] },
  { name: 'ifreload', path: '/usr/sbin/ifreload', subcommands: [], forms: [['-a']] },
  {
    name: 'systemctl',
    path: '/usr/bin/systemctl',
    subcommands: ['enable', 'is-active', 'is-enabled', 'reload', 'restart'],
  },
  { name: 'lsmod', path: '/usr/sbin/lsmod', subcommands: [], forms: [[]] },
  { name: 'modprobe', path: '/usr/sbin/modprobe', subcommands: [], forms: [['<module>']] },
  {
    name: 'update-initramfs',
    path: '/usr/sbin/update-initramfs',
    subcommands: [],
    forms: [['-u', '-k', 'all']],
  },
  { name: 'proxmox-boot-tool', path: '/usr/sbin/proxmox-boot-tool', subcommands: ['refresh'] },
  { name: 'update-grub', path: '/usr/sbin/update-grub', subcommands: [], forms: [[]] },
  { name: 'mkdir', path: '/usr/bin/mkdir', subcommands: [], forms: [['-p', '--', '<dir>']] },
  {
    name: 'lsblk',
    path: '/usr/bin/lsblk',
    subcommands: [],
    forms: [['--json', '--bytes', '--output', '<columns>', '--', '<disk>']],
  },
  { name: 'wipefs', path: '/usr/sbin/wipefs', subcommands: [], forms: [['--all', '--', '<device>']] },
  { name: 'getent', path: '/usr/bin/getent', subcommands: ['passwd', 'shadow'] },
  { name: 'id', path: '/usr/bin/id', subcommands: [], forms: [['-nG', '--', '<user>']] },
  { name: 'useradd', path: '/usr/sbin/useradd', subcommands: [], forms: [['...']] },
  {
    name: 'usermod',
    path: '/usr/sbin/usermod',
    subcommands: [],
    forms: [['--append', '--groups', '<groups>', '--', '<user>']],
  },
  { name: 'chpasswd', path: '/usr/sbin/chpasswd', subcommands: [], forms: [['--encrypted']] },
  {
    name: 'install',
    path: '/usr/bin/install',
    subcommands: [],
    forms: [['-d', '-m', '<mode>', '-o', '<user>', '-g', '<group>', '--', '<dir>']],
  },
  { name: 'chown', path: '/usr/bin/chown', subcommands: [], forms: [['<owner>', '--', '<file>']] },
  { name: 'chmod', path: '/usr/bin/chmod', subcommands: [], forms: [['<mode>', '--', '<file>']] },
  { name: 'exportfs', path: '/usr/sbin/exportfs', subcommands: [], forms: [['-ra']] },
  { name: 'pdbedit', path: '/usr/bin/pdbedit', subcommands: [], forms: [['-L', '-u', '<user>']] },
  { name: 'smbpasswd', path: '/usr/bin/smbpasswd', subcommands: [], forms: [['-a', '-s', '<user>']] },
  { name: 'testparm', path: '/usr/bin/testparm', subcommands: [], forms: [['-s']] },
  { name: 'pve-firewall', path: '/usr/sbin/pve-firewall', subcommands: ['compile'] },
  {
    name: 'apparmor_parser',
    path: '/usr/sbin/apparmor_parser',
    subcommands: [],
    forms: [
      ['--skip-kernel-load', '--skip-cache'],
      ['--replace', '--write-cache', '<file>'],
    ],
  },
  {
    name: 'nvidia-smi',
    path: '/usr/bin/nvidia-smi',
    subcommands: [],
    forms: [['--query-gpu=driver_version', '--format=csv,noheader']],
  },
  { name: 'modinfo', path: '/usr/sbin/modinfo', subcommands: [], forms: [['-F', 'version', '<module>']] },
  {
    name: 'curl',
    path: '/usr/bin/curl',
    subcommands: [],
    forms: [['-fsSL', '--retry', '3', '-o', '<file>', '<url>']],
  },
  {
    name: 'sh',
    path: '/usr/bin/sh',
    subcommands: [],
    forms: [['<runfile>', '--silent', '--dkms', '--no-questions', '--ui=none']],
  },
] as const;
