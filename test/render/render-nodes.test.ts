/**
 * Renderings of a plan on a cluster: each guest's node after its name (text), in its table row
 * and details header (Markdown), `node` in the JSON, the migrate step and a clone's target in the
 * step lists, and the Mermaid graph grouped into one subgraph per node. A single host's plans do
 * not name nodes.
 */
import { plan } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { renderPlanJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderMermaid } from '../../src/render/mermaid.js';
import { renderText } from '../../src/render/text.js';
import { clusterPlan } from '../helpers/cluster-fixtures.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({});

describe('plans on a cluster', () => {
  const p = clusterPlan();

  it('plans cleanly (the fixture is sound)', () => {
    expect(p.errors).toEqual([]);
  });

  it('names the node after the guest in the terminal text, with the migrate and the clone target', () => {
    const text = renderText(p, { color: false });
    expect(text).toContain('  ~ CT 950 web (on pve2): update in place');
    expect(text).toContain('      ~ node: pve -> pve2 (restart) [migrate]');
    expect(text).toContain('steps: migrate from node pve to pve2 (restart around it)');
    expect(text).toContain('  + CT 951 api (on pve3): clone of CT 900');
    expect(text).toContain('full clone of 900 onto ceph on node pve3');
    expect(text).toMatch(
      /\+ CT 952 cache \(on pve2\).*\n(.*\n)*.*full clone of 900 onto local-lvm -> migrate from node pve to pve2 \(offline\)/,
    );
  });

  it('names the node in the Markdown table and details, and groups the graph by node', () => {
    const md = renderMarkdown(p, { sha: '0'.repeat(40) });
    expect(md).toContain('| `~` | CT 950 on pve2 | web |');
    expect(md).toContain('<b>CT 950</b> web (on pve2): update in place</summary>');
    expect(md).toContain('migrate to pve2');
    expect(md).toContain('Each frame is a cluster node');
    const g = renderMermaid(p)!;
    expect(g.byNode).toBe(true);
    const lines = g.source.split('\n');
    const frame = (name: string) => {
      const start = lines.indexOf(`  subgraph node_${name} [node ${name}]`);
      expect(start).toBeGreaterThan(0);
      const end = lines.indexOf('  end', start);
      return lines.slice(start + 1, end).map((l) => l.trim().replace(/\[.*$/, ''));
    };
    expect(frame('pve')).toEqual(['ct900']);
    expect(frame('pve2')).toEqual(['ct950', 'ct952']);
    expect(frame('pve3')).toEqual(['ct951']);
  });

  it('carries each guest node in the JSON plan and the cluster nodes in meta', () => {
    const json = JSON.parse(renderPlanJson(p)) as Plan;
    expect(json.changes.map((c) => [c.address, c.node])).toEqual([
      ['ct/900', 'pve'],
      ['ct/950', 'pve2'],
      ['ct/951', 'pve3'],
      ['ct/952', 'pve2'],
    ]);
    expect(json.meta.nodes).toEqual(['pve', 'pve2', 'pve3']);
  });

  it('names no node on a single host', () => {
    const single = plan(estate({ '950': ct('web', { template: TEMPLATE }) }), host(), { scriptHashes: H });
    expect(renderText(single, { color: false })).toContain('  + CT 950 web: create from');
    expect(renderMarkdown(single, { sha: '0'.repeat(40) })).not.toContain(' on pve');
    expect(renderMermaid(single)!.source).not.toContain('subgraph');
  });
});
