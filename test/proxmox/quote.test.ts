/**
 * POSIX quoting: hostile arguments joined by `shellJoin` and run by a real shell (`sh -c`, as an
 * SSH server does with the command string) arrive byte-identical. The remote side is `printf`,
 * which prints each argument followed by a NUL byte, so the output can be split unambiguously.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { shellJoin, shellQuote, shellSplit } from '../../src/proxmox/quote.js';
import * as c from '../../src/proxmox/commands.js';

const SHELLS = ['/bin/sh', '/bin/bash', '/bin/dash'].filter((s) => existsSync(s));

/** Runs `printf '%s\0' ARGS...` as one quoted string through `shell -c`; returns stdout bytes. */
function roundTrip(shell: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(shell, ['-c', shellJoin(['printf', '%s\\0', ...args])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${shell} exited ${code}: ${Buffer.concat(err).toString()}`));
      else resolve(Buffer.concat(out));
    });
  });
}

const expected = (args: readonly string[]): Buffer =>
  Buffer.concat(args.map((a) => Buffer.from(a + '\0', 'utf8')));

/** Pieces a shell would treat specially, plus unicode and control characters. */
const HOSTILE = [
  "'",
  '"',
  "'\\''",
  '$(',
  ')',
  '$(id)',
  '`id`',
  '${HOME}',
  '$HOME',
  '$1',
  '$@',
  '\\',
  '\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '*',
  '?',
  '[a-z]',
  '{a,b}',
  '~',
  '~root',
  ';',
  '&&',
  '|',
  '>',
  '<',
  '2>&1',
  '#',
  '!',
  '!!',
  '-',
  '--',
  '-rf',
  '--help',
  '%s',
  '%n',
  '\\0',
  '\\n',
  'é',
  'ß',
  '日本語',
  '🙂',
  '\u200b',
  '\u202e',
  '\x01',
  '\x1b[31m',
  '\x7f',
  '=',
  'a=b',
  '\u00a0',
];

const hostileString = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((parts) => parts.join('')),
  // Any well-formed unicode text without NUL (lone surrogates cannot be sent as UTF-8 at all).
  fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\0')),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }).filter((s) => !s.includes('\0')),
);

describe('shellQuote', () => {
  test('wraps in single quotes and escapes embedded single quotes', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellJoin(['a b', '$x'])).toBe("'a b' '$x'");
  });

  test('refuses NUL bytes instead of truncating', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(() => shellJoin(['ok', a + '\0' + b])).toThrow(/NUL/);
      }),
      { numRuns: 50 },
    );
  });
});

describe.each(SHELLS)('round trip through %s -c', (shell) => {
  test('fixed hostile arguments arrive byte-identical', async () => {
    const args = [...HOSTILE, '', "'\"'\"'", 'x'.repeat(50_000), "multi\nline\n\nwith 'quotes'\n"];
    expect(await roundTrip(shell, args)).toEqual(expected(args));
  });

  test('random hostile argument lists arrive byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 6 }), async (args) => {
        expect((await roundTrip(shell, args)).toString('hex')).toBe(expected(args).toString('hex'));
      }),
      { numRuns: 120 },
    );
  });

  test('arguments built by the command builders survive quoting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileString, { minLength: 1, maxLength: 4 }),
        hostileString,
        async (cmd, description) => {
          const exec = c.pctExec(950, ['sh', ...cmd]);
          const set = c.pctSet(950, { description });
          for (const built of [exec.argv, set.argv])
            expect((await roundTrip(shell, built)).toString('hex')).toBe(expected(built).toString('hex'));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('shellSplit', () => {
  test('takes apart exactly what shellJoin built', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((a) => !a.includes('\0')),
          { minLength: 1, maxLength: 6 },
        ),
        (argv) => {
          expect(shellSplit(shellJoin(argv))).toEqual(argv);
        },
      ),
      { numRuns: 200 },
    );
    expect(shellSplit(shellJoin(['pct', 'exec', '100', '--', 'sh', '-c', "echo 'a b'"]))).toEqual([
      'pct',
      'exec',
      '100',
      '--',
      'sh',
      '-c',
      "echo 'a b'",
    ]);
  });

  test('any other shell text is not taken apart', () => {
    for (const text of ['', 'pct start 100', "'pct' start", "'a''b'", "'a' ; 'b'", "'open"])
      expect(shellSplit(text)).toBeUndefined();
  });
});
