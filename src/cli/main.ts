/** CLI entry: dispatches `phoenix <command>` and maps outcomes to exit codes (0 ok, 1 findings, 2 usage/I-O). */
import { getErrorMessage, UserError } from '../util/errors.js';
import { findCommand, usage } from './command-table.js';
import type { CliIO } from './io.js';

export { usage } from './command-table.js';
export type { CliIO } from './io.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(usage());
    return command ? 0 : 2;
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
  try {
    const run = await entry.load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`phoenix ${command}: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(
      `phoenix ${command}: internal error: ${getErrorMessage(err)}\n${err instanceof Error && err.stack ? err.stack + '\n' : ''}`,
    );
    return 2;
  }
}

export const PHOENIX_VERSION = '0.1.0';
