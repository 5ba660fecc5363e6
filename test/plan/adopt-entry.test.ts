import { addGuestEntry } from '../../src/config/add-entry.js';
import type { LiveGuest } from '../../src/model/live-state.js';
import { resolveDesiredState } from '../../src/model/resolve.js';
import { adoptEntry } from '../../src/plan/adopt-entry.js';
import { desiredConfig } from '../../src/plan/desired-config.js';
import { diffConfig } from '../../src/plan/config-diff.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { renderDriftIssue } from '../../src/github/drift-issue.js';
import { plan } from '../../src/plan/planner.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const TPL = 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst';

function liveCt(config: Record<string, string>): LiveGuest {
  return {
    kind: 'lxc',
    id: 960,
    node: 'pve',
    status: 'running',
    template: false,
    config,
    snapshots: [],
    tags: [],
  };
}

describe('adoptEntry', () => {
  it('reads a container back into the fields whose settings equal its live config', () => {
    const config = {
      hostname: 'hand-made',
      memory: '1536',
      cores: '3',
      swap: '256',
      onboot: '1',
      startup: 'order=3,up=10',
      unprivileged: '1',
      features: 'nesting=1,keyctl=1',
      net0: 'name=eth0,bridge=vmbr0,hwaddr=bc:24:11:00:00:01,ip=10.0.0.160/24,gw=10.0.0.1,type=veth',
      nameserver: '10.0.0.1',
      rootfs: 'local-lvm:vm-960-disk-0,size=12G',
      mp0: 'local-lvm:vm-960-disk-1,mp=/data,backup=1,size=4G',
      'lxc.apparmor.profile': 'unconfined',
      ostype: 'ubuntu',
    };
    const { key, entry, notes } = adoptEntry(liveCt(config), [TPL]);
    expect(key).toBe('960');
    expect(entry).toMatchObject({
      name: 'hand-made',
      template: TPL,
      memory_mb: 1536,
      cores: 3,
      swap_mb: 256,
      start_at_boot: true,
      boot_order: 3,
      boot_delay: 10,
      pct_options: ['keyctl=1', 'nesting=1'],
      mac_address: 'BC:24:11:00:00:01',
      network_config: {
        name: 'eth0',
        bridge: 'vmbr0',
        ip: '10.0.0.160/24',
        gw: '10.0.0.1',
        nameservers: '10.0.0.1',
      },
      storage_pool: 'local-lvm',
      storage_size_gb: 12,
      volumes: [{ mount_point: '/data', size_gb: 4 }],
      lxc_options: ['lxc.apparmor.profile: unconfined'],
    });
    expect(notes.join('\n')).toMatch(/template: .* is a guess/);
    // Resolved back, the entry asks for exactly what the guest has.
    const g = resolveDesiredState({ lxc: { lxc_configs: { [key]: entry } } }).guests[0]!;
    const d = diffConfig('lxc', desiredConfig(g, {}, config), config);
    expect(d.diffs).toEqual([]);
  });

  it('reads a VM, naming what the host does not record', () => {
    const vm: LiveGuest = {
      kind: 'qemu',
      id: 9100,
      node: 'pve',
      status: 'running',
      template: false,
      snapshots: [],
      tags: [],
      config: {
        name: 'vm-hand',
        memory: '4096',
        cores: '2',
        scsi0: 'local-lvm:vm-9100-disk-0,size=32G',
        net0: 'virtio=bc:24:11:00:00:02,bridge=vmbr0',
        ipconfig0: 'ip=10.0.0.50/24,gw=10.0.0.1',
        ciuser: 'ops',
      },
    };
    const { entry, notes } = adoptEntry(vm, []);
    expect(entry).toEqual({
      vmid: 9100,
      name: 'vm-hand',
      memory_mb: 4096,
      cores: 2,
      storage_pool: 'local-lvm',
      disk_size_gb: 32,
      mac_address: 'BC:24:11:00:00:02',
      network_config: { bridge: 'vmbr0', ip: '10.0.0.50/24', gw: '10.0.0.1' },
      user_config: { username: 'ops' },
    });
    expect(notes[0]).toMatch(/^template_image:/);
  });
});

describe('addGuestEntry', () => {
  const lxcText =
    '{\n    "lxc_configs": {\n        "900": { "name": "a" }, // kept\n        "901": {\n            "name": "b"\n        }\n    }\n}\n';

  it("adds a container under lxc_configs, the rest of the text unchanged, in the file's indentation", () => {
    const out = addGuestEntry(lxcText, 'lxc', '960', { name: 'c', cores: 2 }, 'f.json');
    expect(out.startsWith(lxcText.slice(0, lxcText.lastIndexOf('        }') + 9))).toBe(true);
    expect(out).toContain('// kept');
    expect(out).toContain('        "960": {\n            "name": "c",\n            "cores": 2\n        }');
  });

  it('appends a VM to vms and refuses an id already there', () => {
    const text = '{\n  "vms": [\n    { "vmid": 9000, "name": "t" }\n  ]\n}\n';
    const out = addGuestEntry(text, 'qemu', '9100', { vmid: 9100, name: 'x' }, 'f.json');
    expect(JSON.parse(out)).toEqual({
      vms: [
        { vmid: 9000, name: 't' },
        { vmid: 9100, name: 'x' },
      ],
    });
    expect(out.startsWith('{\n  "vms": [\n    { "vmid": 9000, "name": "t" }')).toBe(true);
    expect(() => addGuestEntry(text, 'qemu', '9000', { vmid: 9000 }, 'f.json')).toThrow(
      /already has a VM with vmid 9000/,
    );
    expect(() => addGuestEntry(lxcText, 'lxc', '900', {}, 'f.json')).toThrow(/already has lxc_configs.900/);
    const empty = addGuestEntry('{\n  "vms": []\n}\n', 'qemu', '1', { vmid: 1 }, 'f.json');
    expect(empty).toBe('{\n  "vms": [\n    {\n      "vmid": 1\n    }\n  ]\n}\n');
  });
});

describe('the drift issue', () => {
  it('says how many settings changed outside Phoenix and lists them in their own section', () => {
    const desired = estate({ '950': ct('web', { template: TEMPLATE, memory_mb: 2048 }) });
    const live = desiredToLiveState(desired);
    const guests = live.guests.map((g) => ({ ...g, config: { ...g.config, memory: '999' } }));
    const p = plan(desired, { ...host(), guests }, { scriptHashes: hashes({}), mode: 'drift' });
    const body = renderDriftIssue(p, {
      sha: 'a'.repeat(40),
      target: 'local',
      checkedAt: '2025-01-01T00:00:00Z',
    });
    expect(body).toContain('1 setting was changed outside Phoenix');
    expect(body).toContain('### Changed outside Phoenix (drift)');
    expect(body).toContain('- `ct/950` memory: 999 on the host, the config says 2048');
  });
});
