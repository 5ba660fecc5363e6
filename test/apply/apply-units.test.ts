/**
 * The pure parts of apply: config records to builder settings, the firewall file, raw lxc lines
 * in a CT config, plan differences, safety snapshot names, work ordering, agent exec output,
 * rollback target choice and the summary table.
 */
import { ConfigArgsError, lxcArgs, qemuArgs, templateParts } from '../../src/apply/config-args.js';
import { remainingWork } from '../../src/apply/executor.js';
import { renderFirewallFile, renderRule } from '../../src/host/firewall-file.js';
import { replaceRawLxcLines } from '../../src/host/lxc-raw-lines.js';
import { guestOps, parseAgentExec } from '../../src/host/guest-commands.js';
import { diffPlans } from '../../src/apply/plan-diff.js';
import { renderSummary } from '../../src/apply/report.js';
import { guestStorages, pickSafetySnapshot, snapshotsAfter } from '../../src/apply/rollback.js';
import { snapshotsOldestFirst } from '../../src/apply/snapshot-order.js';
import { safetySnapshotName } from '../../src/apply/types.js';
import { plan } from '../../src/plan/planner.js';
import type { GuestChange } from '../../src/plan/types.js';
import { pctCreate, pctSet, qmCreate } from '../../src/proxmox/commands.js';
import { ct, estate, host, liveCt } from '../helpers/plan-fixtures.js';

describe('config records to builder settings', () => {
  it('maps every key the planner emits for a container, and pct builds the same values', () => {
    const { settings, unprivileged } = lxcArgs({
      hostname: 'web',
      memory: '2048',
      swap: '512',
      cores: '2',
      onboot: '1',
      startup: 'order=3,up=10',
      unprivileged: '1',
      protection: '0',
      features: 'keyctl=1,nesting=1',
      net0: 'name=eth0,bridge=vmbr0,ip=dhcp,type=veth',
      nameserver: '10.0.0.1 10.0.0.2',
      rootfs: 'local-lvm:32',
      mp0: 'tank:50,mp=/data',
      dev0: '/dev/nvidia0',
      ostype: 'ubuntu',
      arch: 'amd64',
    });
    expect(unprivileged).toBe(true);
    const argv = pctCreate(950, 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', {
      ...settings,
      unprivileged,
    }).argv;
    expect(argv).toEqual([
      'pct',
      'create',
      '950',
      'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      '--hostname',
      'web',
      '--memory',
      '2048',
      '--swap',
      '512',
      '--cores',
      '2',
      '--rootfs',
      'local-lvm:32',
      '--net0',
      'name=eth0,bridge=vmbr0,ip=dhcp,type=veth',
      '--mp0',
      'tank:50,mp=/data',
      '--dev0',
      '/dev/nvidia0',
      '--nameserver',
      '10.0.0.1 10.0.0.2',
      '--features',
      'keyctl=1,nesting=1',
      '--onboot',
      '1',
      '--startup',
      'order=3,up=10',
      '--protection',
      '0',
      '--unprivileged',
      '1',
    ]);
    expect(pctSet(950, { ...lxcArgs({ memory: '4096' }).settings, delete: ['net1'] }).argv).toEqual([
      'pct',
      'set',
      '950',
      '--memory',
      '4096',
      '--delete',
      'net1',
    ]);
  });

  it('maps VM keys, boot order and cloud-init, and keeps SSH keys apart (they go through a file)', () => {
    const { settings, sshkeys } = qemuArgs({
      name: 'docker-vm-01',
      memory: '8192',
      cores: '4',
      agent: '1',
      net0: 'virtio=52:54:00:B0:90:01,bridge=vmbr0',
      ipconfig0: 'ip=10.0.0.101/24,gw=10.0.0.1',
      ciuser: 'phoenix_user',
      scsihw: 'virtio-scsi-pci',
      ide2: 'tank:cloudinit',
      serial0: 'socket',
      vga: 'serial0',
      ostype: 'l26',
      boot: 'order=scsi0;net0',
      sshkeys: 'ssh-ed25519 AAAA test',
    });
    expect(sshkeys).toBe('ssh-ed25519 AAAA test');
    const argv = qmCreate(9001, settings).argv.join(' ');
    expect(argv).toContain('--boot order=scsi0;net0');
    expect(argv).toContain('--ide2 tank:cloudinit');
    expect(argv).toContain('--serial0 socket');
    expect(argv).toContain('--ipconfig0 ip=10.0.0.101/24,gw=10.0.0.1');
    expect(argv).not.toContain('sshkeys');
  });

  it('refuses keys no builder can send, and malformed values', () => {
    expect(() => lxcArgs({ cpuunits: '100' })).toThrow(ConfigArgsError);
    expect(() => lxcArgs({ memory: 'lots' })).toThrow(/memory: expected a whole number/);
    expect(() => qemuArgs({ onboot: 'yes' })).toThrow(/onboot: expected 0 or 1/);
    expect(() => qemuArgs({ boot: 'cdn' })).toThrow(/boot: expected 'order=/);
  });

  it('splits template volume ids for pveam', () => {
    expect(templateParts('local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst')).toEqual({
      storage: 'local',
      file: 'ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
    });
    expect(templateParts('/var/lib/vz/template/cache/x.tar.zst')).toBeUndefined();
  });
});

