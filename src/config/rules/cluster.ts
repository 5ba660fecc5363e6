/**
 * The hypervisor file's `cluster` block against the guests (PHX-NODE-*): when it lists the
 * cluster's nodes, every guest's `node` and the `default_node` are among them. Whether a node is
 * really part of the cluster and online is checked at plan time against the live state
 * (plan/placement.ts); these catch typos without a host.
 */
import { clusterConfigOf } from '../../model/cluster-config.js';
import type { Guest } from '../../model/types.js';
import { didYouMean, guestLabel, type Reporter } from './report.js';
import type { RuleInfo } from './rule-info.js';

export const CLUSTER_RULES: readonly RuleInfo[] = [
  {
    id: 'PHX-NODE-UNKNOWN',
    severity: 'error',
    summary: "a guest's node is one of the nodes the hypervisor file's cluster block lists",
  },
  {
    id: 'PHX-DEFAULT-NODE-UNKNOWN',
    severity: 'error',
    summary: 'cluster.default_node is one of the nodes cluster.nodes lists',
  },
];

export function checkClusterNodes(
  hypervisor: Readonly<Record<string, unknown>> | undefined,
  guests: readonly Guest[],
  r: Reporter,
): void {
  const cluster = clusterConfigOf(hypervisor);
  if (cluster.nodes.length === 0) return;
  const known = new Set(cluster.nodes);
  const listed = cluster.nodes.join(', ');
  if (cluster.defaultNode !== undefined && !known.has(cluster.defaultNode)) {
    r.at(
      'hypervisor',
      ['cluster', 'default_node'],
      'error',
      'PHX-DEFAULT-NODE-UNKNOWN',
      `cluster.default_node '${cluster.defaultNode}' is not among cluster.nodes (${listed})${didYouMean(cluster.defaultNode, known)}`,
    );
  }
  for (const g of guests) {
    if (g.node === undefined || known.has(g.node)) continue;
    r.guest(
      g,
      ['node'],
      'error',
      'PHX-NODE-UNKNOWN',
      `${guestLabel(g)} is placed on node '${g.node}', which the hypervisor file's cluster.nodes does not list (${listed})${didYouMean(g.node, known)}`,
    );
  }
}
