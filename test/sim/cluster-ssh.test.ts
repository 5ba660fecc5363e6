/**
 * The hop between cluster nodes: `ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDR --
 * 'WORDS'` (pve-cluster `PVE::SSHInfo::ssh_info_to_command`) runs its words on the node at ADDR,
 * and fails like OpenSSH when that node is down or is not the one the alias names.
 */
import { needsStdin, nodeAddress } from '../../src/sim/index.js';
import { onNode } from '../../src/proxmox/commands/hop.js';
import { clusterHarness, createCtOn, hop, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

describe('ssh hop', () => {
  test('each node has an address: an explicit one, else its bridge address, else one from its position', async () => {
    const s = await h.state();
    expect(Object.keys(s.nodes).map((n) => nodeAddress(s, n))).toEqual([
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

  test('a timeout-bounded command inside the hop runs on the target node too', async () => {
    await createCtOn(h, 'pve2', 210);
    const r = await h.on(
      'pve',
      hop('pve2', '192.168.1.11', ['timeout', '--kill-after=10s', '30s', 'pct', 'status', '210']),
    );
    expect(r).toEqual({ exitCode: 0, stdout: 'status: stopped\n', stderr: '' });
    expect(needsStdin(['timeout', '-k', '10s', '5s', 'tee', '/etc/pve/x'])).toBe(true);
  });

  test("the argv Phoenix's onNode builds (quotes and all) is what the simulated ssh takes", async () => {
    await createCtOn(h, 'pve3', 301);
    await h.ok('pve3', 'pct', 'start', '301');
    const text = 'it\'s a "test" $HOME `x`\n';
    const push = onNode(
      { node: 'pve3', address: '192.168.1.12' },
      { argv: ['pct', 'push', '301', '/dev/stdin', "/root/o'k file.txt"], readOnly: false },
    );
    expect(await h.on('pve', [...push.argv], text)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const s = await h.state();
    expect(Buffer.from(s.guests['301']!.fs["/root/o'k file.txt"]!.data, 'base64').toString()).toBe(text);
  });
});