describe('firewall file', () => {
  it('writes options and rules in Proxmox syntax', () => {
    expect(
      renderFirewallFile(true, [
        { type: 'in', action: 'ACCEPT', proto: 'tcp', port: '22', source: '10.0.0.0/24', comment: 'SSH' },
        { type: 'in', action: 'accept', proto: 'icmp', source: '10.0.0.0/24' },
        { type: 'out', action: 'DROP', dest: '10.0.0.153', proto: 'tcp', port: '443' },
        { type: 'group', action: 'webservers' },
      ]),
    ).toBe(
      '[OPTIONS]\n\nenable: 1\n\n[RULES]\n\n' +
        'IN ACCEPT -source 10.0.0.0/24 -p tcp -dport 22 # SSH\n' +
        'IN ACCEPT -source 10.0.0.0/24 -p icmp\n' +
        'OUT DROP -dest 10.0.0.153 -p tcp -dport 443\n' +
        'GROUP webservers\n',
    );
  });

  it('refuses values that would break the file', () => {
    expect(() => renderRule({ type: 'in', action: 'ACCEPT', source: '1.2.3.4 -p udp' })).toThrow(
      /invalid source/,
    );
    expect(renderRule({ type: 'in', action: 'ACCEPT', comment: 'two\nlines' })).toBe('IN ACCEPT # two lines');
  });
});

describe('raw lxc lines in a CT config file', () => {
  const conf =
    'arch: amd64\nhostname: web\nlxc.apparmor.profile: generated\nmemory: 512\n\n[pre]\nlxc.apparmor.profile: generated\nmemory: 256\n';

  it('replaces the main section lines only, leaving snapshots alone', () => {
    expect(
      replaceRawLxcLines(conf, [
        'lxc.apparmor.profile: unconfined',
        'lxc.cgroup2.devices.allow: c 195:* rwm',
      ]),
    ).toBe(
      'arch: amd64\nhostname: web\nmemory: 512\nlxc.apparmor.profile: unconfined\nlxc.cgroup2.devices.allow: c 195:* rwm\n\n[pre]\nlxc.apparmor.profile: generated\nmemory: 256\n',
    );
  });

  it('removes them all when none are wanted', () => {
    expect(replaceRawLxcLines('hostname: web\nlxc.mount.entry: /dev/fuse dev/fuse none bind\n', [])).toBe(
      'hostname: web\n',
    );
  });
});

