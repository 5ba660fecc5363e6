/**
 * Makes a simulated node look like a fresh Proxmox VE install for host-setup tests and demos: the
 * installer's management address on vmbr0, the enterprise repositories (as .list files on 8.x,
 * deb822 .sources on 9.x), the boot loader's command line, the ZFS ARC parameter, and extra
 * disks (blank or holding data).
 */
import type { SimDisk, SimState } from '../model.js';

export interface HypervisorHostSeed {
  /** Management address in CIDR form (default: keep the node's). */
  readonly address?: string;
  readonly gateway?: string;
  readonly disks?: ReadonlyArray<Pick<SimDisk, 'path'> & Partial<SimDisk>>;
  /** Enterprise repositories enabled, as after the installer (default true). */
  readonly enterpriseRepos?: boolean;
  /** Boot loader: `grub` (/etc/default/grub, default) or `systemd-boot` (/etc/kernel/cmdline). */
  readonly boot?: 'grub' | 'systemd-boot';
}

const text = (s: string): { data: string } => ({ data: Buffer.from(s, 'utf8').toString('base64') });

export function seedHypervisorHost(state: SimState, seed: HypervisorHostSeed = {}): SimState {
  const node = state.nodes[state.localNode];
  if (!node) throw new Error(`the simulator state has no node ${state.localNode}`);
  const name = node.name;
  const vmbr0 = node.network.find((n) => n.iface === 'vmbr0');
  const cidr = seed.address ?? vmbr0?.cidr ?? '192.168.1.10/24';
  const gateway = seed.gateway ?? vmbr0?.gateway ?? '192.168.1.1';
  const ip = cidr.split('/')[0]!;
  if (vmbr0) Object.assign(vmbr0, { cidr, address: ip, netmask: cidr.split('/')[1], gateway });
  node.files['/etc/network/interfaces'] = text(
    'auto lo\niface lo inet loopback\n\niface eno1 inet manual\n\n' +
      `auto vmbr0\niface vmbr0 inet static\n\taddress ${cidr}\n\tgateway ${gateway}\n` +
      '\tbridge-ports eno1\n\tbridge-stp off\n\tbridge-fd 0\n\nsource /etc/network/interfaces.d/*\n',
  );
  node.files['/etc/hosts'] = text(`127.0.0.1 localhost.localdomain localhost\n${ip} ${name}.local ${name}\n`);
  const major = Number(state.pve.version.split('.')[0]);
  const codename = major >= 9 ? 'trixie' : 'bookworm';
  if (seed.enterpriseRepos ?? true) {
    if (major >= 9) {
      node.files['/etc/apt/sources.list.d/pve-enterprise.sources'] = text(
        `Types: deb\nURIs: https://enterprise.proxmox.com/debian/pve\nSuites: ${codename}\nComponents: pve-enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`,
      );
      node.files['/etc/apt/sources.list.d/ceph.sources'] = text(
        `Types: deb\nURIs: https://enterprise.proxmox.com/debian/ceph-squid\nSuites: ${codename}\nComponents: enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`,
      );
    } else {
      node.files['/etc/apt/sources.list.d/pve-enterprise.list'] = text(
        `deb https://enterprise.proxmox.com/debian/pve ${codename} pve-enterprise\n`,
      );
      node.files['/etc/apt/sources.list.d/ceph.list'] = text(
        `deb https://enterprise.proxmox.com/debian/ceph-quincy ${codename} enterprise\n`,
      );
    }
  }
  if ((seed.boot ?? 'grub') === 'grub')
    node.files['/etc/default/grub'] = text(
      'GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\nGRUB_DISTRIBUTOR="Proxmox VE"\nGRUB_CMDLINE_LINUX_DEFAULT="quiet"\nGRUB_CMDLINE_LINUX=""\n',
    );
  else node.files['/etc/kernel/cmdline'] = text('root=ZFS=rpool/ROOT/pve-1 boot=zfs\n');
  node.files['/sys/module/zfs/parameters/zfs_arc_max'] = text('0\n');
  for (const d of seed.disks ?? []) {
    if (node.disks.some((x) => x.path === d.path)) continue;
    node.disks.push({ sizeBytes: 2000 * 1024 ** 3, model: 'SIM NVMe', hasData: false, ...d });
  }
  return state;
}
