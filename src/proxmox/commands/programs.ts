/**
 * The registry of every program a command builder may run on a host: its name, where Proxmox VE
 * 8/9 (Debian) installs it, whether it can change the host, and the subcommands or argument shapes
 * Phoenix uses. Builders name their program through `ProgramName` (see `command.ts`), so a builder
 * cannot run an unregistered one; the sudoers allow-list (`../sudoers.ts`) is generated from this
 * table, in this order.
 */

export interface HostProgram {
  readonly name: string;
  /** Where Proxmox VE 8/9 (Debian) installs it; for a sudoers allow-list. */
  readonly path: string;
  /**
   * Whether some use of it changes the host. Wrappers (`flock`, `timeout`, `env`) do not: the
   * command they run decides.
   */
  readonly mutates: boolean;
  /** First argv words Phoenix uses (`disk import` = two words). Empty: see `forms`. */
  readonly subcommands: readonly string[];
  /**
   * For programs without subcommands: argv shapes after the program name. `<x>` = one
   * argument, `...` = one or more arguments, `<command...>` = a registered host command.
   */
  readonly forms?: readonly (readonly string[])[];
}

/** The Proxmox VE CLIs, ZFS, and the file and wrapper programs every command may use. */
const CORE_PROGRAMS = [
  {
    name: 'pct',
    path: '/usr/sbin/pct',
    mutates: true,
    subcommands: [
      'clone',
      'config',
      'create',
      'delsnapshot',
      'destroy',
      'exec',
      'listsnapshot',
      'migrate',
      'move-volume',
      'push',
      'resize',
      'rollback',
      'set',
      'shutdown',
      'snapshot',
      'start',
      'status',
      'stop',
      'template',
      'unlock',
    ],
  },
  {
    name: 'qm',
    path: '/usr/sbin/qm',
    mutates: true,
    subcommands: [
      'clone',
      'cloudinit update',
      'config',
      'create',
      'delsnapshot',
      'destroy',
      'disk import',
      'disk move',
      'guest cmd',
      'guest exec',
      'listsnapshot',
      'migrate',
      'resize',
      'rollback',
      'set',
      'shutdown',
      'snapshot',
      'start',
      'status',
      'stop',
      'template',
      'unlock',
    ],
  },
  // Backups before a step that deletes a volume's data (commands/vzdump.ts).
  { name: 'vzdump', path: '/usr/bin/vzdump', mutates: true, subcommands: [], forms: [['<vmid>', '...']] },
  { name: 'pvesh', path: '/usr/bin/pvesh', mutates: true, subcommands: ['get', 'create', 'set'] },
  { name: 'pvesm', path: '/usr/sbin/pvesm', mutates: true, subcommands: ['add', 'set', 'status'] },
  {
    name: 'pveam',
    path: '/usr/bin/pveam',
    mutates: true,
    subcommands: ['available', 'download', 'list', 'update'],
  },
  {
    name: 'pveum',
    path: '/usr/sbin/pveum',
    mutates: true,
    subcommands: [
      'acl list',
      'acl modify',
      'group add',
      'group list',
      'user add',
      'user list',
      'user modify',
      'user token add',
      'user token list',
    ],
  },
  { name: 'zfs', path: '/usr/sbin/zfs', mutates: true, subcommands: ['create', 'get', 'list', 'set'] },
  { name: 'zpool', path: '/usr/sbin/zpool', mutates: true, subcommands: ['create', 'list', 'status'] },
  {
    name: 'grep',
    path: '/usr/bin/grep',
    mutates: false,
    subcommands: [],
    forms: [
      ['-H', '', '--', '...'],
      ['-r', '-H', '', '--', '...'],
    ],
  },
  { name: 'cat', path: '/usr/bin/cat', mutates: false, subcommands: [], forms: [['--', '<file>']] },
  {
    name: 'find',
    path: '/usr/bin/find',
    mutates: false,
    subcommands: [],
    forms: [['/dev', '/etc/apparmor.d/lxc', '-mindepth', '1', '-maxdepth', '1']],
  },
  {
    name: 'tee',
    path: '/usr/bin/tee',
    mutates: true,
    subcommands: [],
    forms: [
      ['--', '<file>'],
      ['-a', '--', '<file>'],
    ],
  },
  {
    name: 'flock',
    path: '/usr/bin/flock',
    mutates: false,
    subcommands: [],
    forms: [['-w', '<seconds>', '<lockfile>', '<command...>']],
  },
  // A command for another cluster node (hop.ts): the inner command travels as one quoted string,
  // so the allow-list cannot see it; a runner allowed this may run anything as root on the other
  // nodes, as root of one node already can through the cluster's own SSH keys. The quoted inner
  // command holds spaces, so its form is `...` (the sudoers rule must not stop at one word).
  {
    name: 'ssh',
    path: '/usr/bin/ssh',
    mutates: true,
    subcommands: [],
    forms: [['-e', 'none', '-o', 'BatchMode=yes', '-o', '<x>', '<x>', '--', '...']],
  },
  // Every timed command runs under coreutils `timeout` (files.ts `withTimeout`), so the host reaps it.
  {
    name: 'timeout',
    path: '/usr/bin/timeout',
    mutates: false,
    subcommands: [],
    forms: [['--kill-after=10s', '<duration>', '<command...>']],
  },
] as const satisfies readonly HostProgram[];

