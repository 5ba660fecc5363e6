/**
 * Bad-input tests for storage and mount rules. Layout (2-space JSON): CT 950 from `ct()` has
 * storage_pool on line 18 (value column 23) and extra fields from line 25. In the test hypervisor
 * file keys added by `hypervisor({...})` start on line 39; its dataset `vm` (content `images`
 * only) opens on line 31.
 */
import {
  baseTemplate,
  ct,
  expectFindings,
  hypervisor,
  lxcFile,
  rulesOn,
  type EstateSpec,
} from '../helpers/config-builder.js';

type Obj = Record<string, unknown>;

function estate(configs: Obj, more: Partial<EstateSpec> = {}): EstateSpec {
  return { lxc: lxcFile({ '900': baseTemplate(), ...configs }), hypervisor: hypervisor(), ...more };
}

describe('storage rules', () => {
  it('a storage pool the hypervisor does not define (PHX-STORAGE-UNDEFINED)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { storage_pool: 'tank-lcx' }) }));
    expectFindings(d, [
      [
        'lxc',
        18,
        23,
        'error',
        'PHX-STORAGE-UNDEFINED',
        /storage 'tank-lcx' for the root disk is not defined .*did you mean 'tank-lxc'\?/,
      ],
    ]);
  });

  it('accepts Proxmox defaults and proxmox_storage_ids values', () => {
    const d = rulesOn({
      lxc: lxcFile({
        '900': baseTemplate(),
        '950': ct('10.0.0.50/24', { storage_pool: 'local-lvm' }),
        '951': ct('10.0.0.51/24', { storage_pool: 'nfs-backup' }),
      }),
      hypervisor: hypervisor({ proxmox_storage_ids: { backups: 'nfs-backup' } }),
    });
    expect(d).toEqual([]);
  });

  it('a container on a storage without rootdir content (PHX-STORAGE-CONTENT)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { storage_pool: 'tank-vm' }) }));
    expectFindings(d, [
      [
        'lxc',
        18,
        23,
        'error',
        'PHX-STORAGE-CONTENT',
        /storage 'tank-vm' holds 'images' but the root disk needs content type 'rootdir' \(phoenix_hypervisor_config\.json:31\)/,
      ],
    ]);
  });

  it('a volume pool the hypervisor does not define (PHX-STORAGE-UNDEFINED)', () => {
    const vol = { name: 'models', pool: 'bulk', size_gb: 50, mount_point: '/models' };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { zfs_volumes: [vol] }) }));
    expectFindings(d, [
      ['lxc', 28, 19, 'error', 'PHX-STORAGE-UNDEFINED', /storage 'bulk' for a mount point volume/],
    ]);
  });

  it('a VM storage pool from vm_defaults is reported once, on vm_defaults (PHX-STORAGE-UNDEFINED)', () => {
    const vm = {
      vm_defaults: { storage_pool: 'fast' },
      vms: [
        { vmid: 9000, name: 't', is_template: true, template_image: 'noble.img' },
        { vmid: 9100, name: 'a', clone_from_vmid: 9000 },
      ],
    };
    const d = rulesOn(estate({}, { vm }));
    expectFindings(d, [
      ['vm', 3, 21, 'error', 'PHX-STORAGE-UNDEFINED', /^vm_defaults: storage 'fast' for VM disks/],
    ]);
  });

  it('without a hypervisor file: one warning, storage and bridges unchecked (PHX-HYPERVISOR-MISSING)', () => {
    const d = rulesOn({
      lxc: lxcFile({
        '900': baseTemplate({ storage_pool: 'nowhere' }),
        '950': ct('10.0.0.50/24', {
          storage_pool: 'nowhere',
          network_config: { bridge: 'vmbr5', ip: 'dhcp' },
        }),
      }),
    });
    expectFindings(d, [
      [
        'hypervisor',
        1,
        1,
        'warning',
        'PHX-HYPERVISOR-MISSING',
        /not found: storage pools and bridges are not checked/,
      ],
    ]);
  });
});

