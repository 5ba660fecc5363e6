/**
 * Help text, made from the command declarations (command-specs.ts): the command list for
 * `phoenix help`, and per command its synopsis, every option with one line, notes and examples
 * for `phoenix help COMMAND` and `phoenix COMMAND --help`.
 */
import {
  GLOBAL_OPTIONS,
  optionHelp,
  optionLabel,
  type CommandSpec,
  type OptionDecls,
} from './command-spec.js';

const WIDTH = 30;

function optionLines(options: OptionDecls): string[] {
  return Object.entries(options).map(([name, o]) => {
    const left = `  ${optionLabel(name, o)}`;
    const text = optionHelp(o);
    return left.length + 2 > WIDTH ? `${left}\n${' '.repeat(WIDTH)}${text}` : `${left.padEnd(WIDTH)}${text}`;
  });
}

/** The help of one command (or subcommand). */
export function renderCommandHelp(spec: CommandSpec): string {
  const out = [`phoenix ${spec.name}: ${spec.summary}`, '', 'Usage:', `  phoenix ${spec.name} ${spec.usage}`];
  if (spec.subcommands?.length) {
    out.push('', 'Commands:');
    const width = Math.max(...spec.subcommands.map((s) => s.name.length)) + 4;
    for (const s of spec.subcommands) out.push(`  ${`phoenix ${s.name}`.padEnd(width + 8)}${s.summary}`);
    out.push('', `Run 'phoenix ${spec.name} COMMAND --help' for the options of each.`);
  }
  if (Object.keys(spec.options).length) out.push('', 'Options:', ...optionLines(spec.options));
  out.push('', 'Global options:', ...optionLines(GLOBAL_OPTIONS));
  if (spec.notes?.length) out.push('', ...spec.notes);
  if (spec.examples.length) {
    out.push('', 'Examples:');
    for (const e of spec.examples) out.push(`  ${e.command}`, `      ${e.what}`);
  }
  return out.join('\n') + '\n';
}

/** `phoenix help`: every command with its summary. */
export function renderOverview(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length)) + 2;
  const lines = specs.map((s) => `  phoenix ${s.name.padEnd(width)}${s.summary}`);
  return (
    'Phoenix: infrastructure-as-code for Proxmox VE\n\n' +
    'Usage: phoenix COMMAND [options]\n\nCommands:\n' +
    lines.join('\n') +
    "\n\nRun 'phoenix help COMMAND' or 'phoenix COMMAND --help' for a command's options and examples.\n" +
    'Global options: -h, --help; --no-color (NO_COLOR is honoured too); --version.\n' +
    'Exit codes: 0 success, 1 problems found, 2 usage or I/O error.\n'
  );
}
