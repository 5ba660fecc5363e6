/**
 * The host as the setup steps see it: runs built HostCommands through the one host runner (the
 * dry-run guard refuses any mutating command in a dry run; every command is recorded, so tests and
 * the report can count mutating ones), reads several files in one command, and caches the node's
 * facts (name, version). A host for another node of the cluster (`route`) sends every command
 * there through the node hop (`onNode`, proxmox/commands/hop.ts). Failures are the runner's `HostCommandFailed`, re-exported here for the
 * steps.
 */
import { HostCommandFailed } from '../host/failure.js';
import { HostRunner, type CommandRecord } from '../host/runner.js';
import {
  apiGet,
  onNode,
  readConfigFiles,
  readFile,
  writeFile,
  type HostCommand,
  type NodeRoute,
} from '../proxmox/commands.js';
import type { CommandResult, HostTransport } from '../proxmox/transport.js';

export { HostCommandFailed };

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
  /** Every command run, on every node (the hosts `forNode` makes share it). */
  readonly log: CommandRecord[];
  /** API tokens created in this run: full token id -> secret (shown once by Proxmox). */
  readonly createdTokens = new Map<string, string>();
  private facts?: Promise<HostFacts>;
  private readonly runner: HostRunner;

  constructor(
    readonly transport: HostTransport,
    readonly dryRun: boolean,
    /** Called with every secret value the run learns (to mask it in logs). */
    private readonly onSecret: (value: string) => void = () => undefined,
    /** Another node of the cluster, reached from the connected one; undefined: the connected node. */
    readonly route?: NodeRoute,
    log?: CommandRecord[],
  ) {
    this.log = log ?? [];
    this.runner = new HostRunner(transport, { dryRun, onCommand: (record) => this.log.push(record) });
  }

  recordToken(tokenId: string, secret: string): void {
    this.onSecret(secret);
    this.createdTokens.set(tokenId, secret);
  }

  /** Runs a command; non-zero exits are returned, not thrown. */
  run(cmd: HostCommand): Promise<CommandResult> {
    return this.runner.once(this.routed(cmd));
  }

  private routed(cmd: HostCommand): HostCommand {
    return this.route ? onNode(this.route, cmd) : cmd;
  }

  /** Runs a command that must succeed; returns its stdout. */
  ok(cmd: HostCommand, what?: string): Promise<string> {
    return this.runner.ok(this.routed(cmd), what);
  }

  /** The hosts of the cluster's nodes by name (this one included), when the run set up several. */
  private readonly peers = new Map<string, SetupHost>();

  /** A host for `route`'s node over the same transport, sharing this one's log and secrets. */
  forNode(route: NodeRoute): SetupHost {
    const other = new SetupHost(this.transport, this.dryRun, this.onSecret, route, this.log);
    this.peers.set(route.node, other);
    return other;
  }

  /** Records the name of the node this host is on (the connected one), for `onOneOf`. */
  knowAs(node: string): void {
    this.peers.set(node, this);
  }

  /**
   * This host when `nodes` names its node (or the cluster's nodes are not known), else the host
   * of the first of them that this run reaches.
   */
  onOneOf(nodes: readonly string[]): SetupHost {
    if (this.peers.size === 0 || nodes.some((n) => this.peers.get(n) === this)) return this;
    return nodes.map((n) => this.peers.get(n)).find((h) => h !== undefined) ?? this;
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
