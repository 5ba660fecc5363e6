/**
 * What a guest made by cloning keeps from its clone source: the source's settings that its own
 * config leaves as they are, so a create can be shown as the settings it ends with (own and
 * inherited) rather than as a diff against a guest that is not it. Pure.
 */
import type { GuestKind } from '../model/types.js';
import { sourceConfigKey } from './clone-base.js';
import { displayValue } from './config-diff.js';
import type { GuestChange } from './types.js';

/** Keys that say something about the source itself, not a setting the clone ends with. */
const NOT_INHERITED = /^(?:description|tags|lock|digest|template|parent|unused\d+)$/;

/** The inherited settings of `c` (display forms), or undefined when it is not made by a clone. */
export function inheritedSettings(
  kind: GuestKind,
  c: Pick<GuestChange, 'diffs' | 'steps'>,
  sourceConfigs: ReadonlyMap<string, Readonly<Record<string, string>>>,
): Readonly<Record<string, string>> | undefined {
  const clone = c.steps.find((s) => s.op === 'clone');
  if (clone?.op !== 'clone') return undefined;
  const base = sourceConfigs.get(sourceConfigKey(clone.source, clone.storage));
  if (!base) return undefined;
  const own = new Set(c.diffs.map((d) => d.key));
  const out: Record<string, string> = {};
  for (const k of Object.keys(base).sort()) {
    if (own.has(k) || NOT_INHERITED.test(k)) continue;
    out[k] = displayValue(kind, k, base[k]);
  }
  return out;
}
