/**
 * The one "Drift detected" issue: recognised by its hidden marker (`<!-- phoenix-drift {...} -->`),
 * its label AND its author being this token's identity (as the plan comment is: anyone can paste
 * the marker, only we can have written ours). While the host differs from the config the issue is
 * opened once and then edited in place with the current plan; when the differences change, a short
 * comment says so (edits notify nobody); when the host matches again it is closed with a comment.
 * Rendering is pure; `syncDriftIssue` makes the API calls.
 */
import { driftLines } from '../render/drift.js';
import { isDrift } from '../jobs/drift-job.js';
import { COMMENT_BUDGET_BYTES } from '../render/budget.js';
import { renderMarkdown } from '../render/markdown.js';
import { countPlan, headline } from '../render/summary.js';
import type { Plan } from '../plan/types.js';
import type { CommentIdentity } from './comment.js';
import type { GitHubClient, RepoRef } from './github-client.js';
import type { Issue, IssuesClient } from './issues-client.js';

export const DRIFT_MARKER_PREFIX = '<!-- phoenix-drift ';
export const DEFAULT_DRIFT_TITLE = 'Drift detected';
export const DEFAULT_DRIFT_LABEL = 'phoenix-drift';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION =
  'The Proxmox host differs from the Phoenix config (opened and closed by the drift check)';

export interface DriftMarker {
  readonly hash: string;
  readonly sha: string;
  readonly target: string;
}

export function driftMarker(m: DriftMarker): string {
  const json = JSON.stringify({ hash: m.hash, sha: m.sha, target: m.target })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return `${DRIFT_MARKER_PREFIX}${json} -->`;
}

export function parseDriftMarker(body: string): DriftMarker | undefined {
  const start = body.indexOf(DRIFT_MARKER_PREFIX);
  const end = start < 0 ? -1 : body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const v = JSON.parse(body.slice(start + DRIFT_MARKER_PREFIX.length, end)) as Record<string, unknown>;
    if (typeof v.hash !== 'string') return undefined;
    return { hash: v.hash, sha: String(v.sha ?? ''), target: String(v.target ?? '') };
  } catch {
    return undefined;
  }
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Ours: the marker, the label and the token's identity as author. Oldest first wins. */
export function pickDriftIssue(
  issues: readonly Issue[],
  identity: CommentIdentity,
  label: string,
): Issue | undefined {
  return issues
    .filter(
      (i) =>
        parseDriftMarker(i.body) !== undefined &&
        i.labels.some((l) => sameLogin(l, label)) &&
        sameLogin(i.author, identity.login),
    )
    .sort((a, b) => a.number - b.number)[0];
}

export interface DriftContext {
  readonly sha: string;
  readonly target: string;
  /** ISO time of the check. */
  readonly checkedAt: string;
  readonly runLink?: string;
  readonly branch?: string;
}

/** How many settings were changed on the host rather than in the config (plan/last-applied.ts). */
function outsideLine(plan: Plan): string[] {
  const n = driftLines(plan).length;
  if (n === 0) return [];
  return [
    `${n} setting${n === 1 ? ' was' : 's were'} changed outside Phoenix (see "Changed outside Phoenix" below); the rest are config changes not yet applied.`,
    '',
  ];
}

