/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for tests of the plan (and apply) actions.
 *
 * Every request is checked against GitHub's OpenAPI description (openapi-checker.ts): an unknown
 * route, an undeclared or ill-typed parameter or an invalid JSON body is answered with 400/404 AND
 * recorded in `violations`, which tests assert to be empty (`assertNoViolations`). The fake's own
 * JSON responses are checked against the documented response schemas too, so the shapes the code
 * under test parses are the real ones.
 *
 * State is in memory: tokens (a user's PAT, or the Actions app token whose GET /user is refused),
 * issue comments, artifacts (zipped with fflate), repository files by ref, and the pull requests
 * associated with commits. A token can be read-only, as GITHUB_TOKEN is on pull requests from forks:
 * writes then fail with 403 "Resource not accessible by integration".
 */
import { zipSync } from 'fflate';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiChecker, type Operation } from './openapi-checker.js';
import { loadWebhookExample } from './runner-protocol.js';

type Json = Record<string, unknown>;

export interface TokenIdentity {
  readonly login: string;
  readonly id: number;
  /** `User` for a personal access token; `Bot` for an app installation token (no GET /user). */
  readonly type: 'User' | 'Bot';
  readonly canWrite: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly token?: string;
  readonly status: number;
}

export interface FakeComment {
  readonly id: number;
  readonly issue: number;
  body: string;
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface FakeArtifactInput {
  readonly name: string;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly createdAt: string;
  readonly expired?: boolean;
  readonly headBranch: string;
  readonly headSha?: string;
  /** Defaults to the repository's id; a fork's run has another. */
  readonly headRepositoryId?: number;
}

export interface FakeArtifact extends FakeArtifactInput {
  readonly id: number;
  readonly zip: Uint8Array;
}

export interface FakePull {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly mergedAt?: string;
  readonly mergeCommitSha?: string;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseRef: string;
}

/** What a route answers. */
export interface FakeReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** An operation a test helper adds (e.g. fake-github-issues.ts); undefined: not handled here. */
export type ExtraRoute = (request: {
  readonly op: Operation;
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
  readonly body: Json | undefined;
  readonly me: TokenIdentity;
}) => FakeReply | undefined;

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  readonly repositoryId?: number;
  readonly defaultBranch?: string;
}

export const ACTIONS_BOT: TokenIdentity = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  canWrite: true,
};

let sharedChecker: OpenApiChecker | undefined;
/** The parsed OpenAPI description is shared by every fake in a test file (it is 13 MB). */
export function openApiChecker(): OpenApiChecker {
  sharedChecker ??= OpenApiChecker.load();
  return sharedChecker;
}

