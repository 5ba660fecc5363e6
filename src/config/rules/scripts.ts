/**
 * Scripts the config refers to: features (`features/<name>.sh`), application scripts
 * (`apps/<name>`) and post-deployment tests (`tests/<path>`), all inside the config dir.
 */
import type { ConfigFileKey, Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { ScriptInventory } from '../script-inventory.js';
import { didYouMean, guestLabel, isObj, type Reporter } from './report.js';

/** Normalised path inside its folder, or why it is refused (absolute, `..`, backslashes). */
export function scriptPath(p: string): { ok: true; path: string } | { ok: false; reason: string } {
  if (p.trim() === '') return { ok: false, reason: 'is empty' };
  if (p.startsWith('/') || /^[a-z]:/i.test(p)) return { ok: false, reason: 'is absolute' };
  if (p.includes('\\')) return { ok: false, reason: "contains '\\' (use '/')" };
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  if (parts.includes('..')) return { ok: false, reason: "uses '..'" };
  return { ok: true, path: parts.join('/') };
}

type Kind = 'feature' | 'app' | 'test';
const FOLDER: Record<Kind, keyof ScriptInventory> = { feature: 'features', app: 'apps', test: 'tests' };

/** `phoenix init --scripts` writes a stub for every missing script. */
export const STUB_HINT = "create a stub with 'phoenix init --scripts'";

interface Missing {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  /** What is missing and why it matters, given who refers to it. */
  readonly text: (owners: string) => string;
  readonly file: ConfigFileKey;
  readonly at: JsonPath;
  readonly owners: string[];
}

/** `CT 901`, `CT 901 and CT 902`, `CT 901, CT 902 and VM 8000`. */
function joinOwners(owners: readonly string[]): string {
  if (owners.length <= 1) return owners.join('');
  return `${owners.slice(0, -1).join(', ')} and ${owners[owners.length - 1]}`;
}

/**
 * Checks script references. A missing script is reported once, at its first reference, naming
 * every guest that refers to it (`report()` after the last `checkGuest`).
 */
export class ScriptChecker {
  private readonly missing = new Map<string, Missing>();

  constructor(
    private readonly r: Reporter,
    private readonly scripts: ScriptInventory,
  ) {}

  private note(key: string, owner: string, m: Omit<Missing, 'owners'>): void {
    const seen = this.missing.get(key);
    if (!seen) this.missing.set(key, { ...m, owners: [owner] });
    else if (!seen.owners.includes(owner)) seen.owners.push(owner);
  }

  /** Report a reference that escapes its folder (error) or names a script that does not exist. */
  private check(kind: Kind, written: string, file: ConfigFileKey, at: JsonPath, owner: string): void {
    const folder = FOLDER[kind];
    const parsed = scriptPath(written);
    if (!parsed.ok) {
      this.r.at(
        file,
        at,
        'error',
        'PHX-SCRIPT-PATH',
        `${kind} '${written}' of ${owner} ${parsed.reason}; scripts must stay inside ${folder}/ of the config dir`,
      );
      return;
    }
    const rel = kind === 'feature' ? `${parsed.path}.sh` : parsed.path;
    const inventory = this.scripts[folder];
    if (inventory.has(rel)) return;
    const shown = `${folder}/${rel}`;
    if (kind === 'test') {
      this.note(shown, owner, {
        rule: 'PHX-TEST-MISSING',
        severity: 'warning',
        file,
        at,
        text: (owners) =>
          `test script ${shown} of ${owners} does not exist; the test will be reported as not run (${STUB_HINT})`,
      });
      return;
    }
    const names =
      kind === 'feature'
        ? [...inventory].filter((f) => f.endsWith('.sh')).map((f) => f.slice(0, -3))
        : inventory;
    const what = kind === 'feature' ? `feature '${written}'` : `application script '${written}'`;
    const hint = didYouMean(parsed.path, names);
    this.note(shown, owner, {
      rule: kind === 'feature' ? 'PHX-FEATURE-MISSING' : 'PHX-APP-MISSING',
      severity: 'error',
      file,
      at,
      text: (owners) =>
        `${what} of ${owners} needs ${shown}, which does not exist${hint}${hint ? ' Or ' : '; '}${STUB_HINT}`,
    });
  }

  /** One finding per missing script, at its first reference. */
  report(): void {
    for (const m of this.missing.values())
      this.r.at(m.file, m.at, m.severity, m.rule, m.text(joinOwners(m.owners)));
    this.missing.clear();
  }

  checkGuest(g: Guest): void {
    const file: ConfigFileKey = g.kind === 'lxc' ? 'lxc' : 'vm';
    const owner = guestLabel(g);
    if (Array.isArray(g.raw.features)) {
      g.raw.features.forEach((f, i) => {
        if (typeof f === 'string') this.check('feature', f, file, [...g.origin.path, 'features', i], owner);
      });
    }
    if (typeof g.raw.application_script === 'string') {
      this.check('app', g.raw.application_script, file, [...g.origin.path, 'application_script'], owner);
    }
    for (const t of g.tests) this.check('test', t.path, file, t.jsonPath, owner);
  }

  /** Hypervisor-level test suites (`tests.<suite>[].path`). */
  checkHypervisorTests(hv: Readonly<Record<string, unknown>>): void {
    if (!isObj(hv.tests)) return;
    for (const [suite, list] of Object.entries(hv.tests)) {
      if (!Array.isArray(list)) continue;
      list.forEach((t, i) => {
        if (isObj(t) && typeof t.path === 'string') {
          this.check('test', t.path, 'hypervisor', ['tests', suite, i, 'path'], 'the hypervisor');
        }
      });
    }
  }
}
