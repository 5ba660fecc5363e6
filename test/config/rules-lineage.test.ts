/**
 * Bad-input tests for identity and lineage rules: IDs, hostnames, clone sources, OS sources,
 * dependencies and cycles. Files are formatted by `toText` (2-space JSON), so in the LXC file
 * template 900 spans lines 3-14 and the next guest's key is on line 15 (column 5); its fields sit
 * at column 7 (`name` value at 15, `clone_from_ctid` value at 26). A guest made by `ct()` takes
 * 11 lines (key to closing brace), so a second one starts on line 26; extra fields follow its
 * network_config, from line 25.
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

/** A VM file with one cloud-image template 9000 (lines 3-14 of `vms`) plus the given VMs. */
function vms(...list: Obj[]): Obj {
  return {
    vms: [
      {
        vmid: 9000,
        name: 'cloud-tmpl',
        is_template: true,
        template_image: 'noble-server-cloudimg-amd64.img',
        storage_pool: 'tank-vm',
        network_config: { ip: 'dhcp' },
      },
      ...list,
    ],
  };
}

describe('identity rules', () => {
  it('a CT and a VM with the same ID collide (PHX-ID-DUPLICATE)', () => {
    const d = rulesOn(estate({}, { vm: vms({ vmid: 900, name: 'vm-900', clone_from_vmid: 9000 }) }));
    // VM file: 9000 is lines 3-12; the second VM's "vmid" is on line 14.
    expectFindings(d, [
      [
        'vm',
        14,
        15,
        'error',
        'PHX-ID-DUPLICATE',
        /ID 900 is already used by CT 900 \(phoenix_lxc_configs\.json:3\).*share one ID space/,
      ],
    ]);
  });

  it('two VMs with the same vmid (PHX-ID-DUPLICATE)', () => {
    const d = rulesOn(
      estate(
        {},
        {
          vm: vms(
            { vmid: 9100, name: 'a', clone_from_vmid: 9000 },
            { vmid: 9100, name: 'b', clone_from_vmid: 9000 },
          ),
        },
      ),
    );
    expectFindings(d, [
      [
        'vm',
        19,
        15,
        'error',
        'PHX-ID-DUPLICATE',
        /ID 9100 is already used by VM 9100 \(phoenix_vm_configs\.json:14\)$/,
      ],
    ]);
  });

  it('a hostname with an underscore (PHX-HOSTNAME)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { name: 'vllm_qwen' }) }));
    expectFindings(d, [['lxc', 16, 15, 'error', 'PHX-HOSTNAME', /contains '_'.*try 'vllm-qwen'/]]);
  });

  it('a hostname label that starts with a hyphen (PHX-HOSTNAME)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { name: 'web.-bad' }) }));
    expectFindings(d, [['lxc', 16, 15, 'error', 'PHX-HOSTNAME', /starts or ends with '-'/]]);
  });

  it('a hostname label longer than 63 characters (PHX-HOSTNAME)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { name: 'a'.repeat(64) }) }));
    expectFindings(d, [['lxc', 16, 15, 'error', 'PHX-HOSTNAME', /longer than 63/]]);
  });

  it('accepts dotted names such as vllm-qwen2.5-7b-awq', () => {
    expect(rulesOn(estate({ '950': ct('10.0.0.50/24', { name: 'vllm-qwen2.5-7b-awq' }) }))).toEqual([]);
  });

  it('two guests with the same name (PHX-HOSTNAME-DUPLICATE, warning)', () => {
    const d = rulesOn(
      estate({ '950': ct('10.0.0.50/24', { name: 'web' }), '951': ct('10.0.0.51/24', { name: 'WEB' }) }),
    );
    expectFindings(d, [
      ['lxc', 27, 15, 'warning', 'PHX-HOSTNAME-DUPLICATE', /CT 951 has the same name 'WEB' as CT 950/],
    ]);
  });
});