describe('shared volume and mount point rules', () => {
  it('a shared volume without host_path (PHX-MOUNT-HOST-PATH)', () => {
    // The host firewall at the top level too, so the misplaced block is only a volume here.
    const hv = hypervisor({ shared_volumes: { firewall: { enabled: true } }, firewall: { enabled: false } });
    const d = rulesOn({ ...estate({}), hypervisor: hv });
    expectFindings(d, [
      ['hypervisor', 40, 5, 'error', 'PHX-MOUNT-HOST-PATH', /shared volume 'firewall' has no host_path/],
    ]);
  });

  it('a shared volume that mounts into an undefined guest (PHX-MOUNT-GUEST)', () => {
    const hv = hypervisor({
      shared_volumes: {
        models: { host_path: '/tank/models', mounts: { '950': '/models', '999': '/models' } },
      },
    });
    const d = rulesOn({ ...estate({ '950': ct('10.0.0.50/24') }), hypervisor: hv });
    expectFindings(d, [
      [
        'hypervisor',
        44,
        9,
        'error',
        'PHX-MOUNT-GUEST',
        /shared volume 'models' mounts into 999, but no guest 999 is defined/,
      ],
    ]);
  });

  it('a shared volume that mounts into a VM (PHX-MOUNT-GUEST)', () => {
    const hv = hypervisor({
      shared_volumes: { models: { host_path: '/tank/models', mounts: { '9000': '/models' } } },
    });
    const vm = {
      vms: [
        { vmid: 9000, name: 't', is_template: true, template_image: 'noble.img', storage_pool: 'tank-vm' },
      ],
    };
    const d = rulesOn({ ...estate({}), vm, hypervisor: hv });
    expectFindings(d, [
      ['hypervisor', 43, 9, 'error', 'PHX-MOUNT-GUEST', /VM 9000 is a VM; bind mounts go into containers/],
    ]);
  });

  it('a mount point without host_path (PHX-MOUNT-HOST-PATH)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { mount_points: [{ container_path: '/data' }] }) }));
    expectFindings(d, [
      ['lxc', 26, 9, 'error', 'PHX-MOUNT-HOST-PATH', /mount point 0 of CT 950 has no host_path/],
    ]);
  });

  it('a relative host_path (PHX-MOUNT-HOST-PATH)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { mount_points: [{ host_path: 'data', container_path: '/data' }] }),
      }),
    );
    expectFindings(d, [
      ['lxc', 27, 24, 'error', 'PHX-MOUNT-HOST-PATH', /host_path 'data' of CT 950 must be an absolute path/],
    ]);
  });

  it("a container path with '..' (PHX-MOUNT-TARGET)", () => {
    const mp = { host_path: '/tank/data', container_path: '/srv/../etc' };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { mount_points: [mp] }) }));
    expectFindings(d, [
      [
        'lxc',
        28,
        29,
        'error',
        'PHX-MOUNT-TARGET',
        /mount path '\/srv\/\.\.\/etc' of CT 950 must not contain/,
      ],
    ]);
  });

  it('two mounts at the same container path (PHX-MOUNT-DUPLICATE, warning)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', {
          mount_points: [{ host_path: '/tank/data', container_path: '/data' }],
          zfs_volumes: [{ name: 'v', pool: 'tank-lxc', size_gb: 8, mount_point: '/data/' }],
        }),
      }),
    );
    // mount_points spans 25-30; zfs_volumes opens on 31 and its mount_point is on line 36
    expectFindings(d, [
      [
        'lxc',
        36,
        26,
        'warning',
        'PHX-MOUNT-DUPLICATE',
        /CT 950 mounts two things at \/data\/: this volume and mount point \(phoenix_lxc_configs\.json:28\)/,
      ],
    ]);
  });

  it('a shared volume and a container volume at the same path (PHX-MOUNT-DUPLICATE, warning)', () => {
    const hv = hypervisor({
      shared_volumes: { models: { host_path: '/tank/models', mounts: { '950': '/models' } } },
    });
    const vol = { name: 'm', pool: 'tank-lxc', size_gb: 8, mount_point: '/models' };
    const d = rulesOn({ ...estate({ '950': ct('10.0.0.50/24', { zfs_volumes: [vol] }) }), hypervisor: hv });
    expectFindings(d, [
      [
        'lxc',
        30,
        26,
        'warning',
        'PHX-MOUNT-DUPLICATE',
        /shared volume 'models' \(phoenix_hypervisor_config\.json:43\)/,
      ],
    ]);
  });

  it('an NFS volume of a VM without a path (PHX-MOUNT-HOST-PATH)', () => {
    const vm = {
      vms: [
        { vmid: 9000, name: 't', is_template: true, template_image: 'noble.img', storage_pool: 'tank-vm' },
        {
          vmid: 9100,
          name: 'a',
          clone_from_vmid: 9000,
          storage_pool: 'tank-vm',
          volumes: [{ type: 'nfs', server: '10.0.0.13', mount_point: '/mnt/data' }],
        },
      ],
    };
    const d = rulesOn(estate({}, { vm }));
    expectFindings(d, [
      // Phoenix checks the entry but mounts nothing from it (unsupported-fields.ts).
      ['vm', 15, 7, 'warning', 'PHX-UNSUPPORTED-FIELD', /^'volumes' is not supported: .* inside the VM/],
      ['vm', 16, 9, 'error', 'PHX-MOUNT-HOST-PATH', /NFS volume 0 of VM 9100 needs both 'server' and 'path'/],
    ]);
  });
});
