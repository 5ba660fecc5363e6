/**
 * The three JSON Schemas of the config files, bundled into the build (JSON imports), and their
 * ajv validators, compiled once on first use.
 */
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import hypervisorSchema from '../../schemas/phoenix_hypervisor_config.schema.json' with { type: 'json' };
import lxcSchema from '../../schemas/phoenix_lxc_configs.schema.json' with { type: 'json' };
import vmSchema from '../../schemas/phoenix_vm_configs.schema.json' with { type: 'json' };
import type { ConfigFileKey } from '../model/types.js';

export const SCHEMAS: Readonly<Record<ConfigFileKey, AnySchemaObject>> = {
  lxc: lxcSchema as AnySchemaObject,
  vm: vmSchema as AnySchemaObject,
  hypervisor: hypervisorSchema as AnySchemaObject,
};

/** File name of each schema inside `schemas/` (what config files put in `$schema`). */
export const SCHEMA_FILES: Readonly<Record<ConfigFileKey, string>> = {
  lxc: 'phoenix_lxc_configs.schema.json',
  vm: 'phoenix_vm_configs.schema.json',
  hypervisor: 'phoenix_hypervisor_config.schema.json',
};

let ajv: Ajv | undefined;
const validators = new Map<ConfigFileKey, ValidateFunction>();

function makeAjv(): Ajv {
  const instance = new Ajv({
    allErrors: true,
    // Errors carry the failing schema and data, which the messages are built from.
    verbose: true,
    allowUnionTypes: true,
    strict: true,
  });
  // VS Code's pattern message extension: an annotation for ajv, used in our messages too.
  instance.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  // What Phoenix does with a field (acted on unless it says otherwise), for the config reference.
  instance.addKeyword({ keyword: 'x-phoenix', schemaType: 'string' });
  return instance;
}

/** The compiled validator of one config file (cached for the life of the process). */
export function validatorFor(key: ConfigFileKey): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    ajv ??= makeAjv();
    v = ajv.compile(SCHEMAS[key]);
    validators.set(key, v);
  }
  return v;
}
