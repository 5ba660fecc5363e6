/**
 * A Mermaid flowchart of templates, clones and dependencies, created/changed guests styled by
 * class. Small estates are drawn whole. In big ones the changed guests get the node budget first
 * (rebuilds and destroys, then creates, then in-place changes), and only the room left goes to
 * their unchanged ancestors, nearest first; never more than GitHub renders (it refuses sources
 * over about 50,000 characters and 500 edges). A graph of more than a dozen guests is laid out
 * top-down with at most `perRank` guests side by side, so the labels stay legible at the width
 * of a GitHub comment instead of the whole drawing being scaled down.
 */
import type { GuestChange, Plan } from '../plan/types.js';
import { label } from './summary.js';
import { showsNodes } from './nodes.js';

export interface MermaidOptions {
  /** Draw every guest when the estate has at most this many (default 60). */
  readonly fullGraphUpTo?: number;
  /** At most this many nodes (default 200). */
  readonly maxNodes?: number;
  /** At most this many edges, invisible layout links included (default 400). */
  readonly maxEdges?: number;
  /** Source length limit in characters (default 45,000). */
  readonly maxChars?: number;
  /** Top-down layout: at most this many guests side by side in one row (default 5). */
  readonly perRank?: number;
}

export interface MermaidGraph {
  /** The flowchart source, without the code fence. */
  readonly source: string;
  readonly drawn: number;
  /** Guests that qualified for drawing (all, or changed plus ancestors). */
  readonly eligible: number;
  /** Only changed guests and their ancestors are drawn. */
  readonly changedOnly: boolean;
  /** Changed guests drawn, and changed guests in all. */
  readonly changedDrawn: number;
  readonly changed: number;
  /** Guests are drawn in one subgraph per cluster node (the plan names nodes: render/nodes.ts). */
  readonly byNode: boolean;
}

/** What the colours and arrows of the graph mean, for the line above it. */
export const MERMAID_LEGEND =
  'Green: created · yellow: changed in place · red: rebuilt (destroyed and made again) · red dashed: destroyed · grey: unchanged. Double-bordered boxes are templates; thick arrows lead from the clone source, dotted ones from a dependency.';

const CLASS_DEFS = [
  'classDef create fill:#dafbe1,stroke:#1a7f37,color:#0f2e17',
  'classDef change fill:#fff8c5,stroke:#9a6700,color:#3b2300',
  'classDef rebuild fill:#ffebe9,stroke:#cf222e,color:#4c0014',
  'classDef destroy fill:#ffebe9,stroke:#cf222e,color:#4c0014,stroke-dasharray:4 3',
  'classDef same fill:#f6f8fa,stroke:#8c959f,color:#24292f',
];

/** The line the legend gains when guests are grouped by node. */
export const MERMAID_NODES_LEGEND = 'Each frame is a cluster node; a guest drawn in none has no node yet.';

/** A graph with more guests than this is drawn top-down in capped rows. */
const TOP_DOWN_FROM = 12;

function classOf(c: GuestChange): string {
  switch (c.action) {
    case 'create':
    case 'clone':
      return 'create';
    case 'update':
      return 'change';
    case 'replace':
      return 'rebuild';
    case 'delete':
      return 'destroy';
    default:
      return 'same';
  }
}

/** Which changed guests are drawn first: what destroys, then what is new, then in-place changes. */
function priority(c: GuestChange): number {
  return c.action === 'replace' || c.action === 'delete' ? 0 : c.action === 'update' ? 2 : 1;
}

function nodeId(c: Pick<GuestChange, 'kind' | 'id'>): string {
  return `${c.kind === 'lxc' ? 'ct' : 'vm'}${c.id}`;
}

/** Mermaid label text: quotes and angle brackets as entity codes, length bounded. */
function labelText(s: string, max = 40): string {
  const short = s.length > max ? `${s.slice(0, max - 3)}...` : s;
  return short
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly clone: boolean;
}

function edgesOf(byId: ReadonlyMap<number, GuestChange>): Edge[] {
  const edges: Edge[] = [];
  for (const c of byId.values()) {
    if (c.cloneOf && byId.has(c.cloneOf.id)) edges.push({ from: c.cloneOf.id, to: c.id, clone: true });
    for (const d of c.dependencies)
      if (byId.has(d) && d !== c.cloneOf?.id) edges.push({ from: d, to: c.id, clone: false });
  }
  return edges;
}

/**
 * Invisible links that stack the guests of one rank (longest path from a drawn root) into rows of
 * at most `perRank`: the k-th guest of a rank hangs below the (k - perRank)-th.
 */
function rowLinks(
  nodes: readonly GuestChange[],
  edges: readonly Edge[],
  perRank: number,
): [number, number][] {
  const rank = new Map<number, number>();
  const preds = new Map<number, number[]>();
  for (const e of edges) preds.set(e.to, [...(preds.get(e.to) ?? []), e.from]);
  const rankOf = (id: number, seen: Set<number>): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle (reported as a plan error): any rank will do
    seen.add(id);
    const r = Math.max(-1, ...(preds.get(id) ?? []).map((p) => rankOf(p, seen))) + 1;
    rank.set(id, r);
    return r;
  };
  const rows = new Map<number, number[]>();
  for (const n of nodes) {
    const r = rankOf(n.id, new Set());
    rows.set(r, [...(rows.get(r) ?? []), n.id]);
  }
  const links: [number, number][] = [];
  for (const ids of rows.values())
    for (let k = perRank; k < ids.length; k++) links.push([ids[k - perRank], ids[k]]);
  return links;
}

