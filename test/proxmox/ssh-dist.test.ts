/**
 * The committed bundle (dist/index.js) speaks SSH. An ncc ESM bundle that includes ssh2 crashes at
 * the first handshake with "__dirname is not defined" unless src/util/dirname-shim.ts runs first;
 * testing the sources alone would not notice. Skips (and says why) while dist/ predates the
 * `ssh-exec` command; the lead rebuilds dist/ after merging.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/shared.js';
import { describeSshd, hasSshd, startSshd, type Sshd } from '../helpers/sshd.js';

/** PHOENIX_DIST_BUNDLE points the test at another build (e.g. a fresh one in a temp dir). */
const DIST = process.env.PHOENIX_DIST_BUNDLE ?? join(REPO_ROOT, 'dist', 'index.js');

function distUsage(): string {
  if (!existsSync(DIST)) return '';
  const r = spawnSync(process.execPath, [DIST, 'help'], { encoding: 'utf8' });
  return r.stdout ?? '';
}
const usage = distUsage();
const distHasSshExec = hasSshd && /phoenix ssh-exec\b/.test(usage);
const distHasState = /phoenix state\b/.test(usage) && /phoenix sim\b/.test(usage);

const describeDist: jest.Describe = distHasSshExec
  ? describeSshd
  : (((name: string, fn: () => void) => {
      describe.skip(
        hasSshd
          ? `${name} (skipped: ${DIST} has no 'ssh-exec' command yet; rebuild dist/ with npm run bundle)`
          : `${name} (skipped: no /usr/sbin/sshd)`,
        fn,
      );
    }) as unknown as jest.Describe);

function phoenix(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [DIST, ...args], {
    encoding: 'utf8',
    timeout: 20000,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeDist('the committed dist/ bundle over a real sshd', () => {
  let sshd: Sshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  test('runs a command over SSH: output, exit code and hostile arguments intact', () => {
    const args = ["it's", '$(id)', '`id`', 'two\nlines', 'ünï ✓', ''];
    const r = phoenix([
      'ssh-exec',
      '--target',
      sshd.url,
      '--identity',
      sshd.identity,
      '--known-hosts',
      sshd.knownHosts,
      '--',
      'sh',
      '-c',
      'printf "%s\\0" "$@"; echo oops >&2; exit 7',
      'sh',
      ...args,
    ]);
    expect(r.stderr).not.toMatch(/ReferenceError|__dirname/);
    expect(r.stderr).toBe('oops\n');
    expect(r.status).toBe(7);
    expect(r.stdout).toBe(args.map((a) => `${a}\0`).join(''));
  });

  test('refuses an unknown host key with a clear message, no stack trace', () => {
    const r = phoenix(['ssh-exec', '--target', sshd.url, '--identity', sshd.identity, '--', 'true']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('host key');
    expect(r.stderr).toContain(sshd.hostFingerprint);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('PHOENIX_SSH_KEY and a pinned fingerprint work through the bundle', () => {
    const r = spawnSync(
      process.execPath,
      [DIST, 'ssh-exec', '--target', sshd.url, '--fingerprint', sshd.hostFingerprint, '--', 'echo', 'pinned'],
      { encoding: 'utf8', timeout: 20000, env: { PATH: process.env.PATH, PHOENIX_SSH_KEY: sshd.identity } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('pinned\n');
    expect(r.status).toBe(0);
  });
  const stateTest = distHasState ? test : test.skip;
  stateTest(
    'phoenix state --target ssh://... reads the simulator behind sshd (shims written by the bundle)',
    () => {
      const work = mkdtempSync(join(tmpdir(), 'phoenix-dist-state-'));
      try {
        const state = join(work, 'sim.json');
        const sim = (...args: string[]) => {
          const r = phoenix(['sim', ...args]);
          expect({ args, stderr: r.stderr, status: r.status }).toEqual({ args, stderr: '', status: 0 });
        };
        sim('init', '--state', state);
        const template = 'debian-12-standard_12.7-1_amd64.tar.zst';
        sim('exec', '--state', state, '--', 'pveam', 'download', 'local', template);
        sim(
          'exec',
          '--state',
          state,
          '--',
          'pct',
          'create',
          '150',
          `local:vztmpl/${template}`,
          '--hostname',
          'app',
          '--rootfs',
          'local-lvm:4',
        );
        sim('exec', '--state', state, '--', 'pct', 'snapshot', '150', 'clean');
        // The harness put sshd.shimDir first on the SSH user's PATH.
        sim('shims', '--state', state, '--out', sshd.shimDir, '--entry', DIST);
        const out = join(work, 'live.json');
        const r = phoenix([
          'state',
          '--target',
          sshd.url,
          '--identity',
          sshd.identity,
          '--known-hosts',
          sshd.knownHosts,
          '--out',
          out,
        ]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const live = JSON.parse(readFileSync(out, 'utf8')) as {
          target: string;
          guests: Array<{ id: number; name?: string; snapshots: Array<{ name: string }> }>;
        };
        expect(live.target).toBe(`ssh://${sshd.user}@127.0.0.1:${sshd.port}`);
        expect(live.guests).toHaveLength(1);
        expect(live.guests[0]).toMatchObject({ id: 150, name: 'app' });
        expect(live.guests[0]!.snapshots.map((x) => x.name)).toContain('clean');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
