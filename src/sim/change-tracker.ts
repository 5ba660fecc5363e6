/**
 * Records what a simulator phase changes in the state, so the store writes only that (a journal
 * record) instead of the whole file. The phase sees the state through proxies that note every
 * write: a write inside a *unit* (one guest, one storage, one host file, one volume...) marks the
 * unit dirty, and the unit is written whole; a write to a container above the units (the root, a
 * node, `access`) is written at its own path. `STATE_LAYOUT` says where the units are. Every write
 * is also kept in an undo log, so a phase that throws leaves the state as it found it (the store
 * keeps its parsed state in memory between commands).
 *
 * After `commit`, each written value in the state is replaced by a fresh parse of the text that
 * went into the journal: the in-memory state then holds exactly what a reader of the files gets
 * (no proxies, no shared objects between guests, no `undefined`).
 */

/** A path into the state: object keys, and array indices for list elements. */
export type StatePath = ReadonlyArray<string | number>;

/** One journal operation: set `path` to the JSON `text`, or delete `path` (text undefined). */
export interface StateRecord {
  readonly path: StatePath;
  readonly text?: string;
}

type Layout = 'unit' | 'map' | 'list' | { readonly [key: string]: Layout };

/** Where the units are: `map` children and `list` elements are units; unnamed keys are units. */
export const STATE_LAYOUT: Layout = {
  guests: 'map',
  storages: 'map',
  clusterFiles: 'map',
  clusterDirs: 'map',
  flocks: 'map',
  counters: 'map',
  volumes: 'list',
  nodes: { '*': { files: 'map', datasets: 'map', zpools: 'map', packages: 'map' } },
  access: { users: 'map', groups: 'map', roles: 'map', pools: 'map' },
};

type Obj = Record<string | symbol, unknown>;

function childLayout(layout: Layout, key: string): Layout {
  if (layout === 'map' || layout === 'list' || layout === 'unit') return 'unit';
  return layout[key] ?? layout['*'] ?? 'unit';
}

const pathKey = (path: StatePath): string => path.join('\u0000');
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const indexOf = (key: string | symbol): number | undefined =>
  typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : undefined;

/** A list (array of units) being tracked. */
interface ListInfo {
  path: StatePath;
  array: unknown[];
  touched: Set<number>;
  dirtyElems: Set<unknown>;
  lengthChanged: boolean;
}

/** What a write inside a unit marks dirty. */
type UnitRef = { kind: 'unit'; path: StatePath } | { kind: 'elem'; list: ListInfo; elem: unknown };

interface ContainerOp {
  path: StatePath;
  /** The key was there before the phase (an added-then-removed key is no change). */
  existed: boolean;
  deleted: boolean;
  inserted: boolean;
}

/** Thrown when a proxy of a finished phase is written to (a phase kept a reference too long). */
export class StaleStateWrite extends Error {}

export class ChangeTracker {
  /** Writes at container level, in order of (last) insertion for inserted keys. */
  private readonly ops = new Map<string, ContainerOp>();
  private readonly units = new Map<string, StatePath>();
  private readonly lists = new Map<unknown[], ListInfo>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly undo: Array<() => void> = [];
  private closed = false;
  readonly root: unknown;

  constructor(private readonly state: object) {
    this.root = this.container(state, [], STATE_LAYOUT);
  }

  /** True when the phase wrote anything. */
  get changed(): boolean {
    return this.undo.length > 0;
  }

