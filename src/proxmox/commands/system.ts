/**
 * Builders of the system commands setup-hypervisor runs beyond the Proxmox CLIs: Debian packages,
 * time, network reload, services, kernel modules and boot, disks, NFS/Samba services, the firewall
 * compiler, AppArmor, the NVIDIA driver and downloads. Every argument is validated.
 */
import { fail as bad, ro, rw, show, wrap, type HostCommand } from './command.js';
import { checkAbsolutePath, checkUrl } from './checks.js';

const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const UNIT = /^[A-Za-z0-9][A-Za-z0-9@_.:-]*$/;
const MODULE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

function checkPackageName(name: string): string {
  return PACKAGE.test(name) ? name : bad(`invalid Debian package name ${show(name)}`);
}

function checkUnit(name: string): string {
  return UNIT.test(name) ? name : bad(`invalid systemd unit ${show(name)}`);
}

function checkModule(name: string): string {
  return MODULE.test(name) ? name : bad(`invalid kernel module ${show(name)}`);
}

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
const aptGet = (...args: string[]): HostCommand =>
  wrap('env', ['DEBIAN_FRONTEND=noninteractive'], rw('apt-get', ...args));

export const aptGetUpdate = (): HostCommand => aptGet('update', '-q');

export function aptGetInstall(packages: readonly string[]): HostCommand {
  if (packages.length === 0) bad('apt-get install: no packages');
  return aptGet(
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

// ---- NFS and Samba services ----

/** Re-exports everything in /etc/exports and /etc/exports.d (and drops exports no longer listed). */
export const exportfsReexportAll = (): HostCommand => rw('exportfs', '-ra');

/** Parses smb.conf (and its includes) and prints the effective configuration; non-zero on errors. */
export const testparm = (): HostCommand => ro('testparm', '-s');

// ---- firewall, AppArmor ----

/** Compiles /etc/pve/firewall/* into rules and prints them; problems in rules go to stderr. */
export const pveFirewallCompile = (): HostCommand => ro('pve-firewall', 'compile');

/** Parses an AppArmor profile given on stdin without loading it (a syntax check). */
export function apparmorCheck(profileText: string): HostCommand {
  return { ...ro('apparmor_parser', '--skip-kernel-load', '--skip-cache'), stdin: profileText };
}

/** Loads (or replaces) the profile in `path` into the kernel. */
export const apparmorLoad = (path: string): HostCommand =>
  rw('apparmor_parser', '--replace', '--write-cache', checkAbsolutePath(path, 'profile'));

// ---- NVIDIA ----

/** Installed driver version, one line per GPU; exit 127 when the driver is not installed. */
export const nvidiaSmiDriverVersion = (): HostCommand =>
  ro('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader');

/**
 * Makes /dev/nvidia-uvm and /dev/nvidia-uvm-tools now (loading nvidia-uvm): the module creates no
 * device node by itself, and Proxmox stats every passthrough device at `pct set` and at start.
 */
export const nvidiaModprobeUvm = (): HostCommand => rw('nvidia-modprobe', '-c0', '-u');

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
