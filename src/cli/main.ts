/** CLI entry: dispatches `phoenix <command>` and maps outcomes to exit codes (0 ok, 1 findings, 2 usage/I-O). */
import { getErrorMessage, UserError } from '../util/errors.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type CommandRunner = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandRunner> }> = {
  validate: {
    summary: 'validate [--config-dir DIR] [--format text|json]',
    load: async () => (await import('./commands/validate.js')).runValidate,
  },
  demo: {
    summary: 'demo [--config-dir DIR]          run the main job against the embedded simulator',
    load: async () => (await import('./commands/demo.js')).runDemo,
  },
};

/** Commands added by other modules register here (kept in one table so `help` lists them all). */
export function registerCommand(name: string, summary: string, load: () => Promise<CommandRunner>): void {
  COMMANDS[name] = { summary, load };
}

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  phoenix ${c.summary}`);
  return `Phoenix: infrastructure-as-code for Proxmox VE\n\nUsage:\n${lines.join('\n')}\n\nExit codes: 0 success, 1 problems found, 2 usage or I/O error.\n`;
}

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
  const entry = COMMANDS[command];
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