/** Debian and system tools only setup-hypervisor runs (builders in system.ts, users.ts, files.ts). */
const SETUP_PROGRAMS = [
  {
    name: 'dpkg-query',
    path: '/usr/bin/dpkg-query',
    mutates: false,
    subcommands: [],
    forms: [['--show', '<format>', '...']],
  },
  {
    name: 'env',
    path: '/usr/bin/env',
    mutates: false,
    subcommands: [],
    forms: [['DEBIAN_FRONTEND=noninteractive', '<command...>']],
  },
  { name: 'apt-get', path: '/usr/bin/apt-get', mutates: true, subcommands: ['install', 'update'] },
  {
    name: 'timedatectl',
    path: '/usr/bin/timedatectl',
    mutates: true,
    subcommands: ['set-ntp', 'set-timezone', 'show'],
  },
  { name: 'chronyc', path: '/usr/bin/chronyc', mutates: true, subcommands: ['reload sources'] },
  { name: 'ifreload', path: '/usr/sbin/ifreload', mutates: true, subcommands: [], forms: [['-a']] },
  {
    name: 'systemctl',
    path: '/usr/bin/systemctl',
    mutates: true,
    subcommands: ['enable', 'is-active', 'is-enabled', 'reload', 'restart'],
  },
  { name: 'lsmod', path: '/usr/sbin/lsmod', mutates: false, subcommands: [], forms: [[]] },
  { name: 'modprobe', path: '/usr/sbin/modprobe', mutates: true, subcommands: [], forms: [['<module>']] },
  {
    name: 'update-initramfs',
    path: '/usr/sbin/update-initramfs',
    mutates: true,
    subcommands: [],
    forms: [['-u', '-k', 'all']],
  },
  { name: 'proxmox-boot-tool', path: '/usr/sbin/proxmox-boot-tool', mutates: true, subcommands: ['refresh'] },
  { name: 'update-grub', path: '/usr/sbin/update-grub', mutates: true, subcommands: [], forms: [[]] },
  {
    name: 'mkdir',
    path: '/usr/bin/mkdir',
    mutates: true,
    subcommands: [],
    forms: [
      ['-p', '--', '<dir>'],
      ['-m', '<mode>', '--', '<dir>'],
    ],
  },
  // The cluster-wide apply lock prunes the generation folders it no longer needs (host/cluster-lock.ts).
  { name: 'rmdir', path: '/usr/bin/rmdir', mutates: true, subcommands: [], forms: [['--', '<dir>']] },
  {
    name: 'lsblk',
    path: '/usr/bin/lsblk',
    mutates: false,
    subcommands: [],
    forms: [['--json', '--bytes', '--output', '<columns>', '--', '<disk>']],
  },
  {
    name: 'wipefs',
    path: '/usr/sbin/wipefs',
    mutates: true,
    subcommands: [],
    forms: [['--all', '--', '<device>']],
  },
  { name: 'getent', path: '/usr/bin/getent', mutates: false, subcommands: ['passwd', 'shadow'] },
  { name: 'id', path: '/usr/bin/id', mutates: false, subcommands: [], forms: [['-nG', '--', '<user>']] },
  { name: 'useradd', path: '/usr/sbin/useradd', mutates: true, subcommands: [], forms: [['...']] },
  {
    name: 'usermod',
    path: '/usr/sbin/usermod',
    mutates: true,
    subcommands: [],
    forms: [['--append', '--groups', '<groups>', '--', '<user>']],
  },
  { name: 'chpasswd', path: '/usr/sbin/chpasswd', mutates: true, subcommands: [], forms: [['--encrypted']] },
  {
    name: 'install',
    path: '/usr/bin/install',
    mutates: true,
    subcommands: [],
    forms: [['-d', '-m', '<mode>', '-o', '<user>', '-g', '<group>', '--', '<dir>']],
  },
  {
    name: 'chown',
    path: '/usr/bin/chown',
    mutates: true,
    subcommands: [],
    forms: [['<owner>', '--', '<file>']],
  },
  {
    name: 'chmod',
    path: '/usr/bin/chmod',
    mutates: true,
    subcommands: [],
    forms: [['<mode>', '--', '<file>']],
  },
  { name: 'exportfs', path: '/usr/sbin/exportfs', mutates: true, subcommands: [], forms: [['-ra']] },
  {
    name: 'pdbedit',
    path: '/usr/bin/pdbedit',
    mutates: false,
    subcommands: [],
    forms: [['-L', '-u', '<user>']],
  },
  {
    name: 'smbpasswd',
    path: '/usr/bin/smbpasswd',
    mutates: true,
    subcommands: [],
    forms: [['-a', '-s', '<user>']],
  },
  { name: 'testparm', path: '/usr/bin/testparm', mutates: false, subcommands: [], forms: [['-s']] },
  { name: 'pve-firewall', path: '/usr/sbin/pve-firewall', mutates: false, subcommands: ['compile'] },
  {
    name: 'apparmor_parser',
    path: '/usr/sbin/apparmor_parser',
    mutates: true,
    subcommands: [],
    forms: [
      ['--skip-kernel-load', '--skip-cache'],
      ['--replace', '--write-cache', '<file>'],
    ],
  },
  {
    name: 'nvidia-modprobe',
    path: '/usr/bin/nvidia-modprobe',
    mutates: true,
    subcommands: [],
    forms: [['-c0', '-u']],
  },
  {
    name: 'nvidia-smi',
    path: '/usr/bin/nvidia-smi',
    mutates: false,
    subcommands: [],
    forms: [['--query-gpu=driver_version', '--format=csv,noheader']],
  },
  {
    name: 'modinfo',
    path: '/usr/sbin/modinfo',
    mutates: false,
    subcommands: [],
    forms: [['-F', 'version', '<module>']],
  },
  {
    name: 'curl',
    path: '/usr/bin/curl',
    mutates: true,
    subcommands: [],
    forms: [['-fsSL', '--retry', '3', '-o', '<file>', '<url>']],
  },
  {
    name: 'sh',
    path: '/usr/bin/sh',
    mutates: true,
    subcommands: [],
    forms: [['<runfile>', '--silent', '--dkms', '--no-questions', '--ui=none']],
  },
] as const satisfies readonly HostProgram[];

