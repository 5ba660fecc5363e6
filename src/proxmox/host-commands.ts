/**
 * Host-level builders (templates, storages, users and ACLs, ZFS, files, locks) and the registry of
 * every program Phoenix runs on a host. Re-exported by `commands.ts`, the one entry point.
 */
import type { HostCommand } from './commands.js';
import {
  checkAbsolutePath,
  checkInteger,
  checkSingleLine,
  checkStorageId,
  checkVmid,
  options,
} from './pve-options.js';
import { bad, ro, rw, show } from './command-helpers.js';
import { HOST_SETUP_PROGRAMS } from './host-setup-commands.js';

// ---- LXC templates (pveam) ----

export const pveamUpdate = (): HostCommand => rw('pveam', 'update');

export function pveamAvailable(section?: 'system' | 'mail' | 'turnkeylinux'): HostCommand {
  return ro('pveam', 'available', ...options([['section', section]]));
}

/** Downloads `template` (a name from `pveam available`, e.g. `debian-12-standard_12.7-1_amd64.tar.zst`). */
export function pveamDownload(storage: string, template: string): HostCommand {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template))
    bad(
      `invalid template name ${show(template)}: expected a file name like debian-12-standard_12.7-1_amd64.tar.zst`,
    );
  return rw('pveam', 'download', checkStorageId(storage), template);
}

export const pveamList = (storage: string): HostCommand => ro('pveam', 'list', checkStorageId(storage));

// ---- storages (pvesm) ----

export type StorageContent = 'images' | 'rootdir' | 'vztmpl' | 'iso' | 'backup' | 'snippets' | 'import';

interface StorageCommon {
  readonly content?: readonly StorageContent[];
  /** Restrict to these cluster nodes. */
  readonly nodes?: readonly string[];
  readonly disable?: boolean;
}

export type StorageSpec =
  | (StorageCommon & {
      readonly type: 'zfspool';
      /** ZFS pool or dataset, e.g. `tank/vmdata`. */
      readonly pool: string;
      readonly sparse?: boolean;
      readonly blocksize?: string;
      readonly mountpoint?: string;
    })
  | (StorageCommon & { readonly type: 'dir'; readonly path: string; readonly shared?: boolean })
  | (StorageCommon & {
      readonly type: 'nfs';
      readonly server: string;
      readonly export: string;
      readonly path?: string;
      /** NFS mount options, e.g. `vers=4.2`. */
      readonly options?: string;
    });

function commonStorageArgs(s: StorageCommon): string[] {
  for (const n of s.nodes ?? [])
    if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(n)) bad(`invalid node ${show(n)}`);
  return options([
    ['content', s.content && s.content.length > 0 ? s.content.join(',') : undefined],
    ['nodes', s.nodes && s.nodes.length > 0 ? s.nodes.join(',') : undefined],
    ['disable', s.disable],
  ]);
}

export function pvesmAdd(storage: string, spec: StorageSpec): HostCommand {
  const id = checkStorageId(storage);
  let specific: string[];
  switch (spec.type) {
    case 'zfspool':
      checkDataset(spec.pool);
      if (spec.blocksize !== undefined && !/^\d+[kKmM]?$/.test(spec.blocksize))
        bad(`invalid blocksize ${show(spec.blocksize)}`);
      specific = options([
        ['pool', spec.pool],
        ['sparse', spec.sparse],
        ['blocksize', spec.blocksize],
        [
          'mountpoint',
          spec.mountpoint === undefined ? undefined : checkAbsolutePath(spec.mountpoint, 'mountpoint'),
        ],
      ]);
      break;
    case 'dir':
      specific = options([
        ['path', checkAbsolutePath(spec.path, 'storage path')],
        ['shared', spec.shared],
      ]);
      break;
    case 'nfs':
      if (!/^[A-Za-z0-9.:[\]-]+$/.test(spec.server)) bad(`invalid NFS server ${show(spec.server)}`);
      specific = options([
        ['server', spec.server],
        ['export', checkAbsolutePath(spec.export, 'NFS export')],
        ['path', spec.path === undefined ? undefined : checkAbsolutePath(spec.path, 'mount path')],
        ['options', spec.options === undefined ? undefined : checkSingleLine(spec.options, 'NFS options')],
      ]);
      break;
    default:
      return bad(`unsupported storage type ${show((spec as { type: unknown }).type)}`);
  }
  return rw('pvesm', 'add', spec.type, id, ...specific, ...commonStorageArgs(spec));
}

