import type { GuestReport } from '../../src/apply/types.js';
import { renderApplySummary } from '../../src/github/apply-summary.js';
import { plan } from '../../src/plan/planner.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ACTION_WORD, describeAction } from '../../src/render/summary.js';
import { renderText } from '../../src/render/text.js';
import { ct, estate, host, liveCt, TEMPLATE } from '../helpers/plan-fixtures.js';

const report = (address: string, action: GuestReport['action']): GuestReport => ({
  address,
  id: Number(address.split('/')[1]),
  kind: 'lxc',
  name: 'x',
  action,
  outcome: 'succeeded',
  ms: 1000,
  steps: [],
  warnings: [],
});

describe('one vocabulary across plan text, PR comment and apply summary', () => {
  it('says destroy and rebuild, never delete or replace, for guests', () => {
    expect(ACTION_WORD.delete).toBe('destroy');
    expect(ACTION_WORD.replace).toBe('rebuild');
    const summary = renderApplySummary({
      status: 'applied',
      target: 'local',
      review: 'none.',
      result: {
        guests: [report('ct/950', 'replace'), report('ct/960', 'delete'), report('ct/951', 'clone')],
        wallMs: 1000,
        succeeded: 3,
        failed: 0,
        skipped: 0,
      },
    });
    expect(summary).toContain('| `ct/950` x | rebuild |');
    expect(summary).toContain('| `ct/960` x | destroy |');
    expect(summary).not.toMatch(/\| (replace|delete) \|/);
  });

  it('uses the same words in the plan text and the comment as in the summary', () => {
    const d = estate({ '950': ct('a', { template: TEMPLATE }) }, [], { lxc: { allow_destroy: true } });
    const p = plan(d, host({ guests: [liveCt(960, { hostname: 'gone' })] }));
    const gone = p.changes.find((c) => c.id === 960)!;
    expect(describeAction(gone)).toBe(ACTION_WORD.delete);
    for (const out of [renderText(p), renderMarkdown(p)]) {
      expect(out).toContain('CT 960');
      expect(out).toMatch(/destroy/);
      expect(out).not.toMatch(/\b(deleted?|replaced?)\b/i);
    }
  });
});
