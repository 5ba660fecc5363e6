/**
 * The local transport (real processes, no shell) and the audit-log / secret-masking decorators.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MASK,
  maskSecrets,
  runHostCommand,
  SecretMasker,
  withAudit,
  withSecrets,
} from '../../src/proxmox/audit.js';
import { LocalTransport } from '../../src/proxmox/local-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-local-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = [
  "it's",
  '"double"',
  '$(touch /tmp/pwned)',
  '`id`',
  'a\nb',
  ' lead',
  '*',
  '--help',
  '-n',
  'ünïcødé 🙂',
  '',
  '\\',
];

/** True when the process is gone (or only a zombie waiting to be reaped). */
function gone(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

describe('LocalTransport', () => {
  const t = new LocalTransport();

  test('captures stdout, stderr and the exit code', async () => {
    expect(await t.run(['/bin/echo', 'hello', 'world'])).toEqual({
      exitCode: 0,
      stdout: 'hello world\n',
      stderr: '',
    });
    expect(await t.run(['/bin/sh', '-c', 'echo out; echo err >&2; exit 3'])).toEqual({
      exitCode: 3,
      stdout: 'out\n',
      stderr: 'err\n',
    });
  });

  test('arguments arrive intact because no shell is involved', async () => {
    const r = await t.run(['printf', '%s\\0', ...HOSTILE]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(HOSTILE.map((a) => a + '\0').join(''));
    expect(existsSync('/tmp/pwned')).toBe(false);
  });

  test('stdin is passed to the command (text and binary)', async () => {
    expect((await t.run(['cat'], { stdin: 'line 1\nline 2\n' })).stdout).toBe('line 1\nline 2\n');
    const bytes = Buffer.from([0, 1, 2, 255, 10]);
    const r = await t.run(['od', '-An', '-tx1'], { stdin: bytes });
    expect(r.stdout.trim().split(/\s+/)).toEqual(['00', '01', '02', 'ff', '0a']);
    // A command that ignores its stdin is fine too.
    expect((await t.run(['/bin/true'], { stdin: 'x'.repeat(1 << 20) })).exitCode).toBe(0);
  });

  test('a missing program is exit 127 with a clear message', async () => {
    const r = await t.run(['phoenix-no-such-program', '--x']);
    expect(r).toEqual({ exitCode: 127, stdout: '', stderr: 'phoenix-no-such-program: command not found\n' });
  });

  test('a command killed by a signal reports 128 + signal number', async () => {
    expect((await t.run(['/bin/sh', '-c', 'kill -TERM $$'])).exitCode).toBe(143);
  });

  test('a timeout kills the command and its children, and rejects', async () => {
    const pidFile = join(dir, 'child.pid');
    const started = Date.now();
    await expect(
      t.run(['/bin/sh', '-c', `sleep 30 & echo $! > '${pidFile}'; wait`], { timeoutMs: 300 }),
    ).rejects.toThrow(/timed out after 300 ms: .*sleep 30.* on local/);
    expect(Date.now() - started).toBeLessThan(5000);
    const child = Number(readFileSync(pidFile, 'utf8'));
    for (let i = 0; i < 50 && !gone(child); i++) await new Promise((r) => setTimeout(r, 20));
    expect(gone(child)).toBe(true);
  });

  test('the default timeout applies when a command sets none', async () => {
    const quick = new LocalTransport({ defaultTimeoutMs: 200 });
    await expect(quick.run(['sleep', '5'])).rejects.toThrow(/timed out after 200 ms/);
    // timeoutMs: 0 switches the default off for one command.
    expect((await quick.run(['sleep', '0.4'], { timeoutMs: 0 })).exitCode).toBe(0);
    await quick.close();
  }, 10_000);

  test('close() kills commands still running', async () => {
    const own = new LocalTransport();
    const running = own.run(['sleep', '30']);
    await new Promise((r) => setTimeout(r, 100));
    await own.close();
    expect((await running).exitCode).toBe(137);
    await expect(own.run(['/bin/true'])).rejects.toThrow(/closed/);
  });

  test('refuses an empty argv and NUL bytes', async () => {
    await expect(t.run([])).rejects.toThrow(/empty argv/);
    await expect(t.run(['/bin/echo', 'a\0b'])).rejects.toThrow(/NUL/);
  });
});

describe('SecretMasker', () => {
  test('masks every occurrence, longest secret first', () => {
    const m = new SecretMasker(['abc', 'abcdef']);
    expect(m.mask('x=abcdef y=abc abcabc')).toBe(`x=${MASK} y=${MASK} ${MASK}${MASK}`);
    expect(m.maskArgv(['--password', 'abcdef', 'plain'])).toEqual(['--password', MASK, 'plain']);
    expect(maskSecrets('token: t0k', ['t0k'])).toBe(`token: ${MASK}`);
  });

  test('ignores empty values and reports each new secret once', () => {
    const seen: string[] = [];
    const m = new SecretMasker([], (s) => seen.push(s));
    m.add('', undefined, 'one', 'one', 'two');
    m.add('two');
    expect(seen).toEqual(['one', 'two']);
    expect(m.size).toBe(2);
    expect(m.mask('nothing here')).toBe('nothing here');
  });
});

describe('withAudit', () => {
  const readLog = (file: string): Array<Record<string, unknown>> =>
    readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  test('appends one JSON line per command with argv as run, exit code and duration', async () => {
    const file = join(dir, 'logs', 'audit.jsonl');
    const t = withAudit(new LocalTransport(), file);
    expect(t.description).toBe('local');
    await t.run(['/bin/echo', ...HOSTILE]);
    await t.run(['/bin/sh', '-c', 'exit 3']);
    await t.close();
    const lines = readLog(file);
    expect(lines).toEqual([
      { argv: ['/bin/echo', ...HOSTILE], exit: 0, ms: expect.any(Number) },
      { argv: ['/bin/sh', '-c', 'exit 3'], exit: 3, ms: expect.any(Number) },
    ]);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(3);
  });

  test('secrets never reach the log, but results are untouched', async () => {
    const file = join(dir, 'audit.jsonl');
    const t = withAudit(new LocalTransport(), file, ['hunter22']);
    const r = await t.run(['/bin/echo', '--password', 'hunter22', 'PASS=hunter22']);
    expect(r.stdout).toBe('--password hunter22 PASS=hunter22\n');
    t.secrets.add('tok-9f8e');
    await runHostCommand(t, {
      argv: ['/bin/echo', 'late', 'tok-9f8e', 'new-secret'],
      readOnly: true,
      secrets: ['new-secret'],
    });
    await t.close();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/hunter22|tok-9f8e|new-secret/);
    expect(readLog(file).map((l) => l.argv)).toEqual([
      ['/bin/echo', '--password', MASK, `PASS=${MASK}`],
      ['/bin/echo', 'late', MASK, MASK],
    ]);
  });

  test('runHostCommand passes stdin and the read-only flag', async () => {
    const calls: unknown[] = [];
    const fake: HostTransport = {
      description: 'fake',
      run: async (argv, options) => {
        calls.push({ argv, options });
        return { exitCode: 0, stdout: '', stderr: '' };
      },
      close: async () => undefined,
    };
    await runHostCommand(
      fake,
      { argv: ['tee', '--', '/x'], readOnly: false, stdin: 'data' },
      { timeoutMs: 5 },
    );
    expect(calls).toEqual([
      { argv: ['tee', '--', '/x'], options: { timeoutMs: 5, readOnly: false, stdin: 'data' } },
    ]);
    // stdin reaches a real process through the audited transport, and is not logged.
    const file = join(dir, 'audit.jsonl');
    const t = withAudit(new LocalTransport(), file);
    expect(
      (await runHostCommand(t, { argv: ['cat'], readOnly: true, stdin: 'secret file body' })).stdout,
    ).toBe('secret file body');
    await t.close();
    expect(readFileSync(file, 'utf8')).not.toMatch(/secret file body/);
  });

  test('a command that does not finish is logged with exit -1 and the error', async () => {
    const file = join(dir, 'audit.jsonl');
    const t = withAudit(new LocalTransport(), file, ['s3cr3t']);
    await expect(t.run(['/bin/sh', '-c', 'sleep 5', 's3cr3t'], { timeoutMs: 150 })).rejects.toThrow(
      /timed out/,
    );
    await t.close();
    const [line] = readLog(file);
    expect(line).toEqual({
      argv: ['/bin/sh', '-c', 'sleep 5', MASK],
      exit: -1,
      ms: expect.any(Number),
      error: expect.stringMatching(/timed out after 150 ms/),
    });
    expect(JSON.stringify(line)).not.toMatch(/s3cr3t/);
  });

  test('concurrent commands produce whole, separate lines', async () => {
    const file = join(dir, 'audit.jsonl');
    const t = withAudit(new LocalTransport(), file);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.run(['/bin/echo', `cmd-${i}`, 'x'.repeat(5000)])),
    );
    await t.close();
    const lines = readLog(file);
    expect(lines).toHaveLength(12);
    expect(lines.map((l) => (l.argv as string[])[1]).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `cmd-${i}`).sort(),
    );
  });

  test('close() reports an audit log that could not be written', async () => {
    // The log's parent "directory" is a file, so neither mkdir nor append can succeed.
    writeFileSync(join(dir, 'blocker'), 'x');
    const t = withAudit(new LocalTransport(), join(dir, 'blocker', 'x.jsonl'));
    await t.run(['/bin/true']).catch(() => undefined);
    await expect(t.close()).rejects.toThrow(/cannot write audit log/);
  });
});

describe('withSecrets', () => {
  test('masks secrets in stdout, stderr and errors', async () => {
    const t = withSecrets(new LocalTransport(), ['pw-123']);
    expect(await t.run(['/bin/sh', '-c', 'echo pw-123; echo pw-123 >&2'])).toEqual({
      exitCode: 0,
      stdout: `${MASK}\n`,
      stderr: `${MASK}\n`,
    });
    await expect(t.run(['/bin/sh', '-c', 'sleep 5', 'pw-123'], { timeoutMs: 100 })).rejects.toThrow(
      /timed out after 100 ms: .*sleep 5.* \*\*\*/,
    );
    await t.close();
  });
});
