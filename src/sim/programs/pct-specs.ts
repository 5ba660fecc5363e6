/**
 * Argument specs of the `pct` sub-commands the simulator implements (names, positional
 * arguments, options and their types as in the Proxmox VE 8.4/9.1 CLI).
 */
import { specMaker, type CommandSpec } from '../cli-parse.js';
import { LXC_KEYS, LXC_KEYS_PVE9_ONLY, lxcIndexedKey } from '../../dialect/lxc-schema.js';
import { BOOL, fmt, int, num, STR, type ValueType } from '../../dialect/pve-values.js';

export const VMID = int(100, 999999999);
export const SNAPNAME = fmt('pve-configid', 40);

function configOptions(major: number): Record<string, ValueType> {
  const o: Record<string, ValueType> = { ...LXC_KEYS };
  if (major < 9) for (const k of LXC_KEYS_PVE9_ONLY) delete o[k];
  return o;
}

export function pctSpecs(major: number): Record<string, CommandSpec> {
  const conf = configOptions(major);
  const cmd = specMaker('pct', { vmid: VMID, newid: VMID, snapname: SNAPNAME, target: fmt('pve-node') });
  return {
    create: cmd(
      'create',
      ['vmid', 'ostemplate'],
      {
        ...conf,
        bwlimit: num(0),
        force: BOOL,
        ...(major >= 9 ? { 'ha-managed': BOOL } : {}),
        'ignore-unpack-errors': BOOL,
        password: STR,
        pool: STR,
        restore: BOOL,
        'ssh-public-keys': STR,
        start: BOOL,
        storage: fmt('pve-storage-id'),
        unique: BOOL,
      },
      { indexed: lxcIndexedKey },
    ),
    set: cmd(
      'set',
      ['vmid'],
      { ...conf, delete: STR, digest: { t: 'str', maxLength: 40 }, revert: STR },
      { indexed: lxcIndexedKey },
    ),
    clone: cmd('clone', ['vmid', 'newid'], {
      bwlimit: num(0),
      description: STR,
      full: BOOL,
      hostname: fmt('dns-name'),
      pool: STR,
      snapname: SNAPNAME,
      storage: fmt('pve-storage-id'),
      target: fmt('pve-node'),
    }),
    start: cmd('start', ['vmid'], { debug: BOOL, skiplock: BOOL }),
    stop: cmd('stop', ['vmid'], { 'overrule-shutdown': BOOL, skiplock: BOOL }),
    shutdown: cmd('shutdown', ['vmid'], { forceStop: BOOL, timeout: int(0) }),
    reboot: cmd('reboot', ['vmid'], { timeout: int(0) }),
    snapshot: cmd('snapshot', ['vmid', 'snapname'], { description: STR }),
    delsnapshot: cmd('delsnapshot', ['vmid', 'snapname'], { force: BOOL }),
    rollback: cmd('rollback', ['vmid', 'snapname'], { start: BOOL }),
    listsnapshot: cmd('listsnapshot', ['vmid']),
    template: cmd('template', ['vmid']),
    destroy: cmd('destroy', ['vmid'], { 'destroy-unreferenced-disks': BOOL, force: BOOL, purge: BOOL }),
    list: cmd('list', []),
    config: cmd('config', ['vmid'], { current: BOOL, snapshot: SNAPNAME }),
    pending: cmd('pending', ['vmid']),
    status: cmd('status', ['vmid'], { verbose: BOOL }),
    exec: cmd('exec', ['vmid', 'extra-args'], { 'keep-env': BOOL }),
    push: cmd('push', ['vmid', 'file', 'destination'], { group: STR, perms: STR, user: STR }),
    pull: cmd('pull', ['vmid', 'path', 'destination'], { group: STR, perms: STR, user: STR }),
    'move-volume': cmd(
      'move-volume',
      ['vmid', 'volume', 'storage', 'target-vmid', 'target-volume'],
      {
        bwlimit: num(0),
        delete: BOOL,
        digest: { t: 'str', maxLength: 40 },
        'target-digest': { t: 'str', maxLength: 40 },
      },
      { optionalArgs: 3 },
    ),
    resize: cmd('resize', ['vmid', 'disk', 'size'], { digest: { t: 'str', maxLength: 40 } }),
    unlock: cmd('unlock', ['vmid']),
    migrate: cmd('migrate', ['vmid', 'target'], {
      bwlimit: num(0),
      online: BOOL,
      restart: BOOL,
      'target-storage': STR,
      timeout: int(),
    }),
  };
}

export const PCT_READ_ONLY = new Set(['list', 'config', 'pending', 'status', 'listsnapshot', 'help']);
