/**
 * The VM config keys (`qm.conf`) and their value types, written from the Proxmox VE 9.1 API
 * schema (sub-keys of the hash formats such as `cpu` and `ipconfig[n]` included). A test compares
 * this table with ../shared/pve-api.
 */
import { indexedKeyType, STARTUP, type IndexedFamilies } from './lxc-schema.js';
import { BOOL, fmt, int, num, oneOf, prop, STR, type ValueType } from './pve-values.js';

const DISK_FORMATS = oneOf('cloop', 'cow', 'qcow', 'qcow2', 'qed', 'raw', 'vmdk');
const DISK_COMMON: Record<string, ValueType> = {
  aio: oneOf('io_uring', 'native', 'threads'),
  backup: BOOL,
  cache: oneOf('directsync', 'none', 'unsafe', 'writeback', 'writethrough'),
  detect_zeroes: BOOL,
  discard: oneOf('ignore', 'on'),
  file: STR,
  format: DISK_FORMATS,
  'import-from': STR,
  media: oneOf('cdrom', 'disk'),
  replicate: BOOL,
  rerror: oneOf('ignore', 'report', 'stop'),
  serial: STR,
  shared: BOOL,
  size: fmt('disk-size'),
  snapshot: BOOL,
  werror: oneOf('enospc', 'ignore', 'report', 'stop'),
};
const DISK_ALIAS = {
  volume: 'file',
  bps_rd_length: 'bps_rd_max_length',
  bps_wr_length: 'bps_wr_max_length',
  iops_rd_length: 'iops_rd_max_length',
  iops_wr_length: 'iops_wr_max_length',
};
for (const k of [
  'bps',
  'bps_rd',
  'bps_wr',
  'iops',
  'iops_rd',
  'iops_wr',
  'iops_max',
  'iops_rd_max',
  'iops_wr_max',
])
  DISK_COMMON[k] = int(0);
for (const k of ['mbps', 'mbps_max', 'mbps_rd', 'mbps_rd_max', 'mbps_wr', 'mbps_wr_max'])
  DISK_COMMON[k] = num(0);
for (const k of [
  'bps_max_length',
  'bps_rd_max_length',
  'bps_wr_max_length',
  'iops_max_length',
  'iops_rd_max_length',
  'iops_wr_max_length',
])
  DISK_COMMON[k] = int(1);

const diskSpec = (extra: Record<string, ValueType>): ValueType =>
  prop({ ...DISK_COMMON, ...extra }, { defaultKey: 'file', required: ['file'], alias: DISK_ALIAS });

export const QM_SCSI = diskSpec({
  iothread: BOOL,
  product: STR,
  queues: int(2),
  ro: BOOL,
  scsiblock: BOOL,
  ssd: BOOL,
  vendor: STR,
  wwn: STR,
});
export const QM_VIRTIO = diskSpec({ iothread: BOOL, ro: BOOL });
export const QM_SATA = diskSpec({ ssd: BOOL, wwn: STR });
export const QM_IDE = diskSpec({ model: STR, ssd: BOOL, wwn: STR });

export const NET_MODELS = [
  'e1000',
  'e1000-82540em',
  'e1000-82544gc',
  'e1000-82545em',
  'e1000e',
  'i82551',
  'i82557b',
  'i82559er',
  'ne2k_isa',
  'ne2k_pci',
  'pcnet',
  'rtl8139',
  'virtio',
  'vmxnet3',
];
export const QM_NET = prop(
  {
    model: oneOf(...NET_MODELS),
    bridge: STR,
    firewall: BOOL,
    link_down: BOOL,
    macaddr: fmt('mac-addr'),
    mtu: int(1, 65520),
    queues: int(0, 64),
    rate: num(0),
    tag: int(1, 4094),
    trunks: STR,
  },
  {
    defaultKey: 'model',
    required: ['model'],
    keyAlias: { keys: NET_MODELS, keyField: 'model', valueField: 'macaddr' },
  },
);
export const QM_IPCONFIG = prop({ gw: STR, gw6: STR, ip: STR, ip6: STR });

