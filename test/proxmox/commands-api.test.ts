/**
 * Every builder's output checked against the Proxmox VE 9.1 and 8.4 API schema, plus negative
 * tests proving the checker rejects what Proxmox would reject.
 */
import * as commands from '../../src/proxmox/commands.js';
import { startupOrder } from '../../src/proxmox/commands/guest-options.js';
import { lxcFeatures, lxcRootfs } from '../../src/proxmox/commands/pct-options.js';
import { checkArgvAgainstApi, PVE_API_VERSIONS, type PveApiVersion } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';
import { COMMAND_SAMPLES } from '../helpers/command-samples.js';

/** At least one realistic call of every builder, keyed by builder name (test/helpers/command-samples.ts). */
const SAMPLES = COMMAND_SAMPLES;

/** Exports of commands.ts that are not command builders. */
const NOT_BUILDERS = new Set([
  'guestConfigPath',
  'hopInner',
  'hopPrefix',
  'hopTarget',
  'lxcConfigPath',
  'mergeRawLxcLines',
  'matchHostProgram',
  'HostCommandInputError',
  'HOST_PROGRAMS',
]);

describe('builder coverage', () => {
  test('every exported builder has samples here', () => {
    const builders = Object.entries(commands)
      .filter(([name, v]) => typeof v === 'function' && !NOT_BUILDERS.has(name))
      .map(([name]) => name);
    expect(builders.length).toBeGreaterThan(60);
    expect(builders.filter((b) => !(b in SAMPLES))).toEqual([]);
  });

  test('every sample argv belongs to a registered host program and subcommand', () => {
    const unregistered = Object.values(SAMPLES)
      .flat()
      .filter((cmd) => commands.matchHostProgram(cmd.argv) === undefined)
      .map((cmd) => cmd.argv.join(' '));
    expect(unregistered).toEqual([]);
  });
});

describeShared('builders against the PVE API schema', () => {
  for (const version of PVE_API_VERSIONS) {
    test.each(Object.keys(SAMPLES))(`%s is accepted by ${version}`, (name) => {
      for (const cmd of SAMPLES[name]!)
        expect({ argv: cmd.argv, problems: checkArgvAgainstApi(cmd.argv, version) }).toEqual({
          argv: cmd.argv,
          problems: [],
        });
    });
  }
});

