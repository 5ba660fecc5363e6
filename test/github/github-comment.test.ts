/**
 * The sticky plan comment: found by header AND author (the token's identity), across every page
 * of comments; edited in place, never duplicated; a read-only token is survived. Runs the real
 * client against the OpenAPI-checked fake GitHub API.
 */
import {
  ACTIONS_BOT_LOGIN,
  findPlanComment,
  isOwnPlanComment,
  pickPlanComment,
  resolveIdentity,
  upsertPlanComment,
  withPlanStatus,
  type CommentIdentity,
} from '../../src/github/comment.js';
import { createGitHubClient, type GitHubClient, type IssueComment } from '../../src/github/github-client.js';
import { parsePlanHeader, planHeader } from '../../src/render/markdown.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const PR = 2;
const body = (hash: string, text = 'Plan: 1 to create, 0 to change, 0 to destroy.'): string =>
  `${planHeader({ hash, sha: 'f'.repeat(40), status: 'planned' })}\n## Phoenix plan\n\n**${text}**\n`;

let gh: FakeGitHub;
const clientFor = (token: string): GitHubClient => createGitHubClient({ token, apiUrl: gh.url });
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('pat', { login: 'octocat', id: 583231, type: 'User', canWrite: true });
  gh.addToken('actions', ACTIONS_BOT);
  gh.addToken('fork', { ...ACTIONS_BOT, canWrite: false });
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
  } finally {
    await gh.close();
  }
});

describe('the identity of the token', () => {
  it('is the user for a personal access token', async () => {
    expect(await resolveIdentity(clientFor('pat'))).toEqual({ login: 'octocat', source: 'token-user' });
  });
  it('is github-actions[bot] when GET /user is refused (the Actions GITHUB_TOKEN)', async () => {
    expect(await resolveIdentity(clientFor('actions'))).toEqual({
      login: ACTIONS_BOT_LOGIN,
      source: 'actions-bot',
    });
    expect(gh.calls('users/get-authenticated').map((r) => r.status)).toEqual([403]);
  });
  it('is the configured login when one is given (another app), without asking', async () => {
    expect(await resolveIdentity(clientFor('actions'), ' my-app[bot] ')).toEqual({
      login: 'my-app[bot]',
      source: 'configured',
    });
    expect(gh.requests).toEqual([]);
  });
  it('a network failure is an error, not silently the bot', async () => {
    const dead = createGitHubClient({ token: 'pat', apiUrl: 'http://127.0.0.1:1' });
    await expect(resolveIdentity(dead)).rejects.toThrow(/GET \/user failed/);
  });
});

describe('picking our comment (pure)', () => {
  const me: CommentIdentity = { login: 'github-actions[bot]', source: 'actions-bot' };
  const c = (id: number, author: string, text: string): IssueComment => ({
    id,
    author,
    body: text,
    htmlUrl: '',
    createdAt: '',
  });

  it('needs both the header and our login (case-insensitive)', () => {
    expect(isOwnPlanComment(c(1, 'GitHub-Actions[bot]', body('a')), me)).toBe(true);
    expect(isOwnPlanComment(c(1, 'mallory', body('a')), me)).toBe(false);
    expect(isOwnPlanComment(c(1, 'github-actions[bot]', 'LGTM'), me)).toBe(false);
    expect(isOwnPlanComment(c(1, '', body('a')), me)).toBe(false);
  });

  it('takes the oldest of ours when there are several, ignoring forged ones', () => {
    const list = [
      c(9, 'mallory', body('forged')),
      c(7, me.login, body('b')),
      c(5, me.login, body('a')),
      c(3, me.login, 'hi'),
    ];
    expect(pickPlanComment(list, me)?.id).toBe(5);
    expect(pickPlanComment([c(1, 'mallory', body('x'))], me)).toBeUndefined();
  });
});

