/**
 * A small directed acyclic graph over string node ids: topological layers (what can run in
 * parallel), cycle detection, ancestors. Edges point from what must happen first to what waits.
 */
export interface Dag {
  /** Node ids in a stable order (the order layers list them in). */
  readonly nodes: readonly string[];
  /** node -> the nodes that must come before it. */
  readonly preds: ReadonlyMap<string, readonly string[]>;
  /** node -> the nodes that wait for it. */
  readonly succs: ReadonlyMap<string, readonly string[]>;
}

/** Build from nodes and `[before, after]` edges; edges naming unknown nodes or repeated are ignored. */
export function buildDag(nodes: readonly string[], edges: readonly (readonly [string, string])[]): Dag {
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const n of nodes) {
    preds.set(n, []);
    succs.set(n, []);
  }
  for (const [a, b] of edges) {
    const into = preds.get(b);
    const from = succs.get(a);
    if (!into || !from || into.includes(a)) continue;
    into.push(a);
    from.push(b);
  }
  return { nodes: [...nodes], preds, succs };
}

export interface LayerResult {
  /** Each node in the earliest layer after all its predecessors; empty layers never occur. */
  readonly layers: string[][];
  /** node -> layer index, for nodes not caught in a cycle. */
  readonly level: Map<string, number>;
  /** Each cycle as a closed path `[a, b, c, a]` where a comes before b comes before c comes before a. */
  readonly cycles: string[][];
  /** Nodes that could not be placed: in a cycle or waiting for one. */
  readonly blocked: string[];
}

export function topoLayers(dag: Dag): LayerResult {
  // Works on node positions (typed arrays, numeric sorts); the by-name version below handles
  // repeated node ids the way it always has.
  const n = dag.nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(dag.nodes[i], i);
  if (index.size !== n) return topoLayersByName(dag);
  const indeg = new Int32Array(n);
  const succ: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const node = dag.nodes[i];
    indeg[i] = dag.preds.get(node)!.length;
    const names = dag.succs.get(node)!;
    const list = new Array<number>(names.length);
    for (let k = 0; k < names.length; k++) {
      const j = index.get(names[k]);
      if (j === undefined) return topoLayersByName(dag);
      list[k] = j;
    }
    succ[i] = list;
  }
  const level = new Map<string, number>();
  const placed = new Uint8Array(n);
  const layers: string[][] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) roots.push(i);
  let current: ArrayLike<number> = roots;
  while (current.length) {
    const depth = layers.length;
    const layer = new Array<string>(current.length);
    const next: number[] = [];
    for (let k = 0; k < current.length; k++) {
      const i = current[k];
      layer[k] = dag.nodes[i];
      level.set(layer[k], depth);
      placed[i] = 1;
      for (const s of succ[i]) if (--indeg[s] === 0) next.push(s);
    }
    layers.push(layer);
    current = Int32Array.from(next).sort();
  }
  const blocked = dag.nodes.filter((_, i) => !placed[i]);
  return { layers, level, cycles: blocked.length ? findCycles(dag, new Set(blocked)) : [], blocked };
}

/** `topoLayers` by node name (the general case: a node id may be listed more than once). */
function topoLayersByName(dag: Dag): LayerResult {
  const indeg = new Map<string, number>();
  for (const n of dag.nodes) indeg.set(n, dag.preds.get(n)!.length);
  const level = new Map<string, number>();
  let current = dag.nodes.filter((n) => indeg.get(n) === 0);
  const layers: string[][] = [];
  const order = new Map<string, number>();
  dag.nodes.forEach((n, i) => order.set(n, i));
  while (current.length) {
    const depth = layers.length;
    layers.push(current);
    const next: string[] = [];
    for (const n of current) {
      level.set(n, depth);
      for (const s of dag.succs.get(n)!) {
        const d = indeg.get(s)! - 1;
        indeg.set(s, d);
        if (d === 0) next.push(s);
      }
    }
    next.sort((a, b) => order.get(a)! - order.get(b)!);
    current = next;
  }
  const blocked = dag.nodes.filter((n) => !level.has(n));
  return { layers, level, cycles: blocked.length ? findCycles(dag, new Set(blocked)) : [], blocked };
}

/** Strongly connected components (Tarjan, iterative) restricted to `within`; cycles only. */
function findCycles(dag: Dag, within: ReadonlySet<string>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const root of dag.nodes) {
    if (!within.has(root) || index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const nexts = dag.succs.get(frame.node)!;
      if (frame.i < nexts.length) {
        const s = nexts[frame.i++];
        if (!within.has(s)) continue;
        if (!index.has(s)) {
          index.set(s, counter);
          low.set(s, counter++);
          stack.push(s);
          onStack.add(s);
          work.push({ node: s, i: 0 });
        } else if (onStack.has(s)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(s)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const scc: string[] = [];
        let x: string;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          scc.push(x);
        } while (x !== frame.node);
        const selfLoop = scc.length === 1 && dag.succs.get(scc[0])!.includes(scc[0]);
        if (scc.length > 1 || selfLoop) cycles.push(cyclePath(dag, new Set(scc)));
      }
    }
  }
  return cycles;
}

/** A closed path through one strongly connected component, following "comes before" edges. */
function cyclePath(dag: Dag, scc: ReadonlySet<string>): string[] {
  const start = dag.nodes.find((n) => scc.has(n))!;
  const path = [start];
  const pos = new Map([[start, 0]]);
  let cur = start;
  for (;;) {
    const next = dag.succs.get(cur)!.find((s) => scc.has(s))!;
    if (pos.has(next)) {
      const from = pos.get(next)!;
      return [...path.slice(from), next];
    }
    pos.set(next, path.length);
    path.push(next);
    cur = next;
  }
}

/** All nodes that must come before any of `start` (not including `start` itself unless in a cycle). */
export function ancestors(dag: Dag, start: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const n = todo.pop()!;
    for (const p of dag.preds.get(n) ?? []) {
      if (!out.has(p)) {
        out.add(p);
        todo.push(p);
      }
    }
  }
  return out;
}

/** Length (in nodes) of the longest chain. */
export function longestChain(dag: Dag): number {
  return topoLayers(dag).layers.length;
}