describeShared('the checker rejects what Proxmox would reject', () => {
  const problems = (argv: string[], v: PveApiVersion = 'pve9'): string[] => checkArgvAgainstApi(argv, v);

  test('unknown subcommands, programs and options', () => {
    expect(problems(['pct', 'frobnicate', '100'])).toEqual([expect.stringMatching(/unknown subcommand/)]);
    expect(problems(['rm', '-rf', '/'])).toEqual([expect.stringMatching(/unknown host program/)]);
    expect(problems(['pct', 'set', '100', '--colour', 'red'])).toEqual(['pct set: unknown option --colour']);
    expect(problems(['qm', 'clone', '9000', '9001', '--hostname', 'x'])).toEqual([
      'qm clone: unknown option --hostname',
    ]);
    expect(problems(['pveum', 'user', 'fly', 'x@pve'])[0]).toMatch(/not a known pveum command/);
  });

  test('positional argument counts', () => {
    expect(problems(['pct', 'snapshot', '100'])[0]).toMatch(/expects 2 positional/);
    expect(problems(['pct', 'start', '100', '101'])[0]).toMatch(/too many arguments/);
    expect(problems(['pct', 'exec', '100', '--'])).toEqual(['pct exec: no command given']);
    expect(problems(['pct', 'start', '100', '--', 'x'])[0]).toMatch(/takes no command after/);
  });

  test('values: integer ranges, enums, patterns, named formats', () => {
    expect(problems(['pct', 'start', '99'])[0]).toMatch(/99 is less than 100/);
    expect(problems(['pct', 'set', '100', '--memory', 'lots'])[0]).toMatch(/not an integer/);
    expect(problems(['pct', 'set', '100', '--onboot', 'maybe'])[0]).toMatch(/not a boolean/);
    expect(problems(['qm', 'set', '100', '--ostype', 'beos'])[0]).toMatch(/not one of/);
    expect(problems(['pct', 'resize', '100', 'rootfs', '-4G'])[0]).toMatch(/does not match/);
    expect(problems(['pct', 'snapshot', '100', '1st'])[0]).toMatch(/not a valid pve-configid/);
    expect(problems(['pct', 'set', '100', '--hostname', 'bad_name'])[0]).toMatch(/not a valid dns-name/);
    expect(problems(['pct', 'set', '100', '--tags', 'ok;b@d'])[0]).toMatch(/pve-tag-list/);
    expect(problems(['pct', 'clone', '100', '101', '--storage', '1local'])[0]).toMatch(/pve-storage-id/);
    expect(problems(['pct', 'set', '100', '--startup', 'order=first'])[0]).toMatch(/pve-startup-order/);
    expect(problems(['pct', 'set', '100', '--nameserver', '1.1.1.1 not-an-ip!'])[0]).toMatch(
      /lxc-ip-with-ll-iface-list/,
    );
    expect(problems(['pct', 'set', '100', '--delete', 'net0,colour'])).toEqual([
      "pct set --delete: unknown option 'colour'",
    ]);
  });

  test('property strings: unknown sub-keys, bad sub-values, missing and duplicate keys', () => {
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,bridge=vmbr0,speed=10'])).toEqual([
      'pct set --net0: invalid key in comma-separated list property: speed',
    ]);
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,ip=10.0.0.2'])[0]).toMatch(
      /ip=: '10.0.0.2' is not a valid pve-ipv4-config/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,ip=10.0.0.2/4'])[0]).toMatch(
      /pve-ipv4-config/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,hwaddr=01:00:00:00:00:01'])[0]).toMatch(
      /mac-addr/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,tag=5000'])[0]).toMatch(/greater than 4094/);
    expect(problems(['pct', 'set', '100', '--net0', 'bridge=vmbr0'])).toEqual([
      "pct set --net0: missing property 'name'",
    ]);
    expect(problems(['pct', 'set', '100', '--features', 'nesting=1,nesting=0'])[0]).toMatch(/duplicate key/);
    expect(problems(['pct', 'set', '100', '--features', 'nesting=sure'])[0]).toMatch(/not a boolean/);
    expect(problems(['pct', 'set', '100', '--mp0', 'local-lvm:8'])).toEqual([
      "pct set --mp0: missing property 'mp'",
    ]);
    expect(problems(['pct', 'set', '100', '--mp0', 'local-lvm:8,mp=/data/../etc'])[0]).toMatch(
      /pve-lxc-mp-string/,
    );
    expect(problems(['pct', 'set', '100', '--dev0', '/etc/shadow'])[0]).toMatch(/pve-lxc-dev-string/);
    expect(problems(['pct', 'set', '100', '--rootfs', 'local-lvm:8,mountoptions=sync'])[0]).toMatch(
      /does not match/,
    );
    expect(problems(['qm', 'set', '100', '--net0', 'virtio,bridge=vmbr0,tag=0'])[0]).toMatch(/less than 1/);
    expect(problems(['qm', 'set', '100', '--net0', 'nic9000,bridge=vmbr0'])[0]).toMatch(
      /model=: 'nic9000' is not one of/,
    );
    expect(problems(['qm', 'set', '100', '--scsi0', 'local-lvm:8,cache=fast'])[0]).toMatch(/cache=/);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,turbo=1'])[0]).toMatch(/invalid key.*turbo/);
    expect(problems(['qm', 'set', '100', '--vga', 'hologram'])[0]).toMatch(/type=/);
    expect(problems(['qm', 'set', '100', '--serial0', 'telnet'])[0]).toMatch(/does not match/);
  });

  test('hash formats described only in config-opts (ipconfig, boot) are checked by sub-key', () => {
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5/24,gateway=10.0.0.1'])[0]).toMatch(
      /invalid key.*gateway/,
    );
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5,gw=10.0.0.1'])[0]).toMatch(
      /pve-ipv4-config/,
    );
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5/24,gw=10.0.0.300'])[0]).toMatch(/ipv4/);
    expect(problems(['qm', 'set', '100', '--boot', 'order=scsi0;floppy'])[0]).toMatch(/order=/);
  });

  test('indexed options respect their index ranges', () => {
    expect(problems(['pct', 'set', '100', '--net31', 'name=eth31'])).toEqual([]);
    expect(problems(['pct', 'set', '100', '--net32', 'name=eth32'])[0]).toMatch(/above 31/);
    expect(problems(['qm', 'set', '100', '--ide4', 'none'])[0]).toMatch(/above 3/);
  });

  test('the sshkeys quirk: qm takes a file path, not the keys', () => {
    expect(problems(['qm', 'set', '100', '--sshkeys', '/tmp/keys.pub'])).toEqual([]);
    expect(problems(['qm', 'set', '100', '--sshkeys', 'ssh-ed25519%20AAAA'])[0]).toMatch(/takes a file path/);
    // Over the API (pvesh) the value itself is sent and must be URL-encoded.
    expect(
      problems(['pvesh', 'set', '/nodes/pve/qemu/100/config', '--sshkeys', 'ssh-ed25519%20AAAA']),
    ).toEqual([]);
    expect(
      problems(['pvesh', 'set', '/nodes/pve/qemu/100/config', '--sshkeys', 'ssh-ed25519 AAAA'])[0],
    ).toMatch(/urlencoded/);
  });

  test('required options and mapped CLIs (pvesm, pveum, pveam)', () => {
    expect(problems(['pveum', 'acl', 'modify', '/', '--users', 'ci@pve'])).toEqual([
      'pveum acl modify: missing required option --roles',
    ]);
    expect(problems(['pveum', 'user', 'add', 'no-realm'])[0]).toMatch(/pve-userid/);
    expect(problems(['pvesm', 'add', 'zfs-ish', 'tank'])[0]).toMatch(/not one of/);
    expect(
      problems(['pvesm', 'add', 'dir', 'x1', '--path', '/srv', '--content', 'images,movies'])[0],
    ).toMatch(/pve-storage-content-list/);
    expect(problems(['pveam', 'available', '--section', 'games'])[0]).toMatch(/not one of/);
    expect(problems(['pveam', 'download', 'local'])[0]).toMatch(/expects 2 positional/);
  });

  test('pvesh paths must exist and path parameters must be valid', () => {
    expect(problems(['pvesh', 'get', '/nodes/pve/lxc/100/config', '--output-format', 'json'])).toEqual([]);
    expect(problems(['pvesh', 'get', '/nodes/pve/teapot'])[0]).toMatch(/no GET endpoint/);
    expect(problems(['pvesh', 'get', '/nodes/pve/lxc/12/config'])[0]).toMatch(/path \{vmid\}/);
    expect(problems(['pvesh', 'get', '/cluster/resources', '--output-format', 'xml'])[0]).toMatch(
      /not one of/,
    );
  });

  test('flock and timeout check the command they wrap', () => {
    expect(problems(['timeout', '--kill-after=10s', '5.5s', 'pct', 'status', '100'])).toEqual([]);
    expect(problems(['timeout', '--kill-after=10s', '5.5s', 'qm', 'status', '1'])[0]).toMatch(
      /less than 100/,
    );
    expect(problems(['flock', '-w', '10', '/run/lock/x.lock', 'pct', 'start', '100'])).toEqual([]);
    expect(problems(['flock', '-w', '10', '/run/lock/x.lock', 'pct', 'start', '12'])[0]).toMatch(
      /less than 100/,
    );
  });

  test('a node hop checks the command it carries; migrate options are per program', () => {
    const route = { node: 'pve2', address: '10.0.0.12' };
    expect(problems([...commands.onNode(route, commands.pctStart(100)).argv])).toEqual([]);
    const bad = commands.onNode(route, { argv: ['pct', 'start', '12'], readOnly: false });
    expect(problems([...bad.argv])[0]).toMatch(/less than 100/);
    expect(problems(['ssh', '-e', 'none', 'pve2', 'pct start 100'])).toEqual([
      'ssh: not a node hop built by onNode',
    ]);
    expect(problems(['pct', 'migrate', '100', 'pve2', '--with-local-disks', '1'])).toEqual([
      'pct migrate: unknown option --with-local-disks',
    ]);
    expect(problems(['qm', 'migrate', '100', 'pve2', '--restart', '1'])).toEqual([
      'qm migrate: unknown option --restart',
    ]);
  });

  test('9.1-only options and sub-keys are refused by 8.4', () => {
    const hostManaged = ['pct', 'set', '100', '--net0', 'name=eth0,bridge=vmbr0,host-managed=1'];
    expect(problems(hostManaged, 'pve9')).toEqual([]);
    expect(problems(hostManaged, 'pve8')[0]).toMatch(/invalid key.*host-managed/);
    expect(problems(['pct', 'set', '100', '--entrypoint', '/sbin/init'], 'pve9')).toEqual([]);
    expect(problems(['pct', 'set', '100', '--entrypoint', '/sbin/init'], 'pve8')).toEqual([
      'pct set: unknown option --entrypoint',
    ]);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,freeze-fs=0'], 'pve9')).toEqual([]);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,freeze-fs=0'], 'pve8')[0]).toMatch(
      /invalid key.*freeze-fs/,
    );
    // dev[n] exists on both (added in 8.1).
    expect(problems(['pct', 'set', '100', '--dev0', '/dev/dri/renderD128,gid=104'], 'pve8')).toEqual([]);
  });

  test('builders for other property strings produce what the checker accepts', () => {
    const set = (k: string, v: string): string[] => problems(['pct', 'set', '100', `--${k}`, v], 'pve8');
    expect(set('features', lxcFeatures({ fuse: true, mknod: false }))).toEqual([]);
    expect(set('startup', startupOrder({ up: 5 }))).toEqual([]);
    expect(
      set('rootfs', lxcRootfs({ volume: 'local-lvm:vm-100-disk-0' }, { acl: true, quota: false })),
    ).toEqual([]);
  });
});
