/** Small typed wrapper over node:util parseArgs that turns parse failures into usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../util/errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends OptionSpec>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (err) {
    throw new UserError(`phoenix ${command}: ${(err as Error).message}\nRun 'phoenix help' for usage.`, 2);
  }
}

export function stringOpt(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function intOpt(
  values: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const v = stringOpt(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new UserError(`--${name} must be an integer between ${min} and ${max}, got '${v}'`, 2);
  }
  return Number(v);
}
