/** Semantic rules over the resolved desired state. Each rule has a stable id. */
import type { DesiredState } from '../../model/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedConfig } from '../load.js';
import type { ScriptInventory } from '../validate.js';

export interface RuleContext {
  readonly loaded: LoadedConfig;
  readonly desired: DesiredState;
  readonly scripts: ScriptInventory;
}

export function runRules(_ctx: RuleContext): Diagnostic[] {
  return [];
}
