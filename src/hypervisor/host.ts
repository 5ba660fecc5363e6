/**
 * The host as the setup steps see it: runs built HostCommands through a transport, keeps a record
 * of every command (so tests and the report can count mutating ones), refuses any mutating command
 * in a dry run, reads several files in one command, and caches the node's facts (name, version).
 */
import { readConfigFiles, readFile, writeFile, apiGet, type HostCommand } from '../proxmox/commands.js';
import { runHostCommand } from '../proxmox/audit.js';
import type { CommandResult, HostTransport } from '../proxmox/transport.js';

/** A host command that failed; the step reports it and fails. */
export class HostCommandFailed extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly result: CommandResult,
    what?: string,
  ) {
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' / ');
    super(
      `${what ?? argv.slice(0, 3).join(' ')} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`,
    );
    this.name = 'HostCommandFailed';
  }
}

/** A step tried to change the host during a dry run: a bug, never allowed through. */
export class DryRunViolation extends Error {
  constructor(argv: readonly string[]) {
    super(`refused to run a mutating command in a dry run: ${argv.slice(0, 4).join(' ')}`);
    this.name = 'DryRunViolation';
  }
}

export interface CommandRecord {
  readonly argv: readonly string[];
  readonly readOnly: boolean;
  readonly exitCode: number;
}

export interface HostFacts {
  /** Node name (from /etc/hostname). */
  readonly node: string;
  /** e.g. `9.1.2` */
  readonly pveVersion: string;
  readonly pveMajor: number;
  /** Debian codename of that Proxmox VE release (`trixie` for 9, `bookworm` for 8). */
  readonly codename: string;
}

const CODENAMES: Record<number, string> = { 8: 'bookworm', 9: 'trixie' };

export class SetupHost {
  readonly log: CommandRecord[] = [];
  /** API tokens created in this run: full token id -> secret (shown once by Proxmox). */
  readonly createdTokens = new Map<string, string>();
  private facts?: Promise<HostFacts>;

  constructor(
    readonly transport: HostTransport,
    readonly dryRun: boolean,
    /** Called with every secret value the run learns (to mask it in logs). */
    private readonly onSecret: (value: string) => void = () => undefined,
  ) {}

  recordToken(tokenId: string, secret: string): void {
    this.onSecret(secret);
    this.createdTokens.set(tokenId, secret);
  }

  /** Runs a command; non-zero exits are returned, not thrown. */
  async run(cmd: HostCommand): Promise<CommandResult> {
    if (this.dryRun && !cmd.readOnly) throw new DryRunViolation(cmd.argv);
    const result = await runHostCommand(this.transport, cmd);
    this.log.push({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
    return result;
  }

  /** Runs a command that must succeed; returns its stdout. */
  async ok(cmd: HostCommand, what?: string): Promise<string> {
    const r = await this.run(cmd);
    if (r.exitCode !== 0) throw new HostCommandFailed(cmd.argv, r, what);
    return r.stdout;
  }

  /** Mutating commands run so far. */
  get mutations(): number {
    return this.log.filter((c) => !c.readOnly).length;
  }

  /**
   * Several text files in one command (`grep -H '' -- PATHS`): content by path, undefined for a
   * missing file. A trailing newline is assumed (grep does not tell).
   */
  async readFiles(paths: readonly string[]): Promise<Map<string, string | undefined>> {
    const out = new Map<string, string | undefined>();
    if (paths.length === 0) return out;
    const unique = [...new Set(paths)];
    const r = await this.run(readConfigFiles(unique));
    if (r.exitCode > 2) throw new HostCommandFailed(['grep', '-H'], r, 'reading host files');
    const lines = new Map<string, string[]>(unique.map((p) => [p, []]));
    // Longest path first, so `/a/b` is not taken for `/a` followed by `/b:...`.
    const byLength = [...unique].sort((a, b) => b.length - a.length);
    for (const line of r.stdout.split('\n')) {
      if (line === '') continue;
      const p = byLength.find((x) => line.startsWith(x + ':'));
      if (p !== undefined) lines.get(p)!.push(line.slice(p.length + 1));
    }
    for (const p of unique) {
      const missing =
        r.stderr.includes(`${p}: No such file or directory`) || r.stderr.includes(`${p}: Is a directory`);
      const l = lines.get(p)!;
      out.set(p, missing ? undefined : l.length === 0 ? '' : l.join('\n') + '\n');
    }
    return out;
  }

  async readFile(path: string): Promise<string | undefined> {
    const r = await this.run(readFile(path));
    if (r.exitCode === 0) return r.stdout;
    if (/No such file or directory/.test(r.stderr)) return undefined;
    throw new HostCommandFailed(['cat', path], r, `reading ${path}`);
  }

  async writeFile(path: string, content: string): Promise<void> {
    await this.ok(writeFile(path, content), `writing ${path}`);
  }

  /** Node name and Proxmox VE version, read once per run. */
  getFacts(): Promise<HostFacts> {
    this.facts ??= (async () => {
      const hostname = (await this.readFile('/etc/hostname'))?.trim().split('.')[0];
      const version = JSON.parse(await this.ok(apiGet('/version'), 'reading the Proxmox VE version')) as {
        version?: string;
      };
      const v = String(version.version ?? '');
      const major = Number(v.split('.')[0]);
      if (!hostname) throw new Error('cannot tell the node name: /etc/hostname is missing or empty');
      if (!Number.isInteger(major) || !CODENAMES[major])
        throw new Error(`unsupported Proxmox VE version '${v}' (setup-hypervisor supports 8.x and 9.x)`);
      return { node: hostname, pveVersion: v, pveMajor: major, codename: CODENAMES[major]! };
    })();
    return this.facts;
  }
}
