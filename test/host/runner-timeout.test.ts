/**
 * Bounded time in the host runner: every command gets its kind's timeout (or the call's), is sent
 * under coreutils `timeout` on hosts that run real programs (so the audit log shows the bound and
 * the host stops the whole process group), fails with "did not finish within N s; it was
 * stopped", and is retried only when read-only. Checked on the local transport and over a real
 * OpenSSH server (the command keeps running on the host unless the host stops it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guestOps } from '../../src/host/guest-commands.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import {
  CommandTimedOut,
  commandKind,
  DEFAULT_TIMEOUTS,
  HostRunner,
  timeoutsFromEnv,
} from '../../src/host/runner.js';
import { withAudit } from '../../src/proxmox/audit.js';
import {
  aptGetInstall,
  pctClone,
  pctExec,
  pctStatus,
  qmDiskImport,
  withLock,
  type HostCommand,
} from '../../src/proxmox/commands.js';
import { LocalTransport } from '../../src/proxmox/local-transport.js';
import { createSshTransport } from '../../src/proxmox/ssh-transport.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';
import { describeSshd, startSshd, type Sshd } from '../helpers/sshd.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a process is still alive (signal 0 probes without touching it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

/** A command that starts a child `sleep`, writes the child's pid to `pidFile`, and waits for it. */
const sleeper = (pidFile: string, readOnly: boolean): HostCommand => ({
  argv: ['sh', '-c', 'sleep 30 & echo $! > "$0"; wait', pidFile],
  readOnly,
});

/** Records argv and options; answers every command with exit 0. */
class RecordingTransport implements HostTransport {
  readonly description = 'recording';
  readonly calls: { argv: readonly string[]; options?: RunOptions }[] = [];
  constructor(readonly hostTimeouts: boolean) {}
  async run(argv: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.calls.push({ argv, options });
    return { exitCode: 0, stdout: '', stderr: '' };
  }
  async close(): Promise<void> {}
}

describe('timeouts per kind of command', () => {
  it('tells queries, changes, long commands and in-guest scripts apart', () => {
    expect(commandKind(pctStatus(950))).toBe('query');
    expect(commandKind({ argv: ['pct', 'set', '950'], readOnly: false })).toBe('change');
    expect(commandKind(pctClone(900, 950, {}))).toBe('long');
    expect(commandKind(qmDiskImport(9001, '/var/lib/vz/import/a.qcow2', 'local-lvm'))).toBe('long');
    expect(commandKind(pctExec(950, ['true']))).toBe('script');
    // Wrapped commands are judged by what they run (apt-get under env is a long one).
    expect(commandKind(aptGetInstall(['samba']))).toBe('long');
    expect(commandKind(withLock('/run/lock/x', 10, pctClone(900, 950, {})))).toBe('long');
  });

  it('reads PHOENIX_TIMEOUT_* and refuses values that are not whole seconds', () => {
    expect(timeoutsFromEnv({})).toEqual(DEFAULT_TIMEOUTS);
    expect(timeoutsFromEnv({ PHOENIX_TIMEOUT_QUERY: '30', PHOENIX_TIMEOUT_LONG: '7200' })).toEqual({
      ...DEFAULT_TIMEOUTS,
      query: 30,
      long: 7200,
    });
    expect(() => timeoutsFromEnv({ PHOENIX_TIMEOUT_CHANGE: '10m' })).toThrow(
      /PHOENIX_TIMEOUT_CHANGE must be a whole number of seconds from 1 to 604800, got '10m'/,
    );
    expect(() => timeoutsFromEnv({ PHOENIX_TIMEOUT_SCRIPT: '0' })).toThrow(/PHOENIX_TIMEOUT_SCRIPT/);
  });

  it('the lock queue keeps its wait bound: a read-only query is below the 600 s lock timeout', () => {
    expect(DEFAULT_TIMEOUTS.query).toBeLessThan(600);
  });

  it('sends each command under `timeout` with its kind bound, and the transport waits a little longer', async () => {
    const t = new RecordingTransport(true);
    const runner = new HostRunner(t, { timeouts: { query: 7, change: 8, long: 9, script: 10 } });
    await runner.once(pctStatus(950));
    await runner.once(pctClone(900, 950, {}));
    await runner.once(
      { argv: ['pct', 'set', '950', '--memory', '512'], readOnly: false },
      { timeoutMs: 2500 },
    );
    // Wrappers are not wrapped again (the sudoers list holds one level).
    await runner.once({ argv: ['flock', '-w', '10', '/run/lock/x', 'cat', '--', '/y'], readOnly: true });
    expect(t.calls.map((c) => c.argv.slice(0, 5))).toEqual([
      ['timeout', '--kill-after=10s', '7s', 'pct', 'status'],
      ['timeout', '--kill-after=10s', '9s', 'pct', 'clone'],
      ['timeout', '--kill-after=10s', '2.5s', 'pct', 'set'],
      ['flock', '-w', '10', '/run/lock/x', 'cat'],
    ]);
    expect(t.calls.map((c) => c.options?.timeoutMs)).toEqual([22_000, 24_000, 17_500, 7000]);
  });

  it('on the simulator (no host `timeout`) only the transport bounds the command', async () => {
    const t = new RecordingTransport(false);
    await new HostRunner(t, { timeouts: DEFAULT_TIMEOUTS }).once(pctStatus(950));
    expect(t.calls[0]!.argv).toEqual(['pct', 'status', '950']);
    expect(t.calls[0]!.options?.timeoutMs).toBe(120_000);
  });

  it('container scripts get the script timeout (it used to be dropped for `pct exec`)', async () => {
    const t = new RecordingTransport(true);
    const port = new ShellHostPort(t);
    await port.runInGuest({ kind: 'lxc', id: 950 }, ['bash', '/opt/phoenix/apps/a.sh'], 45);
    await port.runInGuest({ kind: 'qemu', id: 9001 }, ['bash', '/opt/phoenix/apps/a.sh'], 45);
    expect(t.calls[0]!.argv.slice(0, 6)).toEqual([
      'timeout',
      '--kill-after=10s',
      '45s',
      'pct',
      'exec',
      '950',
    ]);
    expect(t.calls[0]!.options?.timeoutMs).toBe(60_000);
    // `qm guest exec --timeout 45` answers "still running" by itself; the host bound is later.
    expect(t.calls[1]!.argv.slice(0, 9)).toEqual([
      'timeout',
      '--kill-after=10s',
      '75s',
      'qm',
      'guest',
      'exec',
      '9001',
      '--timeout',
      '45',
    ]);
    expect(guestOps('lxc', 950).exec(['true'], 12).timeoutSec).toBe(12);
  });
});

