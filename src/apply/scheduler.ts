/**
 * Runs tasks along a dependency DAG with bounded concurrency. A task starts when every task it
 * depends on has succeeded; when one fails, everything downstream of it is skipped while
 * independent branches carry on. Tasks that name the same exclusive resource (e.g. the clone
 * source that Proxmox locks while cloning) never run at the same time.
 */
export type TaskOutcome = 'succeeded' | 'failed' | 'skipped';

export interface GraphTask<K> {
  readonly key: K;
  /** Keys that must succeed first. Keys not in the task set are ignored (already converged). */
  readonly after: readonly K[];
  /** Resources this task holds exclusively while it runs. */
  readonly exclusive?: readonly string[];
}

export interface TaskResult<K> {
  readonly key: K;
  readonly outcome: TaskOutcome;
  readonly error?: unknown;
  /** For skipped tasks: the failed task that caused the skip. */
  readonly blockedBy?: K;
  readonly ms: number;
}

export async function runGraph<K, T extends GraphTask<K>>(
  tasks: readonly T[],
  concurrency: number,
  run: (task: T) => Promise<void>,
): Promise<Map<K, TaskResult<K>>> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`concurrency must be >= 1, got ${concurrency}`);
  const byKey = new Map<K, T>();
  for (const t of tasks) byKey.set(t.key, t);
  const results = new Map<K, TaskResult<K>>();
  const waitingOn = new Map<K, number>();
  const dependents = new Map<K, K[]>();
  for (const t of tasks) {
    const deps = [...new Set(t.after)].filter((d) => byKey.has(d) && d !== t.key);
    waitingOn.set(t.key, deps.length);
    for (const d of deps) {
      const list = dependents.get(d) ?? [];
      list.push(t.key);
      dependents.set(d, list);
    }
  }
  // Ready queue in input order, so callers control priority (e.g. longest chain first).
  const order = new Map<K, number>();
  tasks.forEach((t, i) => order.set(t.key, i));
  const ready: T[] = tasks.filter((t) => waitingOn.get(t.key) === 0);
  const held = new Set<string>();
  let running = 0;

  const skipDownstream = (failed: K, cause: K): void => {
    const stack = [...(dependents.get(failed) ?? [])];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (results.has(k)) continue;
      results.set(k, { key: k, outcome: 'skipped', blockedBy: cause, ms: 0 });
      stack.push(...(dependents.get(k) ?? []));
    }
  };

  return await new Promise((resolve) => {
    const pump = (): void => {
      for (let i = 0; i < ready.length && running < concurrency;) {
        const task = ready[i];
        if (results.has(task.key)) {
          ready.splice(i, 1);
          continue;
        }
        const locks = task.exclusive ?? [];
        if (locks.some((l) => held.has(l))) {
          i++;
          continue;
        }
        ready.splice(i, 1);
        for (const l of locks) held.add(l);
        running++;
        const started = Date.now();
        run(task).then(
          () => finish(task, { key: task.key, outcome: 'succeeded', ms: Date.now() - started }),
          (error: unknown) =>
            finish(task, { key: task.key, outcome: 'failed', error, ms: Date.now() - started }),
        );
      }
      if (running === 0) {
        for (const t of tasks) {
          if (!results.has(t.key)) results.set(t.key, { key: t.key, outcome: 'skipped', ms: 0 });
        }
        resolve(results);
      }
    };
    const finish = (task: T, result: TaskResult<K>): void => {
      running--;
      for (const l of task.exclusive ?? []) held.delete(l);
      results.set(task.key, result);
      if (result.outcome === 'failed') skipDownstream(task.key, task.key);
      else {
        for (const d of dependents.get(task.key) ?? []) {
          const left = (waitingOn.get(d) ?? 0) - 1;
          waitingOn.set(d, left);
          if (left === 0 && !results.has(d)) {
            const t = byKey.get(d)!;
            // keep the ready queue in caller order
            const pos = ready.findIndex((r) => (order.get(r.key) ?? 0) > (order.get(d) ?? 0));
            if (pos < 0) ready.push(t);
            else ready.splice(pos, 0, t);
          }
        }
      }
      pump();
    };
    pump();
  });
}