describe('clone and OS source rules', () => {
  it('a clone source that does not exist (PHX-CLONE-SOURCE)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { clone_from_ctid: '999' }) }));
    expectFindings(d, [
      ['lxc', 17, 26, 'error', 'PHX-CLONE-SOURCE', /clone source 999 of CT 950 does not exist/],
    ]);
  });

  it('a clone source with a bind mount, own or shared (PHX-CLONE-BIND-MOUNT)', () => {
    const bindRule = (d: ReturnType<typeof rulesOn>) => d.filter((x) => x.rule === 'PHX-CLONE-BIND-MOUNT');
    const own = rulesOn(
      estate({
        '900': { ...baseTemplate(), mount_points: [{ host_path: '/srv/shared', container_path: '/shared' }] },
        '950': ct('10.0.0.50/24', { clone_from_ctid: 900 }),
      }),
    );
    expect(bindRule(own)).toEqual([
      expect.objectContaining({
        file: 'cfg/phoenix_lxc_configs.json',
        severity: 'error',
        message: expect.stringMatching(
          /CT 950 clones CT 900, which bind-mounts \/srv\/shared; Proxmox cannot clone .*'unable to clone mountpoint'/,
        ),
      }),
    ]);
    const shared = rulesOn(
      estate(
        { '950': ct('10.0.0.50/24', { clone_from_ctid: 900 }) },
        {
          hypervisor: {
            ...hypervisor(),
            shared_volumes: { s: { host_path: '/srv/s', mounts: { '900': '/s' } } },
          },
        },
      ),
    );
    expect(bindRule(shared)).toHaveLength(1);
    expect(bindRule(rulesOn(estate({ '950': ct('10.0.0.50/24', { clone_from_ctid: 900 }) })))).toEqual([]);
  });

  it('a container cloned from a VM (PHX-CLONE-KIND)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { clone_from_ctid: 9000 }) }, { vm: vms() }));
    expectFindings(d, [['lxc', 17, 26, 'error', 'PHX-CLONE-KIND', /CT 950 cannot be cloned from VM 9000/]]);
  });

  it('a VM cloned from a container (PHX-CLONE-KIND)', () => {
    const d = rulesOn(estate({}, { vm: vms({ vmid: 9100, name: 'v', clone_from_vmid: 900 }) }));
    expectFindings(d, [['vm', 16, 26, 'error', 'PHX-CLONE-KIND', /VM 9100 cannot be cloned from CT 900/]]);
  });

  it('a clone source that is neither a template nor names a snapshot (PHX-CLONE-NOT-TEMPLATE)', () => {
    const d = rulesOn(
      estate({ '950': ct('10.0.0.50/24'), '951': ct('10.0.0.51/24', { clone_from_ctid: 950 }) }),
    );
    expectFindings(d, [
      ['lxc', 28, 26, 'error', 'PHX-CLONE-NOT-TEMPLATE', /CT 951 clones CT 950, which is neither a template/],
    ]);
  });

  it('a clone that asks for a smaller disk than its source has (PHX-DISK-SHRINK)', () => {
    // 9000 takes the 32 GB VM default; Proxmox cannot shrink the cloned disk to 16 GB.
    const d = rulesOn(
      estate({}, { vm: vms({ vmid: 9100, name: 'v', clone_from_vmid: 9000, disk_size_gb: 16 }) }),
    );
    expectFindings(d, [
      [
        'vm',
        17,
        23,
        'error',
        'PHX-DISK-SHRINK',
        /VM 9100 asks for a 16 GB disk but its clone source VM 9000 has 32 GB/,
      ],
    ]);
  });

  it('accepts a clone whose disk grows beyond its source', () => {
    const d = rulesOn(
      estate({}, { vm: vms({ vmid: 9100, name: 'v', clone_from_vmid: 9000, disk_size_gb: 64 }) }),
    );
    expect(d).toEqual([]);
  });

  it('accepts a clone source that names a template_snapshot_name', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { template_snapshot_name: 'ready' }),
        '951': ct('10.0.0.51/24', { clone_from_ctid: 950 }),
      }),
    );
    expect(d).toEqual([]);
  });

  it('template and clone_from_ctid both set: the clone wins (PHX-CLONE-AND-TEMPLATE, warning)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { template_file: 'nginx-v1.tar.gz' }) }));
    expectFindings(d, [
      ['lxc', 25, 24, 'warning', 'PHX-CLONE-AND-TEMPLATE', /cloned from 900 and 'template_file' is ignored/],
    ]);
  });

  it('a container that is neither cloned nor has an OS template (PHX-NO-OS-SOURCE)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { clone_from_ctid: undefined }) }));
    expectFindings(d, [['lxc', 15, 5, 'error', 'PHX-NO-OS-SOURCE', /CT 950 has nothing to be created from/]]);
  });

  it('a VM without clone source or cloud image (PHX-NO-OS-SOURCE)', () => {
    const d = rulesOn(estate({}, { vm: vms({ vmid: 9100, name: 'bare' }) }));
    // the VM object opens on line 13, column 5
    expectFindings(d, [['vm', 13, 5, 'error', 'PHX-NO-OS-SOURCE', /set 'clone_from_vmid' or a cloud image/]]);
  });
});

