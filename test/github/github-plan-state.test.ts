/**
 * Where a PR plan gets its basis: the recorded `phoenix-state` artifact (picker, zip extraction,
 * download through the OpenAPI-checked fake API), the event payload (PR number, head/base, forks),
 * and the base branch's config (local clone or contents API).
 */
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchBaseConfig, repoRelativeDir } from '../../src/github/base-config.js';
import { createGitHubClient, type Artifact } from '../../src/github/github-client.js';
import { parseEventContext, parsePullRequest } from '../../src/github/pr-context.js';
import {
  downloadStateArtifact,
  extractStateJson,
  pickStateArtifact,
} from '../../src/github/state-artifact.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { loadWebhookExample } from '../helpers/runner-protocol.js';
import { REPO_ROOT } from '../helpers/shared.js';

const REPO_ID = 186853002;
const art = (
  id: number,
  over: Partial<Artifact> & { branch?: string; headRepo?: number } = {},
): Artifact => ({
  id,
  name: over.name ?? 'phoenix-state',
  sizeInBytes: 100,
  expired: over.expired ?? false,
  createdAt: over.createdAt ?? `2025-01-${String(id).padStart(2, '0')}T00:00:00Z`,
  workflowRun: {
    id: id + 100,
    repositoryId: REPO_ID,
    headRepositoryId: over.headRepo ?? REPO_ID,
    headBranch: over.branch ?? 'main',
  },
});
const want = { name: 'phoenix-state', defaultBranch: 'main', repositoryId: REPO_ID };

describe('pickStateArtifact', () => {
  it('takes the newest non-expired artifact from the default branch of this repository', () => {
    const list = [
      art(1),
      art(5),
      art(3),
      art(9, { expired: true }),
      art(8, { branch: 'feature' }),
      art(7, { headRepo: 999 }),
      art(6, { name: 'phoenix-plan' }),
    ];
    const choice = pickStateArtifact(list, want);
    expect(choice.artifact?.id).toBe(5);
    expect(choice.skipped).toEqual({ name: 1, expired: 1, branch: 1, fork: 1 });
  });

  it('orders by creation time, not by list position or id', () => {
    const older = art(9, { createdAt: '2024-12-31T23:59:59Z' });
    const newer = art(2, { createdAt: '2025-06-01T00:00:00Z' });
    expect(pickStateArtifact([older, newer], want).artifact?.id).toBe(2);
    expect(pickStateArtifact([newer, older], want).artifact?.id).toBe(2);
  });

  it('a fork run whose branch is also called main is never used, even when it is the newest', () => {
    const poisoned = art(20, { headRepo: 4242, createdAt: '2030-01-01T00:00:00Z' });
    expect(pickStateArtifact([poisoned, art(1)], want).artifact?.id).toBe(1);
    expect(pickStateArtifact([poisoned], want).artifact).toBeUndefined();
  });

  it('without the repository id, the run must have been for its own repository', () => {
    const noId = { name: want.name, defaultBranch: want.defaultBranch };
    expect(pickStateArtifact([art(1), art(2, { headRepo: 5 })], noId).artifact?.id).toBe(1);
  });

  it('finds nothing in an empty list', () => {
    expect(pickStateArtifact([], want)).toEqual({
      artifact: undefined,
      skipped: { name: 0, expired: 0, branch: 0, fork: 0 },
    });
  });
});

describe('extractStateJson', () => {
  const zip = (files: Record<string, string>): Uint8Array =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));

  it('takes the only JSON file, whatever its name', () => {
    expect(extractStateJson(zip({ 'host-state.json': '{"a":1}', 'README.txt': 'x' }))).toEqual({
      file: 'host-state.json',
      text: '{"a":1}',
    });
  });
  it('prefers phoenix-state.json among several', () => {
    expect(extractStateJson(zip({ 'a.json': '1', 'phoenix-state.json': '2' })).text).toBe('2');
  });
  it('says what it found when it cannot tell', () => {
    expect(() => extractStateJson(zip({ 'a.json': '1', 'b.json': '2' }))).toThrow(
      /several JSON files.*a\.json, b\.json/,
    );
    expect(() => extractStateJson(zip({ 'notes.txt': 'x' }))).toThrow(/no JSON file \(files: notes\.txt\)/);
    expect(() => extractStateJson(new Uint8Array([1, 2, 3]))).toThrow(/not a valid zip/);
  });
});

