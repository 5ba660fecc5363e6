import { validateConfigDir } from '../../src/config/validate.js';
import { ancestors, buildDag, longestChain, topoLayers } from '../../src/plan/graph.js';
import { plan } from '../../src/plan/planner.js';
import { ct, estate, host, TEMPLATE, vm } from '../helpers/plan-fixtures.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

describe('topoLayers', () => {
  it('puts each node in the earliest layer after all its predecessors', () => {
    const dag = buildDag(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
        ['a', 'd'],
      ],
    );
    const r = topoLayers(dag);
    expect(r.layers).toEqual([['a', 'e'], ['b', 'c'], ['d']]);
    expect(r.cycles).toEqual([]);
    expect(r.level.get('d')).toBe(2);
  });

  it('keeps the given node order inside a layer and ignores unknown or repeated edges', () => {
    const dag = buildDag(
      ['z', 'y', 'x'],
      [
        ['z', 'x'],
        ['z', 'x'],
        ['q', 'y'],
      ],
    );
    expect(dag.preds.get('x')).toEqual(['z']);
    expect(topoLayers(dag).layers).toEqual([['z', 'y'], ['x']]);
  });

  it('finds every cycle as a closed path and blocks what waits for it', () => {
    const dag = buildDag(
      ['a', 'b', 'c', 'd', 's', 'ok'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['s', 's'],
      ],
    );
    const r = topoLayers(dag);
    expect(r.layers).toEqual([['ok']]);
    expect(r.blocked).toEqual(['a', 'b', 'c', 'd', 's']);
    expect(r.cycles).toHaveLength(2);
    expect(r.cycles).toContainEqual(['s', 's']);
    const abc = r.cycles.find((c) => c.length === 4)!;
    expect(abc[0]).toBe(abc[3]);
    expect(new Set(abc)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('handles a long chain without recursion limits', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((x, i) => [nodes[i], x] as [string, string]);
    expect(longestChain(buildDag(nodes, edges))).toBe(n);
    const loop = topoLayers(buildDag(nodes, [...edges, [nodes[n - 1], nodes[0]]]));
    expect(loop.cycles[0]).toHaveLength(n + 1);
  });
});

describe('ancestors', () => {
  it('collects everything upstream', () => {
    const dag = buildDag(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'c'],
      ],
    );
    expect(ancestors(dag, ['c'])).toEqual(new Set(['a', 'b', 'd']));
    expect(ancestors(dag, ['a'])).toEqual(new Set());
  });
});

describe('plan order across containers and VMs', () => {
  it('chains a 7-deep order where a container waits for a VM', () => {
    // 900 -> 103 (clone) -> 101 -> 102 -> VM 1001 -> VM 1002 -> 901 -> 911 (clone), as upstream 35c465b.
    const d = estate(
      {
        '900': ct('base', { template: TEMPLATE, is_template: true }),
        '103': ct('ca', { clone_from_ctid: '900' }),
        '101': ct('nginx', { clone_from_ctid: '900', dependencies: ['103'] }),
        '102': ct('traefik', { clone_from_ctid: '900', dependencies: ['101'] }),
        '901': ct('gpu', { clone_from_ctid: '900', is_template: true, dependencies: ['1002'] }),
        '911': ct('vllm', { clone_from_ctid: '901' }),
      },
      [
        vm(9000, 'img', { is_template: true, template_image: 'noble.img' }),
        vm(1001, 'portainer', { clone_from_vmid: 9000, dependencies: ['102'] }),
        vm(1002, 'drphoenix', { clone_from_vmid: 9000, dependencies: ['1001'] }),
      ],
    );
    const p = plan(d, host());
    expect(p.errored).toBe(false);
    expect(p.layers).toEqual([
      ['ct/900', 'vm/9000'],
      ['ct/103'],
      ['ct/101'],
      ['ct/102'],
      ['vm/1001'],
      ['vm/1002'],
      ['ct/901'],
      ['ct/911'],
    ]);
    expect(p.changes.find((c) => c.address === 'ct/901')!.waitFor).toEqual(['ct/900', 'vm/1002']);
  });
});

describeShared('upstream estate 35c465b', () => {
  it('orders the 15 guests with CT 901 after VM 1002 in a chain at least 7 deep', async () => {
    const { desired } = await validateConfigDir(sharedPath('fixtures', 'upstream', '35c465b'));
    const p = plan(desired, host({ guests: [] }));
    expect(p.changes).toHaveLength(15);
    expect(p.complete).toBe(true);
    const layer = (a: string) => p.changes.find((c) => c.address === a)!.layer!;
    expect(layer('ct/901')).toBeGreaterThan(layer('vm/1002'));
    const chain = ['ct/900', 'ct/103', 'ct/101', 'ct/102', 'vm/1001', 'vm/1002', 'ct/901', 'ct/911'];
    for (let i = 1; i < chain.length; i++) expect(layer(chain[i])).toBeGreaterThan(layer(chain[i - 1]));
    expect(p.layers.length).toBeGreaterThanOrEqual(8);
  });
});
