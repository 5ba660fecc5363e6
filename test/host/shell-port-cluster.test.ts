/**
 * The shell host port on a cluster: every command of an operation on a guest of another node goes
 * through the node hop once (`ssh ... root@ADDR -- 'quoted argv'`), the local node's guests and
 * files under /etc/pve that need no node lock are sent as they are, an offline node is refused
 * before anything is sent, and migrate/clone run on the node that holds the guest.
 */
import { HostCommandFailed } from '../../src/host/failure.js';
import { commandKind } from '../../src/host/runner.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import type { LiveNode } from '../../src/model/live-state.js';
import { hopTarget, onNode, pctClone, pctExec } from '../../src/proxmox/commands.js';
import { shellSplit } from '../../src/proxmox/quote.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';

interface Call {
  readonly argv: string[];
  readonly options?: RunOptions;
}

/** Records each argv; answers from `answer` (default: exit 0, no output). */
function recording(answer: (argv: readonly string[]) => Partial<CommandResult> = () => ({})) {
  const calls: Call[] = [];
  const transport: HostTransport = {
    description: 'recording',
    async run(argv, options) {
      calls.push({ argv: [...argv], ...(options ? { options } : {}) });
      const a = answer(argv);
      return { exitCode: a.exitCode ?? 0, stdout: a.stdout ?? '', stderr: a.stderr ?? '' };
    },
    close: async () => undefined,
  };
  return { transport, calls };
}

const NODES: LiveNode[] = [
  { name: 'pve1', online: true, address: '10.0.0.11', local: true },
  { name: 'pve2', online: true, address: '10.0.0.12' },
  { name: 'pve3', online: false, address: '10.0.0.13' },
];

/** The node a call was sent to (`local` when unwrapped) and the argv that runs there. */
function where(call: Call): { node: string; argv: string[] } {
  const hop = hopTarget(call.argv);
  if (!hop) return { node: 'local', argv: call.argv };
  const inner = shellSplit(hop.command);
  if (!inner) throw new Error(`unreadable hop ${call.argv.join(' ')}`);
  return { node: `${hop.node}@${hop.address}`, argv: inner };
}

function clusterPort(answer?: (argv: readonly string[]) => Partial<CommandResult>) {
  const r = recording(answer);
  const port = new ShellHostPort(r.transport);
  port.useCluster(NODES);
  return { port, calls: r.calls };
}

const ct2 = { kind: 'lxc', id: 900, node: 'pve2' } as const;
const vm1 = { kind: 'qemu', id: 9000, node: 'pve1' } as const;

