/**
 * The fake GitHub API: every request is checked against GitHub's OpenAPI description, so a test
 * that passes against it sends requests the real API accepts. Exercised through the real client
 * (Octokit from @actions/github) and through plain fetch for requests Octokit would never send.
 */
import { createGitHubClient, type GitHubClient } from '../../src/github/github-client.js';
import { ACTIONS_BOT, openApiChecker, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;
let client: GitHubClient;
const repo = { owner: 'Codertocat', repo: 'Hello-World' };

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('pat', { login: 'octocat', id: 583231, type: 'User', canWrite: true });
  gh.addToken('app', ACTIONS_BOT);
  gh.addToken('fork', { ...ACTIONS_BOT, canWrite: false });
  client = createGitHubClient({ token: 'pat', apiUrl: gh.url });
});
afterEach(async () => {
  await gh.close();
});

const raw = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${gh.url}${path}`, {
    ...init,
    headers: { authorization: 'token pat', 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

describe('requests checked against the OpenAPI description', () => {
  it('accepts what the client sends and answers with documented shapes', async () => {
    expect(await client.authenticatedUser()).toEqual({ login: 'octocat', type: 'User' });
    const created = await client.createIssueComment(repo, 2, 'hello');
    expect(created).toMatchObject({ body: 'hello', author: 'octocat' });
    expect(created.htmlUrl).toContain(`#issuecomment-${created.id}`);
    const edited = await client.updateIssueComment(repo, created.id, 'edited');
    expect(edited.body).toBe('edited');
    expect((await client.listIssueComments(repo, 2)).map((c) => c.body)).toEqual(['edited']);
    expect(gh.requests.map((r) => r.operationId)).toEqual([
      'users/get-authenticated',
      'issues/create-comment',
      'issues/update-comment',
      'issues/list-comments',
    ]);
    gh.assertNoViolations();
  });

  it('refuses an unknown route', async () => {
    const res = await raw('/repos/Codertocat/Hello-World/plans/2');
    expect(res.status).toBe(404);
    expect(gh.violations).toEqual([
      expect.stringContaining('no operation GET /repos/Codertocat/Hello-World/plans/2'),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(/would not accept/);
  });

  it('refuses a body that does not match the operation schema', async () => {
    const res = await raw('/repos/Codertocat/Hello-World/issues/2/comments', {
      method: 'POST',
      body: JSON.stringify({ text: 'the field is called body' }),
    });
    expect(res.status).toBe(422);
    expect(gh.violations.join('\n')).toMatch(/issues\/create-comment: body .*required property 'body'/);
    expect(gh.comments).toEqual([]);
  });

  it('refuses undeclared and ill-typed parameters', async () => {
    await raw('/repos/Codertocat/Hello-World/issues/2/comments?per_page=many');
    await raw('/repos/Codertocat/Hello-World/issues/2/comments?sort=created');
    await raw('/repos/Codertocat/Hello-World/issues/two/comments');
    expect(gh.violations).toEqual([
      expect.stringMatching(/query parameter per_page .*must be integer/),
      expect.stringContaining("query parameter 'sort' is not declared for issues/list-comments"),
      expect.stringMatching(/path parameter issue_number .*must be integer/),
    ]);
  });

  it('refuses a method the route does not have', async () => {
    const res = await raw('/repos/Codertocat/Hello-World/issues/comments/5', { method: 'PUT', body: '{}' });
    expect(res.status).toBe(404);
    expect(gh.violations).toHaveLength(1);
  });

  it('the response check catches a wrong shape (so the fake cannot drift from GitHub)', () => {
    const checker = openApiChecker();
    const op = checker.match('GET', '/repos/o/r/issues/comments/1')!.op;
    expect(op.id).toBe('issues/get-comment');
    expect(checker.checkResponse(op, 200, { id: 1, body: 'x' })).not.toEqual([]);
    expect(checker.checkResponse(op, 418, {})).toEqual([
      'issues/get-comment: status 418 is not a documented response',
    ]);
  });
});

