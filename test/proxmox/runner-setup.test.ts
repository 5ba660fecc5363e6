/**
 * docs/runner-setup.md and what it relies on: the sudoers block in the doc is exactly what the
 * generator renders from HOST_PROGRAMS (and scripts/gen-sudoers.mjs finds and fixes a stale one);
 * every command a real apply of the example estate runs, and every setup-hypervisor command, is
 * allowed by the rules, while commands outside them are refused; visudo accepts the file (when
 * visudo is installed); and the `local+sudo` target (or PHOENIX_SUDO=1) runs commands through
 * `sudo -n --` while the audit log keeps the plain argv.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runSudoers } from '../../src/cli/commands/sudoers.js';
import type { CliIO } from '../../src/cli/main.js';
import { withAudit } from '../../src/proxmox/audit.js';
import { HOST_PROGRAMS } from '../../src/proxmox/commands/programs.js';
import {
  regexLiteral,
  renderSudoers,
  SUDO_REGEX_MAX,
  sudoersAllows,
  sudoersRules,
} from '../../src/proxmox/sudoers.js';
import { openShellTransport } from '../../src/host/open-port.js';
import { sudoRequested } from '../../src/proxmox/targets.js';
import { apply, makeEstate } from '../helpers/apply-harness.js';
import { HOST_SETUP_SAMPLES } from '../helpers/hypervisor-command-samples.js';
import { REPO_ROOT } from '../helpers/shared.js';

const DOC = join(REPO_ROOT, 'docs', 'runner-setup.md');
const BEGIN = '<!-- BEGIN GENERATED SUDOERS -->';
const END = '<!-- END GENERATED SUDOERS -->';
const GEN = join(REPO_ROOT, 'scripts', 'gen-sudoers.mjs');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'phoenix-runner-setup-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('the sudoers block in docs/runner-setup.md', () => {
  it('is exactly what the generator renders from HOST_PROGRAMS today', () => {
    const doc = readFileSync(DOC, 'utf8');
    const block = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length);
    const fresh = renderSudoers({ user: 'github-runner' });
    expect(block).toBe(`${BEGIN}\n\n\`\`\`sudoers\n${fresh}\`\`\`\n\n${END}`);
    // One alias per registered program.
    const names = new Set(HOST_PROGRAMS.map((p) => p.name));
    expect(fresh.match(/^Cmnd_Alias PHOENIX_\w+ =/gm)).toHaveLength(names.size);
    expect(fresh).toMatch(/^Cmnd_Alias PHOENIX = PHOENIX_PCT, PHOENIX_QM, /m);
  });

  it('scripts/gen-sudoers.mjs --check passes on the doc, fails on a stale copy, and rewrites it', () => {
    expect(execFileSync('node', [GEN, '--check'], { encoding: 'utf8' })).toContain('up to date');
    const stale = join(tmp, 'runner-setup.md');
    const doc = readFileSync(DOC, 'utf8');
    writeFileSync(stale, doc.replace('Cmnd_Alias PHOENIX_PCT = ', 'Cmnd_Alias PHOENIX_PCT = /bin/true, '));
    const check = spawnSync('node', [GEN, '--check', '--out', stale], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('out of date; run: node scripts/gen-sudoers.mjs');
    expect(spawnSync('node', [GEN, '--out', stale], { encoding: 'utf8' }).status).toBe(0);
    expect(readFileSync(stale, 'utf8')).toBe(doc);
  });

  it('`phoenix sudoers --user NAME` prints the same rules for that user', async () => {
    let out = '';
    const io: CliIO = {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
      cwd: REPO_ROOT,
    };
    expect(await runSudoers(['--user', 'ci-runner'], io)).toBe(0);
    expect(out).toBe(renderSudoers({ user: 'ci-runner' }));
    expect(out.trimEnd().split('\n').at(-1)).toBe('ci-runner ALL=(root) NOPASSWD: PHOENIX');
    await expect(runSudoers(['--user', 'root; ALL'], io)).rejects.toThrow(/invalid user name/);
  });
});

describe('what the rules allow', () => {
  const rules = sudoersRules();

  it('every command of a real apply of the example estate, from an empty host', async () => {
    const e = await makeEstate('example');
    try {
      const run = await apply(e, { stateOut: join(tmp, 'state.json') });
      expect(run.job.status).toBe('applied');
      const argvs = run.commands.map((c) => c.argv);
      // The apply reads the host (grep, find, pvesh), takes the lock (flock + tee, cat), makes
      // bind-mount folders (mkdir, then install -d on the ones it made, for the shared volumes),
      // creates, clones, writes firewall files (tee), runs scripts.
      expect(new Set(argvs.map((a) => a[0]))).toEqual(
        new Set(['grep', 'find', 'pvesh', 'pveam', 'pct', 'qm', 'flock', 'cat', 'tee', 'mkdir', 'install']),
      );
      expect(argvs.filter((a) => !sudoersAllows(rules, a)).map((a) => a.join(' '))).toEqual([]);
    } finally {
      rmSync(e.dir, { recursive: true, force: true });
    }
  });

  it('every setup-hypervisor command sample', () => {
    const argvs = Object.values(HOST_SETUP_SAMPLES)
      .flat()
      .map((c) => c.argv);
    expect(argvs.length).toBeGreaterThan(30);
    expect(argvs.filter((a) => !sudoersAllows(rules, [...a])).map((a) => a.join(' '))).toEqual([]);
  });

  it.each([
    [['pct', 'enter', '100']],
    [['pct']],
    [['pveum', 'user', 'delete', 'ops@pve']],
    [['tee', '--', '/etc/pve/lxc/100.conf', '/etc/shadow']],
    [['cat', '/etc/shadow']],
    [['flock', '-w', '10', '/run/lock/x', 'sh', '-c', 'id']],
    [['flock', '-w', '10', '/run/lock/x', 'flock', '-w', '1', '/y', 'tee', '--', '/z']],
    [['timeout', '--kill-after=10s', '10s', 'bash']],
    [['env', 'PATH=/tmp', 'pct', 'start', '100']],
    [['lsmod', '-x']],
    [['bash', '-c', 'id']],
    [['/tmp/pct', 'start', '100']],
  ])('refuses %j', (argv) => {
    expect(sudoersAllows(rules, argv)).toBe(false);
  });

  it('keeps every regular expression within what sudo accepts (longer ones silently never match)', () => {
    const regexes = rules.flatMap((r) => r.commands).map((c) => c.slice(c.indexOf(' ') + 1));
    expect(regexes.filter((x) => x !== '""' && !/^\^.*\$$/s.test(x))).toEqual([]);
    expect(regexes.filter((x) => x.length > SUDO_REGEX_MAX)).toEqual([]);
    // The wrappers' long alternations are split over several entries, none of them empty.
    const flock = rules.find((r) => r.program === 'flock')!.commands;
    expect(flock.length).toBeGreaterThan(1);
    expect(flock.every((c) => c.length > 200)).toBe(true);
  });

  it('accepts the wrapped forms Phoenix uses', () => {
    expect(
      sudoersAllows(rules, [
        'flock',
        '-w',
        '10',
        '/run/lock/phoenix-apply.lock',
        'tee',
        '-a',
        '--',
        '/run/lock/phoenix-apply.queue',
      ]),
    ).toBe(true);
    expect(sudoersAllows(rules, ['timeout', '--kill-after=10s', '30s', 'pct', 'status', '100'])).toBe(true);
    expect(
      sudoersAllows(rules, ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'samba']),
    ).toBe(true);
    expect(sudoersAllows(rules, ['/usr/sbin/pct', 'set', '100', '--description', 'two\nlines'])).toBe(true);
  });

  it('writes literal metacharacters as bracket expressions and refuses what sudoers cannot hold', () => {
    expect(regexLiteral('--ui=none.x+')).toBe('--ui=none[.]x[+]');
    expect(new RegExp(`^${regexLiteral('a.b[c]')}$`).test('a.b[c]')).toBe(true);
    expect(new RegExp(`^${regexLiteral('a.b')}$`).test('aXb')).toBe(false);
    expect(() => regexLiteral('a\\b')).toThrow(/cannot express/);
    expect(() => renderSudoers({ user: 'Bad User' })).toThrow(/invalid user name/);
  });

  const visudo = ['/usr/sbin/visudo', '/usr/bin/visudo'].find((p) => spawnSync(p, ['-V']).status === 0);
  (visudo ? it : it.skip)(
    `visudo accepts the rendered file${visudo ? '' : ' (skipped: visudo is not installed)'}`,
    () => {
      const file = join(tmp, 'phoenix');
      writeFileSync(file, renderSudoers({ user: 'github-runner' }), { mode: 0o440 });
      const r = spawnSync(visudo!, ['-c', '-f', file], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toContain('parsed OK');
      expect(r.status).toBe(0);
      // And refuses a broken one (the check can fail).
      writeFileSync(file, 'github-runner ALL=(root NOPASSWD: /usr/sbin/pct\n');
      expect(spawnSync(visudo!, ['-c', '-f', file], { encoding: 'utf8' }).status).not.toBe(0);
    },
  );
});

describe('local+sudo', () => {
  /** A stand-in `sudo` on PATH that records its arguments and runs the command after `--`. */
  function fakeSudo(): { env: NodeJS.ProcessEnv; calls: () => string[] } {
    const bin = join(tmp, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    const log = join(tmp, 'sudo.log');
    writeFileSync(
      join(bin, 'sudo'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\n[ "$1" = -n ] && [ "$2" = -- ] || exit 64\nshift 2\nexec "$@"\n`,
    );
    chmodSync(join(bin, 'sudo'), 0o755);
    return {
      env: { PATH: `${bin}${delimiter}${process.env.PATH}` },
      calls: () => readFileSync(log, 'utf8').trim().split('\n'),
    };
  }

  it('runs every command as `sudo -n -- ARGV`; the audit log keeps the plain argv', async () => {
    const sudo = fakeSudo();
    const audit = join(tmp, 'audit.jsonl');
    const t = withAudit(await openShellTransport('local+sudo', { env: sudo.env }), audit);
    try {
      expect(t.description).toBe('local+sudo');
      expect(await t.run(['echo', 'hello', 'a b'])).toMatchObject({ exitCode: 0, stdout: 'hello a b\n' });
      expect(await t.run(['sh', '-c', 'exit 3'])).toMatchObject({ exitCode: 3 });
    } finally {
      await t.close();
    }
    expect(sudo.calls()).toEqual(['-n -- echo hello a b', '-n -- sh -c exit 3']);
    expect(
      readFileSync(audit, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv),
    ).toEqual([
      ['echo', 'hello', 'a b'],
      ['sh', '-c', 'exit 3'],
    ]);
  });

  it('PHOENIX_SUDO=1 turns `local` into local+sudo; without it `local` runs commands directly', async () => {
    const sudo = fakeSudo();
    const viaEnv = await openShellTransport('local', { env: { ...sudo.env, PHOENIX_SUDO: '1' } });
    expect(viaEnv.description).toBe('local+sudo');
    await viaEnv.run(['true']);
    await viaEnv.close();
    expect(sudo.calls()).toEqual(['-n -- true']);
    const plain = await openShellTransport('local', { env: { ...sudo.env, PHOENIX_SUDO: 'no' } });
    expect(plain.description).toBe('local');
    await plain.run(['true']);
    await plain.close();
    expect(sudo.calls()).toEqual(['-n -- true']);
    expect([
      sudoRequested({ PHOENIX_SUDO: 'TRUE' }),
      sudoRequested({ PHOENIX_SUDO: '0' }),
      sudoRequested({}),
    ]).toEqual([true, false, false]);
  });
});

// The doc names files that must exist (the generator and the CLI entry).
it('docs/runner-setup.md names the workflows and files it documents', () => {
  const doc = readFileSync(DOC, 'utf8');
  for (const f of ['apply.yml', 'drift.yml', 'setup-hypervisor.yml', 'plan.yml', 'validate.yml'])
    expect([f, doc.includes(`\`${f}\``)]).toEqual([f, true]);
  copyFileSync(DOC, join(tmp, 'copy.md')); // readable and copyable as plain text
  expect(doc).toContain('runs-on: [self-hosted, proxmox]');
});
