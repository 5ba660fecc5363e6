/** What a CLI command gets from the process (streams, environment, working directory) and returns. */

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command: its arguments (after the command name) in, the process exit code out. */
export type CommandRunner = (argv: string[], io: CliIO) => Promise<number>;