/** The name of a registered program: the only thing a builder may put in argv[0]. */
export type ProgramName = (typeof CORE_PROGRAMS | typeof SETUP_PROGRAMS)[number]['name'];

/** Every registered program, in sudoers order. */
export const HOST_PROGRAMS: readonly HostProgram[] = [...CORE_PROGRAMS, ...SETUP_PROGRAMS];

/** The programs only setup-hypervisor runs (Debian and system tools without a Proxmox VE API schema). */
export const HOST_SETUP_PROGRAMS: readonly HostProgram[] = SETUP_PROGRAMS;

/** The registry entry and subcommand an argv belongs to, or undefined when Phoenix never emits it. */
export function matchHostProgram(
  argv: readonly string[],
): { program: HostProgram; subcommand?: string } | undefined {
  const program = HOST_PROGRAMS.find((p) => p.name === argv[0]);
  if (!program) return undefined;
  const rest = argv.slice(1);
  if (program.subcommands.length > 0) {
    const sub = [...program.subcommands]
      .sort((a, b) => b.split(' ').length - a.split(' ').length)
      .find((s) => s.split(' ').every((w, i) => rest[i] === w));
    return sub === undefined ? undefined : { program, subcommand: sub };
  }
  const open = (tok: string | undefined): boolean => tok === '...' || tok === '<command...>';
  const fits = (form: readonly string[]): boolean =>
    form.every((tok, i) => {
      if (tok === '<command...>') return matchHostProgram(rest.slice(i)) !== undefined;
      if (i >= rest.length) return false;
      return tok === '...' || /^<.+>$/.test(tok) || rest[i] === tok;
    }) &&
    (open(form[form.length - 1]) || rest.length === form.length);
  return (program.forms ?? []).some(fits) ? { program } : undefined;
}