export const QM_KEYS: Record<string, ValueType> = {
  acpi: BOOL,
  affinity: STR,
  agent: prop(
    {
      enabled: BOOL,
      'freeze-fs': BOOL,
      fstrim_cloned_disks: BOOL,
      type: oneOf('isa', 'virtio'),
    },
    {
      defaultKey: 'enabled',
      required: ['enabled'],
      alias: { 'freeze-fs-on-backup': 'freeze-fs', 'guest-fsfreeze': 'freeze-fs' },
    },
  ),
  'allow-ksm': BOOL,
  'amd-sev': prop(
    { type: STR, 'allow-smt': BOOL, 'kernel-hashes': BOOL, 'no-debug': BOOL, 'no-key-sharing': BOOL },
    { defaultKey: 'type' },
  ),
  arch: oneOf('aarch64', 'x86_64'),
  args: STR,
  audio0: prop(
    { device: oneOf('AC97', 'ich9-intel-hda', 'intel-hda'), driver: oneOf('none', 'spice') },
    { required: ['device'] },
  ),
  autostart: BOOL,
  balloon: int(0),
  bios: oneOf('ovmf', 'seabios'),
  boot: prop({ legacy: STR, order: STR }, { defaultKey: 'legacy' }),
  bootdisk: STR,
  cdrom: STR,
  cicustom: prop({ meta: STR, network: STR, user: STR, vendor: STR }),
  cipassword: STR,
  citype: oneOf('configdrive2', 'nocloud', 'opennebula'),
  ciupgrade: BOOL,
  ciuser: STR,
  cores: int(1),
  cpu: prop(
    {
      cputype: STR,
      flags: STR,
      'guest-phys-bits': int(32, 64),
      hidden: BOOL,
      'hv-vendor-id': STR,
      'phys-bits': STR,
      'reported-model': STR,
    },
    { defaultKey: 'cputype' },
  ),
  cpulimit: num(0, 128),
  cpuunits: int(1, 262144),
  description: { t: 'str', maxLength: 8192 },
  efidisk0: prop(
    {
      efitype: oneOf('2m', '4m'),
      file: STR,
      format: DISK_FORMATS,
      'import-from': STR,
      'ms-cert': STR,
      'pre-enrolled-keys': BOOL,
      size: fmt('disk-size'),
    },
    { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } },
  ),
  freeze: BOOL,
  hookscript: STR,
  hotplug: STR,
  hugepages: oneOf('1024', '2', 'any'),
  'intel-tdx': prop(
    { type: STR, attestation: BOOL, 'vsock-cid': int(2), 'vsock-port': int(0) },
    { defaultKey: 'type' },
  ),
  ivshmem: prop({ name: STR, size: int(1) }, { required: ['size'] }),
  keephugepages: BOOL,
  keyboard: STR,
  kvm: BOOL,
  localtime: BOOL,
  lock: oneOf(
    'backup',
    'clone',
    'create',
    'migrate',
    'rollback',
    'snapshot',
    'snapshot-delete',
    'suspended',
    'suspending',
  ),
  machine: prop(
    {
      type: STR,
      'aw-bits': num(32, 64),
      'enable-s3': BOOL,
      'enable-s4': BOOL,
      viommu: oneOf('intel', 'virtio'),
    },
    { defaultKey: 'type' },
  ),
  memory: prop({ current: int(16) }, { defaultKey: 'current', required: ['current'] }),
  migrate_downtime: num(0),
  migrate_speed: int(0),
  name: fmt('dns-name'),
  nameserver: STR,
  numa: BOOL,
  onboot: BOOL,
  ostype: oneOf(
    'l24',
    'l26',
    'other',
    'solaris',
    'w2k',
    'w2k3',
    'w2k8',
    'win10',
    'win11',
    'win7',
    'win8',
    'wvista',
    'wxp',
  ),
  protection: BOOL,
  reboot: BOOL,
  rng0: prop({ source: STR, max_bytes: int(0), period: int(0) }, { defaultKey: 'source' }),
  scsihw: oneOf('lsi', 'lsi53c810', 'megasas', 'pvscsi', 'virtio-scsi-pci', 'virtio-scsi-single'),
  searchdomain: STR,
  shares: int(0, 50000),
  smbios1: prop({
    base64: BOOL,
    family: STR,
    manufacturer: STR,
    product: STR,
    serial: STR,
    sku: STR,
    uuid: STR,
    version: STR,
  }),
  smp: int(1),
  sockets: int(1),
  spice_enhancements: prop({ foldersharing: BOOL, videostreaming: oneOf('all', 'filter', 'off') }),
  sshkeys: fmt('urlencoded'),
  startdate: STR,
  startup: STARTUP,
  tablet: BOOL,
  tags: fmt('pve-tag-list'),
  tdf: BOOL,
  template: BOOL,
  tpmstate0: prop(
    {
      file: STR,
      format: DISK_FORMATS,
      'import-from': STR,
      size: fmt('disk-size'),
      version: oneOf('v1.2', 'v2.0'),
    },
    { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } },
  ),
  vcpus: int(1),
  vga: prop({ type: STR, clipboard: oneOf('vnc'), memory: int(4, 512) }, { defaultKey: 'type' }),
  vmgenid: STR,
  vmstatestorage: fmt('pve-storage-id'),
  watchdog: prop({ model: oneOf('i6300esb', 'ib700'), action: STR }, { defaultKey: 'model' }),
};