describe('plan differences', () => {
  const desired = estate({
    '950': ct('web'),
    '951': ct('db', { template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst' }),
  });

  it('is empty for the same plan and names guests and steps that differ', () => {
    const a = plan(desired, host());
    expect(diffPlans(a, plan(desired, host()))).toEqual([]);
    const live = host({
      guests: [
        liveCt(120, { hostname: 'other' }, { tags: [] }),
        liveCt(951, {
          hostname: 'db',
          memory: '1024',
          cores: '1',
          rootfs: 'local-lvm:vm-951-disk-0,size=8G',
          net0: 'name=eth0,bridge=vmbr0,ip=dhcp,type=veth',
          unprivileged: '1',
        }),
      ],
    });
    const b = plan(desired, live);
    const lines = diffPlans(a, b);
    expect(lines[0]).toMatch(/^~ ct\/951: reviewed create, now update$/);
    expect(lines.some((l) => /step 1: reviewed "create from debian-12/.test(l))).toBe(true);
    expect(lines).toContain('~ plan unmanaged differ');
  });
});

describe('small decisions', () => {
  it('names safety snapshots from the commit, else the plan hash', () => {
    expect(safetySnapshotName('0123456789abcdef0123456789abcdef01234567', 'f'.repeat(64))).toBe(
      'phoenix-pre-0123456',
    );
    expect(safetySnapshotName(undefined, 'ABCDEF0'.repeat(9))).toBe('phoenix-pre-abcdef0');
    expect(safetySnapshotName('not a sha', 'abcdef0123')).toBe('phoenix-pre-abcdef0');
  });

  it('orders work by the heaviest chain still ahead', () => {
    const c = (address: string, waitFor: string[], ops: GuestChange['steps']): GuestChange =>
      ({
        address,
        id: 1,
        kind: 'lxc',
        name: address,
        action: 'clone',
        reasons: [],
        diffs: [],
        steps: ops,
        template: false,
        dependencies: [],
        waitFor,
      }) as GuestChange;
    const clone = { op: 'clone', source: 1, storage: 's', name: 'n' } as const;
    const work = remainingWork([
      c('a', [], [clone]),
      c('b', ['a'], [clone]),
      c('c', ['b'], [clone]),
      c('d', [], [clone, clone]),
    ]);
    expect(work.get('a')).toBeGreaterThan(work.get('d')!);
    expect(work.get('c')).toBeLessThan(work.get('b')!);
  });

  it('reads qm guest exec answers', () => {
    expect(parseAgentExec('{\n   "exitcode" : 2,\n   "exited" : 1,\n   "err-data" : "boom\\n"\n}\n')).toEqual(
      { exitCode: 2, exited: true, stdout: '', stderr: 'boom\n' },
    );
    expect(parseAgentExec('{"exited":0,"pid":12}')).toMatchObject({ exited: false });
    expect(parseAgentExec('garbage')).toBeUndefined();
  });

  it('writes files into VMs through the agent with the content on stdin', () => {
    const w = guestOps('qemu', 9001).writeFile('/root/.phoenix/guest.json', '{}', '0600');
    expect(w.viaAgent).toBe(true);
    expect(w.command.stdin).toBe('{}');
    expect(w.command.argv.slice(0, 6)).toEqual(['qm', 'guest', 'exec', '9001', '--pass-stdin', '1']);
    const p = guestOps('lxc', 950).writeFile('/root/.phoenix/features/x.sh', 'echo', '0755');
    expect(p.command.argv).toEqual([
      'pct',
      'push',
      '950',
      '/dev/stdin',
      '/root/.phoenix/features/x.sh',
      '--perms',
      '0755',
    ]);
  });

  it('picks the newest safety snapshot and lists the snapshots taken after a target', () => {
    const g = liveCt(
      950,
      { rootfs: 'tank:subvol-950-disk-0,size=8G', mp0: 'local-lvm:vm-950-disk-1,mp=/data' },
      {
        snapshots: [
          // Taken in this order; the last two in the same second.
          { name: 'phoenix-ready', parent: 'phoenix-pre-bbbbbbb', snaptime: 200 },
          { name: 'phoenix-pre-aaaaaaa', snaptime: 100 },
          { name: 'phoenix-pre-bbbbbbb', parent: 'pre-configured', snaptime: 200 },
          { name: 'pre-configured', parent: 'phoenix-pre-aaaaaaa', snaptime: 150 },
        ],
      },
    );
    expect(pickSafetySnapshot(g)).toBe('phoenix-pre-bbbbbbb');
    expect(snapshotsAfter(g, 'phoenix-pre-aaaaaaa')).toEqual([
      'phoenix-ready',
      'phoenix-pre-bbbbbbb',
      'pre-configured',
    ]);
    expect(snapshotsAfter(g, 'phoenix-ready')).toEqual([]);
    expect(snapshotsAfter(g, 'missing')).toEqual([]);
    expect(snapshotsOldestFirst(g.snapshots)).toEqual([
      'phoenix-pre-aaaaaaa',
      'pre-configured',
      'phoenix-pre-bbbbbbb',
      'phoenix-ready',
    ]);
    expect([...guestStorages(g)].sort()).toEqual(['local-lvm', 'tank']);
  });

  it('summarises outcomes with reasons', () => {
    const text = renderSummary({
      wallMs: 1234,
      succeeded: 1,
      failed: 1,
      skipped: 1,
      guests: [
        {
          address: 'ct/900',
          id: 900,
          kind: 'lxc',
          name: 'base',
          action: 'create',
          outcome: 'succeeded',
          ms: 1000,
          steps: [],
          warnings: [],
        },
        {
          address: 'ct/901',
          id: 901,
          kind: 'lxc',
          name: 'gpu',
          action: 'clone',
          outcome: 'failed',
          reason: 'start: boom\nmore',
          ms: 200,
          steps: [],
          warnings: [],
        },
        {
          address: 'ct/903',
          id: 903,
          kind: 'lxc',
          name: 'x',
          action: 'clone',
          outcome: 'skipped',
          reason: 'skipped: ct/901 failed',
          ms: 0,
          steps: [],
          warnings: [],
        },
      ],
    });
    expect(text).toContain('Apply: 1 succeeded, 1 failed, 1 skipped in 1.2s.');
    expect(text).toMatch(/ct\/901 +gpu +clone +failed +0\.2s/);
    expect(text).toContain('  ct/901: start: boom\n');
    expect(text).toContain('  ct/903: skipped: ct/901 failed\n');
  });
});