  /** Undoes every write (the phase threw, or was not allowed to write). */
  rollback(): void {
    this.closed = true;
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]();
    this.undo.length = 0;
  }

  /** Ends the phase: the records to journal, the state normalised to what they say. */
  commit(): StateRecord[] {
    this.closed = true;
    if (this.undo.length === 0) return [];
    const out: StateRecord[] = [];
    const covered = (path: StatePath, self: boolean): boolean => {
      for (let n = self ? path.length : path.length - 1; n > 0; n--)
        if (this.ops.has(pathKey(path.slice(0, n)))) return true;
      return false;
    };
    const ops = [...this.ops.values()].filter(
      (op) => !covered(op.path, false) && (op.existed || this.valueAt(op.path) !== undefined),
    );
    // A key deleted and added again moves to the end, as it did in memory.
    for (const op of ops) if (op.deleted && op.inserted) out.push({ path: op.path });
    for (const op of [...ops.filter((o) => !o.inserted), ...ops.filter((o) => o.inserted)])
      this.emit(op.path, out);
    for (const path of this.units.values()) if (!covered(path, true)) this.emit(path, out);
    for (const list of this.lists.values()) {
      if (covered(list.path, true)) continue;
      for (const elem of list.dirtyElems) {
        const i = list.array.indexOf(elem);
        if (i >= 0) list.touched.add(i);
      }
      for (const i of [...list.touched].sort((a, b) => a - b))
        if (i < list.array.length) this.emit([...list.path, i], out);
      if (list.lengthChanged) out.push({ path: [...list.path, 'length'], text: String(list.array.length) });
    }
    return out;
  }

  private parentOf(path: StatePath): Obj | undefined {
    let parent: unknown = this.state;
    for (const k of path.slice(0, -1)) parent = isObject(parent) ? parent[k as string] : undefined;
    return isObject(parent) ? parent : undefined;
  }

  private valueAt(path: StatePath): unknown {
    return this.parentOf(path)?.[path[path.length - 1] as string];
  }

  /** Records the value at `path` (a delete when it is gone) and replaces it by its parsed text. */
  private emit(path: StatePath, out: StateRecord[]): void {
    const parent = this.parentOf(path);
    const key = path[path.length - 1] as string;
    const value = parent?.[key];
    const text = value === undefined ? undefined : JSON.stringify(value);
    if (text === undefined) {
      out.push({ path });
      return;
    }
    out.push({ path, text });
    (parent as Obj)[key] = JSON.parse(text);
  }

  private unwrap(v: unknown): unknown {
    return isObject(v) ? (this.targets.get(v) ?? v) : v;
  }

  private guard(): void {
    if (this.closed) throw new StaleStateWrite('simulator state written after its phase ended');
  }

  /** Records the old value of `target[key]` so `rollback` can restore it. */
  private remember(target: Obj, key: string | symbol): void {
    const had = Object.prototype.hasOwnProperty.call(target, key);
    const old = target[key];
    // Setting an index past the end grows an array before `length` is set: keep the length too.
    const length = Array.isArray(target) ? target.length : undefined;
    this.undo.push(() => {
      if (had) target[key] = old;
      else delete target[key];
      if (length !== undefined) (target as unknown as unknown[]).length = length;
    });
  }

  private wrap(value: unknown, make: (v: Obj) => object): unknown {
    if (!isObject(value)) return value;
    if (this.targets.has(value)) return value; // already a proxy (stored during this phase)
    let p = this.proxies.get(value);
    if (!p) {
      p = make(value);
      this.proxies.set(value, p);
      this.targets.set(p, value);
    }
    return p;
  }

  private child(value: unknown, path: StatePath, layout: Layout): unknown {
    if (layout === 'unit') return this.wrap(value, (v) => this.unit(v, { kind: 'unit', path }));
    if (layout === 'list' && Array.isArray(value))
      return this.wrap(value, (v) => this.list(v as unknown as unknown[], path));
    if (layout === 'list') return this.wrap(value, (v) => this.unit(v, { kind: 'unit', path }));
    return this.wrap(value, (v) => this.container(v, path, layout));
  }

  private container(target: object, path: StatePath, layout: Layout): object {
    return new Proxy(target as Obj, {
      get: (t, key) => {
        const v = t[key];
        if (typeof key === 'symbol' || !isObject(v)) return v;
        return this.proxies.get(v) ?? this.child(v, [...path, key], childLayout(layout, key));
      },
      set: (t, key, v) => {
        this.guard();
        if (typeof key === 'symbol') return Reflect.set(t, key, v);
        const p = [...path, key];
        const k = pathKey(p);
        const inserted = !Object.prototype.hasOwnProperty.call(t, key);
        const op = this.ops.get(k) ?? { path: p, existed: !inserted, deleted: false, inserted: false };
        if (inserted) {
          op.inserted = true;
          this.ops.delete(k); // insertion order is what the journal replays
        }
        this.ops.set(k, op);
        this.remember(t, key);
        t[key] = this.unwrap(v);
        return true;
      },
      deleteProperty: (t, key) => {
        this.guard();
        if (typeof key === 'symbol') return Reflect.deleteProperty(t, key);
        const p = [...path, key];
        const k = pathKey(p);
        const had = Object.prototype.hasOwnProperty.call(t, key);
        const op = this.ops.get(k) ?? { path: p, existed: had, deleted: false, inserted: false };
        op.deleted = true;
        this.ops.set(k, op);
        this.remember(t, key);
        delete t[key];
        return true;
      },
    });
  }

  private list(target: unknown[], path: StatePath): object {
    let info = this.lists.get(target);
    if (!info) {
      info = { path, array: target, touched: new Set(), dirtyElems: new Set(), lengthChanged: false };
      this.lists.set(target, info);
    }
    const list = info;
    return new Proxy(target as unknown as Obj, {
      get: (t, key) => {
        const v = t[key];
        // An array's only object-valued properties are its elements.
        if (typeof key === 'symbol' || !isObject(v)) return v;
        return this.proxies.get(v) ?? this.wrap(v, (e) => this.unit(e, { kind: 'elem', list, elem: e }));
      },
      set: (t, key, v) => {
        this.guard();
        const i = indexOf(key);
        if (i !== undefined) list.touched.add(i);
        else if (key === 'length') list.lengthChanged = true;
        this.remember(t, key);
        t[key] = this.unwrap(v);
        return true;
      },
      deleteProperty: (t, key) => {
        this.guard();
        const i = indexOf(key);
        if (i !== undefined) list.touched.add(i);
        this.remember(t, key);
        delete t[key];
        return true;
      },
    });
  }

  private unit(target: Obj, ref: UnitRef): object {
    const mark = (): void => {
      this.guard();
      if (ref.kind === 'elem') ref.list.dirtyElems.add(ref.elem);
      else this.units.set(pathKey(ref.path), ref.path);
    };
    return new Proxy(target, {
      get: (t, key) => {
        const v = t[key];
        if (typeof key === 'symbol' || !isObject(v)) return v;
        return this.proxies.get(v) ?? this.wrap(v, (c) => this.unit(c, ref));
      },
      set: (t, key, v) => {
        mark();
        this.remember(t, key);
        t[key] = this.unwrap(v);
        return true;
      },
      deleteProperty: (t, key) => {
        mark();
        this.remember(t, key);
        delete t[key];
        return true;
      },
    });
  }
}

/** Applies journal records to a state, as `ChangeTracker.commit` described them. */
export function applyRecords(state: object, records: ReadonlyArray<readonly [StatePath, unknown?]>): void {
  for (const rec of records) {
    const [path] = rec;
    let parent = state as Obj;
    for (const k of path.slice(0, -1)) {
      const next = parent[k as string];
      if (isObject(next)) parent = next;
      else parent = (parent[k as string] = {}) as Obj;
    }
    const key = path[path.length - 1] as string;
    if (rec.length < 2) delete parent[key];
    else parent[key] = rec[1];
  }
}
