import { diffConfig, parsePropertyString, parseSizeGiB, parseVolume } from '../../src/plan/config-diff.js';
import { desiredConfig, normalizeLxcLine, supportsDevPassthrough } from '../../src/plan/desired-config.js';
import { printedConfig } from '../../src/plan/desired-to-live.js';
import { ct, estate, TEMPLATE, vm } from '../helpers/plan-fixtures.js';

const guestOf = (cfg: Record<string, unknown>) =>
  estate({ '950': ct('web', { template: TEMPLATE, ...cfg }) }).guests[0];
const vmOf = (cfg: Record<string, unknown>) => estate({}, [vm(8001, 'app', cfg)]).guests[0];

/** Diff a guest's desired config against its own printed config with `edit` applied. */
function diffAgainst(g: ReturnType<typeof guestOf>, edit: (c: Record<string, string>) => void) {
  const live = printedConfig(g);
  edit(live);
  return diffConfig(g.kind, desiredConfig(g), live);
}

describe('desiredConfig', () => {
  it('maps a container to the keys Phoenix manages', () => {
    const g = guestOf({
      swap_mb: 512,
      start_at_boot: true,
      boot_order: 2,
      boot_delay: 30,
      pct_options: ['nesting=1', 'keyctl=1'],
      network_config: {
        name: 'eth0',
        bridge: 'vmbr0.20',
        ip: '10.0.0.5/24',
        gw: '10.0.0.1',
        nameservers: '1.1.1.1 9.9.9.9',
      },
      mac_address: '52:54:00:aa:bb:cc',
      lxc_options: ['lxc.cgroup2.devices.allow=a', 'lxc.mount.auto: sys:rw'],
      apparmor_profile: 'unconfined',
      mount_points: [{ host_path: '/srv/data', container_path: '/data', read_only: true }],
      volumes: [{ pool: 'tank', size_gb: 20, mount_point: '/var/lib/x' }],
      gpu_assignment: '0',
    });
    const c = desiredConfig(g, { pveVersion: '8.2.4' });
    expect(c.keys).toEqual({
      hostname: 'web',
      memory: '1024',
      swap: '512',
      cores: '1',
      onboot: '1',
      startup: 'order=2,up=30',
      unprivileged: '1',
      protection: '0',
      features: 'keyctl=1,nesting=1',
      net0: 'name=eth0,bridge=vmbr0,gw=10.0.0.1,hwaddr=52:54:00:AA:BB:CC,ip=10.0.0.5/24,tag=20,type=veth',
      nameserver: '1.1.1.1 9.9.9.9',
      rootfs: 'local-lvm:8',
      mp0: '/srv/data,mp=/data,ro=1',
      mp1: 'tank:20,mp=/var/lib/x,backup=1',
      dev0: '/dev/nvidiactl',
      dev1: '/dev/nvidia-uvm',
      dev2: '/dev/nvidia-uvm-tools',
      dev3: '/dev/nvidia0',
    });
    expect(c.lxcRaw).toEqual([
      'lxc.cgroup2.devices.allow: a',
      'lxc.mount.auto: sys:rw',
      'lxc.apparmor.profile: unconfined',
    ]);
  });

  it('passes GPUs with cgroup rules and mount entries before Proxmox VE 8.1', () => {
    expect(supportsDevPassthrough('8.0.4')).toBe(false);
    expect(supportsDevPassthrough('8.1.0')).toBe(true);
    expect(supportsDevPassthrough('9.1.2')).toBe(true);
    const c = desiredConfig(guestOf({ gpu_assignment: '1' }), { pveVersion: '7.4-3' });
    expect(Object.keys(c.keys).filter((k) => k.startsWith('dev'))).toEqual([]);
    expect(c.lxcRaw).toContain('lxc.cgroup2.devices.allow: c 195:* rwm');
    expect(c.lxcRaw).toContain('lxc.mount.entry: /dev/nvidia1 dev/nvidia1 none bind,optional,create=file');
  });

  it('maps a VM with cloud-init keys and create-only hardware', () => {
    const c = desiredConfig(
      vmOf({
        network_config: { ip: '10.0.0.9/24', gw: '10.0.0.1', nameservers: ['1.1.1.1'] },
        user_config: { username: 'ops' },
      }),
    );
    expect(c.keys).toMatchObject({
      name: 'app',
      agent: '1',
      net0: 'virtio,bridge=vmbr0',
      ipconfig0: 'ip=10.0.0.9/24,gw=10.0.0.1',
      nameserver: '1.1.1.1',
      ciuser: 'ops',
      scsi0: 'local-lvm:16',
    });
    expect(c.createOnly).toMatchObject({
      boot: 'order=scsi0',
      ide2: 'local-lvm:cloudinit',
      serial0: 'socket',
    });
  });

  it('puts firewall=1 on every NIC of a guest whose firewall is on (else its rules filter nothing)', () => {
    const fw = { enabled: true, rules: [{ type: 'in', action: 'ACCEPT', port: '80' }] };
    const nets = {
      network_config: { name: 'eth0', bridge: 'vmbr0', ip: 'dhcp' },
      secondary_network_config: { name: 'eth1', bridge: 'vmbr1', ip: 'dhcp' },
    };
    const on = desiredConfig(guestOf({ firewall: fw, ...nets })).keys;
    expect(on.net0).toContain('firewall=1');
    expect(on.net1).toContain('firewall=1');
    const off = desiredConfig(guestOf({ firewall: { ...fw, enabled: false }, ...nets })).keys;
    expect(off.net0).not.toContain('firewall=1');
    expect(desiredConfig(vmOf({ firewall: fw })).keys.net0).toBe('virtio,bridge=vmbr0,firewall=1');
  });

  it('normalises raw lxc lines written with = or :', () => {
    expect(normalizeLxcLine('lxc.mount.entry=/dev/fuse dev/fuse none bind,create=file')).toBe(
      'lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file',
    );
    expect(normalizeLxcLine('lxc.mount.auto:sys:rw')).toBe('lxc.mount.auto: sys:rw');
    expect(normalizeLxcLine(' lxc.apparmor.profile: unconfined ')).toBe('lxc.apparmor.profile: unconfined');
  });
});

