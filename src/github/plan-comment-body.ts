/**
 * The reviewed part of a plan comment and its hash: what the reviewers saw, and the one renderer
 * call (with its settings) that both the plan action (writing the comment) and apply (re-rendering
 * the plan artifact to check the comment) use, so the two can be compared byte for byte.
 *
 * The reviewed part is the comment body without the hidden header and without the status line
 * apply writes directly under the title (`**Status: <header status>** <note>`): both change after
 * the plan run (status, run links) by design and are excluded explicitly. Everything else is
 * deterministic given the plan file and the head commit: the renderer writes no timestamps of its
 * own (the basis' read time comes from the plan), and the pointer to the full plan names the plan
 * run's job summary without a run-dependent link.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../plan/types.js';
import {
  parsePlanHeader,
  PLAN_HEADER_PREFIX,
  planHeader,
  renderMarkdown,
  type PlanHeader,
} from '../render/markdown.js';

/** Where a shortened plan comment sends the reader; fixed text, so the body is reproducible. */
export function fullPlanPointer(artifactName: string): string {
  return `the plan run's job summary and the \`${artifactName}\` artifact`;
}

/** [start, end) of the hidden header in `body`, or undefined when it has none. */
function headerSpan(body: string): readonly [number, number] | undefined {
  const start = body.indexOf(PLAN_HEADER_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  return end < 0 ? undefined : [start, end + ' -->'.length];
}

/** The status line apply writes under the title, when present (matched as withPlanStatus writes it). */
const STATUS_UNDER_TITLE = /^(\n## [^\n]*\n)\n\*\*Status: ([a-z-]+)\*\*[^\n]*\n(?=\n)/;

/**
 * The reviewed part of a plan comment body: the text before the hidden header plus the text after
 * it, minus the status line directly under the title when its status is the header's; CRLF line
 * ends count as LF.
 */
export function reviewedBody(body: string): string {
  const span = headerSpan(body);
  const header = parsePlanHeader(body);
  const before = span ? body.slice(0, span[0]) : '';
  let rest = span ? body.slice(span[1]) : body;
  const m = STATUS_UNDER_TITLE.exec(rest);
  if (m && header && m[2] === header.status) rest = m[1] + rest.slice(m[0].length);
  return (before + rest).replace(/\r\n/g, '\n');
}

/** sha256 (hex) of the UTF-8 bytes of `reviewedBody(body)`: the body hash the header carries. */
export function planBodyHash(body: string): string {
  return createHash('sha256').update(reviewedBody(body), 'utf8').digest('hex');
}

/** `body` with the body hash written into its header (unchanged when it has no header). */
export function sealPlanBody(body: string): string {
  const span = headerSpan(body);
  const header = parsePlanHeader(body);
  if (!span || !header) return body;
  const sealed = planHeader({ ...header, bodyHash: planBodyHash(body) });
  return body.slice(0, span[0]) + sealed + body.slice(span[1]);
}

/** The plan comment for `plan` at head commit `sha`, sealed: the plan action's and apply's renderer. */
export function renderPlanComment(
  plan: Plan,
  o: { readonly sha: string; readonly artifactName: string },
): string {
  return sealPlanBody(renderMarkdown(plan, { sha: o.sha, fullPlanPointer: fullPlanPointer(o.artifactName) }));
}

/** Why the comment's body does not match its header's body hash; undefined when it does. */
export function bodyHashProblem(body: string, header: PlanHeader, pull: number): string | undefined {
  if (!header.bodyHash)
    return `the plan comment on pull request #${pull} carries no hash of its body (not written by this plan action); push to the pull request for a new plan comment`;
  const actual = planBodyHash(body);
  if (actual === header.bodyHash) return undefined;
  return `the plan comment on pull request #${pull} was altered after its plan run: its body hashes to ${actual.slice(0, 12)}, its header records ${header.bodyHash.slice(0, 12)} (an edited or forged table)`;
}

/** Why the re-rendered plan differs from the comment's reviewed part (first differing line); undefined when equal. */
export function renderedBodyProblem(commentBody: string, rendered: string): string | undefined {
  const a = reviewedBody(commentBody).split('\n');
  const b = reviewedBody(rendered).split('\n');
  if (a.length === b.length && a.every((l, i) => l === b[i])) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const clip = (s: string | undefined): string => JSON.stringify((s ?? '(end)').slice(0, 80));
  return `its plan, re-rendered, differs from the comment at line ${i + 1} (comment ${clip(a[i])}, plan ${clip(b[i])})`;
}
