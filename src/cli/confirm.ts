/**
 * Confirmation before a command changes the host (rollback, unlock; apply may use it too): the
 * caller has printed what will happen; on a terminal this asks for `yes` (nothing else approves,
 * as with Terraform), `--yes` skips the question, and without a terminal the command needs
 * `--yes` (a usage error says so). The answer is read as one line from the terminal's input.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { UserError } from '../util/errors.js';

/** Where the question is asked: an input stream and whether input and output are a terminal. */
export interface Terminal {
  readonly input: Readable;
  readonly isTTY: boolean;
}

export interface ConfirmOptions {
  /** The command, for messages (`rollback`, `unlock`). */
  readonly command: string;
  /** The question, e.g. `Roll back CT 950 to phoenix-pre-1a2b3c4?`. */
  readonly question: string;
  /** `--yes` was given. */
  readonly yes: boolean;
  /** Where the question goes. */
  readonly out: (text: string) => void;
  /** Default: this process's stdin, a terminal when stdin and stdout both are one. */
  readonly terminal?: Terminal;
}

/** This process's terminal: stdin, when both stdin and stdout are a TTY. */
export function processTerminal(stdoutIsTTY: boolean): Terminal {
  return { input: process.stdin, isTTY: stdoutIsTTY && process.stdin.isTTY === true };
}

/** One line from `input` (without its line end); undefined at end of input. */
function readLine(input: Readable): Promise<string | undefined> {
  return new Promise((resolve) => {
    const rl = createInterface({ input, terminal: false });
    let done = false;
    const finish = (line: string | undefined): void => {
      if (done) return;
      done = true;
      rl.close();
      // Stop reading, so a process waiting for nothing else can exit.
      input.pause();
      resolve(line);
    };
    rl.once('line', (line) => finish(line));
    rl.once('close', () => finish(undefined));
  });
}

/**
 * True when the user approved (typed `yes`, or gave `--yes`); false when they answered anything
 * else. Throws a usage error (exit 2) when there is no terminal to ask on and `--yes` is missing.
 */
export async function confirm(o: ConfirmOptions): Promise<boolean> {
  if (o.yes) return true;
  const terminal = o.terminal ?? processTerminal(false);
  if (!terminal.isTTY)
    throw new UserError(
      `${o.command} changes the host and asks for confirmation, but there is no terminal to ask on; ` +
        're-run with --yes to approve',
      2,
    );
  o.out(`${o.question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
  const answer = await readLine(terminal.input);
  o.out('\n');
  return answer?.trim() === 'yes';
}
