/**
 * The simulator's host programs for setup-hypervisor, judged by fidelity: each case is "on a
 * Debian / Proxmox VE host, this sequence does this, with this message and exit code".
 */
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { hostSetupOf } from '../../src/sim/hypervisor/index.js';
import { editState, freshHost, readState } from '../helpers/hypervisor-fixtures.js';

async function host(edit?: Parameters<typeof editState>[1]): Promise<{
  run: (...argv: string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>;
  state: string;
  stdin: (input: string, ...argv: string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>;
}> {
  const state = await freshHost({ disks: [{ path: '/dev/sdb' }, { path: '/dev/sdc', hasData: true }] });
  if (edit) await editState(state, edit);
  const t = new SimTransport(state, { env: {} });
  return { state, run: (...argv) => t.run(argv), stdin: (input, ...argv) => t.run(argv, { stdin: input }) };
}

describe('packages', () => {
  test('apt-get update fails with 401 while the enterprise repository is enabled, and works once it is off', async () => {
    const h = await host();
    const r = await h.run('apt-get', 'update');
    expect(r.exitCode).toBe(100);
    expect(r.stderr).toContain(
      'E: Failed to fetch https://enterprise.proxmox.com/debian/pve/dists/trixie/InRelease  401  Unauthorized',
    );
    await editState(h.state, (s) => {
      for (const f of ['pve-enterprise.sources', 'ceph.sources'])
        delete s.nodes.pve!.files[`/etc/apt/sources.list.d/${f}`];
    });
    expect((await h.run('apt-get', 'update')).exitCode).toBe(0);
  });

  test('a fresh install has no package index; Proxmox packages need a Proxmox repository; no -y aborts', async () => {
    const h = await host((s) => {
      for (const f of ['pve-enterprise.sources', 'ceph.sources'])
        delete s.nodes.pve!.files[`/etc/apt/sources.list.d/${f}`];
    });
    expect(await h.run('apt-get', 'install', '-y', 'samba')).toMatchObject({
      exitCode: 100,
      stderr: 'E: Unable to locate package samba\n',
    });
    await h.run('apt-get', 'update');
    expect(await h.run('apt-get', 'install', '-y', 'proxmox-default-headers')).toMatchObject({
      exitCode: 100,
      stderr: 'E: Unable to locate package proxmox-default-headers\n',
    });
    expect(await h.run('apt-get', 'install', 'samba')).toMatchObject({
      exitCode: 1,
      stderr: 'Do you want to continue? [Y/n] Abort.\n',
    });
    expect(
      (await h.run('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'samba')).exitCode,
    ).toBe(0);
    const s = await readState(h.state);
    expect(s.nodes.pve!.files['/etc/samba/smb.conf']).toBeDefined();
    expect(
      await h.run(
        'dpkg-query',
        '--show',
        '--showformat=${Package} ${db:Status-Abbrev}\\n',
        'samba',
        'nosuch',
      ),
    ).toEqual({
      exitCode: 1,
      stdout: 'samba ii \n',
      stderr: 'dpkg-query: no packages found matching nosuch\n',
    });
  });

  test('tools of packages that are not installed are not found', async () => {
    const h = await host();
    expect(await h.run('exportfs', '-ra')).toEqual({
      exitCode: 127,
      stdout: '',
      stderr: 'sh: 1: exportfs: not found\n',
    });
    expect((await h.run('testparm', '-s')).exitCode).toBe(127);
    expect(await h.run('systemctl', 'is-enabled', 'nfs-server')).toMatchObject({
      exitCode: 1,
      stderr: 'Failed to get unit file state for nfs-server.service: No such file or directory\n',
    });
  });
});

describe('disks', () => {
  test('lsblk shows a blank disk without children and a used one with its partition', async () => {
    const h = await host();
    const r = await h.run(
      'lsblk',
      '--json',
      '--bytes',
      '--output',
      'PATH,SIZE,TYPE,FSTYPE,PTTYPE,MOUNTPOINT',
      '--',
      '/dev/sdc',
    );
    expect(JSON.parse(r.stdout)).toEqual({
      blockdevices: [
        {
          path: '/dev/sdc',
          size: 2000 * 1024 ** 3,
          type: 'disk',
          fstype: null,
          pttype: 'gpt',
          mountpoint: null,
          children: [
            {
              path: '/dev/sdc1',
              size: 2000 * 1024 ** 3 - 1024 ** 2,
              type: 'part',
              fstype: 'ext4',
              pttype: 'gpt',
              mountpoint: null,
            },
          ],
        },
      ],
    });
    expect(await h.run('lsblk', '--json', '--', '/dev/sdz')).toEqual({
      exitCode: 32,
      stdout: '{\n   "blockdevices": []\n}\n',
      stderr: 'lsblk: /dev/sdz: not a block device\n',
    });
  });

  test('zpool create refuses a disk that holds data; after wipefs it accepts it; a pool member is busy', async () => {
    const h = await host();
    expect(await h.run('zpool', 'create', 'tank', '/dev/sdc')).toMatchObject({
      exitCode: 1,
      stderr:
        "invalid vdev specification\nuse '-f' to override the following errors:\n/dev/sdc contains a filesystem of type 'ext4'\n",
    });
    expect(await h.run('wipefs', '-n', '--', '/dev/sdc')).toMatchObject({ exitCode: 0 });
    expect((await readState(h.state)).nodes.pve!.disks.find((d) => d.path === '/dev/sdc')!.hasData).toBe(
      true,
    );
    expect((await h.run('wipefs', '--all', '--', '/dev/sdc')).stdout).toContain(
      '/dev/sdc: 8 bytes were erased at offset 0x00000200 (gpt)',
    );
    expect((await h.run('zpool', 'create', 'tank', '/dev/sdc')).exitCode).toBe(0);
    expect(await h.run('wipefs', '--all', '--', '/dev/sdc')).toMatchObject({
      exitCode: 1,
      stderr: 'wipefs: error: /dev/sdc: probing initialization failed: Device or resource busy\n',
    });
    const lsblk = JSON.parse(
      (await h.run('lsblk', '--json', '--output', 'PATH,FSTYPE', '--', '/dev/sdc')).stdout,
    ) as { blockdevices: Array<{ children: Array<{ fstype: string }> }> };
    expect(lsblk.blockdevices[0]!.children.map((c) => c.fstype)).toEqual(['zfs_member', null]);
  });
});

describe('system', () => {
  test('systemctl exit codes and messages', async () => {
    const h = await host();
    expect(await h.run('systemctl', 'is-active', 'pveproxy')).toEqual({
      exitCode: 0,
      stdout: 'active\n',
      stderr: '',
    });
    expect(await h.run('systemctl', 'reload', 'nosuch')).toMatchObject({
      exitCode: 5,
      stderr: 'Failed to reload nosuch.service: Unit nosuch.service not found.\n',
    });
    await editState(h.state, (s) => (s.nodes.pve!.packages['nfs-kernel-server'] = '1'));
    expect(await h.run('systemctl', 'is-active', 'nfs-server')).toEqual({
      exitCode: 3,
      stdout: 'inactive\n',
      stderr: '',
    });
    expect(await h.run('systemctl', 'reload', 'nfs-server')).toMatchObject({
      exitCode: 1,
      stderr: 'nfs-server.service is not active, cannot reload.\n',
    });
    expect((await h.run('systemctl', 'enable', '--now', 'nfs-server')).exitCode).toBe(0);
    expect((await h.run('systemctl', 'is-active', 'nfs-server')).exitCode).toBe(0);
  });

  test('accounts: duplicates, unknown groups and users are refused like shadow-utils does', async () => {
    const h = await host();
    expect((await h.run('useradd', '--create-home', '--', 'ops')).exitCode).toBe(0);
    expect(await h.run('useradd', '--', 'ops')).toMatchObject({
      exitCode: 9,
      stderr: "useradd: user 'ops' already exists\n",
    });
    expect(await h.run('usermod', '--append', '--groups', 'wheel', '--', 'ops')).toMatchObject({
      exitCode: 6,
      stderr: "usermod: group 'wheel' does not exist\n",
    });
    expect(await h.stdin('ghost:$6$x$y\n', 'chpasswd', '--encrypted')).toMatchObject({
      exitCode: 1,
      stderr: "chpasswd: line 1: user 'ghost' does not exist\nchpasswd: error detected, changes ignored\n",
    });
    expect(await h.run('getent', 'passwd', 'ghost')).toEqual({ exitCode: 2, stdout: '', stderr: '' });
    expect((await h.run('getent', 'passwd', 'ops')).stdout).toBe('ops:x:1000:1000::/home/ops:/bin/sh\n');
    expect(await h.run('id', '-nG', '--', 'ops')).toEqual({ exitCode: 0, stdout: 'ops\n', stderr: '' });
  });

  test('modules and the NVIDIA tools', async () => {
    const h = await host();
    expect(await h.run('modprobe', 'nvidia')).toMatchObject({
      exitCode: 1,
      stderr: 'modprobe: FATAL: Module nvidia not found in directory /lib/modules/6.14.11-4-pve\n',
    });
    expect(await h.run('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader')).toMatchObject({
      exitCode: 127,
    });
    await editState(h.state, (s) =>
      Object.assign(hostSetupOf(s.nodes.pve!).nvidia, { installed: '580.76.05' }),
    );
    expect((await h.run('nvidia-smi')).exitCode).toBe(9);
    expect((await h.run('modprobe', 'nvidia')).exitCode).toBe(0);
    expect(await h.run('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader')).toEqual({
      exitCode: 0,
      stdout: '580.76.05\n',
      stderr: '',
    });
    expect((await h.run('modinfo', '-F', 'version', 'nvidia')).stdout).toBe('580.76.05\n');
  });

  test('ifreload refuses a static interface without an address and changes nothing', async () => {
    const h = await host((s) => {
      s.nodes.pve!.files['/etc/network/interfaces.d/bad'] = {
        data: Buffer.from('auto vmbr5\niface vmbr5 inet static\n\tbridge-ports none\n').toString('base64'),
      };
    });
    const before = (await readState(h.state)).nodes.pve!.network;
    expect(await h.run('ifreload', '-a')).toMatchObject({
      exitCode: 1,
      stderr: 'error: /etc/network/interfaces.d/bad:2: vmbr5: static method needs an address\n',
    });
    expect((await readState(h.state)).nodes.pve!.network).toEqual(before);
  });
});

describe('firewall compiler and AppArmor parser', () => {
  const fw =
    (rules: string): Parameters<typeof editState>[1] =>
    (s) => {
      s.clusterFiles['/etc/pve/firewall/cluster.fw'] = {
        data: Buffer.from(`[OPTIONS]\n\nenable: 1\n\n[RULES]\n\n${rules}`).toString('base64'),
      };
    };

  test('pve-firewall compile reports bad rules on stderr, with the line, and still exits 0', async () => {
    const h = await host(
      fw('IN ACCEPT -dport 22\nIN ACCEPT -p icmp -dport 22\nGROUP nosuch\nIN ACCEPT -p tcp -dport 22\n'),
    );
    const r = await h.run('pve-firewall', 'compile');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      "/etc/pve/firewall/cluster.fw (line 7) - errors in rule parameters: dport: missing property - 'proto' is required with 'dport'\n" +
        "/etc/pve/firewall/cluster.fw (line 8) - errors in rule parameters: dport: protocol 'icmp' does not support ports\n" +
        "/etc/pve/firewall/cluster.fw (line 9) - errors in rule parameters: action: no such security group 'nosuch'\n",
    );
    expect(r.stdout).toContain('-A PVEFW-HOST-IN IN ACCEPT -p tcp -dport 22\n');
  });

  test('apparmor_parser: unbalanced braces are a syntax error; a good profile loads', async () => {
    const h = await host();
    expect(
      await h.stdin('profile p {\n  file,\n', 'apparmor_parser', '--skip-kernel-load', '--skip-cache'),
    ).toMatchObject({
      exitCode: 1,
      stderr:
        'AppArmor parser error for /dev/stdin in profile p: syntax error, unexpected $end, expecting TOK_CLOSE\n',
    });
    await editState(
      h.state,
      (s) =>
        (s.nodes.pve!.files['/etc/apparmor.d/lxc/p'] = {
          data: Buffer.from('profile p {\n  file,\n}\n').toString('base64'),
        }),
    );
    expect(
      (await h.run('apparmor_parser', '--replace', '--write-cache', '/etc/apparmor.d/lxc/p')).exitCode,
    ).toBe(0);
    expect(hostSetupOf((await readState(h.state)).nodes.pve!).apparmorLoaded).toContain('p');
  });
});

describe('pvesh create download-url and set password', () => {
  test('the storage must allow the content, the name must fit it, existing files are not overwritten', async () => {
    const h = await host();
    const dl = (storage: string, content: string, file: string) =>
      h.run(
        'pvesh',
        'create',
        `/nodes/pve/storage/${storage}/download-url`,
        '--content',
        content,
        '--filename',
        file,
        '--url',
        `https://example.com/${file}`,
      );
    expect(await dl('local-lvm', 'iso', 'a.iso')).toMatchObject({
      exitCode: 255,
      stderr: "storage 'local-lvm' is not configured for content-type 'iso'\n",
    });
    expect(await dl('local', 'iso', 'a.qcow2')).toMatchObject({
      exitCode: 255,
      stderr: expect.stringContaining("filename: wrong file extension for content type 'iso'"),
    });
    expect((await dl('local', 'iso', 'a.img')).stdout).toMatch(/^UPID:pve:/);
    expect(await dl('local', 'iso', 'a.img')).toMatchObject({
      exitCode: 255,
      stderr: "refusing to override existing file 'a.img'\n",
    });
    const content = JSON.parse(
      (
        await h.run(
          'pvesh',
          'get',
          '/nodes/pve/storage/local/content',
          '--content',
          'iso',
          '--output-format',
          'json',
        )
      ).stdout,
    ) as Array<{ volid: string }>;
    expect(content.map((v) => v.volid)).toEqual(['local:iso/a.img']);
  });

  test('set /access/password needs an existing user; other verbs still go to pvesh get', async () => {
    const h = await host();
    expect(
      await h.run('pvesh', 'set', '/access/password', '--userid', 'nobody@pve', '--password', 'secret1'),
    ).toMatchObject({ exitCode: 255, stderr: "user 'nobody@pve' does not exist\n" });
    expect(
      (await h.run('pvesh', 'set', '/access/password', '--userid', 'root@pam', '--password', 'secret1'))
        .exitCode,
    ).toBe(0);
    expect(
      JSON.parse((await h.run('pvesh', 'get', '/version', '--output-format', 'json')).stdout),
    ).toMatchObject({ version: '9.1.2' });
  });
});