describe('upsertPlanComment against the API', () => {
  it('creates the comment on the first push and edits it on the next; one comment remains', async () => {
    const client = clientFor('actions');
    const me = await resolveIdentity(client);
    const first = await upsertPlanComment(client, repo, PR, body('h1'), me);
    expect(first.action).toBe('created');
    const second = await upsertPlanComment(client, repo, PR, body('h2', 'Plan: 2 to create'), me);
    expect(second.action).toBe('updated');
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(parsePlanHeader(gh.commentsOn(PR)[0].body)?.hash).toBe('h2');
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
  });

  it('does not edit when the body is already the same', async () => {
    const client = clientFor('pat');
    const me = await resolveIdentity(client);
    gh.addComment(PR, 'octocat', body('same'));
    expect((await upsertPlanComment(client, repo, PR, body('same'), me)).action).toBe('unchanged');
    expect(gh.calls('issues/update-comment')).toEqual([]);
  });

  it('ignores a comment with our header written by someone else and creates its own', async () => {
    const forged = gh.addComment(PR, 'mallory', body('forged-approved-plan'));
    const client = clientFor('actions');
    const r = await upsertPlanComment(client, repo, PR, body('real'), await resolveIdentity(client));
    expect(r.action).toBe('created');
    expect(gh.commentsOn(PR).map((x) => [x.user, parsePlanHeader(x.body)?.hash])).toEqual([
      ['mallory', 'forged-approved-plan'],
      [ACTIONS_BOT_LOGIN, 'real'],
    ]);
    expect(forged.body).toBe(body('forged-approved-plan'));
  });

  it('finds ours beyond the first page of comments', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(PR, `user${i % 7}`, `comment ${i}`);
    const ours = gh.addComment(PR, ACTIONS_BOT_LOGIN, body('old'));
    for (let i = 0; i < 60; i++) gh.addComment(PR, 'octocat', i === 3 ? body('pasted') : `later ${i}`);
    const client = clientFor('actions');
    const me = await resolveIdentity(client);
    const found = await findPlanComment(client, repo, PR, me);
    expect(found?.comment.id).toBe(ours.id);
    expect(found?.header).toEqual({ hash: 'old', sha: 'f'.repeat(40), status: 'planned' });
    const r = await upsertPlanComment(client, repo, PR, body('new'), me);
    expect(r).toMatchObject({ action: 'updated', comment: { id: ours.id } });
    expect(gh.calls('issues/list-comments').length).toBeGreaterThanOrEqual(3);
    expect(gh.commentsOn(PR).filter((x) => x.user === ACTIONS_BOT_LOGIN)).toHaveLength(1);
  });

  it('a read-only token (fork PR) skips the write with the reason, and throws nothing', async () => {
    const client = clientFor('fork');
    const r = await upsertPlanComment(client, repo, PR, body('x'), await resolveIdentity(client));
    expect(r).toEqual({
      action: 'skipped',
      reason: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(gh.comments).toEqual([]);
  });

  it('other failures are errors (a 500 is not mistaken for a fork)', async () => {
    gh.failures['issues/create-comment'] = 500;
    const client = clientFor('pat');
    await expect(
      upsertPlanComment(client, repo, PR, body('x'), await resolveIdentity(client)),
    ).rejects.toMatchObject({
      status: 500,
    });
  });
});

describe('withPlanStatus (for apply)', () => {
  it('changes the header status and shows one status line under the title, keeping hash and sha', () => {
    const original = body('h');
    const applied = withPlanStatus(original, 'applied', 'in run 42')!;
    expect(parsePlanHeader(applied)).toEqual({ hash: 'h', sha: 'f'.repeat(40), status: 'applied' });
    expect(applied).toContain('## Phoenix plan\n\n**Status: applied** in run 42\n\n**Plan: 1 to create');
    const failed = withPlanStatus(applied, 'failed')!;
    expect(failed.match(/\*\*Status: /g)).toHaveLength(1);
    expect(failed).toContain('**Status: failed**\n\n**Plan:');
    expect(withPlanStatus('no header here', 'applied')).toBeUndefined();
  });
});
