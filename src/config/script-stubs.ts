/**
 * Stubs for the scripts a config names but its folder lacks (`phoenix init --scripts`): every
 * feature (`features/<name>.sh`), application script (`apps/<name>`) and test script
 * (`tests/<path>`) that guests or the hypervisor refer to and that is not in the inventory, with
 * who uses it. Pure: the caller writes the files.
 */
import type { Guest } from '../model/types.js';
import { guestLabel, isObj } from './rules/report.js';
import { scriptPath } from './rules/scripts.js';
import type { ScriptInventory } from './script-inventory.js';

export type StubKind = 'feature' | 'app' | 'test';

export interface ScriptStub {
  /** Path inside the config dir, e.g. `features/docker.sh`. */
  readonly path: string;
  readonly kind: StubKind;
  /** `CT 950`, `VM 9001`, `the hypervisor`. */
  readonly users: readonly string[];
  /** The name as the config writes it (`docker`, `vllm.sh`, `docker/check.sh`). */
  readonly name: string;
}

const FOLDER = { feature: 'features', app: 'apps', test: 'tests' } as const;

/** The scripts `guests` and the hypervisor file name that `scripts` lacks, in the order first named. */
export function missingScripts(
  guests: readonly Guest[],
  hypervisor: unknown,
  scripts: ScriptInventory,
): ScriptStub[] {
  const out = new Map<string, { kind: StubKind; name: string; users: string[] }>();
  const need = (kind: StubKind, written: string, user: string): void => {
    const p = scriptPath(written);
    if (!p.ok) return; // validate reports it; no stub outside the folder
    const rel = kind === 'feature' ? `${p.path}.sh` : p.path;
    if (scripts[FOLDER[kind]].has(rel)) return;
    const path = `${FOLDER[kind]}/${rel}`;
    const seen = out.get(path);
    if (!seen) out.set(path, { kind, name: p.path, users: [user] });
    else if (!seen.users.includes(user)) seen.users.push(user);
  };
  for (const g of guests) {
    const user = guestLabel(g);
    if (Array.isArray(g.raw.features))
      for (const f of g.raw.features) if (typeof f === 'string') need('feature', f, user);
    if (typeof g.raw.application_script === 'string') need('app', g.raw.application_script, user);
    for (const t of g.tests) need('test', t.path, user);
  }
  if (isObj(hypervisor) && isObj(hypervisor.tests))
    for (const list of Object.values(hypervisor.tests))
      if (Array.isArray(list))
        for (const t of list)
          if (isObj(t) && typeof t.path === 'string') need('test', t.path, 'the hypervisor');
  return [...out].map(([path, s]) => ({ path, ...s }));
}

/** `text` as `#` comment lines of at most 100 characters. */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const w of text.split(' ')) {
    if (line.length + w.length + 1 > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${w}`;
  }
  lines.push(line);
  return lines;
}

/** The stub's text: bash, strict mode, and who runs it with what. */
export function stubText(s: ScriptStub): string {
  const users = s.users.join(', ');
  const what =
    s.kind === 'feature'
      ? `Feature '${s.name}' of ${users}: phoenix apply runs it inside each of these guests, as root, after the features listed before it.`
      : s.kind === 'app'
        ? `Application script '${s.name}' of ${users}: phoenix apply runs it inside the guest, as root, after all its features.`
        : s.users.length === 1 && s.users[0] === 'the hypervisor'
          ? `Test '${s.name}' of the hypervisor: a post-deployment test run on the Proxmox host; exit 0 means pass.`
          : `Test '${s.name}' of ${users}: a post-deployment test run inside the guest, as root; exit 0 means pass.`;
  const how =
    s.kind === 'test' && s.users.length === 1 && s.users[0] === 'the hypervisor'
      ? 'Called as `bash <this file>` with no arguments; $PHOENIX_GUEST_CONFIG names a JSON file with the hypervisor config.'
      : 'Called as `bash <this file> ID`: $1 is the CTID or VMID, the files of config/lib/ sit beside this one, and $PHOENIX_GUEST_CONFIG names a JSON file with the guest\'s config object plus "id" and "kind" (see config/README.md). Read it with jq.';
  return [
    '#!/bin/bash',
    ...comment(what),
    ...comment(how),
    '# It must be idempotent: Phoenix runs it again on later applies.',
    '# Stub written by `phoenix init --scripts`: replace the line below with the real work.',
    'set -euo pipefail',
    '',
    `echo "${s.path}: stub, nothing done yet"`,
    '',
  ].join('\n');
}