/** Changes content types / nodes / enabled state of an existing storage. */
export function pvesmSet(storage: string, s: StorageCommon): HostCommand {
  const rest = commonStorageArgs(s);
  if (rest.length === 0) bad(`pvesm set ${storage}: nothing to change`);
  return rw('pvesm', 'set', checkStorageId(storage), ...rest);
}

/** Human-readable status table (use `apiGet('/nodes/NODE/storage')` for JSON). */
export const pvesmStatus = (): HostCommand => ro('pvesm', 'status');

// ---- users, groups, ACLs, tokens (pveum) ----

const USERID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const TOKENID = /^[A-Za-z][A-Za-z0-9.\-_]+$/;

const checkUserId = (u: string): string =>
  USERID.test(u) ? u : bad(`invalid user id ${show(u)}: expected NAME@REALM`);
const checkGroupId = (g: string): string => (GROUPID.test(g) ? g : bad(`invalid group id ${show(g)}`));

export function pveumUserAdd(
  userid: string,
  o: {
    comment?: string;
    email?: string;
    enable?: boolean;
    expire?: number;
    firstname?: string;
    lastname?: string;
    groups?: readonly string[];
  } = {},
): HostCommand {
  return rw(
    'pveum',
    'user',
    'add',
    checkUserId(userid),
    ...options([
      ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
      [
        'email',
        o.email === undefined
          ? undefined
          : /^[^\s@]+@[^\s@]+$/.test(o.email)
            ? o.email
            : bad(`invalid email ${show(o.email)}`),
      ],
      ['enable', o.enable],
      ['expire', o.expire === undefined ? undefined : checkInteger(o.expire, 'expire', 0)],
      ['firstname', o.firstname === undefined ? undefined : checkSingleLine(o.firstname, 'first name')],
      ['lastname', o.lastname === undefined ? undefined : checkSingleLine(o.lastname, 'last name')],
      ['groups', o.groups && o.groups.length > 0 ? o.groups.map(checkGroupId).join(',') : undefined],
    ]),
  );
}

export function pveumGroupAdd(groupid: string, o: { comment?: string } = {}): HostCommand {
  return rw(
    'pveum',
    'group',
    'add',
    checkGroupId(groupid),
    ...options([['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')]]),
  );
}

/** Grants roles on an ACL path (`/`, `/vms/100`, `/storage/local`...) to users, groups or tokens. */
export function pveumAclModify(
  path: string,
  o: {
    roles: readonly string[];
    users?: readonly string[];
    groups?: readonly string[];
    tokens?: readonly string[];
    propagate?: boolean;
  },
): HostCommand {
  if (!/^\/[A-Za-z0-9/_.-]*$/.test(path)) bad(`invalid ACL path ${show(path)}`);
  if (o.roles.length === 0) bad('an ACL needs at least one role');
  for (const r of o.roles) if (!/^[A-Za-z0-9.\-_]+$/.test(r)) bad(`invalid role ${show(r)}`);
  const users = o.users ?? [];
  const groups = o.groups ?? [];
  const tokens = o.tokens ?? [];
  if (users.length + groups.length + tokens.length === 0) bad('an ACL needs users, groups or tokens');
  for (const t of tokens)
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(t))
      bad(`invalid token id ${show(t)}`);
  return rw(
    'pveum',
    'acl',
    'modify',
    path,
    ...options([
      ['roles', o.roles.join(',')],
      ['users', users.length > 0 ? users.map(checkUserId).join(',') : undefined],
      ['groups', groups.length > 0 ? groups.map(checkGroupId).join(',') : undefined],
      ['tokens', tokens.length > 0 ? tokens.join(',') : undefined],
      ['propagate', o.propagate],
    ]),
  );
}

/** Creates an API token; the secret is in the JSON output (never in argv). */
export function pveumUserTokenAdd(
  userid: string,
  tokenid: string,
  o: { comment?: string; expire?: number; privsep?: boolean } = {},
): HostCommand {
  if (!TOKENID.test(tokenid)) bad(`invalid token name ${show(tokenid)}`);
  return rw(
    'pveum',
    'user',
    'token',
    'add',
    checkUserId(userid),
    tokenid,
    ...options([
      ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
      ['expire', o.expire === undefined ? undefined : checkInteger(o.expire, 'expire', 0)],
      ['privsep', o.privsep],
      ['output-format', 'json'],
    ]),
  );
}