describe('dependency and cycle rules', () => {
  it('a dependency that is not defined (PHX-DEPENDENCY-MISSING)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { dependencies: ['953', '954'] }) }));
    // "dependencies": [ opens on line 25; entries on 26 and 27, column 9
    expectFindings(d, [
      ['lxc', 26, 9, 'error', 'PHX-DEPENDENCY-MISSING', /CT 950 depends on 953, which is not defined/],
      ['lxc', 27, 9, 'error', 'PHX-DEPENDENCY-MISSING', /depends on 954/],
    ]);
  });

  it('dependencies may cross from containers to VMs', () => {
    const d = rulesOn(
      estate(
        { '950': ct('10.0.0.50/24', { dependencies: [9100] }) },
        { vm: vms({ vmid: 9100, name: 'db', clone_from_vmid: 9000 }) },
      ),
    );
    expect(d).toEqual([]);
  });

  it('a dependency cycle reports its path (PHX-CYCLE)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { dependencies: ['953'] }),
        '953': ct('10.0.0.53/24', { dependencies: ['950'] }),
      }),
    );
    // 950 spans lines 15-28; 953's key is on 29 and its dependency entry on line 40
    expectFindings(d, [['lxc', 40, 9, 'error', 'PHX-CYCLE', /clone\/dependency cycle: 950 -> 953 -> 950;/]]);
  });

  it('a cycle through a clone edge and a dependency edge (PHX-CYCLE)', () => {
    const d = rulesOn(
      estate({
        '901': ct('10.0.0.201/24', { is_template: true, dependencies: [950] }),
        '950': ct('10.0.0.50/24', { clone_from_ctid: '901' }),
      }),
    );
    // 901 (lines 15-29) depends on 950, which clones 901: the clone edge on line 32 closes the cycle
    expectFindings(d, [['lxc', 32, 26, 'error', 'PHX-CYCLE', /cycle: 901 -> 950 -> 901;/]]);
  });

  it('a guest that depends on itself (PHX-CYCLE)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { dependencies: [950] }) }));
    expectFindings(d, [['lxc', 26, 9, 'error', 'PHX-CYCLE', /cycle: 950 -> 950;/]]);
  });

  it('a guest cloned from itself (PHX-CYCLE)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { clone_from_ctid: 950 }) }));
    expectFindings(d, [['lxc', 17, 26, 'error', 'PHX-CYCLE', /cycle: 950 -> 950;/]]);
  });

  it('a dependency on a template, which never runs (PHX-DEPENDENCY-TEMPLATE, warning)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { dependencies: [900] }) }));
    expectFindings(d, [
      ['lxc', 26, 9, 'warning', 'PHX-DEPENDENCY-TEMPLATE', /CT 950 depends on CT 900, a template/],
    ]);
  });

  it('a guest that boots before its dependency (PHX-BOOT-ORDER, warning)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { start_at_boot: true, boot_order: 1, dependencies: [953] }),
        '953': ct('10.0.0.53/24', { start_at_boot: true, boot_order: 2 }),
      }),
    );
    expectFindings(d, [
      [
        'lxc',
        28,
        9,
        'warning',
        'PHX-BOOT-ORDER',
        /CT 950 \(boot_order 1\) starts before its dependency CT 953 \(boot_order 2\)/,
      ],
    ]);
  });

  it('a guest that starts at boot while its dependency does not (PHX-BOOT-ORDER, warning)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { start_at_boot: true, dependencies: [953] }),
        '953': ct('10.0.0.53/24'),
      }),
    );
    expectFindings(d, [['lxc', 27, 9, 'warning', 'PHX-BOOT-ORDER', /its dependency CT 953 does not/]]);
  });
});
