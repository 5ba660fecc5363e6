/**
 * Argument specs of the `qm` sub-commands the simulator implements (Proxmox VE 8.4/9.1 CLI).
 */
import { specMaker, type CommandSpec } from '../cli-parse.js';
import { QM_KEYS, QM_KEYS_PVE9_ONLY, qmIndexedKey } from '../../dialect/qemu-schema.js';
import { BOOL, fmt, int, num, oneOf, STR, type ValueType } from '../../dialect/pve-values.js';
import { SNAPNAME, VMID } from './pct-specs.js';

export const AGENT_COMMANDS = [
  'fsfreeze-freeze',
  'fsfreeze-status',
  'fsfreeze-thaw',
  'fstrim',
  'get-fsinfo',
  'get-host-name',
  'get-memory-block-info',
  'get-memory-blocks',
  'get-osinfo',
  'get-time',
  'get-timezone',
  'get-users',
  'get-vcpus',
  'info',
  'network-get-interfaces',
  'ping',
  'shutdown',
  'suspend-disk',
  'suspend-hybrid',
  'suspend-ram',
];

const DISK_NAMES = [
  'efidisk0',
  ...[0, 1, 2, 3].map((i) => `ide${i}`),
  ...[0, 1, 2, 3, 4, 5].map((i) => `sata${i}`),
  ...Array.from({ length: 31 }, (_, i) => `scsi${i}`),
  'tpmstate0',
  ...Array.from({ length: 16 }, (_, i) => `virtio${i}`),
].sort();

export function qmSpecs(major: number): Record<string, CommandSpec> {
  // On the command line `--sshkeys` names a file whose content qm reads and URL-encodes.
  const conf: Record<string, ValueType> = { ...QM_KEYS, sshkeys: STR };
  if (major < 9) for (const k of QM_KEYS_PVE9_ONLY) delete conf[k];
  const cmd = specMaker('qm', {
    vmid: VMID,
    newid: VMID,
    snapname: SNAPNAME,
    target: fmt('pve-node'),
    command: oneOf(...AGENT_COMMANDS),
    disk: oneOf(...DISK_NAMES),
    type: oneOf('meta', 'network', 'user'),
    pid: int(),
  });
  const stopOpts = {
    keepActive: BOOL,
    migratedfrom: STR,
    'overrule-shutdown': BOOL,
    skiplock: BOOL,
    timeout: int(0),
  };
  return {
    create: cmd(
      'create',
      ['vmid'],
      {
        ...conf,
        archive: STR,
        bwlimit: int(0),
        force: BOOL,
        ...(major >= 9 ? { 'ha-managed': BOOL } : {}),
        'import-working-storage': fmt('pve-storage-id'),
        'live-restore': BOOL,
        pool: STR,
        start: BOOL,
        storage: fmt('pve-storage-id'),
        unique: BOOL,
      },
      { indexed: qmIndexedKey },
    ),
    set: cmd(
      'set',
      ['vmid'],
      { ...conf, delete: STR, digest: { t: 'str', maxLength: 40 }, force: BOOL, revert: STR, skiplock: BOOL },
      { indexed: qmIndexedKey },
    ),
    clone: cmd('clone', ['vmid', 'newid'], {
      bwlimit: int(0),
      description: STR,
      format: oneOf('qcow2', 'raw', 'vmdk'),
      full: BOOL,
      name: fmt('dns-name'),
      pool: STR,
      snapname: SNAPNAME,
      storage: fmt('pve-storage-id'),
      target: fmt('pve-node'),
    }),
    start: cmd('start', ['vmid'], {
      'force-cpu': STR,
      machine: STR,
      migratedfrom: STR,
      migration_network: STR,
      migration_type: oneOf('insecure', 'secure'),
      'nets-host-mtu': STR,
      skiplock: BOOL,
      stateuri: STR,
      targetstorage: STR,
      timeout: int(0),
      ...(major >= 9 ? { 'with-conntrack-state': BOOL } : {}),
    }),
    stop: cmd('stop', ['vmid'], stopOpts),
    shutdown: cmd('shutdown', ['vmid'], {
      forceStop: BOOL,
      keepActive: BOOL,
      skiplock: BOOL,
      timeout: int(0),
    }),
    reboot: cmd('reboot', ['vmid'], { timeout: int(0) }),
    snapshot: cmd('snapshot', ['vmid', 'snapname'], { description: STR, vmstate: BOOL }),
    delsnapshot: cmd('delsnapshot', ['vmid', 'snapname'], { force: BOOL }),
    rollback: cmd('rollback', ['vmid', 'snapname'], { start: BOOL }),
    listsnapshot: cmd('listsnapshot', ['vmid']),
    template: cmd('template', ['vmid'], { disk: oneOf(...DISK_NAMES) }),
    destroy: cmd('destroy', ['vmid'], { 'destroy-unreferenced-disks': BOOL, purge: BOOL, skiplock: BOOL }),
    list: cmd('list', [], { full: BOOL }),
    config: cmd('config', ['vmid'], { current: BOOL, snapshot: SNAPNAME }),
    pending: cmd('pending', ['vmid']),
    status: cmd('status', ['vmid'], { verbose: BOOL }),
    'guest cmd': cmd('guest cmd', ['vmid', 'command']),
    'guest exec': cmd('guest exec', ['vmid', 'extra-args'], {
      'pass-stdin': BOOL,
      synchronous: BOOL,
      timeout: int(0),
    }),
    'disk import': cmd('disk import', ['vmid', 'source', 'storage'], {
      format: oneOf('qcow2', 'raw', 'vmdk'),
      'target-disk': oneOf(...DISK_NAMES),
    }),
    'disk move': cmd(
      'disk move',
      ['vmid', 'disk', 'storage'],
      {
        bwlimit: num(0),
        delete: BOOL,
        digest: STR,
        format: oneOf('qcow2', 'raw', 'vmdk'),
        'target-digest': STR,
        'target-disk': oneOf(...DISK_NAMES),
        'target-vmid': VMID,
      },
      { optionalArgs: 1 },
    ),
    'disk resize': cmd('disk resize', ['vmid', 'disk', 'size'], { digest: STR, skiplock: BOOL }),
    'cloudinit update': cmd('cloudinit update', ['vmid']),
    'cloudinit dump': cmd('cloudinit dump', ['vmid', 'type']),
    unlock: cmd('unlock', ['vmid']),
    migrate: cmd('migrate', ['vmid', 'target'], {
      bwlimit: int(0),
      force: BOOL,
      migration_network: STR,
      migration_type: oneOf('secure', 'insecure'),
      online: BOOL,
      targetstorage: STR,
      'with-local-disks': BOOL,
      ...(major >= 9 ? { 'with-conntrack-state': BOOL } : {}),
    }),
  };
}

/** Old spellings that Proxmox keeps as aliases. */
export const QM_ALIASES: Record<string, string> = {
  agent: 'guest cmd',
  importdisk: 'disk import',
  'move-disk': 'disk move',
  move_disk: 'disk move',
  resize: 'disk resize',
};

export const QM_READ_ONLY = new Set([
  'list',
  'config',
  'pending',
  'status',
  'listsnapshot',
  'guest cmd',
  'cloudinit dump',
]);