export const pveumUserList = (): HostCommand => ro('pveum', 'user', 'list', '--output-format', 'json');
export const pveumGroupList = (): HostCommand => ro('pveum', 'group', 'list', '--output-format', 'json');
export const pveumAclList = (): HostCommand => ro('pveum', 'acl', 'list', '--output-format', 'json');
export const pveumUserTokenList = (userid: string): HostCommand =>
  ro('pveum', 'user', 'token', 'list', checkUserId(userid), '--output-format', 'json');

// ---- ZFS ----

const DATASET = /^[A-Za-z0-9][A-Za-z0-9_.:-]*(\/[A-Za-z0-9_.:-]+)*$/;
const ZFS_PROP = /^[a-z][a-z0-9_.:-]*$/;

function checkDataset(name: string): string {
  return DATASET.test(name) ? name : bad(`invalid ZFS dataset ${show(name)}`);
}

function propAssignments(props: Readonly<Record<string, string>>): string[] {
  return Object.entries(props).map(([k, v]) => {
    if (!ZFS_PROP.test(k)) bad(`invalid ZFS property ${show(k)}`);
    if (v === '') bad(`empty value for ZFS property ${k}`);
    return `${k}=${checkSingleLine(v, `ZFS property ${k}`)}`;
  });
}

export function zfsCreate(
  dataset: string,
  props: Readonly<Record<string, string>> = {},
  o: { parents?: boolean } = {},
): HostCommand {
  const opts = propAssignments(props).flatMap((a) => ['-o', a]);
  return rw('zfs', 'create', ...(o.parents ? ['-p'] : []), ...opts, checkDataset(dataset));
}

export function zfsSet(dataset: string, props: Readonly<Record<string, string>>): HostCommand {
  const assignments = propAssignments(props);
  if (assignments.length === 0) bad(`zfs set ${dataset}: nothing to change`);
  return rw('zfs', 'set', ...assignments, checkDataset(dataset));
}

/** Script-friendly `name<TAB>property<TAB>value<TAB>source` lines, exact (parsable) numbers. */
export function zfsGet(datasets: readonly string[], props: readonly string[] = ['all']): HostCommand {
  for (const p of props) if (!ZFS_PROP.test(p)) bad(`invalid ZFS property ${show(p)}`);
  return ro(
    'zfs',
    'get',
    '-H',
    '-p',
    '-o',
    'name,property,value,source',
    props.join(','),
    ...datasets.map(checkDataset),
  );
}

export function zfsList(root?: string): HostCommand {
  return ro(
    'zfs',
    'list',
    '-H',
    '-p',
    '-o',
    'name,used,avail,mountpoint',
    '-t',
    'filesystem',
    ...(root ? ['-r', checkDataset(root)] : []),
  );
}

export interface Vdev {
  /** Omit for a plain stripe of the disks. */
  readonly type?: 'mirror' | 'raidz' | 'raidz1' | 'raidz2' | 'raidz3';
  /** Stable device paths, e.g. `/dev/disk/by-id/ata-...`. */
  readonly disks: readonly string[];
}

/** Creates a pool. Callers must have checked that the disks hold no data. */
export function zpoolCreate(
  pool: string,
  vdevs: readonly Vdev[],
  o: { ashift?: number; fsProps?: Readonly<Record<string, string>>; force?: boolean } = {},
): HostCommand {
  if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(pool) || /^(mirror|raidz|spare|log|cache)/.test(pool))
    bad(`invalid pool name ${show(pool)}`);
  if (vdevs.length === 0) bad(`zpool ${pool}: no disks`);
  const layout = vdevs.flatMap((v) => {
    if (v.disks.length === 0) bad(`zpool ${pool}: empty vdev`);
    for (const d of v.disks)
      if (!d.startsWith('/dev/')) bad(`invalid disk ${show(d)}: expected a /dev/ path`);
    return [...(v.type ? [v.type] : []), ...v.disks.map((d) => checkAbsolutePath(d, 'disk'))];
  });
  return rw(
    'zpool',
    'create',
    ...(o.force ? ['-f'] : []),
    ...(o.ashift !== undefined ? ['-o', `ashift=${checkInteger(o.ashift, 'ashift', 9, 16)}`] : []),
    ...propAssignments(o.fsProps ?? {}).flatMap((a) => ['-O', a]),
    pool,
    ...layout,
  );
}