export function renderDriftIssue(plan: Plan, c: DriftContext): string {
  const run = c.runLink ? `[drift check](${c.runLink})` : 'drift check';
  const at = c.sha ? ` at \`${c.sha.slice(0, 7)}\`` : '';
  const intro = [
    driftMarker({ hash: plan.hash, sha: c.sha, target: c.target }),
    `The Proxmox host \`${c.target}\` does not match the Phoenix config on \`${c.branch ?? 'the default branch'}\`${at} ` +
      `(last ${run}: ${c.checkedAt}).`,
    '',
    ...outsideLine(plan),
    'To converge, run the **Apply** workflow by hand (its environment reviewers approve it), or change the config ' +
      'to match the host through a pull request. Every drift check updates this issue; it is closed when the host ' +
      'matches again.',
    '',
  ].join('\n');
  const pointer = c.runLink
    ? `the job summary of the [drift check](${c.runLink})`
    : 'the job summary of the drift check';
  const budget = COMMENT_BUDGET_BYTES - Buffer.byteLength(intro, 'utf8') - 256;
  const md = renderMarkdown(plan, {
    title: 'What apply would do',
    budgetBytes: budget,
    fullPlanPointer: pointer,
  });
  // The plan's own hidden header is for PR comments; the drift marker above replaces it.
  const withoutHeader = md.startsWith('<!-- phoenix-plan ') ? md.slice(md.indexOf('\n') + 1) : md;
  return `${intro}\n${withoutHeader}`;
}

export function renderDriftChangedComment(before: string, plan: Plan, c: DriftContext): string {
  const run = c.runLink ? ` ([drift check](${c.runLink}))` : '';
  return (
    `The differences changed${run}: plan \`${before.slice(0, 12)}\` is now \`${plan.hash.slice(0, 12)}\`. ` +
    `${headline(countPlan(plan))} The description shows the current plan.`
  );
}

export function renderResolvedComment(c: DriftContext): string {
  const run = c.runLink ? `[drift check](${c.runLink})` : 'drift check';
  const at = c.sha ? ` at \`${c.sha.slice(0, 7)}\`` : '';
  return `The host \`${c.target}\` matches the config${at} again (${run}: ${c.checkedAt}). Closing.`;
}

export type DriftIssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface DriftIssueOutcome {
  readonly action: DriftIssueAction;
  readonly issue?: Issue;
  /** Things worth a warning (e.g. the label could not be set). */
  readonly notes: readonly string[];
}

export interface DriftIssueOptions {
  readonly title: string;
  readonly label: string;
  readonly closeWhenResolved: boolean;
}

/**
 * Opens, edits or closes our drift issue. `plan` undefined or without drift means "resolved".
 * Throws GitHubApiError on API failures.
 */
export async function syncDriftIssue(
  issues: IssuesClient,
  comments: Pick<GitHubClient, 'createIssueComment'>,
  repo: RepoRef,
  identity: CommentIdentity,
  plan: Plan,
  ctx: DriftContext,
  o: DriftIssueOptions,
): Promise<DriftIssueOutcome> {
  const existing = pickDriftIssue(await issues.listOpenIssues(repo, o.label), identity, o.label);
  const notes: string[] = [];
  if (!isDrift(plan)) {
    if (!existing || !o.closeWhenResolved) return { action: 'none', issue: existing, notes };
    await comments.createIssueComment(repo, existing.number, renderResolvedComment(ctx));
    const closed = await issues.updateIssue(repo, existing.number, {
      state: 'closed',
      stateReason: 'completed',
    });
    return { action: 'closed', issue: closed, notes };
  }
  const body = renderDriftIssue(plan, ctx);
  if (!existing) {
    await issues.ensureLabel(repo, o.label, LABEL_COLOR, LABEL_DESCRIPTION);
    const created = await issues.createIssue(repo, { title: o.title, body, labels: [o.label] });
    if (!created.labels.some((l) => sameLogin(l, o.label)))
      notes.push(
        `issue #${created.number} was opened without the label '${o.label}' (the token may not set labels), so the next check cannot find it`,
      );
    return { action: 'created', issue: created, notes };
  }
  if (existing.body === body && existing.title === o.title)
    return { action: 'unchanged', issue: existing, notes };
  const before = parseDriftMarker(existing.body)?.hash ?? '';
  const updated = await issues.updateIssue(repo, existing.number, { title: o.title, body });
  if (before !== plan.hash)
    await comments.createIssueComment(repo, existing.number, renderDriftChangedComment(before, plan, ctx));
  return { action: 'updated', issue: updated, notes };
}
