/**
 * What guests made by cloning start from, for the reader: each clone source's settings as they
 * display, so a create can be shown as the settings it ends with (its own and the ones it keeps)
 * rather than as a diff against a guest that is not it. Stored once per source in the plan. Pure.
 */
import { sourceConfigKey } from './clone-base.js';
import { displayValue } from './config-diff.js';
import type { GuestChange } from './types.js';

/** Keys that say something about the source itself, not a setting its clones end with. */
const NOT_INHERITED = /^(?:description|tags|lock|digest|template|parent|unused\d+)$/;

/** The settings of every clone source a clone step in `changes` uses; undefined when none. */
export function cloneSourceSettings(
  changes: readonly GuestChange[],
  sourceConfigs: ReadonlyMap<string, Readonly<Record<string, string>>>,
): Record<string, Record<string, string>> | undefined {
  let out: Record<string, Record<string, string>> | undefined;
  for (const c of changes) {
    for (const s of c.steps) {
      if (s.op !== 'clone') continue;
      const key = sourceConfigKey(s.source, s.storage);
      const base = sourceConfigs.get(key);
      if (!base || out?.[key]) continue;
      const shown: Record<string, string> = {};
      for (const k of Object.keys(base).sort())
        if (!NOT_INHERITED.test(k)) shown[k] = displayValue(c.kind, k, base[k]);
      (out ??= {})[key] = shown;
    }
  }
  return out;
}