describe('downloadStateArtifact through the API', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub({ defaultBranch: 'master' });
    gh.addToken('t', ACTIONS_BOT);
  });
  afterEach(async () => {
    try {
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });
  const repo = { owner: 'Codertocat', repo: 'Hello-World' };

  it('downloads and unpacks the newest usable artifact, across pages', async () => {
    for (let i = 0; i < 120; i++) {
      gh.addArtifact({
        name: 'phoenix-state',
        files: { 'phoenix-state.json': `{"n":${i}}` },
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        headBranch: i === 119 ? 'feature' : 'master',
      });
    }
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 'x.json': '{"fork":true}' },
      createdAt: '2031-01-01T00:00:00Z',
      headBranch: 'master',
      headRepositoryId: 1,
    });
    const client = createGitHubClient({ token: 't', apiUrl: gh.url });
    const r = await downloadStateArtifact(client, repo, {
      name: 'phoenix-state',
      defaultBranch: 'master',
      repositoryId: gh.repositoryId,
    });
    expect(r).toMatchObject({ found: true, file: 'phoenix-state.json', text: '{"n":118}' });
    expect(gh.calls('actions/list-artifacts-for-repo').map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(gh.calls('actions/download-artifact')).toHaveLength(1);
  });

  it('reports why nothing was usable', async () => {
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 's.json': '{}' },
      createdAt: '2025-01-01T00:00:00Z',
      headBranch: 'master',
      expired: true,
    });
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 's.json': '{}' },
      createdAt: '2025-01-02T00:00:00Z',
      headBranch: 'dev',
    });
    const client = createGitHubClient({ token: 't', apiUrl: gh.url });
    const r = await downloadStateArtifact(client, repo, { name: 'phoenix-state', defaultBranch: 'master' });
    expect(r).toEqual({
      found: false,
      reason:
        "no usable 'phoenix-state' artifact from the default branch master (2 listed: 1 expired, 1 not from master)",
    });
    expect(gh.calls('actions/download-artifact')).toEqual([]);
  });
});

describe('event payloads (@octokit/webhooks-examples)', () => {
  it('reads the PR number, head and base, default branch and repository', () => {
    const payload = loadWebhookExample('pull_request', 'synchronize');
    const pr = payload.pull_request as { head: { sha: string }; base: { sha: string } };
    expect(parseEventContext('pull_request', payload)).toEqual({
      eventName: 'pull_request',
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      repositoryId: REPO_ID,
      defaultBranch: 'master',
      sha: pr.head.sha,
      pullRequest: {
        number: 2,
        headSha: pr.head.sha,
        headRef: 'changes',
        baseSha: pr.base.sha,
        baseRef: 'master',
        fork: false,
        headRepository: 'Codertocat/Hello-World',
      },
    });
  });

  it('detects a fork by the head repository, and a deleted fork (head.repo null)', () => {
    const payload = loadWebhookExample('pull_request', 'opened') as {
      pull_request: { head: { repo: unknown } };
    };
    const headRepo = payload.pull_request.head.repo as Record<string, unknown>;
    payload.pull_request.head.repo = { ...headRepo, id: 77, full_name: 'mallory/Hello-World', fork: true };
    expect(parsePullRequest(payload)).toMatchObject({ fork: true, headRepository: 'mallory/Hello-World' });
    payload.pull_request.head.repo = null;
    expect(parsePullRequest(payload)?.fork).toBe(true);
  });

  it('a push has no pull request; the sha comes from GITHUB_SHA', () => {
    const payload = loadWebhookExample('push');
    const ctx = parseEventContext('push', payload, { GITHUB_SHA: 'abc' });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.sha).toBe('abc');
    expect(ctx.repository).toBeDefined();
  });
});

