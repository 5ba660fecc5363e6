/**
 * What the renderers say about a plan narrowed with `--only` (text and Markdown lines "left out
 * by --only: ..."), and the JSON plan's summary: counts per action and the headline, left out of
 * the hash and dropped when the plan file is read back.
 */
import { parsePlan, serializePlan } from '../../src/plan/plan-file.js';
import { plan } from '../../src/plan/planner.js';
import { planSummary, renderPlanJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({});
const desired = estate({
  '900': ct('base', { template: TEMPLATE, is_template: true }),
  '950': ct('web', { clone_from_ctid: '900' }),
  '951': ct('db', { template: TEMPLATE }),
  '952': ct('cache', { template: TEMPLATE }),
});
const full = plan(desired, host(), { scriptHashes: H });
const partial = plan(desired, host(), { scriptHashes: H, only: ['ct/95?'] });
const one = plan(desired, host(), { scriptHashes: H, only: ['ct/950'] });

describe('--only in the rendered plan', () => {
  it('text says what was asked, what was added and what was left out', () => {
    const text = renderText(one);
    expect(text).toContain('Only ct/950 (--only), with what they need: ct/900.');
    expect(text).toContain('left out by --only: ct/951, ct/952');
    expect(text).toContain('Plan: 2 to create, 0 to change, 0 to destroy.');
    expect(renderText(partial)).toContain('left out by --only: nothing (no other guest has changes)');
    expect(renderText(full)).not.toContain('--only');
  });

  it('Markdown carries the same lines, globs escaped', () => {
    const md = renderMarkdown(partial);
    expect(md).toContain('> Only ct/95? (--only), with what they need: ct/900.  ');
    const star = renderMarkdown(plan(desired, host(), { scriptHashes: H, only: ['ct/95*'] }));
    expect(star).toContain('> Only ct/95\\* (--only)');
    expect(renderMarkdown(one)).toContain('> left out by --only: ct/951, ct/952  ');
  });
});

describe('the JSON plan', () => {
  it('carries counts per action and the headline', () => {
    const s = planSummary(full);
    expect(s.actions).toEqual({ create: 3, clone: 1, update: 0, replace: 0, delete: 0, 'no-op': 0 });
    expect(s).toMatchObject({ create: 4, change: 0, destroy: 0, unchanged: 0 });
    expect(s.text).toBe('Plan: 4 to create, 0 to change, 0 to destroy.');
  });

  it('keeps the hash of the plan file and reads back as the plan', () => {
    const json = renderPlanJson(full);
    expect(JSON.parse(json).summary.text).toBe(s(full));
    const back = parsePlan(json);
    expect(back.hash).toBe(full.hash);
    expect(serializePlan(back)).toBe(serializePlan(full));
    // An edited summary does not matter to the hash; an edited change does.
    const edited = JSON.parse(json);
    edited.summary.create = 99;
    expect(parsePlan(JSON.stringify(edited)).hash).toBe(full.hash);
    edited.changes[0].name = 'other';
    expect(() => parsePlan(JSON.stringify(edited))).toThrow(/does not match its hash/);
  });
});

function s(p: typeof full): string {
  return planSummary(p).text;
}
