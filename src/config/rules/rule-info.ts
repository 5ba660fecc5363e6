/** What the rule registry says about one rule id. */
import type { Severity } from '../diagnostics.js';

export interface RuleInfo {
  readonly id: string;
  /** The usual severity (a few ids also warn about a milder form). */
  readonly severity: Severity;
  readonly summary: string;
}
