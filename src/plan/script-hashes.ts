/**
 * Content hashes of the feature and application scripts a config refers to (I/O: reads files).
 * The planner takes them as input so that a plan changes when a script changes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesiredState } from '../model/types.js';
import { appScriptPath, featureScriptPath } from './markers.js';

/** sha256 (hex) by path relative to `configDir`; scripts that cannot be read are left out. */
export async function hashScripts(configDir: string, desired: DesiredState): Promise<Record<string, string>> {
  const paths = new Set<string>();
  for (const g of desired.guests) {
    for (const f of g.features) paths.add(featureScriptPath(f));
    if (g.applicationScript) paths.add(appScriptPath(g.applicationScript));
  }
  const out: Record<string, string> = {};
  await Promise.all(
    [...paths].map(async (p) => {
      try {
        const bytes = await readFile(join(configDir, p));
        out[p] = createHash('sha256').update(bytes).digest('hex');
      } catch {
        // Missing scripts are a validation finding; the plan warns that it cannot see their changes.
      }
    }),
  );
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
