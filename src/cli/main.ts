/** CLI entry: dispatches `phoenix <command>` and maps outcomes to exit codes (0 ok, 1 findings, 2 usage/I-O). */
import { getErrorMessage, UserError } from '../util/errors.js';
import { HelpRequested } from './args.js';
import type { CommandSpec } from './command-spec.js';
import { findCommand, listCommands } from './command-table.js';
import { renderCommandHelp, renderOverview } from './help.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';

/** The overview of every registered command (`phoenix help`). */
export function usage(): string {
  return renderOverview(listCommands().map((e) => e.spec));
}

/** The declaration `words` name: `plan`, or a subcommand such as `gh plan` / `sim init`. */
function topic(words: readonly string[]): CommandSpec | undefined {
  const top = words[0] ? findCommand(words[0])?.spec : undefined;
  if (!top || words.length === 1) return top;
  return top.subcommands?.find((s) => s.name === `${top.name} ${words[1]}`) ?? top;
}

/** `--help` / `-h` before any `--`: the help of the command or of its subcommand. */
function wantsHelp(rest: readonly string[]): boolean {
  const end = rest.indexOf('--');
  return (end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // A global `--no-color` before the command means what NO_COLOR means.
  while (argv[0] === '--no-color') {
    argv = argv.slice(1);
    io = { ...io, env: { ...io.env, NO_COLOR: '1' } };
  }
  const [command, ...rest] = argv;
  if (!command) {
    io.stdout(usage());
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    if (rest.length === 0) {
      io.stdout(usage());
      return 0;
    }
    const spec = topic(rest);
    if (!spec) {
      io.stderr(`phoenix help: unknown command '${rest[0]}'\n\n${usage()}`);
      return 2;
    }
    io.stdout(renderCommandHelp(spec));
    return 0;
  }
  if (command === '--version' || command === 'version') {
    io.stdout(`phoenix ${PHOENIX_VERSION}\n`);
    return 0;
  }
  const entry = findCommand(command);
  if (!entry) {
    io.stderr(`phoenix: unknown command '${command}'\n\n${usage()}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.stdout(renderCommandHelp(topic([command, ...rest.filter((a) => !a.startsWith('-'))])!));
    return 0;
  }
  try {
    const run = await entry.load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.stdout(renderCommandHelp(err.spec));
      return 0;
    }
    if (err instanceof UserError) {
      io.stderr(
        err.message.startsWith('phoenix ') ? `${err.message}\n` : `phoenix ${command}: ${err.message}\n`,
      );
      return err.exitCode;
    }
    io.stderr(
      `phoenix ${command}: internal error: ${getErrorMessage(err)}\n${err instanceof Error && err.stack ? err.stack + '\n' : ''}`,
    );
    return 2;
  }
}

export const PHOENIX_VERSION = '0.1.0';
