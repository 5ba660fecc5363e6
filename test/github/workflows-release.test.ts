/**
 * scripts/release.sh on a throwaway repository in a temp dir (never this one): it refuses a dirty
 * tree, a bad version, failing checks and an existing tag; it commits a rebuilt dist/, tags
 * `vX.Y.Z`, moves `v1` only to the highest v1 release, and prints the commit SHA to pin.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/shared.js';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'release test',
  GIT_AUTHOR_EMAIL: 'release@test.invalid',
  GIT_COMMITTER_NAME: 'release test',
  GIT_COMMITTER_EMAIL: 'release@test.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  RELEASE_CHECK: 'true',
  RELEASE_BUILD: 'true',
};

let dir: string;

function sh(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: dir, env: { ...ENV, ...env }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}
const git = (...args: string[]): string => sh('git', args).out.trim();
const release = (args: string[], env: Record<string, string> = {}) =>
  sh('bash', ['scripts/release.sh', ...args], env);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-release-'));
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(REPO_ROOT, 'scripts', 'release.sh'), join(dir, 'scripts', 'release.sh'));
  writeFileSync(join(dir, 'dist', 'index.js'), '// bundle\n');
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['add', '-A']);
  sh('git', ['commit', '-q', '-m', 'init']);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/release.sh', () => {
  it('tags the release, moves v1 and prints the commit SHA to pin', () => {
    const r = release(['v1.0.0']);
    expect(r.status).toBe(0);
    const sha = git('rev-parse', 'HEAD');
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(sha);
    expect(git('rev-parse', 'v1^{commit}')).toBe(sha);
    expect(git('cat-file', '-t', 'v1.0.0')).toBe('tag');
    expect(r.out).toContain(`release: v1.0.0 is commit ${sha}`);
    expect(r.out).toContain(`uses: <owner>/phoenix/actions/validate@${sha} # v1.0.0`);
    expect(r.out).toContain(
      'git push origin main && git push origin refs/tags/v1.0.0 && git push --force origin refs/tags/v1',
    );
  });

  it('commits a rebuilt dist before tagging', () => {
    const before = git('rev-parse', 'HEAD');
    const r = release(['v1.0.0'], { RELEASE_BUILD: 'echo "// rebuilt" >> dist/index.js' });
    expect(r.status).toBe(0);
    expect(git('rev-parse', 'HEAD^')).toBe(before);
    expect(git('log', '-1', '--format=%s')).toBe('v1.0.0: rebuilt dist');
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'));
  });

  it('keeps v1 at the highest v1 release when an older line is patched', () => {
    expect(release(['v1.1.0']).status).toBe(0);
    const v110 = git('rev-parse', 'HEAD');
    sh('git', ['commit', '-q', '--allow-empty', '-m', 'fix']);
    const r = release(['v1.0.1']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('v1 stays at v1.1.0');
    expect(git('rev-parse', 'v1^{commit}')).toBe(v110);
  });

  it.each([
    ['a bad version', ['v1.0'], {}, /is not vMAJOR.MINOR.PATCH/],
    ['failing checks', ['v1.0.0'], { RELEASE_CHECK: 'false' }, /the checks failed; nothing was tagged/],
    [
      'a build that changes sources',
      ['v1.0.0'],
      { RELEASE_BUILD: 'echo x >> scripts/release.sh' },
      /outside dist/,
    ],
  ])('refuses %s and tags nothing', (_what, args, env, message) => {
    const r = release(args as string[], env as Record<string, string>);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(message as RegExp);
    expect(git('tag', '-l')).toBe('');
  });

  it('refuses a dirty tree, another branch and an existing tag', () => {
    writeFileSync(join(dir, 'stray.txt'), 'x');
    expect(release(['v1.0.0']).out).toMatch(/the working tree is not clean/);
    rmSync(join(dir, 'stray.txt'));
    sh('git', ['checkout', '-q', '-b', 'topic']);
    expect(release(['v1.0.0']).out).toMatch(/on branch 'topic'; releases are cut from 'main'/);
    sh('git', ['checkout', '-q', 'main']);
    expect(release(['v1.0.0']).status).toBe(0);
    expect(release(['v1.0.0']).out).toMatch(/tag v1.0.0 exists already/);
  });
});
