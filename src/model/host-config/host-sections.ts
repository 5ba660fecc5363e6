/**
 * The hypervisor file's host sections, read into the host model with findings: time,
 * apt, network (bridges, VLANs, /etc/hosts), ZFS (pools, datasets, ARC), Proxmox storages, NFS
 * exports, Samba shares, VFIO, the NVIDIA driver and the cluster's nodes (cluster.ts).
 *
 * Beyond the upstream format, these optional keys are read: `ntp_servers`,
 * `apt.{no_subscription,packages}`, `network.bridges[]`, `network.vlans[]`, `network.hosts[]`,
 * `storages[]` (extra `nfs`/`dir` storages) and `vfio.{enabled,iommu,pci_ids}`. The schema
 * describes them and rejects unknown keys inside these new objects.
 */
import type { JsonPath } from '../../config/json-source.js';
import { clusterStorages, readCluster } from './cluster.js';
import { readNetwork } from './network.js';
import { ConfigReader, DNS_NAME, IPV4, LINUX_USER, PACKAGE, type Obj } from './reader.js';
import type { HostConfig, NfsExportDef, NvidiaDef, SambaDef, VfioDef } from './types.js';
import { readExtraStorages, readStorageIds, readZfs } from './zfs.js';

type HostPart = Pick<
  HostConfig,
  | 'timezone'
  | 'ntpServers'
  | 'network'
  | 'zfs'
  | 'storages'
  | 'storageIds'
  | 'nfs'
  | 'samba'
  | 'vfio'
  | 'nvidia'
  | 'cluster'
> & { aptNoSubscription: boolean; aptPackages: string[] };

export function readHostPart(r: ConfigReader, raw: Obj): HostPart {
  const timezone = r.match(
    raw.timezone,
    ['timezone'],
    /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/,
    'a time zone like Europe/Berlin',
  );
  const ntpServers = r.listOf(
    raw.ntp_servers,
    ['ntp_servers'],
    (s) => IPV4.test(s) || DNS_NAME.test(s),
    (s) => `NTP server ${JSON.stringify(s)} must be a host name or IPv4 address`,
    { atItem: true },
  );
  const apt = r.obj(raw.apt, ['apt']) ?? {};
  const aptPackages = r.listOf(apt.packages, ['apt', 'packages'], PACKAGE, 'a Debian package name', {
    atItem: true,
  });
  const { zfs, storages: datasetStorages } = readZfs(r, raw);
  const cluster = readCluster(r, raw);
  return {
    timezone,
    ntpServers,
    aptNoSubscription: r.bool(apt.no_subscription, ['apt', 'no_subscription']) ?? true,
    aptPackages,
    network: readNetwork(r, raw),
    zfs,
    storages: [...clusterStorages(r, datasetStorages, cluster), ...readExtraStorages(r, raw)],
    storageIds: readStorageIds(raw),
    nfs: readNfs(r, raw),
    samba: readSamba(r, raw),
    vfio: readVfio(r, raw),
    nvidia: readNvidia(r, raw),
    ...(cluster ? { cluster } : {}),
  };
}

