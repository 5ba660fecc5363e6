/** Building located diagnostics for the semantic rules. */
import type { Guest } from '../../model/types.js';
import { CONFIG_FILES, type ConfigFileKey } from '../../model/types.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { JsonPath } from '../json-source.js';
import { displayPath, type LoadedConfig } from '../load.js';

type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `CT 950` / `VM 9000`, the way Proxmox operators name guests. */
export function guestLabel(g: Pick<Guest, 'kind' | 'id'>): string {
  return `${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id}`;
}

export function guestFileKey(g: Pick<Guest, 'kind'>): ConfigFileKey {
  return g.kind === 'lxc' ? 'lxc' : 'vm';
}

/** The key that names a guest's clone source in its file. */
export function cloneKey(g: Pick<Guest, 'kind'>): string {
  return g.kind === 'lxc' ? 'clone_from_ctid' : 'clone_from_vmid';
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly loaded: LoadedConfig) {}

  /** Display path of a config file (the dir as the user gave it, joined with the name). */
  fileName(key: ConfigFileKey): string {
    return this.loaded.sources[key]?.file ?? displayPath(this.loaded.dir, CONFIG_FILES[key]);
  }

  /** Report at the value (or, with `which: 'key'`, the key) found at `path` in a file. */
  at(
    key: ConfigFileKey,
    path: JsonPath,
    severity: Severity,
    rule: string,
    message: string,
    which: 'key' | 'value' = 'value',
  ): void {
    const source = this.loaded.sources[key];
    const pos = source ? source.locate(path, which) : { line: 1, column: 1 };
    this.diagnostics.push({ file: this.fileName(key), ...pos, severity, rule, message });
  }

  /** Like `at`, but only the first call with the same `dedupeKey` reports. */
  once(
    dedupeKey: string,
    key: ConfigFileKey,
    path: JsonPath,
    severity: Severity,
    rule: string,
    message: string,
  ): void {
    if (this.seen.has(dedupeKey)) return;
    this.seen.add(dedupeKey);
    this.at(key, path, severity, rule, message);
  }

  /** Report on a field of a guest (path relative to the guest object); `[]` means the guest's key. */
  guest(g: Guest, sub: JsonPath, severity: Severity, rule: string, message: string): void {
    const which = sub.length === 0 ? 'key' : 'value';
    this.at(guestFileKey(g), [...g.origin.path, ...sub], severity, rule, message, which);
  }

  /** `file:line` of a path, for messages that point at a second place. */
  where(key: ConfigFileKey, path: JsonPath): string {
    const source = this.loaded.sources[key];
    const pos = source ? source.locate(path, 'key') : { line: 1, column: 1 };
    return `${CONFIG_FILES[key]}:${pos.line}`;
  }
}

/**
 * Where a VM field comes from: the VM object itself, else `vm_defaults`. Returns the path and
 * whether it is the shared default (diagnostics on defaults are reported once).
 */
export function vmFieldSource(
  g: Guest,
  vmDefaults: Obj,
  field: string,
): { path: JsonPath; fromDefaults: boolean } | undefined {
  if (g.raw[field] !== undefined) return { path: [...g.origin.path, field], fromDefaults: false };
  if (vmDefaults[field] !== undefined) return { path: ['vm_defaults', field], fromDefaults: true };
  return undefined;
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** `; did you mean 'x'?` for the closest candidate within a small edit distance, else ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}