describe('value parsing', () => {
  it('reads property strings, sizes and volumes in both syntaxes', () => {
    expect([...parsePropertyString('virtio=AA:BB,bridge=vmbr0', '_')]).toEqual([
      ['virtio', 'AA:BB'],
      ['bridge', 'vmbr0'],
    ]);
    expect(parsePropertyString('/dev/nvidia0,gid=44', 'path').get('path')).toBe('/dev/nvidia0');
    expect(parseSizeGiB('512M')).toBe(0.5);
    expect(parseSizeGiB('1T')).toBe(1024);
    expect(parseSizeGiB('nonsense')).toBeUndefined();
    expect(parseVolume('local-lvm:32')).toMatchObject({ storage: 'local-lvm', sizeGiB: 32 });
    expect(parseVolume('local-lvm:32').volume).toBeUndefined();
    expect(parseVolume('local-lvm:vm-950-disk-0,size=32G')).toMatchObject({
      storage: 'local-lvm',
      volume: 'local-lvm:vm-950-disk-0',
      sizeGiB: 32,
    });
    expect(parseVolume('/srv/x,mp=/x,ro=1')).toMatchObject({ hostPath: '/srv/x' });
  });
});

describe('diffConfig', () => {
  const g = guestOf({
    mac_address: '52:54:00:aa:bb:cc',
    pct_options: ['nesting=1'],
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: 'dhcp', nameservers: '1.1.1.1 9.9.9.9' },
  });

  it('finds nothing between a guest and its own printed config', () => {
    expect(diffAgainst(g, () => undefined)).toMatchObject({
      diffs: [],
      set: {},
      delete: [],
      resize: [],
      rebuild: [],
      errors: [],
    });
  });

  it('ignores what Proxmox fills in or reorders, and letter case of MACs', () => {
    const d = diffAgainst(g, (c) => {
      c.net0 = 'name=eth0,bridge=vmbr0,hwaddr=52:54:00:aa:bb:cc,ip=dhcp,type=veth';
      c.nameserver = '9.9.9.9 1.1.1.1';
      c.arch = 'amd64';
      c.lxc_unrelated = 'x';
    });
    expect(d.diffs).toEqual([]);
  });

  it('reports sub-keys added on the host, and removes owned keys the config dropped', () => {
    const d = diffAgainst(g, (c) => {
      c.net0 += ',tag=30';
      c.features = 'nesting=1,fuse=1';
      c.mp3 = '/srv/old,mp=/old';
    });
    expect(d.diffs.map((x) => x.key)).toEqual(['features', 'net0', 'mp3']);
    expect(d.set).toMatchObject({ features: 'nesting=1' });
    expect(d.delete).toEqual(['mp3']);
  });

  it('keeps the volume of a slot when only the options the slot is given change', () => {
    const withVolume = guestOf({ volumes: [{ pool: 'tank', size_gb: 20, mount_point: '/new' }] });
    const d = diffAgainst(withVolume, (c) => {
      c.mp0 = 'tank:subvol-950-disk-1,mp=/old,size=20G';
    });
    expect(d.set).toEqual({ mp0: 'tank:subvol-950-disk-1,mp=/new,backup=1' });
    expect(d.diffs[0]).toMatchObject({
      key: 'mp0',
      from: 'tank 20G (mp=/old)',
      to: 'tank 20G (mp=/new,backup=1)',
      effect: 'restart',
    });
  });

  it('moves a root disk on another storage, data included, instead of rebuilding', () => {
    const d = diffAgainst(g, (c) => {
      c.rootfs = 'other:subvol-950-disk-0,size=8G';
    });
    expect(d.rebuild).toEqual([]);
    expect(d.move).toEqual([{ disk: 'rootfs', storage: 'local-lvm', volume: 'other:subvol-950-disk-0' }]);
    expect(d.set).toEqual({});
    expect(d.diffs).toMatchObject([
      { key: 'rootfs', effect: 'live', note: 'move, data included; the old copy stays as an unused volume' },
    ]);
  });

  it('compares raw lxc lines as a set per key', () => {
    const lxc = guestOf({
      lxc_options: ['lxc.mount.entry=/a a none bind', 'lxc.mount.entry=/b b none bind'],
    });
    expect(diffAgainst(lxc, (c) => (c['lxc.mount.entry'] = '/b b none bind\n/a a none bind')).diffs).toEqual(
      [],
    );
    const d = diffAgainst(lxc, (c) => (c['lxc.mount.entry'] = '/a a none bind'));
    expect(d.diffs).toEqual([
      {
        effect: 'restart',
        from: '/a a none bind',
        key: 'lxc.mount.entry',
        to: '/a a none bind | /b b none bind',
      },
    ]);
    expect(d.lxcRaw).toEqual(['lxc.mount.entry: /a a none bind', 'lxc.mount.entry: /b b none bind']);
  });

  it('ignores a VM NIC MAC the config does not pin, and agent options set by hand', () => {
    const v = vmOf({});
    const live = {
      ...printedConfig(v),
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0',
      agent: 'enabled=1,fstrim_cloned_disks=1',
    };
    expect(diffConfig('qemu', desiredConfig(v), live).diffs).toEqual([]);
    const e1000 = { ...live, net0: 'e1000=BC:24:11:00:00:01,bridge=vmbr0' };
    expect(diffConfig('qemu', desiredConfig(v), e1000).diffs.map((x) => x.key)).toEqual(['net0']);
  });
});
