/**
 * What a command declares about itself: a one-line summary, its synopsis, every option (type,
 * default, value placeholder, one line of help) and examples. The argument parser (args.ts), the
 * help text (help.ts) and the README's CLI reference (scripts/gen-cli-reference.mjs) all read
 * these declarations, so an option cannot be parsed without being documented.
 */

export interface OptionDecl {
  readonly type: 'string' | 'boolean';
  /** The option may be given several times (its values are collected in a list). */
  readonly multiple?: boolean;
  /** One-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
  /** Placeholder for the value in help, e.g. `DIR` (string options). */
  readonly value?: string;
  readonly default?: string | boolean;
  /** One line: what the option does. */
  readonly help: string;
}

export type OptionDecls = Readonly<Record<string, OptionDecl>>;

export interface Example {
  readonly command: string;
  readonly what: string;
}

export interface CommandSpec {
  /** `plan`, or `gh plan` for a subcommand. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** What follows `phoenix NAME` in the synopsis, e.g. `--target URL [options]`. */
  readonly usage: string;
  /** Accepts arguments that are not options (ids, the argv after `--`). */
  readonly positionals?: boolean;
  readonly options: OptionDecls;
  readonly examples: readonly Example[];
  /** Further lines for the help text (exit codes, environment variables). */
  readonly notes?: readonly string[];
  /** `gh validate|plan|...`, `sim init|set|...`: each with its own options. */
  readonly subcommands?: readonly CommandSpec[];
}

/** Options every command takes. `--no-color` is read by the commands that colour their output. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
  'no-color': {
    type: 'boolean',
    help: 'no ANSI colour (also when NO_COLOR is set, or when output is not a terminal)',
  },
} as const satisfies OptionDecls;

/** The declarations the parser uses for a command: its own and the global ones. */
export function allOptions(spec: CommandSpec): OptionDecls {
  return { ...spec.options, ...GLOBAL_OPTIONS };
}

/** `--config-dir DIR`, `-h, --help`, `--steps a,b (repeatable)`. */
export function optionLabel(name: string, o: OptionDecl): string {
  const long = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : long;
}

/** The help line of an option: its text, the default, and whether it may repeat. */
export function optionHelp(o: OptionDecl): string {
  const extras: string[] = [];
  if (o.multiple) extras.push('repeatable');
  if (o.default !== undefined && o.default !== false) extras.push(`default: ${String(o.default)}`);
  return `${o.help}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}
