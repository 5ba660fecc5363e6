/** The hypervisor file's cluster block against the guests: PHX-NODE-UNKNOWN, PHX-DEFAULT-NODE-UNKNOWN. */
import { baseTemplate, ct, hypervisor, lxcFile, rulesOn } from '../helpers/config-builder.js';

type Obj = Record<string, unknown>;
const cluster = (block: Obj) => hypervisor({ cluster: block });
const findings = (configs: Obj, block: Obj) =>
  rulesOn({ lxc: lxcFile({ '900': baseTemplate(), ...configs }), hypervisor: cluster(block) })
    .filter((d) => d.rule.startsWith('PHX-NODE') || d.rule.startsWith('PHX-DEFAULT-NODE'))
    .map((d) => [d.file, d.rule, d.message]);

describe('cluster nodes in the config', () => {
  const nodes = [{ name: 'pve' }, { name: 'pve2' }];

  it("reports a guest's node that cluster.nodes does not list, at the guest's node", () => {
    const d = findings(
      { '950': ct('10.0.0.50/24', { node: 'pve22' }), '951': ct('10.0.0.51/24', { node: 'pve2' }) },
      { nodes },
    );
    expect(d).toEqual([
      [
        'cfg/phoenix_lxc_configs.json',
        'PHX-NODE-UNKNOWN',
        "CT 950 is placed on node 'pve22', which the hypervisor file's cluster.nodes does not list (pve, pve2); did you mean 'pve2'?",
      ],
    ]);
  });

  it('reports a default node outside the list', () => {
    expect(findings({}, { nodes, default_node: 'pve5' })).toEqual([
      [
        'cfg/phoenix_hypervisor_config.json',
        'PHX-DEFAULT-NODE-UNKNOWN',
        "cluster.default_node 'pve5' is not among cluster.nodes (pve, pve2); did you mean 'pve'?",
      ],
    ]);
  });

  it('checks nothing when the block lists no nodes', () => {
    expect(findings({ '950': ct('10.0.0.50/24', { node: 'pve3' }) }, { default_node: 'pve3' })).toEqual([]);
  });
});
