/**
 * Issues and labels for the fake GitHub API (fake-github.ts), for the drift check's tests: list a
 * repository's issues (state, labels, creator, sort, pages), create and edit issues, read and
 * create labels. Requests and responses go through the fake's OpenAPI checks like every other
 * route; writes by a read-only token are refused by the fake itself (403).
 */
import type { FakeGitHub, FakeReply } from './fake-github.js';

type Json = Record<string, unknown>;

export interface FakeIssue {
  readonly number: number;
  title: string;
  body: string;
  readonly user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

interface FakeLabel {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
}

const DOCS = 'https://docs.github.com/rest';
const notFound: FakeReply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
};
const iso = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class FakeIssues {
  readonly issues: FakeIssue[] = [];
  readonly labels: FakeLabel[] = [];
  private next: number;
  private clock = Date.parse('2025-04-01T08:00:00Z');

  constructor(
    private readonly gh: FakeGitHub,
    firstNumber = 100,
  ) {
    this.next = firstNumber;
    gh.extraRoutes.push((r) => this.route(r.op.id, r.params, r.url, r.body, r.me.login));
  }

  add(issue: {
    title: string;
    body: string;
    user: string;
    labels?: string[];
    state?: 'open' | 'closed';
  }): FakeIssue {
    const now = iso(new Date((this.clock += 1000)));
    for (const l of issue.labels ?? []) this.ensureLabel(l);
    const i: FakeIssue = {
      number: this.next++,
      title: issue.title,
      body: issue.body,
      user: issue.user,
      state: issue.state ?? 'open',
      stateReason: null,
      labels: [...(issue.labels ?? [])],
      createdAt: now,
      updatedAt: now,
      closedAt: issue.state === 'closed' ? now : null,
    };
    this.issues.push(i);
    return i;
  }

  open(): FakeIssue[] {
    return this.issues.filter((i) => i.state === 'open');
  }

  private ensureLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    let l = this.labels.find((x) => same(x.name, name));
    if (!l) this.labels.push((l = { id: 5000 + this.labels.length, name, color, description }));
    return l;
  }

  private route(
    op: string,
    p: Readonly<Record<string, string>>,
    url: URL,
    body: Json | undefined,
    login: string,
  ): FakeReply | undefined {
    const q = url.searchParams;
    switch (op) {
      case 'issues/list-for-repo': {
        const state = q.get('state') ?? 'open';
        const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
        const creator = q.get('creator');
        let list = this.issues.filter(
          (i) =>
            (state === 'all' || i.state === state) &&
            labels.every((l) => i.labels.some((x) => same(x, l))) &&
            (creator === null || same(i.user, creator)),
        );
        list = [...list].sort((a, b) => a.number - b.number);
        if ((q.get('direction') ?? 'desc') === 'desc') list.reverse();
        return this.page(
          list.map((i) => this.issueJson(i)),
          url,
        );
      }
      case 'issues/create': {
        const i = this.add({
          title: String(body?.title),
          body: String(body?.body ?? ''),
          user: login,
          labels: Array.isArray(body?.labels) ? (body.labels as unknown[]).map(String) : [],
        });
        return { status: 201, body: this.issueJson(i) };
      }
      case 'issues/get':
      case 'issues/update': {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return notFound;
        if (op === 'issues/update' && body) {
          if (typeof body.title === 'string') i.title = body.title;
          if (typeof body.body === 'string') i.body = body.body;
          if (Array.isArray(body.labels)) i.labels = (body.labels as unknown[]).map(String);
          if (body.state === 'closed' && i.state === 'open') {
            i.state = 'closed';
            i.closedAt = iso(new Date((this.clock += 1000)));
            i.stateReason = (body.state_reason as FakeIssue['stateReason']) ?? 'completed';
          } else if (body.state === 'open' && i.state === 'closed') {
            i.state = 'open';
            i.closedAt = null;
            i.stateReason = 'reopened';
          }
          i.updatedAt = iso(new Date((this.clock += 1000)));
        }
        return { status: 200, body: this.issueJson(i) };
      }
      case 'issues/get-label': {
        const l = this.labels.find((x) => same(x.name, p.name));
        return l ? { status: 200, body: this.labelJson(l) } : notFound;
      }
      case 'issues/create-label': {
        const name = String(body?.name);
        if (this.labels.some((x) => same(x.name, name)))
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
              documentation_url: DOCS,
            },
          };
        const l = this.ensureLabel(
          name,
          String(body?.color ?? 'ededed'),
          typeof body?.description === 'string' ? body.description : null,
        );
        return { status: 201, body: this.labelJson(l) };
      }
      default:
        return undefined;
    }
  }

  private page(all: Json[], url: URL): FakeReply {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const u = new URL(url.href);
      u.searchParams.set('page', String(page + 1));
      u.searchParams.set('per_page', String(perPage));
      headers.link = `<${u.href}>; rel="next"`;
    }
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
  }

  private repoUrl(): string {
    return `${this.gh.url}/repos/${this.gh.owner}/${this.gh.repo}`;
  }

  private labelJson(l: FakeLabel): Json {
    return {
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${this.repoUrl()}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      description: l.description,
      color: l.color,
      default: false,
    };
  }

  private issueJson(i: FakeIssue): Json {
    const api = `${this.repoUrl()}/issues/${i.number}`;
    return {
      id: 900000 + i.number,
      node_id: `I_${i.number}`,
      url: api,
      repository_url: this.repoUrl(),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `https://github.com/${this.gh.owner}/${this.gh.repo}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      // GitHub sends null for open issues; the description's enum lacks null, so leave it out then.
      ...(i.stateReason ? { state_reason: i.stateReason } : {}),
      title: i.title,
      body: i.body,
      user: this.gh.simpleUser(i.user),
      labels: i.labels.map((n) => this.labelJson(this.ensureLabel(n))),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.gh.commentsOn(i.number).length,
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: i.user.endsWith('[bot]') ? 'NONE' : 'OWNER',
    };
  }
}
