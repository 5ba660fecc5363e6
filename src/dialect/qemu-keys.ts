/**
 * The VM (`qm`) config keys Phoenix writes, compares or hands to apply: one row per key, a
 * numbered family (`net0`, `scsi1`...) as one row `net[n]`. Read by the same modules as
 * lxc-keys.ts; qemu-schema.ts says which keys Proxmox knows and their types.
 */
import { STRICT_NET_SUBKEYS, type GuestKeyRow } from './guest-key-row.js';
import { BOOL, BOOT_ORDER, INT, oneOf, TEXT, WORDS } from './key-conversions.js';
import { NET_MODELS } from './qemu-schema.js';

const NOT_SET = 'not set by Phoenix (apply accepts it)';

export const QEMU_GUEST_KEYS = {
  name: { from: 'name', convert: TEXT, owned: true, effect: 'live' },
  memory: { from: 'memoryMb', convert: INT, owned: true, effect: 'restart' },
  balloon: { from: NOT_SET, convert: INT, effect: 'live' },
  cores: { from: 'cores', convert: INT, owned: true, effect: 'restart' },
  sockets: { from: NOT_SET, convert: INT, effect: 'restart' },
  cpu: { from: NOT_SET, convert: TEXT, effect: 'restart' },
  onboot: { from: 'startAtBoot', convert: BOOL, default: '0', owned: true, effect: 'live' },
  startup: {
    from: 'bootOrder, bootDelay',
    convert: TEXT,
    compare: { positional: 'order', liveOnly: 'all' },
    effect: 'live',
  },
  protection: { from: 'protection', convert: BOOL, default: '0', owned: true, effect: 'live' },
  /**
   * Phoenix always wants `agent: 1`. Proxmox leaves the key out when the agent is off, so the
   * default `0` serves both the diff (absent means off) and the printed config (a value at its
   * default is left out; `1` never is). Before this table, the printed-config list lacked
   * `agent`; as Phoenix never wants `0`, the printed configs are the same.
   */
  agent: {
    from: 'always 1 (the guest agent reports addresses)',
    convert: TEXT,
    compare: { positional: 'enabled', liveOnly: 'none' },
    default: '0',
    owned: true,
    effect: 'restart',
  },
  'net[n]': {
    from: 'networks[] (index, hwaddr, bridge, tag, firewall)',
    convert: TEXT,
    compare: { positional: '_', liveOnly: STRICT_NET_SUBKEYS, modelKeys: NET_MODELS },
    owned: true,
    effect: 'live',
  },
  'ipconfig[n]': {
    from: 'networks[] (index, ip, gw)',
    convert: TEXT,
    compare: { positional: '_', liveOnly: 'all' },
    owned: true,
    effect: 'restart',
  },
  nameserver: { from: 'nameservers', convert: WORDS, compare: 'words', effect: 'restart' },
  searchdomain: { from: NOT_SET, convert: TEXT, effect: 'restart' },
  ciuser: { from: 'ciUser', convert: TEXT, effect: 'restart' },
  sshkeys: {
    from: 'raw.user_config.ssh_public_key',
    convert: TEXT,
    compare: 'ssh-keys',
    effect: 'restart',
    apply: 'key-file',
  },
  /** `scsi0` is the root disk (storagePool, diskSizeGb); Phoenix sets no other. */
  'scsi[n]': { from: 'storagePool, diskSizeGb (scsi0)', convert: TEXT, compare: 'volume', effect: 'live' },
  'virtio[n]': { from: NOT_SET, convert: TEXT, effect: 'live' },
  'sata[n]': { from: NOT_SET, convert: TEXT, effect: 'live' },
  /** `ide2` is the cloud-init drive (`pool:cloudinit`), shown as written. */
  'ide[n]': { from: 'storagePool (ide2, at creation)', convert: TEXT, effect: 'live', createOnly: true },
  'serial[n]': { from: 'serial0 socket, at creation', convert: TEXT, effect: 'live', createOnly: true },
  scsihw: {
    from: 'virtio-scsi-pci, at creation',
    convert: oneOf('virtio-scsi-pci', 'virtio-scsi-single', 'lsi', 'megasas', 'pvscsi'),
    effect: 'live',
    createOnly: true,
  },
  boot: { from: 'order=scsi0, at creation', convert: BOOT_ORDER, effect: 'live', createOnly: true },
  vga: { from: 'serial0, at creation', convert: TEXT, effect: 'live', createOnly: true },
  ostype: {
    from: 'l26, at creation',
    convert: oneOf('l26', 'l24', 'other', 'win10', 'win11'),
    effect: 'live',
    createOnly: true,
  },
  /** Vendor data installing the guest agent, for VMs made from a cloud image (image-volume.ts). */
  cicustom: {
    from: 'vendor=local:snippets/phoenix-agent.yaml, at creation from a cloud image',
    convert: TEXT,
    effect: 'restart',
    createOnly: true,
  },
  citype: { from: NOT_SET, convert: oneOf('nocloud', 'configdrive2'), effect: 'live' },
  description: { from: "Phoenix's record (plan/markers.ts; not diffed here)", convert: TEXT, effect: 'live' },
  tags: { from: 'the phoenix tag (plan/markers.ts; not diffed here)', convert: WORDS, effect: 'live' },
} as const satisfies Readonly<Record<string, GuestKeyRow<unknown>>>;