describe('tokens and permissions', () => {
  it('GET /user is refused for an app installation token, as for GITHUB_TOKEN', async () => {
    const app = createGitHubClient({ token: 'app', apiUrl: gh.url });
    expect(await app.authenticatedUser()).toBeUndefined();
    expect(gh.calls('users/get-authenticated').map((r) => r.status)).toEqual([403]);
  });

  it('a read-only token cannot write: 403 "Resource not accessible by integration"', async () => {
    const fork = createGitHubClient({ token: 'fork', apiUrl: gh.url });
    await expect(fork.createIssueComment(repo, 2, 'x')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(gh.comments).toEqual([]);
    gh.assertNoViolations();
  });

  it('an unknown token is 401; another user cannot edit my comment', async () => {
    const stranger = createGitHubClient({ token: 'nope', apiUrl: gh.url });
    await expect(stranger.listIssueComments(repo, 2)).rejects.toMatchObject({ status: 401 });
    const mine = gh.addComment(2, 'someone-else', 'theirs');
    await expect(client.updateIssueComment(repo, mine.id, 'x')).rejects.toMatchObject({ status: 403 });
    expect(mine.body).toBe('theirs');
  });
});

describe('pagination, artifacts, contents, commit pulls', () => {
  it('lists every page of comments, oldest first', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(2, i % 2 ? 'a' : 'b', `c${i}`);
    gh.addComment(3, 'a', 'elsewhere');
    const all = await client.listIssueComments(repo, 2);
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    expect(gh.calls('issues/list-comments').map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
    gh.assertNoViolations();
  });

  it('lists artifacts by name and downloads the zip through the redirect', async () => {
    const a = gh.addArtifact({
      name: 'phoenix-state',
      files: { 'state.json': '{"version":1}' },
      createdAt: '2025-01-02T03:04:05Z',
      headBranch: 'master',
    });
    gh.addArtifact({
      name: 'other',
      files: { x: 'y' },
      createdAt: '2025-01-03T00:00:00Z',
      headBranch: 'master',
    });
    const listed = await client.listArtifacts(repo, 'phoenix-state');
    expect(listed).toEqual([
      expect.objectContaining({
        id: a.id,
        name: 'phoenix-state',
        expired: false,
        createdAt: '2025-01-02T03:04:05Z',
        workflowRun: expect.objectContaining({ headBranch: 'master', headRepositoryId: gh.repositoryId }),
      }),
    ]);
    const zip = await client.downloadArtifact(repo, a.id);
    expect(Buffer.from(zip).subarray(0, 2).toString()).toBe('PK');
    expect(Buffer.from(zip)).toEqual(Buffer.from(a.zip));
    gh.assertNoViolations();
  });

  it('reads files at a ref (slashes in the path encoded) and reports absent ones as undefined', async () => {
    gh.setFile('abc123', 'config/features/docker.sh', '#!/bin/sh\necho hi\n');
    const bytes = await client.getFile(repo, 'config/features/docker.sh', 'abc123');
    expect(Buffer.from(bytes!).toString()).toBe('#!/bin/sh\necho hi\n');
    expect(await client.getFile(repo, 'config/features/docker.sh', 'other-ref')).toBeUndefined();
    expect(gh.calls('repos/get-content')[0].path).toBe(
      '/repos/Codertocat/Hello-World/contents/config%2Ffeatures%2Fdocker.sh',
    );
    gh.assertNoViolations();
  });

  it('finds the pull request a commit belongs to', async () => {
    const sha = 'a'.repeat(40);
    gh.addPull(
      {
        number: 7,
        state: 'closed',
        mergedAt: '2025-02-01T00:00:00Z',
        headSha: 'b'.repeat(40),
        headRef: 'feature',
        baseRef: 'master',
      },
      [sha],
    );
    expect(await client.pullRequestsForCommit(repo, sha)).toEqual([
      {
        number: 7,
        state: 'closed',
        mergedAt: '2025-02-01T00:00:00Z',
        headSha: 'b'.repeat(40),
        baseRef: 'master',
      },
    ]);
    expect(await client.pullRequestsForCommit(repo, 'c'.repeat(40))).toEqual([]);
    gh.assertNoViolations();
  });
});
