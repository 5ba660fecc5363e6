/**
 * The reviewed part of a plan comment and its body hash (github/plan-comment-body.ts): what is
 * hashed, that apply's status edits keep the seal, and that any other edit breaks it.
 */
import { withPlanStatus } from '../../src/github/comment.js';
import {
  bodyHashProblem,
  planBodyHash,
  renderedBodyProblem,
  renderPlanComment,
  reviewedBody,
  sealPlanBody,
} from '../../src/github/plan-comment-body.js';
import { plan as makePlan } from '../../src/plan/planner.js';
import { parsePlanHeader, renderMarkdown } from '../../src/render/markdown.js';
import { bigEstate, host } from '../helpers/plan-fixtures.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const plan = makePlan(bigEstate(30, 3), host());
const body = renderPlanComment(plan, { sha: SHA, artifactName: 'phoenix-plan' });

describe('plan comment body hash', () => {
  it('is the sha256 of the body without its header, carried in the header', () => {
    const header = parsePlanHeader(body)!;
    expect(header).toMatchObject({ hash: plan.hash, sha: SHA, status: 'planned' });
    expect(header.bodyHash).toBe(planBodyHash(body));
    const rendered = renderMarkdown(plan, {
      sha: SHA,
      fullPlanPointer: "the plan run's job summary and the `phoenix-plan` artifact",
    });
    expect(reviewedBody(body)).toBe(rendered.slice(rendered.indexOf('\n')));
    expect(bodyHashProblem(body, header, 4)).toBeUndefined();
  });

  it('is deterministic: the same plan renders the same sealed body', () => {
    expect(renderPlanComment(plan, { sha: SHA, artifactName: 'phoenix-plan' })).toBe(body);
    expect(renderedBodyProblem(body, body)).toBeUndefined();
  });

  it("survives apply's status edits (status and note are outside the reviewed part)", () => {
    const failed = withPlanStatus(body, 'failed', 'Not applied by [this run](https://x/actions/runs/1).')!;
    const applied = withPlanStatus(failed, 'applied', 'Applied by [this run](https://x/actions/runs/2).')!;
    for (const b of [failed, applied]) {
      expect(b).not.toBe(body);
      expect(reviewedBody(b)).toBe(reviewedBody(body));
      expect(bodyHashProblem(b, parsePlanHeader(b)!, 4)).toBeUndefined();
      expect(renderedBodyProblem(b, body)).toBeUndefined();
    }
  });

  it('breaks on any other edit, and names the pull request and what differs', () => {
    const edited = body.replace('**Plan:', '**Plan (all fine):');
    expect(edited).not.toBe(body);
    expect(bodyHashProblem(edited, parsePlanHeader(edited)!, 4)).toMatch(
      /^the plan comment on pull request #4 was altered after its plan run: its body hashes to [0-9a-f]{12}, its header records [0-9a-f]{12}/,
    );
    // A status line whose status is not the header's is part of the reviewed body.
    const hidden = body.replace(
      '\n## Phoenix plan\n',
      '\n## Phoenix plan\n\n**Status: applied** nothing to see\n',
    );
    expect(bodyHashProblem(hidden, parsePlanHeader(hidden)!, 4)).toContain('was altered');
    expect(renderedBodyProblem(sealPlanBody(edited), body)).toMatch(
      /^its plan, re-rendered, differs from the comment at line \d+ \(comment "\*\*Plan \(all fine\):.*", plan "\*\*Plan:.*"\)$/,
    );
    const unsealed = renderMarkdown(plan, { sha: SHA });
    expect(bodyHashProblem(unsealed, parsePlanHeader(unsealed)!, 4)).toContain('carries no hash of its body');
  });
});
