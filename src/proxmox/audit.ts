/**
 * `--audit-log FILE`: a HostTransport decorator that appends one JSON line per host command, in the
 * order the commands finish: `{"argv": [...], "exit": N, "ms": N}` (DESIGN.md). argv is what the
 * host ran, before shell quoting, with every secret value replaced by `***`. A command that did
 * not finish (timeout, lost connection) is logged with `"exit": -1` and an `"error"` text.
 * Stdin (file contents) is never logged.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { maskArgvSecrets, maskInlineSecrets } from '../config/secrets.js';
import { getErrorMessage } from '../util/errors.js';
import type { HostCommand } from './commands.js';
import type { AuditEntry, CommandResult, HostTransport, RunOptions } from './transport.js';

export const MASK = '***';

/**
 * The secret values of a run (passwords, tokens). Values can be added at any time; `onAdd`
 * lets the caller forward them, e.g. to `core.setSecret` in GitHub Actions.
 */
export class SecretMasker {
  private readonly values = new Set<string>();
  private sorted: string[] = [];

  constructor(
    initial: Iterable<string> = [],
    private readonly onAdd?: (value: string) => void,
  ) {
    this.add(...initial);
  }

  add(...values: ReadonlyArray<string | undefined>): void {
    let changed = false;
    for (const v of values) {
      if (v === undefined || v === '' || this.values.has(v)) continue;
      this.values.add(v);
      this.onAdd?.(v);
      changed = true;
    }
    // Longest first, so a secret that contains another is masked whole.
    if (changed) this.sorted = [...this.values].sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.values.size;
  }

  mask(text: string): string {
    let out = text;
    for (const s of this.sorted) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }

  /**
   * Known values, then what looks like a secret wherever it stands (`--password x`, `TOKEN=x`
   * inside a health-check command, `Authorization: Bearer x`; see config/secrets.ts).
   */
  maskArgv(argv: readonly string[]): string[] {
    return maskArgvSecrets(
      argv.map((a) => this.mask(a)),
      MASK,
    );
  }
}

/** Masks `secrets` in `text` (a one-off form of `SecretMasker`). */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  return new SecretMasker(secrets).mask(text);
}

/** A transport that knows the run's secrets (see `runHostCommand`). */
export interface SecretAwareTransport extends HostTransport {
  readonly secrets: SecretMasker;
}

function isSecretAware(t: HostTransport): t is SecretAwareTransport {
  return (t as Partial<SecretAwareTransport>).secrets instanceof SecretMasker;
}

/** Serialised appends, so that concurrent commands never interleave their lines. */
function lineWriter(file: string): { write(line: string): Promise<void>; flush(): Promise<void> } {
  let failure: unknown;
  let chain: Promise<void> = mkdir(dirname(file), { recursive: true }).then(
    () => undefined,
    (e: unknown) => {
      failure ??= e;
    },
  );
  return {
    write(line: string) {
      chain = chain
        .then(() => appendFile(file, line + '\n', 'utf8'))
        .catch((e: unknown) => {
          failure ??= e;
        });
      return chain;
    },
    async flush() {
      await chain;
      if (failure) throw new Error(`cannot write audit log ${file}: ${getErrorMessage(failure)}`);
    },
  };
}

/**
 * Wraps `transport` so each command is appended to `file`. `secrets` is shared with the caller:
 * values added later (e.g. a token created during the run) are masked from then on.
 */
export function withAudit(
  transport: HostTransport,
  file: string,
  secrets: SecretMasker | Iterable<string> = [],
): SecretAwareTransport {
  const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
  const writer = lineWriter(file);
  const record = async (entry: AuditEntry & { error?: string }): Promise<void> => {
    await writer.write(JSON.stringify(entry));
  };
  return {
    description: transport.description,
    ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
    secrets: masker,
    async run(argv: readonly string[], options?: RunOptions): Promise<CommandResult> {
      const started = performance.now();
      const ms = (): number => Math.round(performance.now() - started);
      try {
        const result = await transport.run(argv, options);
        await record({ argv: masker.maskArgv(argv), exit: result.exitCode, ms: ms() });
        return result;
      } catch (err) {
        await record({
          argv: masker.maskArgv(argv),
          exit: -1,
          ms: ms(),
          error: maskInlineSecrets(masker.mask(getErrorMessage(err)), MASK),
        });
        throw err;
      }
    },
    async close(): Promise<void> {
      try {
        await transport.close();
      } finally {
        await writer.flush();
      }
    },
  };
}

/**
 * Wraps `transport` so that results (stdout/stderr) and errors carry no secret values, for
 * transports whose output is printed or logged elsewhere.
 */
export function withSecrets(
  transport: HostTransport,
  secrets: SecretMasker | Iterable<string>,
): SecretAwareTransport {
  const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
  return {
    description: transport.description,
    ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
    secrets: masker,
    async run(argv, options) {
      try {
        const r = await transport.run(argv, options);
        return { exitCode: r.exitCode, stdout: masker.mask(r.stdout), stderr: masker.mask(r.stderr) };
      } catch (err) {
        if (err instanceof Error) err.message = masker.mask(err.message);
        throw err;
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Runs a built HostCommand: passes its stdin and read-only flag, and registers its secrets with
 * the transport (when it keeps a SecretMasker) before the command is logged.
 */
export function runHostCommand(
  transport: HostTransport,
  command: HostCommand,
  options: Omit<RunOptions, 'stdin' | 'readOnly'> = {},
): Promise<CommandResult> {
  if (command.secrets && command.secrets.length > 0) {
    if (isSecretAware(transport)) transport.secrets.add(...command.secrets);
  }
  return transport.run(command.argv, {
    ...options,
    readOnly: command.readOnly,
    ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
  });
}
