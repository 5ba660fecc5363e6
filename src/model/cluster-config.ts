/**
 * The hypervisor file's `cluster` block as the guests' placement needs it: the default node and
 * the names of the nodes it lists. Pure; the schema checks the shapes, so anything else reads as
 * absent here.
 */
export interface ClusterConfig {
  /** `cluster.default_node`: the node of every guest that names none. */
  readonly defaultNode?: string;
  /** `cluster.nodes[].name`, in file order (empty when the block lists none). */
  readonly nodes: readonly string[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function clusterConfigOf(hypervisor: Readonly<Record<string, unknown>> | undefined): ClusterConfig {
  const c = hypervisor?.cluster;
  if (!isObj(c)) return { nodes: [] };
  const nodes = Array.isArray(c.nodes)
    ? c.nodes.flatMap((n) => (isObj(n) && typeof n.name === 'string' ? [n.name] : []))
    : [];
  return { ...(typeof c.default_node === 'string' ? { defaultNode: c.default_node } : {}), nodes };
}
