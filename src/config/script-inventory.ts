/**
 * The scripts found under a config dir (features/, apps/, tests/), which the script rules check
 * references against. Listing them is the only I/O here.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Scripts found under the config dir, as paths relative to their folder (`docker.sh`, `docker/check.sh`). */
export interface ScriptInventory {
  readonly features: ReadonlySet<string>;
  readonly apps: ReadonlySet<string>;
  readonly tests: ReadonlySet<string>;
}

async function listFiles(root: string): Promise<Set<string>> {
  const out = new Set<string>();
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    // `parentPath` is newer than Node 20.0; `path` is its older name.
    const parent = e.parentPath ?? e.path;
    out.add(relative(root, join(parent, e.name)).split(sep).join('/'));
  }
  return out;
}

export async function inventoryScripts(dir: string): Promise<ScriptInventory> {
  const [features, apps, tests] = await Promise.all([
    listFiles(join(dir, 'features')),
    listFiles(join(dir, 'apps')),
    listFiles(join(dir, 'tests')),
  ]);
  return { features, apps, tests };
}