const FORBIDDEN = 'Resource not accessible by integration';
const DOCS = 'https://docs.github.com/rest';
const iso = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly repositoryId: number;
  readonly defaultBranch: string;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: FakeComment[] = [];
  readonly artifacts: FakeArtifact[] = [];
  readonly pulls: FakePull[] = [];
  /** Forces a status for an operation id, e.g. `{ 'actions/list-artifacts-for-repo': 500 }`. */
  readonly failures: Record<string, number> = {};
  /** Operations added by helpers, tried when the fake itself has no route. */
  readonly extraRoutes: ExtraRoute[] = [];
  private readonly tokens = new Map<string, TokenIdentity>();
  private readonly files = new Map<string, Map<string, string | Uint8Array>>();
  private readonly commitPulls = new Map<string, number[]>();
  private readonly checker = openApiChecker();
  private server?: Server;
  private nextId = 1000;
  url = '';

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'Codertocat';
    this.repo = options.repo ?? 'Hello-World';
    this.repositoryId = options.repositoryId ?? 186853002;
    this.defaultBranch = options.defaultBranch ?? 'master';
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((err: unknown) => {
        this.violations.push(`fake server crashed on ${req.method} ${req.url}: ${String(err)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  /** A file at a ref (branch name or commit sha) for the contents API. */
  setFile(ref: string, path: string, content: string | Uint8Array): void {
    let m = this.files.get(ref);
    if (!m) this.files.set(ref, (m = new Map()));
    m.set(path.replace(/^\/+/, ''), content);
  }

  addComment(issue: number, user: string, body: string): FakeComment {
    const now = iso();
    const c: FakeComment = { id: this.nextId++, issue, body, user, createdAt: now, updatedAt: now };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  addArtifact(input: FakeArtifactInput): FakeArtifact {
    const files: Record<string, Uint8Array> = {};
    for (const [name, content] of Object.entries(input.files)) {
      files[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    }
    const a: FakeArtifact = { ...input, id: this.nextId++, zip: zipSync(files) };
    this.artifacts.push(a);
    return a;
  }

  addPull(pull: FakePull, commits: readonly string[] = []): void {
    this.pulls.push(pull);
    for (const sha of commits) this.commitPulls.set(sha, [...(this.commitPulls.get(sha) ?? []), pull.number]);
  }

  /** Requests answered by one operation, e.g. `calls('issues/create-comment')`. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  assertNoViolations(): void {
    if (this.violations.length) {
      throw new Error(`requests the real GitHub API would not accept:\n${this.violations.join('\n')}`);
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    if (url.pathname.startsWith('/_blobs/')) return this.serveBlob(url, res);

    let body: unknown;
    const hasBody = raw.length > 0;
    if (hasBody) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: request body is not JSON`);
        return this.send(res, 400, { message: 'Problems parsing JSON' });
      }
    }
    const method = req.method ?? 'GET';
    const check = this.checker.checkRequest(method, url.pathname, url.searchParams, body, hasBody);
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const record = (status: number): void => {
      this.requests.push({
        method,
        path: url.pathname,
        operationId: check.op?.id,
        query: Object.fromEntries(url.searchParams),
        body,
        token: auth,
        status,
      });
    };
    if (!check.op || check.problems.length) {
      this.violations.push(...check.problems);
      const status = check.op ? 422 : 404;
      record(status);
      return this.send(res, status, { message: check.problems.join('; ') });
    }
    const op = check.op;
    const identity = auth ? this.tokens.get(auth) : undefined;
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      record(status);
      if (payload !== undefined && typeof payload !== 'string' && !(payload instanceof Uint8Array)) {
        this.violations.push(...this.checker.checkResponse(op, status, payload));
      }
      this.send(res, status, payload, headers);
    };
    if (!identity) {
      return reply(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    if (this.failures[op.id]) {
      // Deliberate, so not checked against the documented responses.
      record(this.failures[op.id]);
      return this.send(res, this.failures[op.id], { message: 'Injected failure', documentation_url: DOCS });
    }
    const p = check.params;
    if ((p.owner !== undefined && p.owner !== this.owner) || (p.repo !== undefined && p.repo !== this.repo)) {
      return reply(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
    const writes = method !== 'GET' && method !== 'HEAD';
    if (writes && !identity.canWrite) {
      return reply(403, { message: FORBIDDEN, documentation_url: DOCS, status: '403' });
    }
    const result = this.route(op, p, url, body as Json | undefined, identity, req);
    if (!result) {
      this.violations.push(`the fake does not implement ${op.id} (${method} ${op.template})`);
      return reply(501, { message: 'not implemented by the fake' });
    }
    reply(result.status, result.body, result.headers);
  }

  private send(
    res: ServerResponse,
    status: number,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (payload === undefined) {
      res.writeHead(status, headers);
      res.end();
    } else if (typeof payload === 'string' || payload instanceof Uint8Array) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(payload);
    } else {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    }
  }

  private serveBlob(url: URL, res: ServerResponse): void {
    const a = this.artifacts.find((x) => `/_blobs/${x.id}.zip` === url.pathname);
    if (!a) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
    res.end(Buffer.from(a.zip));
  }

  private route(
    op: Operation,
    p: Readonly<Record<string, string>>,
    url: URL,
    body: Json | undefined,
    me: TokenIdentity,
    req: IncomingMessage,
  ): { status: number; body?: unknown; headers?: Record<string, string> } | undefined {
    const q = url.searchParams;
    switch (op.id) {
      case 'users/get-authenticated':
        if (me.type === 'Bot')
          return { status: 403, body: { message: FORBIDDEN, documentation_url: DOCS, status: '403' } };
        return { status: 200, body: this.publicUser(me) };
      case 'issues/list-comments': {
        const all = this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(c));
        return this.page(all, url, (items) => items);
      }
      case 'issues/create-comment': {
        const c = this.addComment(Number(p.issue_number), me.login, String(body?.body));
        return { status: 201, body: this.commentJson(c), headers: { location: this.commentUrl(c) } };
      }
      case 'issues/get-comment':
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c)
          return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
        if (op.id === 'issues/update-comment') {
          if (c.user !== me.login)
            return { status: 403, body: { message: FORBIDDEN, documentation_url: DOCS, status: '403' } };
          c.body = String(body?.body);
          c.updatedAt = iso();
        }
        return { status: 200, body: this.commentJson(c) };
      }
      case 'actions/list-artifacts-for-repo': {
        const name = q.get('name');
        const list = this.artifacts
          .filter((a) => name === null || a.name === name)
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id))
          .map((a) => this.artifactJson(a));
        return this.page(list, url, (items) => ({ total_count: list.length, artifacts: items }));
      }
      case 'actions/download-artifact': {
        const a = this.artifacts.find((x) => x.id === Number(p.artifact_id));
        if (!a || p.archive_format !== 'zip') return { status: 404, body: { message: 'Not Found' } };
        if (a.expired)
          return {
            status: 410,
            body: { message: 'Artifact has expired', documentation_url: DOCS, status: '410' },
          };
        return { status: 302, headers: { location: `${this.url}/_blobs/${a.id}.zip` } };
      }
      case 'repos/get-content': {
        const ref = q.get('ref') ?? this.defaultBranch;
        const files = this.files.get(ref);
        const path = p.path.replace(/^\/+|\/+$/g, '');
        const content = files?.get(path);
        if (content === undefined)
          return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
        const accept = String(req.headers.accept ?? '');
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
        if (/\.raw\b|vnd\.github\.raw/.test(accept)) return { status: 200, body: new Uint8Array(bytes) };
        return { status: 200, body: this.contentFileJson(path, ref, bytes) };
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const numbers = this.commitPulls.get(p.commit_sha) ?? [];
        const list = numbers.map((n) => this.pullJson(this.pulls.find((x) => x.number === n)!));
        return this.page(list, url, (items) => items);
      }
      default:
        for (const extra of this.extraRoutes) {
          const r = extra({ op, params: p, url, body, me });
          if (r) return r;
        }
        return undefined;
    }
  }

  private page<T>(
    all: T[],
    url: URL,
    wrap: (items: T[]) => unknown,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const q = url.searchParams;
    const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
    const page = Math.max(1, Number(q.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage);
    const links: string[] = [];
    const link = (n: number, rel: string): string => {
      const u = new URL(url.href);
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      return `<${u.href}>; rel="${rel}"`;
    };
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { status: 200, body: wrap(items), headers };
  }

  // ---- JSON shapes (checked against the response schemas) -----------------------------------------

  private repoUrl(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  simpleUser(login: string): Json {
    const known = [...this.tokens.values()].find((t) => t.login === login);
    const id = known?.id ?? 1000 + [...login].reduce((n, ch) => n + ch.charCodeAt(0), 0);
    const api = `${this.url}/users/${encodeURIComponent(login)}`;
    // Apps act as `<slug>[bot]`; their profile page is /apps/<slug>.
    const bot = /^(.+)\[bot\]$/.exec(login);
    const html = bot ? `https://github.com/apps/${bot[1]}` : `https://github.com/${login}`;
    return {
      login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: html,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: known?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private publicUser(me: TokenIdentity): Json {
    return {
      ...this.simpleUser(me.login),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2019-05-15T15:19:25Z',
      updated_at: '2019-05-15T15:20:41Z',
    };
  }

  private commentUrl(c: FakeComment): string {
    return `${this.repoUrl()}/issues/comments/${c.id}`;
  }

  private commentJson(c: FakeComment): Json {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: this.commentUrl(c),
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.simpleUser(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${this.repoUrl()}/issues/${c.issue}`,
      author_association: c.user.endsWith('[bot]') ? 'NONE' : 'OWNER',
    };
  }

  private artifactJson(a: FakeArtifact): Json {
    const expires = new Date(Date.parse(a.createdAt) + 90 * 86400_000);
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${this.repoUrl()}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.repoUrl()}/actions/artifacts/${a.id}/zip`,
      expired: a.expired === true,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: iso(expires),
      digest: null,
      workflow_run: {
        id: a.id + 500000,
        repository_id: this.repositoryId,
        head_repository_id: a.headRepositoryId ?? this.repositoryId,
        head_branch: a.headBranch,
        head_sha: a.headSha ?? '0'.repeat(40),
      },
    };
  }

  private contentFileJson(path: string, ref: string, bytes: Buffer): Json {
    const self = `${this.repoUrl()}/contents/${path}?ref=${ref}`;
    const html = `https://github.com/${this.owner}/${this.repo}/blob/${ref}/${path}`;
    const sha = '1'.repeat(40);
    return {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: path.split('/').pop(),
      path,
      content: bytes.toString('base64'),
      sha,
      url: self,
      git_url: `${this.repoUrl()}/git/blobs/${sha}`,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${path}`,
      _links: { self, git: `${this.repoUrl()}/git/blobs/${sha}`, html },
    };
  }

  /** A full repository object: the one in a real webhook payload, renamed to this fake's repository. */
  private repositoryJson(): Json {
    const r = loadWebhookExample('pull_request', 'opened').repository as Json;
    return {
      ...r,
      id: this.repositoryId,
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.simpleUser(this.owner),
      default_branch: this.defaultBranch,
    };
  }

  private pullJson(pr: FakePull): Json {
    const repoPath = `${this.owner}/${this.repo}`;
    const api = `${this.repoUrl()}/pulls/${pr.number}`;
    const issue = `${this.repoUrl()}/issues/${pr.number}`;
    const branch = (ref: string, sha: string): Json => ({
      label: `${this.owner}:${ref}`,
      ref,
      sha,
      user: this.simpleUser(this.owner),
      repo: this.repositoryJson(),
    });
    const link = (href: string): Json => ({ href });
    return {
      url: api,
      id: 100000 + pr.number,
      node_id: `PR_${pr.number}`,
      html_url: `https://github.com/${repoPath}/pull/${pr.number}`,
      diff_url: `https://github.com/${repoPath}/pull/${pr.number}.diff`,
      patch_url: `https://github.com/${repoPath}/pull/${pr.number}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repoUrl()}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${this.repoUrl()}/statuses/${pr.headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: `Change the estate (#${pr.number})`,
      user: this.simpleUser(this.owner),
      body: null,
      labels: [],
      milestone: null,
      created_at: '2019-05-15T15:20:33Z',
      updated_at: '2019-05-15T15:20:33Z',
      closed_at: pr.state === 'closed' ? (pr.mergedAt ?? '2019-05-16T00:00:00Z') : null,
      merged_at: pr.mergedAt ?? null,
      merge_commit_sha: pr.mergeCommitSha ?? null,
      assignee: null,
      head: branch(pr.headRef, pr.headSha),
      base: branch(pr.baseRef, '2'.repeat(40)),
      _links: {
        self: link(api),
        html: link(`https://github.com/${repoPath}/pull/${pr.number}`),
        issue: link(issue),
        comments: link(`${issue}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.repoUrl()}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.repoUrl()}/statuses/${pr.headSha}`),
      },
      author_association: 'OWNER',
      auto_merge: null,
    };
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
