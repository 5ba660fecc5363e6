/**
 * The CLI run in-process, as a test drives it: output collected, no terminal, the environment
 * and working directory given (by default none and the test's own).
 */
import { main, type CliIO } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  args: readonly string[],
  o: { readonly env?: Record<string, string>; readonly cwd?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: o.env ?? {},
    cwd: o.cwd ?? process.cwd(),
  };
  const code = await main([...args], io);
  return { code, stdout, stderr };
}

/** The simulator without its latency model: commands answer at once. */
export const ZERO_LATENCY = { PHOENIX_SIM_LATENCY: 'zero' };
