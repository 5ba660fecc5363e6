/**
 * The setup-hypervisor command builders: every one registered as a host program and simulated,
 * read-only flags right, arguments validated, secrets only on stdin or in `secrets`, and the
 * Proxmox API calls accepted by PVE 8.4 and 9.1.
 */
import * as setupCommands from '../../src/proxmox/host-setup-commands.js';
import { HostCommandInputError, matchHostProgram } from '../../src/proxmox/commands.js';
import { simProgramNames } from '../../src/sim/index.js';
import { checkArgvAgainstApi, PVE_API_VERSIONS } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';
import { HOST_SETUP_SAMPLES } from '../helpers/hypervisor-command-samples.js';
import * as c from '../../src/proxmox/commands.js';

const all = Object.values(HOST_SETUP_SAMPLES).flat();

describe('registry and simulator', () => {
  test('every builder of host-setup-commands.ts has a sample', () => {
    const builders = Object.entries(setupCommands)
      .filter(([, v]) => typeof v === 'function')
      .map(([n]) => n)
      .sort();
    expect(builders).toEqual(Object.keys(HOST_SETUP_SAMPLES).sort());
  });

  test('every sample belongs to a registered host program, which the simulator knows', () => {
    expect(
      all.filter((cmd) => matchHostProgram(cmd.argv) === undefined).map((x) => x.argv.join(' ')),
    ).toEqual([]);
    const simulated = new Set(simProgramNames());
    expect([...new Set(all.map((cmd) => cmd.argv[0]!))].filter((p) => !simulated.has(p))).toEqual([]);
  });

  test('registry paths are where Debian and Proxmox VE install the programs', () => {
    for (const p of setupCommands.HOST_SETUP_PROGRAMS)
      expect(p.path).toMatch(new RegExp(`^/usr/s?bin/${p.name}$`));
  });

  test('read-only flags: queries are read-only, everything that changes the host is not', () => {
    const ro = Object.entries(HOST_SETUP_SAMPLES)
      .filter(([, cmds]) => cmds.every((x) => x.readOnly))
      .map(([n]) => n)
      .sort();
    expect(ro).toEqual(
      [
        'apparmorCheck',
        'dpkgQuery',
        'getentPasswd',
        'getentShadow',
        'idGroups',
        'lsblkDisk',
        'lsmod',
        'modinfoVersion',
        'nvidiaSmiDriverVersion',
        'pdbeditUser',
        'pveFirewallCompile',
        'systemctlIsActive',
        'systemctlIsEnabled',
        'testparm',
        'timedatectlShow',
      ].sort(),
    );
  });
});

describe('secrets travel on stdin or in `secrets`, never bare in argv', () => {
  test('password hash, Samba password, Proxmox password', () => {
    const hash = '$6$rounds=5000$salt$abcdef';
    const chp = c.chpasswdEncrypted('ops', hash);
    expect(chp).toEqual({
      argv: ['chpasswd', '--encrypted'],
      readOnly: false,
      stdin: `ops:${hash}\n`,
      secrets: [hash],
    });
    const smb = c.smbpasswdAdd('heads', 'p@ss word');
    expect(smb.argv).toEqual(['smbpasswd', '-a', '-s', 'heads']);
    expect(smb.stdin).toBe('p@ss word\np@ss word\n');
    expect(smb.secrets).toEqual(['p@ss word']);
    const pw = c.pveSetPassword('ci@pve', 'hunter2-long');
    expect(pw.secrets).toEqual(['hunter2-long']);
    expect(pw.argv.filter((a) => a === 'hunter2-long')).toHaveLength(1);
  });
});

describe('arguments are validated before anything is sent', () => {
  test.each([
    ['a package name that is an option', () => c.aptGetInstall(['-o=APT::x'])],
    ['an upper-case package name', () => c.dpkgQuery(['Samba'])],
    ['no packages', () => c.aptGetInstall([])],
    ['a time zone with dots', () => c.timedatectlSetTimezone('../../etc/passwd')],
    ['a unit with a space', () => c.systemctlEnableNow('nfs server')],
    ['a module with a semicolon', () => c.modprobe('vfio;reboot')],
    ['a disk outside /dev', () => c.lsblkDisk('/etc/passwd')],
    ['a device outside /dev', () => c.wipefsAll('sdb')],
    ['a user name with upper case', () => c.useradd('Admin')],
    ['a group list with a bad name', () => c.usermodAppendGroups('ops', ['wheel,root'])],
    ['a plaintext password where a hash is expected', () => c.chpasswdEncrypted('ops', 'hunter2')],
    ['a Samba password with a line break', () => c.smbpasswdAdd('heads', 'a\nb')],
    ['a mode that is not octal', () => c.chmod('u+rwx', '/x')],
    ['a non-http URL', () => c.curlDownload('file:///etc/shadow', '/tmp/x')],
    ['a URL with a space', () => c.curlDownload('https://example.com/a b', '/tmp/x')],
    ['an installer that is not an NVIDIA runfile', () => c.nvidiaRunfileInstall('/tmp/evil.sh')],
    [
      'a download file name with a slash',
      () =>
        c.pveDownloadUrl('pve', 'local', {
          url: 'https://x.org/a.img',
          filename: '../a.img',
          content: 'iso',
        }),
    ],
    [
      'a checksum without an algorithm',
      () =>
        c.pveDownloadUrl('pve', 'local', {
          url: 'https://x.org/a.img',
          filename: 'a.img',
          content: 'iso',
          checksum: 'ab'.repeat(32),
        }),
    ],
    [
      'a bad node name',
      () =>
        c.pveDownloadUrl('pve node', 'local', {
          url: 'https://x.org/a.img',
          filename: 'a.img',
          content: 'iso',
        }),
    ],
    ['a short Proxmox password', () => c.pveSetPassword('ci@pve', 'abc')],
    ['a user modify with nothing to change', () => c.pveumUserModify('ci@pve', {})],
  ])('%s', (_what, build) => {
    expect(build).toThrow(HostCommandInputError);
  });
});

describeShared('Proxmox API calls against the schema', () => {
  for (const v of PVE_API_VERSIONS)
    test(`${v} accepts every pvesh/pveum sample`, () => {
      const api = all.filter((cmd) => ['pvesh', 'pveum'].includes(cmd.argv[0]!));
      expect(api.length).toBe(4);
      for (const cmd of api)
        expect({ argv: cmd.argv, problems: checkArgvAgainstApi(cmd.argv, v) }).toEqual({
          argv: cmd.argv,
          problems: [],
        });
    });

  test('and the checker would notice a wrong one', () => {
    expect(
      checkArgvAgainstApi(
        [
          'pvesh',
          'create',
          '/nodes/pve/storage/local/download-url',
          '--content',
          'backup',
          '--filename',
          'a.img',
          '--url',
          'https://x.org/a.img',
        ],
        'pve9',
      ),
    ).not.toEqual([]);
    expect(checkArgvAgainstApi(['pveum', 'user', 'modify', 'ci@pve', '--colour', 'red'], 'pve9')).not.toEqual(
      [],
    );
  });
});