function build(
  nodes: readonly GuestChange[],
  edges: readonly Edge[],
  links: readonly [number, number][],
  topDown: boolean,
  byNode: boolean,
): string {
  const lines = [topDown ? 'flowchart TD' : 'flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
  const byClass = new Map<string, string[]>();
  const box = (c: GuestChange, indent: string) => {
    // Top-down boxes are narrow: the address over the name.
    const text = topDown
      ? `${labelText(label(c))}<br/>${labelText(c.name, 24)}`
      : labelText(`${label(c)} ${c.name}`.trim());
    lines.push(c.template ? `${indent}${nodeId(c)}[["${text}"]]` : `${indent}${nodeId(c)}["${text}"]`);
    const cls = classOf(c);
    if (!byClass.has(cls)) byClass.set(cls, []);
    byClass.get(cls)!.push(nodeId(c));
  };
  if (byNode) {
    // One subgraph per node, in name order; guests without a node stay outside any.
    const groups = new Map<string, GuestChange[]>();
    for (const c of nodes) if (c.node) groups.set(c.node, [...(groups.get(c.node) ?? []), c]);
    for (const name of [...groups.keys()].sort()) {
      // Node names are letters, digits and '-' (the schema's nodeName): safe in a bracketed title.
      lines.push(`  subgraph node_${name.replace(/[^A-Za-z0-9]/g, '_')} [node ${labelText(name)}]`);
      for (const c of groups.get(name)!) box(c, '    ');
      lines.push('  end');
    }
    for (const c of nodes) if (!c.node) box(c, '  ');
  } else for (const c of nodes) box(c, '  ');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges)
    lines.push(`  ${nodeId(byId.get(e.from)!)} ${e.clone ? '==>' : '-.->'} ${nodeId(byId.get(e.to)!)}`);
  for (const [a, b] of links) lines.push(`  ${nodeId(byId.get(a)!)} ~~~ ${nodeId(byId.get(b)!)}`);
  for (const [cls, list] of byClass) lines.push(`  class ${list.join(',')} ${cls}`);
  return lines.join('\n');
}

/** Ancestors of `from` (not in it), nearest first (breadth first over clone sources and dependencies). */
function ancestorsByDistance(
  from: readonly number[],
  preds: ReadonlyMap<number, readonly number[]>,
): number[] {
  const seen = new Set(from);
  const out: number[] = [];
  let level = [...from];
  while (level.length) {
    const next: number[] = [];
    for (const x of level)
      for (const p of preds.get(x) ?? [])
        if (!seen.has(p)) {
          seen.add(p);
          out.push(p);
          next.push(p);
        }
    level = next;
  }
  return out;
}

/** Undefined when there is nothing to draw. */
export function renderMermaid(plan: Plan, options: MermaidOptions = {}): MermaidGraph | undefined {
  const fullUpTo = options.fullGraphUpTo ?? 60;
  let maxNodes = options.maxNodes ?? 200;
  const maxEdges = options.maxEdges ?? 400;
  const maxChars = options.maxChars ?? 45_000;
  const perRank = Math.max(1, options.perRank ?? 5);
  const byId = new Map(plan.changes.map((c) => [c.id, c]));
  if (!byId.size) return undefined;
  const allEdges = edgesOf(byId);
  const preds = new Map<number, number[]>();
  for (const e of allEdges) {
    if (!preds.has(e.to)) preds.set(e.to, []);
    preds.get(e.to)!.push(e.from);
  }
  const changed = plan.changes
    .filter((c) => c.action !== 'no-op')
    .sort((a, b) => priority(a) - priority(b) || (a.layer ?? 1e9) - (b.layer ?? 1e9) || a.id - b.id);
  const changedOnly = byId.size > fullUpTo;
  if (changedOnly && !changed.length) return undefined;
  // The order nodes get the budget in: changed guests (by priority), then their unchanged
  // ancestors nearest first; a small estate is drawn whole in plan order.
  const changedIds = changed.map((c) => c.id);
  const order = changedOnly
    ? [
        ...changedIds,
        ...ancestorsByDistance(changedIds, preds).filter((id) => byId.get(id)!.action === 'no-op'),
      ]
    : plan.changes.map((c) => c.id);
  const changedSet = new Set(changedIds);
  const byNode = showsNodes(plan);
  for (;;) {
    const ids = new Set(order.slice(0, maxNodes));
    const nodes = plan.changes.filter((c) => ids.has(c.id));
    const topDown = nodes.length > TOP_DOWN_FROM;
    const among = allEdges.filter((e) => ids.has(e.from) && ids.has(e.to));
    // Clone edges before dependencies when edges must be cut; layout links take what is left.
    const edges = [...among.filter((e) => e.clone), ...among.filter((e) => !e.clone)].slice(0, maxEdges);
    const links = topDown
      ? rowLinks(nodes, edges, perRank).slice(0, Math.max(0, maxEdges - edges.length))
      : [];
    const source = build(nodes, edges, links, topDown, byNode);
    if (source.length <= maxChars || maxNodes <= 1) {
      let changedDrawn = 0;
      for (const id of ids) if (changedSet.has(id)) changedDrawn++;
      return {
        source,
        drawn: nodes.length,
        eligible: order.length,
        changedOnly,
        changedDrawn,
        changed: changedIds.length,
        byNode,
      };
    }
    maxNodes = Math.max(1, Math.floor(maxNodes / 2));
  }
}
