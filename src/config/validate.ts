/**
 * The validation pipeline: load with positions -> JSON Schema -> resolve (guests, and the
 * hypervisor file into its HostConfig) -> semantic rules. Touches only the config dir (never a
 * host): the three files, the script inventory and the AppArmor profile sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedHostConfig } from '../model/host-config/types.js';
import { resolveDesiredState } from '../model/resolve.js';
import type { DesiredState } from '../model/types.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadConfigDir, type LoadedConfig } from './load.js';
import { resolveHost } from './rules/host-config.js';
import { runRules, withoutShadowedSchemaFindings } from './rules/index.js';
import { checkSchemas } from './schema-check.js';
import { inventoryScripts, type ScriptInventory } from './script-inventory.js';

export interface ValidationResult {
  readonly loaded: LoadedConfig;
  /** Sorted by file, line, column. */
  readonly diagnostics: Diagnostic[];
  readonly desired: DesiredState;
  /** The hypervisor file resolved (what setup-hypervisor applies when there are no errors). */
  readonly host: ResolvedHostConfig;
  readonly scripts: ScriptInventory;
  readonly errors: number;
  readonly warnings: number;
}

export interface ValidateOptions {
  /** Text of `<config>/apparmor/<name>`, or undefined when absent (default: none exists). */
  readonly readApparmorSource?: (name: string) => string | undefined;
}

/** Reads AppArmor profile sources from `<dir>/apparmor/` (names are checked before they get here). */
export function apparmorSources(dir: string): (name: string) => string | undefined {
  return (name) => {
    try {
      return readFileSync(join(dir, 'apparmor', name), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export async function validateConfigDir(dir: string): Promise<ValidationResult> {
  const [loaded, scripts] = await Promise.all([loadConfigDir(dir), inventoryScripts(dir)]);
  return validateLoaded(loaded, scripts, { readApparmorSource: apparmorSources(dir) });
}

/**
 * Pure part of validation (apart from the AppArmor reader it is given), usable in-process by
 * benchmarks and the planner.
 */
export function validateLoaded(
  loaded: LoadedConfig,
  scripts: ScriptInventory,
  options: ValidateOptions = {},
): ValidationResult {
  const schema = checkSchemas(loaded);
  const desired = resolveDesiredState({
    lxc: loaded.sources.lxc?.value,
    vm: loaded.sources.vm?.value,
    hypervisor: loaded.sources.hypervisor?.value,
  });
  const host = resolveHost(loaded, desired, options.readApparmorSource);
  const rules = runRules({ loaded, desired, scripts, host });
  const diagnostics = [...loaded.diagnostics, ...withoutShadowedSchemaFindings(schema, rules), ...rules];
  diagnostics.sort(compareDiagnostics);
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { loaded, diagnostics, desired, host, scripts, errors, warnings: diagnostics.length - errors };
}
