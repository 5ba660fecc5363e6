/**
 * The argument parser: node:util parseArgs over a command's declarations (command-specs.ts), so
 * every option it accepts has its line of help. Parse failures become usage errors (exit 2) that
 * name the command's help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../util/errors.js';
import { allOptions, type CommandSpec, type OptionDecls } from './command-spec.js';
import { findSpec } from './command-specs.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

/** Thrown when `--help` / `-h` is given; main prints the help and exits 0. */
export class HelpRequested extends Error {
  constructor(readonly spec: CommandSpec) {
    super(`help for phoenix ${spec.name}`);
  }
}

function toParseArgs(decls: OptionDecls): OptionSpec {
  const out: OptionSpec = {};
  for (const [name, d] of Object.entries(decls)) {
    out[name] = {
      type: d.type,
      ...(d.multiple ? { multiple: true } : {}),
      ...(d.short ? { short: d.short } : {}),
      ...(d.default !== undefined ? { default: d.multiple ? [d.default as string] : d.default } : {}),
    } as OptionSpec[string];
  }
  return out;
}

/**
 * Parses `argv` for `command` (`plan`, `gh plan`) by its declaration. `options`, when a caller
 * still passes its own, must all be declared: an undeclared one is a programming error.
 * A command with no declaration (registered at run time, e.g. by a test) parses by `options`.
 */
export function parseCommandArgs(
  command: string,
  argv: string[],
  options?: OptionSpec,
  allowPositionals = false,
): { values: ParsedValues; positionals: string[] } {
  const spec = findSpec(command);
  let config: OptionSpec;
  let positionals = allowPositionals;
  if (spec) {
    for (const name of Object.keys(options ?? {})) {
      if (!Object.hasOwn(spec.options, name))
        throw new Error(
          `phoenix ${command}: option --${name} is parsed but not declared (add it with its help line to the command's entry in src/cli/specs/)`,
        );
    }
    config = toParseArgs(allOptions(spec));
    positionals = spec.positionals ?? false;
  } else {
    if (!options) throw new Error(`phoenix ${command}: no declaration of its options`);
    config = options;
  }
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    const r = parseArgs({ args: argv, options: config, allowPositionals: positionals, strict: true });
    parsed = { values: r.values as ParsedValues, positionals: r.positionals };
  } catch (err) {
    throw new UserError(
      `phoenix ${command}: ${(err as Error).message}\nRun 'phoenix ${command} --help' for its options.`,
      2,
    );
  }
  if (spec && parsed.values.help === true) throw new HelpRequested(spec);
  return parsed;
}

export function stringOpt(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable option whose values may also be comma-separated: `--only a,b --only c`. */
export function listOpt(values: Record<string, unknown>, name: string): string[] | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const items = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim());
  return items.filter(Boolean);
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
