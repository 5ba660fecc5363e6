/**
 * The container (`pct`) config keys Phoenix writes, compares or hands to apply: one row per key,
 * a numbered family (`net0`, `net1`...) as one row `net[n]`. The planner's desired config,
 * its config diff, the printed config of a converged guest and apply's conversion to `pct`
 * settings all read this table; lxc-schema.ts says which keys Proxmox knows and their types.
 */
import { STRICT_NET_SUBKEYS, type GuestKeyRow } from './guest-key-row.js';
import { BOOL, DECIMAL, INT, TEXT, WORDS } from './key-conversions.js';

export const LXC_GUEST_KEYS = {
  hostname: { from: 'name', convert: TEXT, owned: true, effect: 'restart' },
  memory: { from: 'memoryMb', convert: INT, owned: true, effect: 'live' },
  swap: { from: 'swapMb', convert: INT, effect: 'live' },
  cores: { from: 'cores', convert: INT, owned: true, effect: 'live' },
  cpulimit: { from: 'not set by Phoenix (apply accepts it)', convert: DECIMAL, effect: 'live' },
  onboot: { from: 'startAtBoot', convert: BOOL, default: '0', owned: true, effect: 'live' },
  startup: {
    from: 'bootOrder, bootDelay',
    convert: TEXT,
    compare: { positional: 'order', liveOnly: 'all' },
    effect: 'live',
  },
  unprivileged: {
    from: 'unprivileged',
    convert: BOOL,
    default: '0',
    owned: true,
    effect: 'rebuild',
    apply: 'create-option',
  },
  protection: { from: 'protection', convert: BOOL, default: '0', owned: true, effect: 'live' },
  features: {
    from: 'pctFeatures',
    convert: TEXT,
    compare: { positional: '_', liveOnly: 'all' },
    owned: true,
    effect: 'restart',
  },
  'net[n]': {
    from: 'networks[] (index, name, bridge, ip, gw, hwaddr, tag, firewall)',
    convert: TEXT,
    compare: { positional: '_', liveOnly: STRICT_NET_SUBKEYS },
    owned: true,
    effect: 'live',
  },
  nameserver: { from: 'nameservers', convert: WORDS, compare: 'words', effect: 'restart' },
  searchdomain: { from: 'not set by Phoenix (apply accepts it)', convert: TEXT, effect: 'restart' },
  rootfs: { from: 'storagePool, diskSizeGb', convert: TEXT, compare: 'volume', effect: 'live' },
  'mp[n]': { from: 'mountPoints[]', convert: TEXT, compare: 'volume', owned: true, effect: 'restart' },
  'dev[n]': {
    from: 'gpus (NVIDIA device nodes, Proxmox VE 8.1 and later)',
    convert: TEXT,
    compare: { positional: 'path', liveOnly: 'none' },
    owned: true,
    effect: 'restart',
  },
  description: { from: "Phoenix's record (plan/markers.ts; not diffed here)", convert: TEXT, effect: 'live' },
  tags: { from: 'the phoenix tag (plan/markers.ts; not diffed here)', convert: WORDS, effect: 'live' },
  timezone: { from: 'not set by Phoenix (apply accepts it)', convert: TEXT, effect: 'live' },
  ostype: { from: 'ubuntu, at creation', convert: TEXT, effect: 'live', apply: 'detected', createOnly: true },
  arch: { from: 'amd64, at creation', convert: TEXT, effect: 'live', apply: 'detected', createOnly: true },
} as const satisfies Readonly<Record<string, GuestKeyRow<unknown>>>;