export const QM_KEYS_PVE9_ONLY = ['allow-ksm', 'intel-tdx'];

const INDEXED: IndexedFamilies = [
  [/^net(\d+)$/, 31, QM_NET],
  [/^ipconfig(\d+)$/, 31, QM_IPCONFIG],
  [/^scsi(\d+)$/, 30, QM_SCSI],
  [/^virtio(\d+)$/, 15, QM_VIRTIO],
  [/^sata(\d+)$/, 5, QM_SATA],
  [/^ide(\d+)$/, 3, QM_IDE],
  [/^hostpci(\d+)$/, 15, STR],
  [/^usb(\d+)$/, 13, prop({ host: STR, mapping: STR, usb3: BOOL }, { defaultKey: 'host' })],
  [/^serial(\d+)$/, 3, { t: 'str', pattern: /^(\/dev\/.+|socket)$/ }],
  [/^parallel(\d+)$/, 2, { t: 'str', pattern: /^(\/dev\/parport\d+|\/dev\/usb\/lp\d+)$/ }],
  [
    /^numa(\d+)$/,
    7,
    prop(
      { cpus: STR, hostnodes: STR, memory: num(), policy: oneOf('bind', 'interleave', 'preferred') },
      { required: ['cpus'] },
    ),
  ],
  [
    /^unused(\d+)$/,
    255,
    prop({ file: STR }, { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } }),
  ],
  [
    /^virtiofs(\d+)$/,
    9,
    prop(
      {
        cache: oneOf('always', 'auto', 'metadata', 'never'),
        'direct-io': BOOL,
        dirid: STR,
        'expose-acl': BOOL,
        'expose-xattr': BOOL,
      },
      { defaultKey: 'dirid', required: ['dirid'] },
    ),
  ],
];

export function qmIndexedKey(name: string): ValueType | undefined {
  return indexedKeyType(INDEXED, name);
}

export function qmKeyType(name: string, pveMajor = 9): ValueType | undefined {
  if (pveMajor < 9 && QM_KEYS_PVE9_ONLY.includes(name)) return undefined;
  return QM_KEYS[name] ?? qmIndexedKey(name);
}

/** Disk keys (`scsi0`, `virtio1`, `efidisk0`, ...). */
export function isQemuDiskKey(key: string): boolean {
  return /^(scsi|virtio|sata|ide)\d+$/.test(key) || key === 'efidisk0' || key === 'tpmstate0';
}
