/**
 * A Mermaid flowchart of templates, clones and dependencies, created/changed guests styled by
 * class. Small estates are drawn whole; big ones only the changed guests and their ancestors, and
 * never more than GitHub renders (it refuses sources over about 50,000 characters and 500 edges).
 */
import type { GuestChange, Plan } from '../plan/types.js';
import { label } from './summary.js';

export interface MermaidOptions {
  /** Draw every guest when the estate has at most this many (default 60). */
  readonly fullGraphUpTo?: number;
  /** At most this many nodes (default 200). */
  readonly maxNodes?: number;
  /** At most this many edges (default 400). */
  readonly maxEdges?: number;
  /** Source length limit in characters (default 45,000). */
  readonly maxChars?: number;
}

export interface MermaidGraph {
  /** The flowchart source, without the code fence. */
  readonly source: string;
  readonly drawn: number;
  /** Guests that qualified for drawing (all, or changed plus ancestors). */
  readonly eligible: number;
  /** Only changed guests and their ancestors are drawn. */
  readonly changedOnly: boolean;
}

const CLASS_DEFS = [
  'classDef create fill:#dafbe1,stroke:#1a7f37,color:#0f2e17',
  'classDef change fill:#fff8c5,stroke:#9a6700,color:#3b2300',
  'classDef rebuild fill:#ffebe9,stroke:#cf222e,color:#4c0014',
  'classDef destroy fill:#ffebe9,stroke:#cf222e,color:#4c0014,stroke-dasharray:4 3',
  'classDef same fill:#f6f8fa,stroke:#8c959f,color:#24292f',
];

/** What the colours and arrows of the graph mean, for the line above it. */
export const MERMAID_LEGEND =
  'Green: created · yellow: changed in place · red: rebuilt (destroyed and made again) · red dashed: destroyed · grey: unchanged. Double-bordered boxes are templates; thick arrows lead from the clone source, dotted ones from a dependency.';

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

function nodeId(c: Pick<GuestChange, 'kind' | 'id'>): string {
  return `${c.kind === 'lxc' ? 'ct' : 'vm'}${c.id}`;
}

/** Mermaid label text: quotes and angle brackets as entity codes, length bounded. */
function labelText(s: string): string {
  const short = s.length > 40 ? `${s.slice(0, 37)}...` : s;
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

function build(nodes: readonly GuestChange[], edges: readonly Edge[], ids: ReadonlySet<number>): string {
  const lines = ['flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
  const byClass = new Map<string, string[]>();
  for (const c of nodes) {
    const text = labelText(`${label(c)} ${c.name}`.trim());
    lines.push(c.template ? `  ${nodeId(c)}[["${text}"]]` : `  ${nodeId(c)}["${text}"]`);
    const cls = classOf(c);
    if (!byClass.has(cls)) byClass.set(cls, []);
    byClass.get(cls)!.push(nodeId(c));
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    lines.push(`  ${nodeId(byId.get(e.from)!)} ${e.clone ? '==>' : '-.->'} ${nodeId(byId.get(e.to)!)}`);
  }
  for (const [cls, list] of byClass) lines.push(`  class ${list.join(',')} ${cls}`);
  return lines.join('\n');
}

/** Undefined when there is nothing to draw. */
export function renderMermaid(plan: Plan, options: MermaidOptions = {}): MermaidGraph | undefined {
  const fullUpTo = options.fullGraphUpTo ?? 60;
  let maxNodes = options.maxNodes ?? 200;
  const maxEdges = options.maxEdges ?? 400;
  const maxChars = options.maxChars ?? 45_000;
  const byId = new Map(plan.changes.map((c) => [c.id, c]));
  if (!byId.size) return undefined;
  const allEdges = edgesOf(byId);
  const preds = new Map<number, number[]>();
  const succs = new Map<number, number[]>();
  for (const e of allEdges) {
    if (!preds.has(e.to)) preds.set(e.to, []);
    preds.get(e.to)!.push(e.from);
    if (!succs.has(e.from)) succs.set(e.from, []);
    succs.get(e.from)!.push(e.to);
  }
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const changedOnly = byId.size > fullUpTo;
  if (changedOnly && !changed.length) return undefined;
  // Changed guests in plan order (layer, then id), each followed by its not-yet-drawn ancestors.
  const seeds = changedOnly
    ? [...changed].sort((a, b) => (a.layer ?? 1e9) - (b.layer ?? 1e9) || a.id - b.id)
    : [...plan.changes];
  const closure = (id: number, into: ReadonlySet<number>, extra: number[]) => {
    const seen = new Set<number>();
    const todo = [id];
    while (todo.length) {
      const x = todo.pop()!;
      if (into.has(x) || seen.has(x)) continue;
      seen.add(x);
      extra.push(x);
      for (const p of preds.get(x) ?? []) todo.push(p);
    }
  };
  const eligibleSet = new Set<number>();
  for (const s of seeds) {
    const add: number[] = [];
    closure(s.id, eligibleSet, add);
    for (const x of add) eligibleSet.add(x);
  }
  for (;;) {
    const ids = new Set<number>();
    let edgeCount = 0;
    for (const s of seeds) {
      const add: number[] = [];
      closure(s.id, ids, add);
      if (ids.size + add.length > maxNodes) break;
      if (!add.length) continue;
      const addSet = new Set(add);
      let newEdges = 0;
      for (const x of add) {
        for (const p of preds.get(x) ?? []) if (ids.has(p) || addSet.has(p)) newEdges++;
        for (const q of succs.get(x) ?? []) if (ids.has(q)) newEdges++;
      }
      if (edgeCount + newEdges > maxEdges) break;
      edgeCount += newEdges;
      for (const x of add) ids.add(x);
    }
    const nodes = plan.changes.filter((c) => ids.has(c.id));
    const source = build(nodes, allEdges, ids);
    if (source.length <= maxChars || maxNodes <= 1) {
      return { source, drawn: nodes.length, eligible: eligibleSet.size, changedOnly };
    }
    maxNodes = Math.max(1, Math.floor(maxNodes / 2));
  }
}
