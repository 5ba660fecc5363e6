/**
 * Typed Proxmox VE option values of virtual machines (`qm`): `net[n]`, disks (`scsi[n]`,
 * `virtio[n]`...), the cloud-init drive, `ipconfig[n]`, `agent` and `boot`. Pure; invalid input
 * throws `HostCommandInputError`.
 */
import { fail, show } from './command.js';
import {
  checkAbsolutePath,
  checkBridge,
  checkCidr,
  checkInteger,
  checkMac,
  checkStorageId,
  isIpv4,
  isIpv6,
} from './checks.js';
import { propertyString, type PropValue } from './property-string.js';

const QEMU_NIC_MODELS = ['e1000', 'e1000e', 'rtl8139', 'virtio', 'vmxnet3'] as const;

/** QEMU `net[n]`, e.g. `virtio,bridge=vmbr0` or `virtio=BC:24:11:00:00:01,bridge=vmbr0`. */
export interface QemuNet {
  readonly model?: (typeof QEMU_NIC_MODELS)[number];
  readonly bridge: string;
  readonly macaddr?: string;
  readonly tag?: number;
  readonly firewall?: boolean;
  readonly mtu?: number;
  readonly queues?: number;
  readonly linkDown?: boolean;
}

export function qemuNet(n: QemuNet): string {
  const model = n.model ?? 'virtio';
  if (!QEMU_NIC_MODELS.includes(model)) fail(`invalid NIC model ${show(model)}`);
  checkBridge(n.bridge);
  if (n.macaddr !== undefined) checkMac(n.macaddr);
  if (n.tag !== undefined) checkInteger(n.tag, 'VLAN tag', 1, 4094);
  if (n.mtu !== undefined) checkInteger(n.mtu, 'MTU', 1, 65520);
  if (n.queues !== undefined) checkInteger(n.queues, 'queues', 0, 64);
  const first: [string, PropValue] = n.macaddr ? [model, n.macaddr] : ['model', model];
  return propertyString(
    'net',
    [
      first,
      ['bridge', n.bridge],
      ['firewall', n.firewall],
      ['link_down', n.linkDown],
      ['mtu', n.mtu],
      ['queues', n.queues],
      ['tag', n.tag],
    ],
    !n.macaddr,
  );
}

/** QEMU disk (`scsi[n]`, `virtio[n]`, `ide[n]`, `sata[n]`). */
export interface QemuDrive {
  /** Existing volume, `storage:sizeGiB` for a new one, `storage:0` with `importFrom`, or `none`. */
  readonly file: string;
  readonly importFrom?: string;
  readonly media?: 'disk' | 'cdrom';
  readonly format?: 'raw' | 'qcow2' | 'vmdk';
  readonly cache?: 'none' | 'writethrough' | 'writeback' | 'unsafe' | 'directsync';
  readonly discard?: boolean;
  readonly ssd?: boolean;
  readonly iothread?: boolean;
  readonly backup?: boolean;
}

export function qemuDrive(d: QemuDrive): string {
  if (!['none', 'cdrom'].includes(d.file) && !d.file.startsWith('/')) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.file)) fail(`invalid disk volume ${show(d.file)}`);
  }
  if (d.importFrom !== undefined) {
    if (d.importFrom.startsWith('/')) checkAbsolutePath(d.importFrom, 'import-from path');
    else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.importFrom))
      fail(`invalid import-from volume ${show(d.importFrom)}`);
  }
  return propertyString(
    'disk',
    [
      ['file', d.file],
      ['backup', d.backup],
      ['cache', d.cache],
      ['discard', d.discard === undefined ? undefined : d.discard ? 'on' : 'ignore'],
      ['format', d.format],
      ['import-from', d.importFrom],
      ['iothread', d.iothread],
      ['media', d.media],
      ['ssd', d.ssd],
    ],
    true,
  );
}

/** The cloud-init drive on a storage, e.g. for `--ide2`. */
export function cloudInitDrive(storage: string): string {
  return `${checkStorageId(storage)}:cloudinit`;
}

/** Cloud-init `ipconfig[n]`. */
export function qemuIpconfig(c: {
  readonly ip?: string;
  readonly gw?: string;
  readonly ip6?: string;
  readonly gw6?: string;
}): string {
  if (c.ip !== undefined && c.ip !== 'dhcp') checkCidr(c.ip, false, 'IPv4 address');
  if (c.ip6 !== undefined && !['dhcp', 'auto'].includes(c.ip6)) checkCidr(c.ip6, true, 'IPv6 address');
  if (c.gw !== undefined && !isIpv4(c.gw)) fail(`invalid IPv4 gateway ${show(c.gw)}`);
  if (c.gw6 !== undefined && !isIpv6(c.gw6)) fail(`invalid IPv6 gateway ${show(c.gw6)}`);
  if (c.gw !== undefined && c.ip === undefined) fail('ipconfig: a gateway needs an ip');
  return propertyString('ipconfig', [
    ['ip', c.ip],
    ['gw', c.gw],
    ['ip6', c.ip6],
    ['gw6', c.gw6],
  ]);
}

/** QEMU guest agent, e.g. `enabled=1`. */
export function qemuAgent(a: {
  readonly enabled: boolean;
  readonly fstrimClonedDisks?: boolean;
  readonly type?: 'virtio' | 'isa';
}): string {
  return propertyString('agent', [
    ['enabled', a.enabled],
    ['fstrim_cloned_disks', a.fstrimClonedDisks],
    ['type', a.type],
  ]);
}

const QEMU_DEVICE =
  /^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|efidisk0|tpmstate0|net([0-9]|[12][0-9]|3[01])|hostpci([0-9]|1[0-5])|usb([0-9]|1[0-3]))$/;

/** `boot`: devices tried in order, e.g. `order=scsi0;net0`. */
export function qemuBootOrder(devices: readonly string[]): string {
  if (devices.length === 0) fail('boot order needs at least one device');
  for (const d of devices) if (!QEMU_DEVICE.test(d)) fail(`invalid boot device ${show(d)}`);
  return `order=${devices.join(';')}`;
}