export const zpoolList = (): HostCommand =>
  ro('zpool', 'list', '-H', '-p', '-o', 'name,size,alloc,free,health');
export const zpoolStatus = (pool?: string): HostCommand =>
  ro('zpool', 'status', '-P', ...(pool ? [pool] : []));

// ---- files and locks ----

export const readFile = (path: string): HostCommand => ro('cat', '--', checkAbsolutePath(path, 'file'));

/** Replaces a file's content (sent on stdin, so it never appears in argv or logs). */
export function writeFile(path: string, content: string): HostCommand {
  return { argv: ['tee', '--', checkAbsolutePath(path, 'file')], readOnly: false, stdin: content };
}

export function appendFile(path: string, content: string): HostCommand {
  return { argv: ['tee', '-a', '--', checkAbsolutePath(path, 'file')], readOnly: false, stdin: content };
}

/** Runs `inner` while holding `lockFile` (waits at most `timeoutSec`, then exits 1). */
export function withLock(lockFile: string, timeoutSec: number, inner: HostCommand): HostCommand {
  return {
    ...inner,
    argv: [
      'flock',
      '-w',
      checkInteger(timeoutSec, 'lock timeout', 0),
      checkAbsolutePath(lockFile, 'lock file'),
      ...inner.argv,
    ],
  };
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

// ---- registry of host programs ----

export interface HostProgram {
  readonly name: string;
  /** Where Proxmox VE 8/9 (Debian) installs it; for a sudoers allow-list. */
  readonly path: string;
  /** First argv words Phoenix uses (`disk import` = two words). Empty: see `forms`. */
  readonly subcommands: readonly string[];
  /**
   * For programs without subcommands: argv shapes after the program name. `<x>` = one
   * argument, `...` = one or more arguments, `<command...>` = a registered host command.
   */
  readonly forms?: readonly (readonly string[])[];
}

export const HOST_PROGRAMS: readonly HostProgram[] = [
  {
    name: 'pct',
    path: '/usr/sbin/pct',
    subcommands: [
      'clone',
      'config',
      'create',
      'delsnapshot',
      'destroy',
      'exec',
      'listsnapshot',
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
    ],
  },
  {
    name: 'qm',
    path: '/usr/sbin/qm',
    subcommands: [
      'clone',
      'cloudinit update',
      'config',
      'create',
      'delsnapshot',
      'destroy',
      'disk import',
      'guest cmd',
      'guest exec',
      'listsnapshot',
      'resize',
      'rollback',
      'set',
      'shutdown',
      'snapshot',
      'start',
      'status',
      'stop',
      'template',
    ],
  },
  { name: 'pvesh', path: '/usr/bin/pvesh', subcommands: ['get', 'create', 'set'] },
  { name: 'pvesm', path: '/usr/sbin/pvesm', subcommands: ['add', 'set', 'status'] },
  { name: 'pveam', path: '/usr/bin/pveam', subcommands: ['available', 'download', 'list', 'update'] },
  {
    name: 'pveum',
    path: '/usr/sbin/pveum',
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
  { name: 'zfs', path: '/usr/sbin/zfs', subcommands: ['create', 'get', 'list', 'set'] },
  { name: 'zpool', path: '/usr/sbin/zpool', subcommands: ['create', 'list', 'status'] },
  {
    name: 'grep',
    path: '/usr/bin/grep',
    subcommands: [],
    forms: [
      ['-H', '', '--', '...'],
      ['-r', '-H', '', '--', '...'],
    ],
  },
  { name: 'cat', path: '/usr/bin/cat', subcommands: [], forms: [['--', '<file>']] },
  {
    name: 'tee',
    path: '/usr/bin/tee',
    subcommands: [],
    forms: [
      ['--', '<file>'],
      ['-a', '--', '<file>'],
    ],
  },
  {
    name: 'flock',
    path: '/usr/bin/flock',
    subcommands: [],
    forms: [['-w', '<seconds>', '<lockfile>', '<command...>']],
  },
  // The SSH transport runs timed commands under coreutils `timeout`, so the host reaps them.
  {
    name: 'timeout',
    path: '/usr/bin/timeout',
    subcommands: [],
    forms: [['--signal=KILL', '<duration>', '<command...>']],
  },
  // setup-hypervisor's programs (apt-get, systemctl, lsblk, ...): host-setup-commands.ts
  ...HOST_SETUP_PROGRAMS,
];

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
