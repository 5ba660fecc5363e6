/**
 * Content hashes of the feature and application scripts a config refers to (I/O: reads files).
 * The planner takes them as input so that a plan changes when a script changes. A script's hash
 * covers the shared helpers of `<config-dir>/lib/` too (they are pushed beside every script), so a
 * helper change re-runs the scripts as a script change would.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesiredState } from '../model/types.js';
import { appScriptPath, featureScriptPath, testScriptPath } from './markers.js';

/** The folder of shared helpers, relative to the config dir. */
export const LIB_DIR = 'lib';

/** One shared helper: its file name inside `lib/` and its content. */
export interface LibHelper {
  readonly name: string;
  readonly bytes: Buffer;
}

/** The regular files directly inside `<configDir>/lib/`, by name; none when the folder is absent. */
export async function readLibHelpers(configDir: string): Promise<LibHelper[]> {
  let entries;
  try {
    entries = await readdir(join(configDir, LIB_DIR), { withFileTypes: true });
  } catch {
    return [];
  }
  const names = entries
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(configDir, LIB_DIR, name)) })),
  );
}

/**
 * sha256 (hex) of a script as it runs: its own bytes, then each helper's name and bytes. Without
 * helpers it is the plain sha256 of the script, as before `lib/` existed.
 */
export function scriptDigest(script: Buffer, libs: readonly LibHelper[]): string {
  const h = createHash('sha256').update(script);
  for (const l of libs) h.update(`\0${LIB_DIR}/${l.name}\0${l.bytes.length}\0`).update(l.bytes);
  return h.digest('hex');
}

/** sha256 (hex) by path relative to `configDir`; scripts that cannot be read are left out. */
export async function hashScripts(configDir: string, desired: DesiredState): Promise<Record<string, string>> {
  const paths = new Set<string>();
  for (const g of desired.guests) {
    for (const f of g.features) paths.add(featureScriptPath(f));
    if (g.applicationScript) paths.add(appScriptPath(g.applicationScript));
    for (const t of g.tests) paths.add(testScriptPath(t.path));
  }
  const libs = await readLibHelpers(configDir);
  const out: Record<string, string> = {};
  await Promise.all(
    [...paths].map(async (p) => {
      try {
        out[p] = scriptDigest(await readFile(join(configDir, p)), libs);
      } catch {
        // Missing scripts are a validation finding; the plan warns that it cannot see their changes.
      }
    }),
  );
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