describe('the shell host port on a cluster', () => {
  it('wraps a command for a guest on another node in the hop exactly once', async () => {
    const { port, calls } = clusterPort();
    await port.start(ct2);
    expect(calls).toHaveLength(1);
    const argv = calls[0]!.argv;
    expect(argv.slice(0, 9)).toEqual([
      'ssh',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'HostKeyAlias=pve2',
      'root@10.0.0.12',
      '--',
    ]);
    expect(argv).toHaveLength(10);
    expect(where(calls[0]!)).toEqual({ node: 'pve2@10.0.0.12', argv: ['pct', 'start', '900'] });
    // The views apply makes for its retry policy route the same way.
    await port.withPolicy({ retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } }).stop(ct2);
    expect(where(calls[1]!)).toEqual({ node: 'pve2@10.0.0.12', argv: ['pct', 'stop', '900'] });
  });

  it('sends commands for local guests, guests without a node, and host files unwrapped', async () => {
    const { port, calls } = clusterPort();
    await port.start(vm1);
    await port.start({ kind: 'lxc', id: 901 });
    await port.writeHostFile('/etc/hosts', 'x\n');
    expect(calls.map(where)).toEqual([
      { node: 'local', argv: ['qm', 'start', '9000'] },
      { node: 'local', argv: ['pct', 'start', '901'] },
      { node: 'local', argv: ['tee', '--', '/etc/hosts'] },
    ]);
  });

  it('runs every command of a multi-command operation on the guest node', async () => {
    const { port, calls } = clusterPort();
    await port.makeHostDirs([{ path: '/tank/data/web', uid: 100000, gid: 100000 }], 'pve2');
    await port.createVm({ kind: 'qemu', id: 9100, node: 'pve2' }, { name: 'db-1' }, 'ssh-ed25519 AAAA k\n');
    const sent = calls.map(where);
    expect(sent.every((c) => c.node === 'pve2@10.0.0.12')).toBe(true);
    expect(sent.map((c) => c.argv.slice(0, 2))).toEqual([
      ['mkdir', '-p'],
      ['mkdir', '-m'],
      ['install', '-d'],
      ['tee', '--'],
      ['qm', 'create'],
    ]);
    // The ssh keys file is written on the node that reads it, its content still on stdin.
    const keysFile = sent[3]!.argv[2]!;
    expect(sent[4]!.argv).toContain(keysFile);
    expect(calls.every((c) => where(c).argv[0] !== 'ssh')).toBe(true);
  });

  it('passes a remote guest command exit code through', async () => {
    const { port, calls } = clusterPort(() => ({ exitCode: 3, stdout: 'out' }));
    const r = await port.runInGuest(ct2, ['sh', '-c', "echo 'hi'"], 30);
    expect(r).toEqual({ status: 'exited', exitCode: 3, stdout: 'out', stderr: '' });
    expect(where(calls[0]!)).toEqual({
      node: 'pve2@10.0.0.12',
      argv: ['pct', 'exec', '900', '--keep-env', '0', '--', 'sh', '-c', "echo 'hi'"],
    });
  });

  it('pings the agent and runs commands of a VM on another node through the hop', async () => {
    const { port, calls } = clusterPort((argv) =>
      hopTarget(argv)?.command.includes("'exec'")
        ? { stdout: '{"exited":1,"exitcode":0,"out-data":"ok"}' }
        : {},
    );
    const vm2 = { kind: 'qemu', id: 9001, node: 'pve2' } as const;
    expect(await port.pingAgent(vm2)).toEqual({ answered: true, message: '' });
    expect(await port.runInGuest(vm2, ['true'], 10)).toEqual({
      status: 'exited',
      exitCode: 0,
      stdout: 'ok',
      stderr: '',
    });
    expect(calls.map((c) => where(c).node)).toEqual(['pve2@10.0.0.12', 'pve2@10.0.0.12']);
    expect(calls.map((c) => where(c).argv.slice(0, 3))).toEqual([
      ['qm', 'guest', 'cmd'],
      ['qm', 'guest', 'exec'],
    ]);
  });

  it('reads and writes /etc/pve files at the guest node path; only the locked write hops', async () => {
    const conf = 'arch: amd64\nhostname: web\n';
    const { port, calls } = clusterPort((argv) => (argv[0] === 'cat' ? { stdout: conf } : {}));
    await port.setRawLxcLines(ct2, ['lxc.apparmor.profile: unconfined']);
    await port.writeFirewall(ct2, true, []);
    const sent = calls.map(where);
    expect(sent[0]).toEqual({ node: 'local', argv: ['cat', '--', '/etc/pve/nodes/pve2/lxc/900.conf'] });
    // The config lock is a file on the guest's node (PVE::LXC::Config::config_file_lock).
    expect(sent[1]!.node).toBe('pve2@10.0.0.12');
    expect(sent[1]!.argv).toEqual([
      'flock',
      '-w',
      '10',
      '/run/lock/lxc/pve-config-900.lock',
      'tee',
      '--',
      '/etc/pve/nodes/pve2/lxc/900.conf',
    ]);
    expect(sent[2]).toEqual({ node: 'local', argv: ['tee', '--', '/etc/pve/firewall/900.fw'] });
  });

  it('names the command and the node when a command on another node fails', async () => {
    const { port } = clusterPort(() => ({ exitCode: 2, stderr: 'boom\n' }));
    await expect(port.start(ct2)).rejects.toThrow("'pct start 900' on node pve2: exit 2: boom");
  });

  it('retries a hop that could not reach its node, never a remote command that printed the same', async () => {
    const unreachable = {
      exitCode: 255,
      stderr: 'ssh: connect to host 10.0.0.12 port 22: No route to host\n',
    };
    let answers = [unreachable, {}];
    const { port, calls } = clusterPort(() => answers.shift() ?? {});
    const retrying = port.withPolicy({ retry: { attempts: 3, baseDelayMs: 0, maxDelayMs: 0 } });
    await retrying.start(ct2);
    expect(calls).toHaveLength(2);
    answers = [{ exitCode: 255, stderr: `some output\n${unreachable.stderr}` }, {}];
    await expect(retrying.start(ct2)).rejects.toThrow(/on node pve2: exit 255/);
    expect(calls).toHaveLength(3);
  });

  it('refuses a guest on an offline or unknown node before sending anything', async () => {
    const { port, calls } = clusterPort();
    const err = await port.start({ kind: 'lxc', id: 905, node: 'pve3' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostCommandFailed);
    expect((err as Error).message).toMatch(/node "pve3" is offline/);
    expect((err as HostCommandFailed).transient).toBe(false);
    await expect(port.start({ kind: 'lxc', id: 905, node: 'pve9' })).rejects.toThrow(
      /node "pve9" is not a node of this cluster \(nodes: pve1, pve2, pve3\)/,
    );
    expect(calls).toEqual([]);
  });

  it('runs everything locally while the cluster is not known (one node, old state files)', async () => {
    const r = recording();
    const port = new ShellHostPort(r.transport);
    await port.start(ct2);
    port.useCluster([{ name: 'pve', online: true }]);
    await port.start(ct2);
    expect(r.calls.map(where).map((c) => c.node)).toEqual(['local', 'local']);
  });

  it('migrates a running CT by restart and a running VM live, on the node that holds each', async () => {
    const { port, calls } = clusterPort();
    await port.migrate(ct2, {
      to: 'pve1',
      online: false,
      restart: true,
      withLocalDisks: false,
      timeoutSec: 120,
    });
    await port.migrate(vm1, { to: 'pve2', online: true, restart: false, withLocalDisks: true });
    await port.migrate(
      { kind: 'qemu', id: 9001, node: 'pve2' },
      {
        to: 'pve1',
        online: false,
        restart: false,
        withLocalDisks: false,
      },
    );
    expect(calls.map(where)).toEqual([
      {
        node: 'pve2@10.0.0.12',
        argv: ['pct', 'migrate', '900', 'pve1', '--restart', '1', '--timeout', '120'],
      },
      { node: 'local', argv: ['qm', 'migrate', '9000', 'pve2', '--online', '1', '--with-local-disks', '1'] },
      { node: 'pve2@10.0.0.12', argv: ['qm', 'migrate', '9001', 'pve1'] },
    ]);
  });

  it('clones on the source node, landing on the target node when one is named', async () => {
    const { port, calls } = clusterPort();
    await port.cloneGuest(
      { kind: 'lxc', id: 951, node: 'pve1' },
      { kind: 'lxc', id: 900, node: 'pve2' },
      {
        full: true,
        storage: 'ceph-ct',
        target: 'pve1',
        name: 'web-1',
      },
    );
    expect(calls.map(where)).toEqual([
      {
        node: 'pve2@10.0.0.12',
        argv: [
          'pct',
          'clone',
          '900',
          '951',
          '--full',
          '1',
          '--storage',
          'ceph-ct',
          '--target',
          'pve1',
          '--hostname',
          'web-1',
        ],
      },
    ]);
  });

  it('bounds a hop as the command it carries', () => {
    const route = { node: 'pve2', address: '10.0.0.12' };
    expect(commandKind(onNode(route, pctClone(900, 951)))).toBe('long');
    expect(commandKind(onNode(route, pctExec(900, ['true'])))).toBe('script');
    expect(commandKind(onNode(route, { argv: ['pct', 'status', '900'], readOnly: true }))).toBe('query');
  });
});
