/**
 * The ssh:// transport against a real OpenSSH server on loopback (test/helpers/sshd.ts):
 * exec, stdin, parallel channels, timeouts, host key pinning, hostile argv, dropped connections.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  pctConfig,
  pctCreate,
  pctExec,
  pctPush,
  pctSet,
  pctSnapshot,
  pctStart,
  pveamDownload,
  type HostCommand,
} from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { createSshTransport, type SshTransportOptions } from '../../src/proxmox/ssh-transport.js';
import { readLiveState } from '../../src/proxmox/state-reader.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { UserError } from '../../src/util/errors.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeSshd, makeKeyPair, startSshd, type Sshd } from '../helpers/sshd.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(cond: () => boolean, what: string, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Rejection message of a promise expected to fail (fails the test when it resolves). */
async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure, but it succeeded');
}

describeSshd('ssh transport over a real sshd', () => {
  let sshd: Sshd;
  let t: HostTransport;
  const opts = (extra: SshTransportOptions = {}): SshTransportOptions => ({
    identity: sshd.identity,
    knownHosts: sshd.knownHosts,
    env: {},
    ...extra,
  });

  beforeAll(async () => {
    sshd = await startSshd();
    t = await createSshTransport(sshd.url, opts());
  });
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
  });

  test('runs a command: exit code, stdout and stderr kept apart', async () => {
    const r = await t.run(['sh', '-c', 'echo out; echo "é 🔥"; echo err >&2; exit 3']);
    expect(r).toEqual({ exitCode: 3, stdout: 'out\né 🔥\n', stderr: 'err\n' });
    expect(t.description).toBe(`ssh://${sshd.user}@127.0.0.1:${sshd.port}`);
  });

  test('fast commands never lose their exit status (it can arrive with the exec confirmation)', async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => t.run(['sh', '-c', 'exit $(($0 % 7))', String(i)])),
    );
    expect(results.map((r) => r.exitCode)).toEqual(Array.from({ length: 300 }, (_, i) => i % 7));
    expect(results.filter((r) => r.stderr !== '')).toEqual([]);
  });

  test('a command killed by a signal reports 128 + signal number', async () => {
    const r = await t.run(['sh', '-c', 'kill -TERM $$']);
    expect(r.exitCode).toBe(128 + 15);
  });

  test('the remote PATH starts with the shim dir, so shims shadow host commands', async () => {
    const pct = join(sshd.shimDir, 'pct');
    writeFileSync(pct, '#!/bin/sh\necho "shim pct: $*"\n');
    chmodSync(pct, 0o755);
    const r = await t.run(['pct', 'list', '--full']);
    expect(r.stdout).toBe('shim pct: list --full\n');
    expect((await t.run(['sh', '-c', 'echo "$PATH"'])).stdout).toBe(`${sshd.shimDir}:/usr/bin:/bin\n`);
  });

  test('stdin reaches the command (text and 1 MiB of bytes); without stdin the command sees EOF', async () => {
    expect((await t.run(['cat'], { stdin: 'line 1\nlíne 2 ✓\n' })).stdout).toBe('line 1\nlíne 2 ✓\n');
    const big = Buffer.alloc(1 << 20, 0xa5);
    const bytes = await t.run(['sh', '-c', 'od -An -v -tx1 | tr -s " " "\\n" | sort -u | grep .'], {
      stdin: big,
    });
    expect(bytes.stdout).toBe('a5\n');
    expect((await t.run(['wc', '-c'], { stdin: big })).stdout.trim()).toBe(String(1 << 20));
    expect((await t.run(['cat'], { timeoutMs: 5000 })).stdout).toBe('');
  });

  test('20 concurrent commands share one connection, at most maxChannels at a time', async () => {
    const dir = join(sshd.dir, 'running');
    await t.run(['mkdir', '-p', dir]);
    const script = 'touch "$1/$2"; n=$(ls "$1" | wc -l); sleep 0.3; rm "$1/$2"; echo "$2 $n"';
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.run(['sh', '-c', script, 'sh', dir, String(i)])),
    );
    const elapsed = Date.now() - started;
    const peaks = results.map((r, i) => {
      const [id, n] = r.stdout.trim().split(' ');
      expect(id).toBe(String(i));
      return Number(n);
    });
    expect(Math.max(...peaks)).toBeLessThanOrEqual(8); // default maxChannels
    expect(Math.max(...peaks)).toBeGreaterThan(1);
    expect(elapsed).toBeLessThan(20 * 300); // not one after the other
    // One connection: sshd logged exactly one accepted authentication so far for this transport.
    expect(sshd.log().match(/Accepted publickey/g)).toHaveLength(1);
  });

  test("a server's MaxSessions below maxChannels: refused channels wait and run later", async () => {
    const small = await startSshd({ maxSessions: 3 });
    const tr = await createSshTransport(small.url, {
      identity: small.identity,
      knownHosts: small.knownHosts,
      maxChannels: 12,
      env: {},
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => tr.run(['sh', '-c', 'sleep 0.2; echo $0', String(i)])),
      );
      expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
      expect(small.log()).toContain('no more sessions');
    } finally {
      await tr.close();
      await small.stop();
    }
  });

  test('a command over its timeout fails with a clear message and is killed on the host', async () => {
    const marker = join(sshd.dir, 'late-marker');
    const started = Date.now();
    const err = await failure(t.run(['sh', '-c', 'sleep 1.5; touch "$0"', marker], { timeoutMs: 300 }));
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^timed out after 300 ms: 'sh -c .*' on ssh:\/\//);
    expect(Date.now() - started).toBeLessThan(1200);
    await sleep(1800);
    expect(existsSync(marker)).toBe(false);
    expect((await t.run(['echo', 'still usable'])).stdout).toBe('still usable\n');
  });

  test('hostile argv arrives byte-identical (quotes, $(), backticks, newlines, unicode)', async () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        "'",
        '"',
        '$(id)',
        '`id`',
        '\n',
        '\\',
        ' ',
        '*',
        ';',
        '|',
        '&',
        '$HOME',
        '!',
        '#',
        '~',
        '\t',
        '-n',
        '%s',
        '',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary-ascii', maxLength: 12 }).map((s) => s.replace(/\0/g, '')),
    );
    const arg = fc.array(hostile, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 6 }), async (args) => {
        // A leading marker argument: printf with no argument at all would still print one "".
        const r = await t.run(['sh', '-c', 'printf "%s\\0" "$@"', 'sh', 'argv:', ...args]);
        expect(r.exitCode).toBe(0);
        expect(r.stdout.slice(0, -1).split('\0')).toEqual(['argv:', ...args]);
      }),
      { numRuns: 60 },
    );
  });

  test('commands longer than a remote shell accepts are refused before sending; just below works', async () => {
    const path = (i: number) => `/etc/pve/nodes/pve/lxc/${100000 + i}.conf`;
    const fits = Array.from({ length: 3000 }, (_, i) => path(i)); // about 110 KB quoted
    const r = await t.run(['sh', '-c', 'echo $#', 'sh', ...fits]);
    expect(r.stdout).toBe('3000\n');
    const tooLong = Array.from({ length: 8000 }, (_, i) => path(i)); // about 300 KB
    const err = await failure(t.run(['sh', '-c', 'echo $#', 'sh', ...tooLong]));
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^command too long for SSH: 'sh -c .* is \d+ bytes once quoted/);
    // Nothing was sent: the connection (and the other commands on it) are unaffected.
    expect((await t.run(['echo', 'fine'])).stdout).toBe('fine\n');
  });

  test('an argument with a NUL byte is refused before anything is sent', async () => {
    await expect(t.run(['echo', 'a\0b'])).rejects.toThrow(/NUL byte/);
  });

  describe('host key pinning', () => {
    const connectWith = (extra: SshTransportOptions) =>
      createSshTransport(sshd.url, { identity: sshd.identity, env: {}, ...extra });

    test('an unknown host is refused, naming "host key" and the fingerprint seen', async () => {
      const other = join(sshd.dir, 'known_hosts_other');
      writeFileSync(
        other,
        `[127.0.0.1]:${sshd.port + 1} ${sshd.hostPublicKey}\nexample.org ${sshd.hostPublicKey}\n`,
      );
      const err = await failure(connectWith({ knownHosts: other }));
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toContain('unknown host key');
      expect(err.message).toContain(sshd.hostFingerprint);
      expect(err.message).toContain(`[127.0.0.1]:${sshd.port}`);
    });

    test('a changed host key is refused and both fingerprints are shown', async () => {
      const imposter = makeKeyPair(sshd.dir, 'imposter_host_key');
      const changed = join(sshd.dir, 'known_hosts_changed');
      writeFileSync(changed, `[127.0.0.1]:${sshd.port} ${imposter.publicKey}\n`);
      const err = await failure(connectWith({ knownHosts: changed }));
      expect(err.message).toMatch(/host key has CHANGED/);
      expect(err.message).toContain(sshd.hostFingerprint);
      const expected = spawnSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', imposter.pub], {
        encoding: 'utf8',
      });
      expect(err.message).toContain(/SHA256:\S+/.exec(expected.stdout)![0]);
    });

    test('without any pin the connection is refused and the fingerprint is shown for pinning', async () => {
      const err = await failure(connectWith({}));
      expect(err.message).toMatch(/no host key to check it against/);
      expect(err.message).toContain(sshd.hostFingerprint);
    });

    test('a hashed known_hosts entry (ssh-keygen -H) is accepted', async () => {
      const hashed = join(sshd.dir, 'known_hosts_hashed');
      writeFileSync(hashed, readFileSync(sshd.knownHosts));
      const r = spawnSync('ssh-keygen', ['-H', '-f', hashed], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(readFileSync(hashed, 'utf8')).toMatch(/^\|1\|/);
      const tr = await connectWith({ knownHosts: hashed });
      expect((await tr.run(['echo', 'ok'])).stdout).toBe('ok\n');
      await tr.close();
    });

    test('a pinned fingerprint accepts the right key and refuses another', async () => {
      const tr = await connectWith({ fingerprint: sshd.hostFingerprint });
      expect((await tr.run(['true'])).exitCode).toBe(0);
      await tr.close();
      const err = await failure(connectWith({ fingerprint: 'SHA256:' + 'A'.repeat(43) }));
      expect(err.message).toMatch(/host key fingerprint mismatch/);
      expect(err.message).toContain(sshd.hostFingerprint);
    });

    test('PHOENIX_KNOWN_HOSTS and PHOENIX_SSH_KEY work as text and as paths', async () => {
      const khText = readFileSync(sshd.knownHosts, 'utf8');
      const keyText = readFileSync(sshd.identity, 'utf8');
      for (const env of [
        { PHOENIX_KNOWN_HOSTS: khText, PHOENIX_SSH_KEY: keyText },
        { PHOENIX_KNOWN_HOSTS: sshd.knownHosts, PHOENIX_SSH_KEY: sshd.identity },
      ]) {
        const tr = await createSshTransport(sshd.url, { env });
        expect((await tr.run(['echo', 'env ok'])).stdout).toBe('env ok\n');
        await tr.close();
      }
    });

    test('a key the server does not know fails authentication clearly', async () => {
      const stranger = makeKeyPair(sshd.dir, 'stranger');
      const err = await failure(connectWith({ identity: stranger.priv, knownHosts: sshd.knownHosts }));
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(
        /authentication failed for user '.+' on ssh:\/\/.* identity file .*stranger/,
      );
    });
  });

  describe('dropped connections', () => {
    let tr: HostTransport;
    let n = 0;
    beforeEach(async () => {
      tr = await createSshTransport(sshd.url, opts());
    });
    afterEach(async () => {
      await tr.close();
    });

    /** A command that counts its runs in a file and, on its first run, hangs until killed. */
    function countingCommand(): { argv: string[]; counter: string } {
      const counter = join(sshd.dir, `runs-${++n}`);
      const script =
        'echo run >> "$0"; n=$(wc -l < "$0"); if [ "$n" -eq 1 ]; then sleep 10; fi; echo "run $n"';
      return { argv: ['sh', '-c', script, counter], counter };
    }
    const runs = (counter: string) =>
      existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').length - 1 : 0;

    test('a read-only command in flight is re-sent once after reconnecting', async () => {
      const { argv, counter } = countingCommand();
      const pending = tr.run(argv, { readOnly: true });
      await waitFor(() => runs(counter) === 1, 'the first run to start');
      expect(sshd.killSessions()).toBeGreaterThan(0);
      const r = await pending;
      expect(r.stdout).toBe('run 2\n');
      expect(runs(counter)).toBe(2);
    });

    test('a mutating command in flight is not re-sent and fails clearly', async () => {
      const { argv, counter } = countingCommand();
      const pending = tr.run(argv);
      await waitFor(() => runs(counter) === 1, 'the first run to start');
      sshd.killSessions();
      const err = await failure(pending);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(
        /^connection to ssh:\/\/.+ lost while running 'sh -c .*' \(not retried: it may have changed the host\)$/,
      );
      await sleep(200);
      expect(runs(counter)).toBe(1);
      // The transport reconnects for the next command.
      expect((await tr.run(['echo', 'back'])).stdout).toBe('back\n');
    });

    test('a connection dropped between commands is re-established before the next one', async () => {
      expect((await tr.run(['echo', 'one'])).stdout).toBe('one\n');
      const before = (sshd.log().match(/Accepted publickey/g) ?? []).length;
      sshd.killSessions();
      await sleep(300);
      expect((await tr.run(['echo', 'two'])).stdout).toBe('two\n');
      expect((sshd.log().match(/Accepted publickey/g) ?? []).length).toBe(before + 1);
    });
  });

  test('no server listening: a clear "cannot connect" error', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as AddressInfo).port;
    await new Promise((r) => srv.close(r));
    const err = await failure(createSshTransport(`ssh://${sshd.user}@127.0.0.1:${port}`, opts()));
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(
      new RegExp(`^cannot connect to ssh://.*@127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`),
    );
  });

  test('after close() the transport refuses new commands', async () => {
    const tr = await createSshTransport(sshd.url, opts());
    await tr.close();
    await expect(tr.run(['true'])).rejects.toThrow(/closed/);
  });
});

