/**
 * Failures as the Proxmox CLI reports them. `pct`/`qm`/`pvesh`/`pveam`/`pvesm`/`pveum` print the
 * error on stderr and exit with 255 (`exit(-1)` in Perl); parameter errors carry the HTTP-style
 * code 400, one `param: message` line per bad parameter and the command's usage line.
 */
export class PveError extends Error {
  constructor(
    message: string,
    readonly exitCode = 255,
  ) {
    super(message);
    this.name = 'PveError';
  }

  /** What the command prints on stderr. */
  render(): string {
    return this.message.endsWith('\n') ? this.message : this.message + '\n';
  }
}

/** `400 Parameter verification failed.` with per-parameter messages. */
export class ParamError extends PveError {
  constructor(
    readonly errors: Record<string, string>,
    readonly usage = '',
  ) {
    super('Parameter verification failed.');
  }

  override render(): string {
    let out = '400 Parameter verification failed.\n';
    for (const [k, v] of Object.entries(this.errors)) out += `${k}: ${v}\n`;
    if (this.usage) out += `\n${this.usage}\n`;
    return out;
  }
}

/** Argument-level failures: `400 not enough arguments`, `400 unable to parse option`, ... */
export class UsageError extends PveError {
  constructor(
    readonly reason: string,
    readonly usage = '',
    /** Lines Getopt::Long printed before (e.g. `Unknown option: foo`). */
    readonly preamble: string[] = [],
  ) {
    super(reason);
  }

  override render(): string {
    let out = this.preamble.map((l) => l + '\n').join('');
    out += `400 ${this.reason}\n`;
    if (this.usage) out += `${this.usage}\n`;
    return out;
  }
}

/** Thrown by a command to end with a plain exit code and output (grep's 1, flock's 1, ...). */
export class ExitStatus extends Error {
  constructor(
    readonly exitCode: number,
    readonly stderrText = '',
  ) {
    super(`exit ${exitCode}`);
  }
}

/**
 * Exit 255 with the usage line, as the Proxmox CLIs answer an unknown sub-command (`sub`: the words
 * given) or, with `sub` undefined, a missing one.
 */
export function unknownCommand(tool: string, sub: string | undefined): ExitStatus {
  const what = sub === undefined ? 'no command specified' : `unknown command '${tool} ${sub}'`;
  return new ExitStatus(255, `ERROR: ${what}\nUSAGE: ${tool} <COMMAND> [ARGS] [OPTIONS]\n`);
}

export function paramFail(key: string, message: string): never {
  throw new ParamError({ [key]: message });
}

export function fail(message: string): never {
  throw new PveError(message);
}
