/**
 * What every command builder shares: the `HostCommand` it returns, `ro`/`rw`/`wrap` to make one
 * (argv[0] is always a registered program, see `programs.ts`), `HostCommandInputError` with `fail`
 * and `show` for input Proxmox or the tool would reject, and `options` for CLI `--key value` pairs.
 */
import type { ProgramName } from './programs.js';

export interface HostCommand {
  readonly argv: readonly string[];
  /** True when the command changes nothing (safe to retry after a dropped connection). */
  readonly readOnly: boolean;
  /** Data for the command's stdin (file contents for `tee`). */
  readonly stdin?: string;
  /** Values in argv that are secrets and must be masked in logs. */
  readonly secrets?: readonly string[];
}

/** Input that would produce an invalid host command (bad VMID, snapshot name, storage id...). */
export class HostCommandInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostCommandInputError';
  }
}

/** Throws `HostCommandInputError`. */
export function fail(message: string): never {
  throw new HostCommandInputError(message);
}

/** A value quoted for an error message. */
export const show = (v: unknown): string => JSON.stringify(v);

/** A command that changes nothing on the host. */
export const ro = (program: ProgramName, ...args: string[]): HostCommand => ({
  argv: [program, ...args],
  readOnly: true,
});

/** A command that may change the host. */
export const rw = (program: ProgramName, ...args: string[]): HostCommand => ({
  argv: [program, ...args],
  readOnly: false,
});

/** `inner` run by a wrapper program (`flock ... CMD`, `env VAR=x CMD`); stdin and secrets kept. */
export const wrap = (program: ProgramName, args: readonly string[], inner: HostCommand): HostCommand => ({
  ...inner,
  argv: [program, ...args, ...inner.argv],
});

export const bool01 = (b: boolean): string => (b ? '1' : '0');

export type Opt = string | number | boolean | undefined;

/** CLI `--key value` pairs in the given order; booleans as 1/0; undefined values are skipped. */
export function options(entries: ReadonlyArray<readonly [string, Opt]>): string[] {
  const out: string[] = [];
  for (const [key, v] of entries) {
    if (v === undefined) continue;
    out.push(`--${key}`, typeof v === 'boolean' ? bool01(v) : String(v));
  }
  return out;
}