/**
 * The simulator behind sshd: `phoenix sim shims` puts `pct`, `qm`, `pvesh`, ... first on the
 * SSH user's PATH, so the ssh:// transport drives the simulator exactly as it would a real node.
 */
describeSshd('ssh transport against the simulator shims', () => {
  let work: string;
  let statePath: string;
  let entry: string;
  let sshd: Sshd;
  let t: HostTransport;

  const phoenixCli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`phoenix ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  const ok = async (cmd: HostCommand, options: { stdin?: string } = {}) => {
    const r = await t.run(cmd.argv, { readOnly: cmd.readOnly, ...options });
    if (r.exitCode !== 0) throw new Error(`${cmd.argv.join(' ')} failed (${r.exitCode}): ${r.stderr}`);
    return r.stdout;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'phoenix-ssh-sim-'));
    entry = transpilePhoenix(join(work, 'phoenix'));
    statePath = join(work, 'state.json');
    phoenixCli('sim', 'init', '--state', statePath);
    const shimDir = join(work, 'shims');
    phoenixCli('sim', 'shims', '--state', statePath, '--out', shimDir, '--entry', entry);
    sshd = await startSshd({ shimDir });
    t = await createSshTransport(sshd.url, { identity: sshd.identity, knownHosts: sshd.knownHosts, env: {} });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const TEMPLATE = 'debian-12-standard_12.7-1_amd64.tar.zst';
  const DESCRIPTION = `it's "quoted" $(id) \`id\` ünï ✓\nsecond line`;

  test('create, start, push (stdin) and exec over SSH, then read the state in a few commands', async () => {
    await ok(pveamDownload('local', TEMPLATE));
    await ok(
      pctCreate(300, `local:vztmpl/${TEMPLATE}`, {
        hostname: 'web',
        memory: 512,
        rootfs: 'local-lvm:8',
        description: DESCRIPTION,
      }),
    );
    await ok(pctSnapshot(300, 'before_start'));
    await ok(pctStart(300));
    const motd = "hello over ssh: '$(not run)'\n";
    await ok(pctPush(300, '/dev/stdin', '/etc/motd'), { stdin: motd });
    expect(await ok(pctExec(300, ['cat', '/etc/motd']))).toBe(motd);

    const commands: string[][] = [];
    const live = await readLiveState(t, { onCommand: (argv) => commands.push([...argv]) });
    expect(live.target).toBe(t.description);
    const ct = live.guests.find((g) => g.id === 300);
    expect(ct).toMatchObject({ kind: 'lxc', status: 'running', name: 'web', template: false });
    // Proxmox keeps a description as `#` comment lines and prints it back with a final newline.
    expect(ct!.config.description!.trimEnd()).toBe(DESCRIPTION);
    expect(ct!.snapshots.map((s) => s.name)).toContain('before_start');
    expect(live.templates).toContain(`local:vztmpl/${TEMPLATE}`);
    expect(commands.length).toBeLessThanOrEqual(7);
    // Device nodes and profiles come from the simulated host through the `find` shim, not the runner's.
    expect(live.apparmorProfiles).toContain('lxc-default');
    expect(live.deviceNodes).toContain('/dev/null');
    expect(live.deviceNodes!.some((d) => d.startsWith('/dev/nvidia'))).toBe(false);

    // The same document as reading the state file in-process (apart from when and where).
    const inProcess = await readLiveState(new SimTransport(statePath, { env: {} }));
    const comparable = (s: typeof live) => ({ ...s, readAt: 'same', target: 'same' });
    expect(comparable(live)).toEqual(comparable(inProcess));
  });

  test('a dropped connection during a read is recovered; during a change it is reported', async () => {
    const logins = () => (sshd.log().match(/Accepted publickey/g) ?? []).length;
    const setFaults = (rules: unknown[]) =>
      phoenixCli('sim', 'set', '--state', statePath, '--faults', JSON.stringify(rules));

    // The simulator kills the SSH session on the next `pvesh get` (the state read's first command).
    setFaults([{ op: 'pvesh get', nth: 1, action: 'drop' }]);
    const before = logins();
    const live = await readLiveState(t);
    expect(live.guests.map((g) => g.id)).toContain(300);
    expect(logins()).toBe(before + 1); // it reconnected once

    setFaults([{ op: 'pct set', nth: 1, action: 'drop', when: 'after' }]);
    const err = await failure(ok(pctSet(300, { memory: 1024 })));
    expect(err.message).toMatch(
      /connection to ssh:\/\/.* lost while running 'pct set 300 --memory 1024' \(not retried/,
    );
    setFaults([]);
    // The change happened (once: the transport did not re-send it), and the transport works again.
    expect(await ok(pctConfig(300))).toMatch(/^memory: 1024$/m);
  });
});