describe('timeouts on the local transport', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-timeout-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the command and its children, says so, and the audit log shows the bound', async () => {
    const audit = join(dir, 'audit.jsonl');
    const t = withAudit(new LocalTransport(), audit);
    const runner = new HostRunner(t, { timeouts: DEFAULT_TIMEOUTS });
    const pidFile = join(dir, 'pid');
    const started = Date.now();
    const err = await runner.run(sleeper(pidFile, false), { timeoutMs: 400 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandTimedOut);
    expect((err as Error).message).toBe(
      `'sh -c "sleep 30 & echo $! > \\"$0\\"; wait" ${pidFile}': did not finish within 0.4 s; it was stopped`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const child = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(child));
    await t.close();
    const lines = readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; exit: number });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.argv.slice(0, 4)).toEqual(['timeout', '--kill-after=10s', '0.4s', 'sh']);
    expect(lines[0]!.exit).toBe(124);
  });

  it('retries a read-only command that timed out, never a mutating one (not even with retryAll)', async () => {
    const retry = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 };
    let commands = 0;
    const runner = new HostRunner(new LocalTransport(), {
      timeouts: DEFAULT_TIMEOUTS,
      retry,
      onCommand: () => commands++,
    });
    const slow = (readOnly: boolean): HostCommand => ({ argv: ['sleep', '5'], readOnly });
    await expect(runner.run(slow(true), { timeoutMs: 150 })).rejects.toThrow(
      /did not finish within 0\.15 s; it was stopped/,
    );
    expect(commands).toBe(3);
    commands = 0;
    await expect(runner.run(slow(false), { timeoutMs: 150, retryAll: true })).rejects.toBeInstanceOf(
      CommandTimedOut,
    );
    expect(commands).toBe(1);
  });

  it('a command that finishes in time is untouched (exit code and output as the host gave them)', async () => {
    const runner = new HostRunner(new LocalTransport(), { timeouts: DEFAULT_TIMEOUTS });
    const r = await runner.once({ argv: ['sh', '-c', 'echo hi; exit 3'], readOnly: true });
    expect(r).toEqual({ exitCode: 3, stdout: 'hi\n', stderr: '' });
  });
});

describeSshd('timeouts over a real sshd', () => {
  let sshd: Sshd;
  let t: HostTransport;
  beforeAll(async () => {
    sshd = await startSshd();
    t = await createSshTransport(sshd.url, { identity: sshd.identity, knownHosts: sshd.knownHosts, env: {} });
  });
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
  });

  it('a remote command that sleeps is stopped on the host, with everything it started', async () => {
    const pidFile = join(sshd.dir, 'remote-sleep.pid');
    const runner = new HostRunner(t, { timeouts: DEFAULT_TIMEOUTS });
    const err = await runner.run(sleeper(pidFile, false), { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandTimedOut);
    expect((err as Error).message).toMatch(/did not finish within 0\.5 s; it was stopped$/);
    // The harness's sshd runs on this machine, so the remote child's pid can be probed here.
    await waitFor(() => existsSync(pidFile));
    const child = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(child));
    expect((await t.run(['echo', 'still usable'])).stdout).toBe('still usable\n');
  });
});