describe('the base branch config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-base-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('config-dir is taken relative to the repository root', () => {
    expect(repoRelativeDir('config', '/ws', '/ws')).toBe('config');
    expect(repoRelativeDir('../estates/prod', '/ws', '/ws/sub')).toBe('estates/prod');
    expect(() => repoRelativeDir('/elsewhere', '/ws', '/ws')).toThrow(/outside the repository/);
  });

  it('reads the files from a local commit with git, including referenced scripts only', async () => {
    const ws = join(dir, 'ws');
    mkdirSync(join(ws, 'config', 'features'), { recursive: true });
    const lxc = readFileSync(join(REPO_ROOT, 'test/fixtures/gh-good/phoenix_lxc_configs.json'), 'utf8');
    writeFileSync(join(ws, 'config', 'phoenix_lxc_configs.json'), lxc);
    writeFileSync(join(ws, 'config', 'features', 'unrelated.sh'), 'echo no\n');
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: ws,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const sha = git('rev-parse', 'HEAD').trim();
    writeFileSync(join(ws, 'config', 'phoenix_lxc_configs.json'), '{"changed": true}');
    const base = await fetchBaseConfig({
      target: join(dir, 'out'),
      repoDir: 'config',
      ref: sha,
      workspace: ws,
    });
    expect(base).toMatchObject({ via: 'git', empty: false });
    expect(readFileSync(join(dir, 'out', 'phoenix_lxc_configs.json'), 'utf8')).toBe(lxc);
    expect(base.desired!.guests.length).toBeGreaterThan(0);
    expect(() => readFileSync(join(dir, 'out', 'features', 'unrelated.sh'))).toThrow();
  });

  it('falls back to the contents API when the clone lacks the commit; empty when there is no config', async () => {
    const gh = await startFakeGitHub();
    try {
      gh.addToken('t', ACTIONS_BOT);
      const lxc = readFileSync(join(REPO_ROOT, 'test/fixtures/gh-good/phoenix_lxc_configs.json'), 'utf8');
      const base = 'b'.repeat(40);
      gh.setFile(base, 'estate/phoenix_lxc_configs.json', lxc);
      const client = createGitHubClient({ token: 't', apiUrl: gh.url });
      const repo = { owner: gh.owner, repo: gh.repo };
      const r = await fetchBaseConfig({
        target: join(dir, 'a'),
        repoDir: 'estate',
        ref: base,
        workspace: dir,
        client,
        repo,
      });
      expect(r).toMatchObject({ via: 'api', empty: false });
      expect(readFileSync(join(dir, 'a', 'phoenix_lxc_configs.json'), 'utf8')).toBe(lxc);
      expect(
        gh.calls('repos/get-content').map((c) => decodeURIComponent(c.path.split('/contents/')[1])),
      ).toEqual(
        expect.arrayContaining([
          'estate/phoenix_lxc_configs.json',
          'estate/phoenix_vm_configs.json',
          'estate/phoenix_hypervisor_config.json',
        ]),
      );
      const none = await fetchBaseConfig({
        target: join(dir, 'b'),
        repoDir: 'estate',
        ref: 'c'.repeat(40),
        workspace: dir,
        client,
        repo,
      });
      expect(none).toMatchObject({ via: 'api', empty: true });
      expect(none.desired).toBeUndefined();
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });

  it('without the commit locally and without a token it says so', async () => {
    await expect(
      fetchBaseConfig({ target: join(dir, 'x'), repoDir: 'config', ref: 'd'.repeat(40), workspace: dir }),
    ).rejects.toThrow(/not in the local clone and no GitHub token/);
  });
});
