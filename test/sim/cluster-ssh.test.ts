/**
 * The hop between cluster nodes: `ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDR --
 * 'WORDS'` (pve-cluster `PVE::SSHInfo::ssh_info_to_command`) runs its words on the node at ADDR,
 * and fails like OpenSSH when that node is down or is not the one the alias names.
 */
import { needsStdin } from '../../src/sim/index.js';
import { clusterHarness, createCtOn, hop, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

describe('ssh hop', () => {
  test('each node has its own address: the installer bridge addresses, one per node', async () => {
    const s = await h.state();
    expect(Object.values(s.nodes).map((n) => n.address)).toEqual([
      '192.168.1.10',
      '192.168.1.11',
      '192.168.1.12',
    ]);
  });

  test('the inner command runs on the node at the address: a CT created through the hop lives there', async () => {
    await h.ok('pve2', 'pveam', 'download', 'local', 'ubuntu-24.04-standard_24.04-2_amd64.tar.zst');
    const r = await h.on(
      'pve',
      hop('pve2', '192.168.1.11', [
        'pct',
        'create',
        '200',
        'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
        '--rootfs',
        'local-lvm:4',
        '--hostname',
        "it's",
      ]),
    );
    expect(r.stderr).toMatch(/hostname/); // "it's" is no valid DNS name: pct's own error, passed through
    expect(r.exitCode).toBe(255);
    await h.ok(
      'pve',
      ...hop('pve2', '192.168.1.11', [
        'pct',
        'create',
        '200',
        'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
        '--rootfs',
        'local-lvm:4',
      ]),
    );
    const s = await h.state();
    expect(s.guests['200']!.node).toBe('pve2');
    expect(s.volumes.find((v) => v.vmid === 200)!.node).toBe('pve2');
    expect(await h.ok('pve', ...hop('pve2', '192.168.1.11', ['pct', 'list']))).toMatch(/^200 /m);
    expect(await h.ok('pve', 'pct', 'list')).not.toMatch(/^200 /m);
  });

  test('stdin and the exit code travel through the hop', async () => {
    await createCtOn(h, 'pve3', 300);
    await h.ok('pve3', 'pct', 'start', '300');
    const push = await h.on(
      'pve',
      hop('pve3', '192.168.1.12', ['pct', 'push', '300', '/dev/stdin', '/root/hello.txt']),
      'hello\n',
    );
    expect(push).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const s = await h.state();
    expect(Buffer.from(s.guests['300']!.fs['/root/hello.txt']!.data, 'base64').toString()).toBe('hello\n');
    const missing = await h.on('pve', hop('pve3', '192.168.1.12', ['pct', 'status', '999']));
    expect(missing.exitCode).toBe(255);
    expect(missing.stderr).toBe("Configuration file 'nodes/pve3/lxc/999.conf' does not exist\n");
  });

  test('a node that is down: ssh cannot connect (exit 255)', async () => {
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
    });
    expect(await h.on('pve', hop('pve2', '192.168.1.11', ['pct', 'list']))).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: 'ssh: connect to host 192.168.1.11 port 22: No route to host\n',
    });
  });

  test("the alias must name the node at the address: OpenSSH's host key check fails otherwise", async () => {
    const wrong = await h.on('pve', hop('pve3', '192.168.1.11', ['pct', 'list']));
    expect(wrong.exitCode).toBe(255);
    expect(wrong.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED/);
    expect(wrong.stderr).toMatch(
      /Host key for pve3 has changed and you have requested strict checking\.\nHost key verification failed\.\n$/,
    );
    expect(await h.on('pve', hop('nosuch', '192.168.1.11', ['pct', 'list']))).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: 'Host key verification failed.\n',
    });
  });

  test('only the hop form is simulated; shell syntax inside it is refused with a clear message', async () => {
    const other = await h.on('pve', ['ssh', 'root@192.168.1.11', 'pct list']);
    expect(other.exitCode).toBe(255);
    expect(other.stderr).toMatch(/only the cluster hop form is simulated/);
    const argv = hop('pve2', '192.168.1.11', ['pct']);
    argv[9] = "'pct' 'list'; rm -rf /";
    const r = await h.on('pve', argv);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/unquoted character ';'/);
  });

  test('a shim reads stdin for a hop only when the inner command needs it', () => {
    expect(needsStdin(hop('pve2', '192.168.1.11', ['pct', 'push', '300', '/dev/stdin', '/x']))).toBe(true);
    expect(needsStdin(hop('pve2', '192.168.1.11', ['pct', 'list']))).toBe(false);
  });
});
