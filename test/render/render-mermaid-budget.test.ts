import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { MERMAID_LEGEND, renderMermaid } from '../../src/render/mermaid.js';
import { bigEstate } from '../helpers/plan-fixtures.js';

/** A 2,039-guest estate with 341 in-place changes, 20 creates and one destroy. */
function largePlan() {
  const d = { ...bigEstate(2039), allowDestroy: { lxc: true, qemu: true } };
  const live = desiredToLiveState(d);
  const plain = live.guests.filter((g) => !g.template);
  const created = new Set(plain.filter((_, i) => i % 97 === 5).map((g) => g.id));
  const edited = new Set(plain.filter((g, i) => i % 6 === 1 && !created.has(g.id)).map((g) => g.id));
  const guests = live.guests
    .filter((g) => !created.has(g.id))
    .map((g) => (edited.has(g.id) ? { ...g, config: { ...g.config, memory: '64' } } : g));
  const gone = { ...plain[3], id: 990_000, name: 'gone', config: { ...plain[3].config, hostname: 'gone' } };
  return { p: plan(d, { ...live, guests: [...guests, gone] }), created, edited };
}

describe('Mermaid node budget', () => {
  const { p, created, edited } = largePlan();
  const changed = p.changes.filter((c) => c.action !== 'no-op');

  it('draws every destroy and create, then in-place changes, before any unchanged ancestor', () => {
    expect(created.size).toBeGreaterThan(10);
    expect(edited.size).toBeGreaterThan(200);
    expect(changed.length).toBeGreaterThan(200);
    const g = renderMermaid(p)!;
    expect(g.changedOnly).toBe(true);
    expect(p.changes.find((c) => c.id === 990_000)?.action).toBe('delete');
    expect(g.source).toMatch(/\bct990000\[/);
    for (const id of created) expect(g.source).toMatch(new RegExp(`\\b(ct|vm)${id}\\[`));
    // The budget (200 nodes) is smaller than the changed guests: no unchanged guest is drawn.
    expect(g.drawn).toBe(200);
    expect(g.changedDrawn).toBe(g.drawn);
    expect(g.source).not.toMatch(/ same$/m);
  });

  it('gives unchanged ancestors only the room the changed guests leave', () => {
    const g = renderMermaid(p, { maxNodes: changed.length + 5 })!;
    expect(g.changedDrawn).toBe(changed.length);
    expect(g.drawn).toBe(changed.length + 5);
    expect(g.source).toMatch(/ same$/m);
  });

  it('lays a wide graph out top-down in capped rows, with GitHub limits kept', () => {
    const g = renderMermaid(p)!;
    expect(g.source.startsWith('flowchart TD')).toBe(true);
    expect(g.source).toContain(' ~~~ ');
    expect(g.source.length).toBeLessThan(45_000);
    const links = g.source.split('\n').filter((l) => /==>|-\.->|~~~/.test(l));
    expect(links.length).toBeLessThanOrEqual(400);
  });

  it('the comment explains the colours and says how many changed guests the graph shows', () => {
    const md = renderMarkdown(p);
    expect(md).toContain(MERMAID_LEGEND);
    expect(md).toMatch(/: 200 of \d+ drawn, 200 of \d+ changed guests \(the rest in the table\)\./);
  });
});
