/**
 * A linear commit history of the default branch for the fake GitHub API (fake-github.ts), and the
 * compare operation over it (GET /repos/{owner}/{repo}/compare/{base}...{head}), for apply's
 * "every pull request merged since the last successful apply". Responses go through the fake's
 * OpenAPI checks like every other route.
 */
import type { FakeGitHub, FakeReply } from './fake-github.js';

type Json = Record<string, unknown>;

const DOCS = 'https://docs.github.com/rest';
const notFound: FakeReply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
};

export class FakeCommits {
  /** Oldest first. */
  readonly history: string[] = [];

  constructor(private readonly gh: FakeGitHub) {
    gh.extraRoutes.push(({ op, params, url }) => {
      if (op.id !== 'repos/compare-commits-with-basehead') return undefined;
      const [base, head] = params.basehead.split('...');
      const from = this.history.indexOf(base);
      const to = this.history.indexOf(head);
      if (from < 0 || to < 0) return notFound;
      const commits = this.history.slice(from + 1, to + 1);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 250));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      return {
        status: 200,
        body: this.comparison(
          base,
          head,
          commits.slice((page - 1) * perPage, page * perPage),
          commits.length,
        ),
      };
    });
  }

  /** Appends commits to the default branch. */
  push(...shas: string[]): void {
    this.history.push(...shas);
  }

  private commitJson(sha: string, parent?: string): Json {
    const repo = `${this.gh.url}/repos/${this.gh.owner}/${this.gh.repo}`;
    const person = { name: 'Monalisa', email: 'octocat@github.com', date: '2025-03-01T10:00:00Z' };
    return {
      url: `${repo}/commits/${sha}`,
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      html_url: `https://github.com/${this.gh.owner}/${this.gh.repo}/commit/${sha}`,
      comments_url: `${repo}/commits/${sha}/comments`,
      commit: {
        url: `${repo}/git/commits/${sha}`,
        author: person,
        committer: person,
        message: `commit ${sha.slice(0, 7)}`,
        comment_count: 0,
        tree: { sha: sha.split('').reverse().join(''), url: `${repo}/git/trees/${sha}` },
      },
      author: null,
      committer: null,
      parents: parent ? [{ sha: parent, url: `${repo}/commits/${parent}` }] : [],
    };
  }

  private comparison(base: string, head: string, commits: readonly string[], total: number): Json {
    const html = `https://github.com/${this.gh.owner}/${this.gh.repo}/compare/${base}...${head}`;
    const parentOf = (sha: string): string | undefined => this.history[this.history.indexOf(sha) - 1];
    return {
      url: `${this.gh.url}/repos/${this.gh.owner}/${this.gh.repo}/compare/${base}...${head}`,
      html_url: html,
      permalink_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: this.commitJson(base, parentOf(base)),
      merge_base_commit: this.commitJson(base, parentOf(base)),
      status: total === 0 ? 'identical' : 'ahead',
      ahead_by: total,
      behind_by: 0,
      total_commits: total,
      commits: commits.map((c) => this.commitJson(c, parentOf(c))),
      files: [],
    };
  }
}
