/**
 * One `pct set` / `qm set` edit of a guest config, the way both CLIs keep pending changes: values
 * that cannot take effect on the running guest wait in `[pve:pending]` (deletions in its `delete`
 * list) until the next start; `--revert` drops pending entries. The callers decide per key what
 * is deferred; this module keeps the pending section consistent.
 */
import { touch } from './guests.js';
import type { ConfSection, SimGuest } from './model.js';
import { splitList } from '../dialect/pve-values.js';

/** Keys in the pending `delete` list. */
export function pendingDeletes(p: ConfSection | undefined): string[] {
  return p?.values.delete ? splitList(p.values.delete) : [];
}

export interface ConfigEdit {
  readonly main: Record<string, string>;
  readonly running: boolean;
  readonly pending: ConfSection;
  /** Keys to delete at the next start. */
  pdel: string[];
}

/** Starts an edit: the pending section (a new one if none), without the `revert`ed keys. */
export function beginConfigEdit(g: SimGuest, revert: readonly string[]): ConfigEdit {
  const edit: ConfigEdit = {
    main: g.conf.main.values,
    running: g.status === 'running',
    pending: g.conf.pending ?? { values: {} },
    pdel: pendingDeletes(g.conf.pending),
  };
  for (const k of revert) {
    delete edit.pending.values[k];
    edit.pdel = edit.pdel.filter((d) => d !== k);
  }
  return edit;
}

/** Sets `key` (no longer pending deletion): pending when `defer`, else in the config at once. */
export function setConfigValue(
  g: SimGuest,
  edit: ConfigEdit,
  key: string,
  value: string,
  defer: boolean,
): void {
  edit.pdel = edit.pdel.filter((d) => d !== key);
  if (defer) {
    edit.pending.values[key] = value;
    return;
  }
  delete edit.pending.values[key];
  if (key === 'description') g.conf.main.description = value;
  else edit.main[key] = value;
}

/** Ends an edit: stores the pending deletions, drops an empty pending section, marks the change. */
export function finishConfigEdit(g: SimGuest, edit: ConfigEdit): void {
  const { pending, pdel } = edit;
  if (pdel.length > 0) pending.values.delete = pdel.join(',');
  else delete pending.values.delete;
  if (Object.keys(pending.values).length > 0) g.conf.pending = pending;
  else delete g.conf.pending;
  touch(g);
}