function readNfs(r: ConfigReader, raw: Obj): NfsExportDef[] {
  const nfs = r.obj(raw.nfs, ['nfs']) ?? {};
  const out: NfsExportDef[] = [];
  r.arr(nfs.exports, ['nfs', 'exports']).forEach((v, i) => {
    const path: JsonPath = ['nfs', 'exports', i];
    const o = r.obj(v, path);
    const p = o && r.match(o.path, [...path, 'path'], /^\/[^\s"]*$/, 'an absolute path without spaces');
    if (!o || !p) return;
    const clients = r.listOf(
      o.clients,
      [...path, 'clients'],
      /^[A-Za-z0-9.:/*@_-]+$/,
      (c) => `NFS client ${JSON.stringify(c)} must be an address, CIDR, host name or @netgroup`,
    );
    if (clients.length === 0) r.error(path, `export ${p} has no clients`, 'PHX-HV-NFS');
    const options = r.listOf(
      o.options,
      [...path, 'options'],
      /^[a-z_]+(=[A-Za-z0-9:._/-]+)?$/,
      (x) => `export option ${JSON.stringify(x)} is not valid`,
    );
    out.push({ path: p, clients, options });
  });
  return out;
}

function readSamba(r: ConfigReader, raw: Obj): SambaDef | undefined {
  const s = r.obj(raw.samba, ['samba']);
  if (!s) return undefined;
  const shares = r.arr(s.shares, ['samba', 'shares']).flatMap((v, i) => {
    const path: JsonPath = ['samba', 'shares', i];
    const o = r.obj(v, path);
    const name =
      o && r.match(o.name, [...path, 'name'], /^[A-Za-z0-9][A-Za-z0-9 ._$-]{0,79}$/, 'a share name');
    const p = o && r.match(o.path, [...path, 'path'], /^[^\s"\\]+$/, 'a path without spaces');
    if (!o || !name || !p) return [];
    const options: Array<[string, string]> = [];
    for (const part of (r.str(o.options, [...path, 'options']) ?? '').split(/\s+/).filter(Boolean)) {
      const m = /^([a-z][a-z ]*[a-z]|[a-z])=([^\s=]+)$/.exec(part.replace(/_/g, ' '));
      if (m) options.push([m[1]!, m[2]!]);
      else
        r.error(
          [...path, 'options'],
          `share option ${JSON.stringify(part)} must be key=value`,
          'PHX-HV-SAMBA',
        );
    }
    const validUsers = r.listOf(o.valid_users, [...path, 'valid_users'], LINUX_USER, 'a user name');
    return [{ name, path: p.startsWith('/') ? p : `/${p}`, options, validUsers }];
  });
  const user = r.match(s.user, ['samba', 'user'], LINUX_USER, 'a Linux user name');
  if (!user) {
    if (shares.length > 0 && s.user === undefined)
      r.error(['samba'], 'samba needs "user", the account that owns the shares', 'PHX-HV-SAMBA');
    return undefined;
  }
  return { user, shares };
}

function readVfio(r: ConfigReader, raw: Obj): VfioDef | undefined {
  const v = r.obj(raw.vfio, ['vfio']);
  if (!v || r.bool(v.enabled, ['vfio', 'enabled']) === false) return undefined;
  const iommu = r.str(v.iommu, ['vfio', 'iommu']) ?? 'intel';
  if (iommu !== 'intel' && iommu !== 'amd')
    return void r.error(['vfio', 'iommu'], 'vfio.iommu must be intel or amd', 'PHX-HV-VFIO');
  const pciIds = r.listOf(
    v.pci_ids,
    ['vfio', 'pci_ids'],
    /^[0-9a-f]{4}:[0-9a-f]{4}$/i,
    (id) => `PCI id ${JSON.stringify(id)} must be vendor:device like 10de:2684`,
    { rule: 'PHX-HV-VFIO' },
  );
  return { iommu, pciIds: pciIds.map((p) => p.toLowerCase()) };
}

function readNvidia(r: ConfigReader, raw: Obj): NvidiaDef | undefined {
  const n = r.obj(raw.nvidia_driver, ['nvidia_driver']);
  if (!n || r.bool(n.install, ['nvidia_driver', 'install']) !== true) return undefined;
  const version = r.match(
    n.version,
    ['nvidia_driver', 'version'],
    /^[0-9]+(?:\.[0-9]+){1,2}$/,
    'a driver version like 580.76.05',
  );
  const url = r.match(
    n.runfile_url,
    ['nvidia_driver', 'runfile_url'],
    /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/\S*$/,
    'an http(s) URL',
  );
  if (!version || !url) {
    if (n.version === undefined || n.runfile_url === undefined)
      r.error(
        ['nvidia_driver'],
        'nvidia_driver.install is true: give "version" and "runfile_url"',
        'PHX-HV-NVIDIA',
      );
    return undefined;
  }
  const file = url.split('/').pop() ?? '';
  const m = /^NVIDIA-Linux-[A-Za-z0-9_]+-([0-9.]+)\.run$/.exec(file);
  if (!m)
    return void r.error(
      ['nvidia_driver', 'runfile_url'],
      `runfile_url must end in NVIDIA-Linux-<arch>-<version>.run, got ${JSON.stringify(file)}`,
      'PHX-HV-NVIDIA',
    );
  if (m[1] !== version)
    return void r.error(
      ['nvidia_driver', 'runfile_url'],
      `runfile_url is for driver ${m[1]}, but version is ${version}`,
      'PHX-HV-NVIDIA',
    );
  return { version, runfileUrl: url };
}
