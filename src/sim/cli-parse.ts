/**
 * Argument parsing as the Proxmox CLIs do it (PVE::JSONSchema::get_options over Getopt::Long):
 * `--opt value`, `-opt value` and `--opt=value`; unique abbreviations; options anywhere among the
 * positional arguments; `--` ends the options; boolean options take an optional value
 * (`--full`, `--full 1`, `--full no`); every other option needs one, even if it starts with `-`.
 * Values are then checked against their schema types and errors are reported the Proxmox way.
 */
import { ParamError, UsageError } from './errors.js';
import { checkValue, STR, type ValueType } from '../dialect/pve-values.js';

export interface CommandSpec {
  /** Usage line printed after argument errors, e.g. `pct clone <vmid> <newid> [OPTIONS]`. */
  usage: string;
  /** Positional parameter names in order; a trailing `extra-args` takes the rest. */
  args: readonly string[];
  /** Types of the positional parameters (checked like options). */
  argTypes?: Readonly<Record<string, ValueType>>;
  /** Number of trailing positionals that may be omitted. */
  optionalArgs?: number;
  options: Readonly<Record<string, ValueType>>;
  /** Accepts indexed option names (`net0`, `mp12`, ...) not listed in `options`. */
  indexed?: (name: string) => ValueType | undefined;
}

export type SpecMaker = (
  name: string,
  args: string[],
  options?: Record<string, ValueType>,
  extra?: Partial<CommandSpec>,
) => CommandSpec;

/**
 * Makes the specs of one CLI's sub-commands: the usage line (`pct clone <vmid> <newid> [OPTIONS]`,
 * a trailing `extra-args` as `[<extra-args>]`) and the CLI's types of positional arguments.
 */
export function specMaker(tool: string, argTypes: Readonly<Record<string, ValueType>>): SpecMaker {
  return (name, args, options = {}, extra = {}) => ({
    usage: [
      `${tool} ${name}`,
      ...args.map((a) => (a === 'extra-args' ? '[<extra-args>]' : `<${a}>`)),
      ...(Object.keys(options).length > 0 ? ['[OPTIONS]'] : []),
    ].join(' '),
    args,
    argTypes,
    options,
    ...extra,
  });
}

export interface ParsedArgs {
  /** Positional and option values by name (booleans as `1`/`0`). */
  params: Record<string, string>;
  extra: string[];
  /** Option names in the order given. */
  order: string[];
}

/** The type of option `name`; a positional parameter may be given as an option too. */
function optionType(spec: CommandSpec, name: string): ValueType | undefined {
  const t = spec.options[name] ?? spec.indexed?.(name);
  if (t || name === 'extra-args' || !spec.args.includes(name)) return t;
  return spec.argTypes?.[name] ?? STR;
}

function lookupOption(spec: CommandSpec, name: string): { name: string; type: ValueType } | string {
  // pve-common `PVE::JSONSchema::get_options` makes a getopt option of every property, the
  // positional ones included (`pct move-volume 100 mp0 --target-vmid 101`).
  const exact = optionType(spec, name);
  if (exact) return { name, type: exact };
  const candidates = Object.keys(spec.options).filter((o) => o.startsWith(name));
  if (candidates.length === 1) return { name: candidates[0]!, type: spec.options[candidates[0]!]! };
  if (candidates.length > 1) return `Option ${name} is ambiguous (${candidates.sort().join(', ')})`;
  return `Unknown option: ${name}`;
}

const OPTION = /^--?([A-Za-z][A-Za-z0-9_-]*)(?:=(.*))?$/s;

export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const raw: Record<string, string> = {};
  const order: string[] = [];
  const positional: string[] = [];
  const complaints: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    const m = OPTION.exec(a);
    if (!m) {
      positional.push(a);
      continue;
    }
    const found = lookupOption(spec, m[1]!);
    if (typeof found === 'string') {
      complaints.push(found);
      continue;
    }
    let value: string;
    if (m[2] !== undefined) value = m[2];
    else if (found.type.t === 'bool') {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('-') && next !== '-')) {
        value = next;
        i++;
      } else value = '';
    } else if (i + 1 < argv.length) {
      value = argv[++i]!;
    } else {
      complaints.push(`Option ${m[1]} requires an argument`);
      continue;
    }
    if (!(found.name in raw)) order.push(found.name);
    raw[found.name] = value;
  }
  positional.push(...argv.slice(i));
  if (complaints.length > 0) throw new UsageError('unable to parse option', spec.usage, complaints);

  const params: Record<string, string> = {};
  let extra: string[] = [];
  const fixed = spec.args.filter((a) => a !== 'extra-args');
  const required = fixed.length - (spec.optionalArgs ?? 0);
  if (positional.length < required) throw new UsageError('not enough arguments', spec.usage);
  fixed.forEach((name, idx) => {
    if (idx < positional.length) params[name] = positional[idx]!;
  });
  if (spec.args.includes('extra-args')) extra = positional.slice(fixed.length);
  else if (positional.length > fixed.length) throw new UsageError('too many arguments', spec.usage);

  const errors: Record<string, string> = {};
  for (const [name, type] of Object.entries(spec.argTypes ?? {})) {
    if (params[name] === undefined) continue;
    const checked = checkValue(name, type, params[name]!);
    if ('errors' in checked) Object.assign(errors, checked.errors);
    else params[name] = checked.value;
  }
  for (const name of order) {
    const type = optionType(spec, name);
    const value = raw[name]!;
    if (type!.t === 'bool' && value === '') {
      params[name] = '1';
      continue;
    }
    const checked = checkValue(name, type!, value);
    if ('errors' in checked) Object.assign(errors, checked.errors);
    else params[name] = checked.value;
  }
  if (Object.keys(errors).length > 0) throw new ParamError(errors, spec.usage);
  return { params, extra, order };
}
