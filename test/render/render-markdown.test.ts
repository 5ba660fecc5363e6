import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan, planConfigDiff } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { byteLength, COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../src/render/budget.js';
import {
  escapeCell,
  parsePlanHeader,
  planHeader,
  renderJobSummary,
  renderMarkdown,
} from '../../src/render/markdown.js';
import { renderMermaid } from '../../src/render/mermaid.js';
import { countPlan, headline } from '../../src/render/summary.js';
import { bigEstate, ct, estate, host, liveCt, TEMPLATE } from '../helpers/plan-fixtures.js';

/** 950 new, 951 changed, 952 rebuilt, 953 unchanged, 960 destroyed, 100 unmanaged. */
function mixedPlan(): Plan {
  const old = estate({
    '951': ct('app', { template: TEMPLATE }),
    '952': ct('db', { template: TEMPLATE, unprivileged: false }),
    '953': ct('same', { template: TEMPLATE }),
  });
  const next = estate(
    {
      '950': ct('new', { template: TEMPLATE, template_snapshot_name: 'golden' }),
      '951': ct('app', { template: TEMPLATE, memory_mb: 4096 }),
      '952': ct('db', { template: TEMPLATE, unprivileged: true }),
      '953': ct('same', { template: TEMPLATE }),
    },
    [],
    { lxc: { allow_destroy: true } },
  );
  const live = desiredToLiveState(old);
  return plan(
    next,
    host({
      guests: [
        ...live.guests,
        liveCt(960, { hostname: 'gone' }),
        liveCt(100, { hostname: 'mine' }, { tags: [] }),
      ],
    }),
    {
      allowRebuild: true,
    },
  );
}

describe('counts and headline', () => {
  it('counts like Terraform: a rebuild is one create and one destroy', () => {
    const p = mixedPlan();
    expect(countPlan(p)).toEqual({
      create: 2,
      change: 1,
      destroy: 2,
      rebuild: 1,
      snapshots: 1,
      unchanged: 1,
    });
    expect(headline(countPlan(p))).toBe(
      'Plan: 2 to create, 1 to change, 2 to destroy (1 rebuild, 1 snapshot).',
    );
    expect(headline(countPlan(plan(estate({}), host())))).toBe(
      'No changes. The host matches the configuration.',
    );
  });
});

describe('renderMarkdown', () => {
  const p = mixedPlan();
  const md = renderMarkdown(p, { sha: 'deadbeef' });

  it('starts with a hidden header that parses back', () => {
    expect(md.startsWith('<!-- phoenix-plan {')).toBe(true);
    expect(parsePlanHeader(md)).toEqual({ hash: p.hash, sha: 'deadbeef', status: 'planned' });
    expect(parsePlanHeader(renderMarkdown(p, { status: 'applied' }))!.status).toBe('applied');
    expect(parsePlanHeader('no header')).toBeUndefined();
    expect(parsePlanHeader('<!-- phoenix-plan {broken -->')).toBeUndefined();
    expect(planHeader({ hash: 'h', sha: '-->', status: 'planned' })).not.toMatch(/-->.*-->/);
  });

  it('has the headline, symbols per action, and the guests left alone', () => {
    expect(md).toContain('**Plan: 2 to create, 1 to change, 2 to destroy (1 rebuild, 1 snapshot).**');
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    const symbolOf = (guest: string) =>
      rows
        .find((r) => r.includes(`| ${guest} |`))!
        .split('|')[1]
        .trim();
    expect(symbolOf('CT 950')).toBe('`+`');
    expect(symbolOf('CT 951')).toBe('`~`');
    expect(symbolOf('CT 952')).toBe('`-/+`');
    expect(symbolOf('CT 960')).toBe('`-`');
    expect(symbolOf('CT 953')).toBe('');
    expect(md).toMatch(/> \*\*1 guest left alone\*\*\n>\n> - CT 100 mine: not managed by Phoenix/);
    expect(md).not.toContain('[!NOTE]');
  });

  it('starts with the alert blocks, destroys and rebuilds under CAUTION, and folds unchanged guests away', () => {
    const afterTitle = md.split('\n## Phoenix plan\n\n')[1];
    expect(afterTitle.startsWith('> [!CAUTION]\n> **2 guests destroyed')).toBe(true);
    expect(afterTitle).toContain('> - `ct/952` db: rebuild (');
    expect(afterTitle).toContain('> - `ct/960` gone: destroy');
    expect(afterTitle.indexOf('> [!WARNING]')).toBeLessThan(afterTitle.indexOf('**Plan: '));
    expect(md).toMatch(
      /<details><summary>1 unchanged guest<\/summary>\n\n\| \| Guest[^\n]*\n[^\n]*\n\| {2}\| CT 953 \| same \|/,
    );
    expect(md).not.toContain('### Left alone');
  });

  it('shows field diffs in details, open when short', () => {
    expect(md).toContain(
      '<details open><summary><code>~</code> <b>CT 951</b> app: update in place</summary>',
    );
    expect(md).toMatch(/```diff\n- memory: 1024\n\+ memory: 4096\n```/);
    expect(md).toContain('+ unprivileged: 1  # rebuild');
  });

  it('draws a Mermaid graph with classes for created and changed guests', () => {
    expect(md).toContain('```mermaid\nflowchart LR');
    expect(md).toMatch(/class [a-z0-9,]*ct950[a-z0-9,]* create/);
    expect(md).toMatch(/class [a-z0-9,]*ct951[a-z0-9,]* change/);
    expect(md).toMatch(/class [a-z0-9,]*ct952[a-z0-9,]* rebuild/);
    expect(md).toMatch(/class [a-z0-9,]*ct953[a-z0-9,]* same/);
  });

  it('says at the top when it compares config with config', () => {
    const d = estate({ '950': ct('a', { template: TEMPLATE }) });
    const cd = renderMarkdown(planConfigDiff(d, estate({})));
    const note = cd.indexOf('[!NOTE]');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(cd.indexOf('**Plan:'));
    expect(cd).toMatch(/compares the config with the base branch's config/);
  });

  it('leads with the errors of an errored plan', () => {
    const bad = plan(estate({ '950': ct('a', { template: TEMPLATE, dependencies: ['999'] }) }), host());
    const text = renderMarkdown(bad);
    expect(parsePlanHeader(text)!.status).toBe('errored');
    expect(text).toMatch(
      /\[!CAUTION\]\n> \*\*This plan cannot be applied\*\*\n>\n> - `ct\/950`: depends on 999/,
    );
  });

  it('escapes names in cells and labels', () => {
    expect(escapeCell('a|b <i>&')).toBe('a\\|b &lt;i&gt;&amp;');
    const d = estate({ '950': ct('x|y<b>"q"', { template: TEMPLATE }) });
    const text = renderMarkdown(plan(d, host()));
    expect(text).toContain('| CT 950 | x\\|y&lt;b&gt;"q" |');
    expect(text).toContain('ct950["CT 950 x|y#lt;b#gt;#quot;q#quot;"]');
  });
});

describe('size budget', () => {
  const big = plan(bigEstate(2000), host());

  it('a 2,000-guest estate renders a comment under 65,536 bytes with correct counts', () => {
    const md = renderMarkdown(big, { sha: 'abc' });
    expect(byteLength(md)).toBeLessThan(COMMENT_LIMIT_CHARS);
    expect(md).toContain('**Plan: 2000 to create, 0 to change, 0 to destroy.**');
    expect(parsePlanHeader(md)!.hash).toBe(big.hash);
    expect(md).toMatch(
      /more changed guests not shown here: read the job summary and the `phoenix-plan` artifact/,
    );
    const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(md);
    if (mermaid) expect(mermaid[1].length).toBeLessThan(50_000);
  });

  it('keeps a few changes in a big estate in full, dropping unchanged rows', () => {
    const d = bigEstate(2000);
    const live = desiredToLiveState(d);
    const edited = new Set(live.guests.filter((g, i) => i % 200 === 7 && !g.template).map((g) => g.id));
    const guests = live.guests.map((g) =>
      edited.has(g.id) ? { ...g, config: { ...g.config, memory: '64' } } : g,
    );
    const p = plan(d, { ...live, guests });
    const md = renderMarkdown(p);
    expect(edited.size).toBeGreaterThan(5);
    expect(byteLength(md)).toBeLessThan(COMMENT_LIMIT_CHARS);
    expect(md).toContain(`**Plan: 0 to create, ${edited.size} to change, 0 to destroy.**`);
    expect(md).toContain(`_${2000 - edited.size} guests unchanged._`);
    expect(md.match(/<details/g)).toHaveLength(edited.size);
    expect(md).toMatch(/Changed guests and what they are cloned from or depend on: \d+ of \d+ drawn/);
  });

  it('the job summary holds far more, within 1 MiB, even for 10,000 guests', () => {
    const huge = plan(bigEstate(10_000), host());
    const summary = renderJobSummary(huge);
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain('**Plan: 10000 to create, 0 to change, 0 to destroy.**');
    expect(byteLength(renderMarkdown(huge))).toBeLessThan(COMMENT_LIMIT_CHARS);
    expect(byteLength(renderMarkdown(huge, { budgetBytes: 2_000 }))).toBeLessThanOrEqual(2_000);
  });

  it('never fails on a tiny budget', () => {
    const md = renderMarkdown(big, { budgetBytes: 600 });
    expect(byteLength(md)).toBeLessThanOrEqual(600);
    expect(md.startsWith('<!-- phoenix-plan ')).toBe(true);
  });
});

describe('renderMermaid', () => {
  it('draws only changed guests and their ancestors in big estates, within GitHub limits', () => {
    const d = bigEstate(3000);
    const live = desiredToLiveState(d);
    const target = live.guests.findIndex((g) => g.id === 1007);
    const guests = live.guests.map((g, i) =>
      i === target ? { ...g, config: { ...g.config, memory: '64' } } : g,
    );
    const g = renderMermaid(plan(d, { ...live, guests }))!;
    expect(g.changedOnly).toBe(true);
    // CT 1007 is cloned from template 107 and waits for 1006, 1005, 1004 (its chain).
    expect(g.source).toMatch(/ct1007\[/);
    expect(g.source).toMatch(/ct107\[\[/);
    expect(g.source).toContain('ct1006 -.-> ct1007');
    expect(g.source).toContain('ct107 ==> ct1007');
    expect(g.drawn).toBe(g.eligible);
    const all = renderMermaid(plan(d, host()))!;
    expect(all.source.length).toBeLessThan(50_000);
    expect(all.source.split('\n').filter((l) => /==>|-\.->/.test(l)).length).toBeLessThanOrEqual(400);
    expect(all.drawn).toBeLessThan(all.eligible);
  });
});
