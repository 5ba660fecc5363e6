/**
 * A pull request against the example estate, for the plan action tests: a checkout whose config
 * differs from main's (CT 950 gets more memory), main's config published at a ref of the fake
 * GitHub API, and the state an apply of main's config would have recorded.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfigDir } from '../../src/config/validate.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import type { FakeGitHub } from './fake-github.js';
import { REPO_ROOT } from './shared.js';

export const EXAMPLE_CONFIG = join(REPO_ROOT, 'config');
export const LXC_FILE = 'phoenix_lxc_configs.json';

/** Copies the example estate to `ws/config` and adds `extraMb` of memory to CT 950. */
export function prWorkspace(ws: string, extraMb = 1024): string {
  cpSync(EXAMPLE_CONFIG, join(ws, 'config'), { recursive: true });
  const file = join(ws, 'config', LXC_FILE);
  const lxc = JSON.parse(readFileSync(file, 'utf8')) as {
    lxc_configs: Record<string, { memory_mb: number }>;
  };
  lxc.lxc_configs['950'].memory_mb += extraMb;
  writeFileSync(file, JSON.stringify(lxc, null, 2));
  return ws;
}

/** The live state an apply of main's config would have recorded (a converged host). */
export async function recordedStateOfMain(): Promise<string> {
  const { desired } = await validateConfigDir(EXAMPLE_CONFIG);
  const state = desiredToLiveState(desired, {
    scriptHashes: await hashScripts(EXAMPLE_CONFIG, desired),
    target: 'ssh://root@pve',
  });
  return JSON.stringify({ ...state, readAt: '2025-03-01T10:00:00Z' });
}

/** main's config folder (JSON files and scripts) at `ref`, for the contents API. */
export function publishMainConfig(gh: FakeGitHub, ref: string): void {
  for (const entry of readdirSync(EXAMPLE_CONFIG, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parent = (entry as unknown as { parentPath: string }).parentPath;
    const rel = join(parent, entry.name)
      .slice(EXAMPLE_CONFIG.length + 1)
      .split('\\')
      .join('/');
    gh.setFile(ref, `config/${rel}`, readFileSync(join(parent, entry.name)));
  }
}
