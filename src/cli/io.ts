/** What a CLI command gets from the process (streams, environment, working directory) and returns. */
import { colorEnabled } from '../util/logger.js';
import type { Terminal } from './confirm.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where confirmations are asked (tests); default: this process's stdin when it is a terminal. */
  terminal?: Terminal;
}

/** A command: its arguments (after the command name) in, the process exit code out. */
export type CommandRunner = (argv: string[], io: CliIO) => Promise<number>;

/** Colour for this run: a terminal, no `NO_COLOR`, no `--no-color` (see colorEnabled). */
export function useColor(io: CliIO, values: Readonly<Record<string, unknown>>): boolean {
  return colorEnabled({ isTTY: io.isTTY, env: io.env, noColorFlag: values['no-color'] === true });
}
