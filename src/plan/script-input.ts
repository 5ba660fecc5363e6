/**
 * What a guest's feature and application scripts receive (`scriptInputOf`) and its hash in the
 * plan (`scriptInputHash`), which apply recomputes and compares before it runs any script.
 */
import type { Guest, NvidiaSettings } from '../model/types.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import { canonicalRaw } from './markers.js';
import type { Step } from './types.js';

/**
 * The JSON a guest's feature and application scripts receive (config/README.md): the guest object
 * as written, plus `id` and `kind`, plus for containers the top-level NVIDIA settings it does not
 * override.
 */
export function scriptInputOf(g: Guest, nvidia: NvidiaSettings): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  if (g.kind === 'lxc') {
    if (nvidia.driverVersion) defaults.nvidia_driver_version = nvidia.driverVersion;
    if (nvidia.repoUrl) defaults.nvidia_repo_url = nvidia.repoUrl;
    if (nvidia.runfileUrl) defaults.nvidia_runfile_url = nvidia.runfileUrl;
  }
  return { ...defaults, ...g.raw, id: g.id, kind: g.kind };
}

/**
 * The `scriptInputHash` of a plan's guest change: sha256 over the canonical guest object and the
 * fields `scriptInputOf` adds. Apply recomputes it from the config and refuses when it differs.
 */
export function scriptInputHash(g: Guest, nvidia: NvidiaSettings): string {
  // The fields `scriptInputOf` adds to the guest object as written, keys in sorted order: `id`,
  // `kind`, then the NVIDIA defaults the guest does not set itself.
  const added: Record<string, unknown> = { id: g.id, kind: g.kind };
  if (g.kind === 'lxc') {
    if (nvidia.driverVersion && !('nvidia_driver_version' in g.raw))
      added.nvidia_driver_version = nvidia.driverVersion;
    if (nvidia.repoUrl && !('nvidia_repo_url' in g.raw)) added.nvidia_repo_url = nvidia.repoUrl;
    if (nvidia.runfileUrl && !('nvidia_runfile_url' in g.raw)) added.nvidia_runfile_url = nvidia.runfileUrl;
  }
  return sha256Hex(`${canonicalRaw(g)}\n${canonicalJson(added)}`);
}

/** Whether the steps run feature or application scripts (the change then carries `scriptInputHash`). */
export function runsScripts(steps: readonly Step[]): boolean {
  for (const s of steps) if (s.op === 'feature' || s.op === 'app-script') return true;
  return false;
}
