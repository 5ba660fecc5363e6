/**
 * The validation pipeline: load with positions -> JSON Schema -> resolve -> semantic rules.
 * Touches only the config dir (never a host).
 */
import { resolveDesiredState } from '../model/resolve.js';
import type { DesiredState } from '../model/types.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadConfigDir, type LoadedConfig } from './load.js';
import { runRules, withoutShadowedSchemaFindings } from './rules/index.js';
import { checkSchemas } from './schema-check.js';
import { inventoryScripts, type ScriptInventory } from './script-inventory.js';

export interface ValidationResult {
  readonly loaded: LoadedConfig;
  /** Sorted by file, line, column. */
  readonly diagnostics: Diagnostic[];
  readonly desired: DesiredState;
  readonly scripts: ScriptInventory;
  readonly errors: number;
  readonly warnings: number;
}

export async function validateConfigDir(dir: string): Promise<ValidationResult> {
  const [loaded, scripts] = await Promise.all([loadConfigDir(dir), inventoryScripts(dir)]);
  return validateLoaded(loaded, scripts);
}

/** Pure part of validation, usable in-process by benchmarks and the planner. */
export function validateLoaded(loaded: LoadedConfig, scripts: ScriptInventory): ValidationResult {
  const schema = checkSchemas(loaded);
  const desired = resolveDesiredState({
    lxc: loaded.sources.lxc?.value,
    vm: loaded.sources.vm?.value,
    hypervisor: loaded.sources.hypervisor?.value,
  });
  const rules = runRules({ loaded, desired, scripts });
  const diagnostics = [...loaded.diagnostics, ...withoutShadowedSchemaFindings(schema, rules), ...rules];
  diagnostics.sort(compareDiagnostics);
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { loaded, diagnostics, desired, scripts, errors, warnings: diagnostics.length - errors };
}
