/**
 * The host port over a shell transport (simulator, local, local+sudo, SSH): every operation is one
 * or a few commands from the builders in proxmox/commands.ts, run by the host runner with the
 * view's retry policy, so the argv each operation sends (and the audit log records) is exactly
 * what apply sent before the port existed. Proxmox's CLI wording for an idempotent case
 * (`already running`, `not running`, `does not exist`) is read here and nowhere else.
 */
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LiveState } from '../model/live-state.js';
import type { FirewallRule } from '../model/types.js';
import {
  lxcConfigPath,
  pctClone,
  pctCreate,
  pctMoveVolume,
  pctReassignVolume,
  pctResize,
  pctSet,
  pveamDownload,
  qmClone,
  qmCreate,
  qmDiskMove,
  qmResize,
  qmSet,
  installDirIds,
  mkdirNew,
  mkdirP,
  readFile,
  vzdump,
  writeFile,
  writeLxcConfig,
  type CloneOptions,
  type HostCommand,
} from '../proxmox/commands.js';
import { readLiveState, type ReadLiveStateOptions } from '../proxmox/state-reader.js';
import type { HostTransport } from '../proxmox/transport.js';
import { HostCommandFailed } from './failure.js';
import { firewallPath, renderFirewallFile } from './firewall-file.js';
import { guestOps, parseAgentExec, type GuestExec, type GuestOps } from './guest-commands.js';
import { acquireApplyLock } from './apply-lock.js';
import type { HostLockOptions } from './host-lock.js';
import { configLock, replaceRawLxcLines } from './lxc-raw-lines.js';
import type {
  AgentPing,
  CallOptions,
  CallPolicy,
  ContainerSettings,
  ContainerSpec,
  GuestExecResult,
  GuestRef,
  HeldLock,
  HostCapabilities,
  HostDirSpec,
  HostPort,
  Outcome,
  VmSettings,
  VmSpec,
} from './port.js';
import { DEFAULT_RETRY } from './retry.js';
import { HostRunner, type RunOptions } from './runner.js';

/** A shell host that is neither the simulator nor behind sudo. */
export const SHELL_CAPABILITIES: HostCapabilities = {
  canExecInGuest: true,
  canWriteRawConfig: true,
  isSimulator: false,
  supportsSudo: false,
};

export interface ShellHostPortOptions {
  /** Default: told from the transport's description (`sim:...`, `...+sudo`). */
  readonly capabilities?: HostCapabilities;
  /** Default: apply's default retry policy. */
  readonly policy?: CallPolicy;
}

function describedCapabilities(transport: HostTransport): HostCapabilities {
  return {
    ...SHELL_CAPABILITIES,
    isSimulator: transport.description.startsWith('sim:'),
    supportsSudo: transport.description.endsWith('+sudo'),
  };
}

export class ShellHostPort implements HostPort {
  readonly capabilities: HostCapabilities;
  private readonly policy: CallPolicy;
  private readonly runner: HostRunner;

  constructor(
    readonly transport: HostTransport,
    options: ShellHostPortOptions = {},
  ) {
    this.capabilities = options.capabilities ?? describedCapabilities(transport);
    this.policy = options.policy ?? { retry: DEFAULT_RETRY };
    this.runner = new HostRunner(transport, { retry: this.policy.retry, onRetry: this.policy.onRetry });
  }

  get description(): string {
    return this.transport.description;
  }

  withPolicy(policy: CallPolicy): HostPort {
    return new ShellHostPort(this.transport, { capabilities: this.capabilities, policy });
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  readState(options?: ReadLiveStateOptions): Promise<LiveState> {
    return readLiveState(this.transport, options);
  }

  acquireLock(options: HostLockOptions): Promise<HeldLock> {
    return acquireApplyLock(this.transport, options);
  }

  private exec(cmd: HostCommand, o: RunOptions = {}) {
    return this.runner.run(cmd, o);
  }

  private ops(guest: GuestRef): GuestOps {
    return guestOps(guest.kind, guest.id);
  }

  // ---- making guests ----

  async downloadTemplate(storage: string, file: string): Promise<void> {
    await this.exec(pveamDownload(storage, file));
  }

  async createContainer(id: number, template: string, spec: ContainerSpec): Promise<void> {
    await this.exec(pctCreate(id, template, spec));
  }

  async createVm(id: number, spec: VmSpec, sshkeys?: string): Promise<void> {
    const keysFile = sshkeys !== undefined ? await this.stageSshKeys(id, sshkeys) : undefined;
    await this.exec(qmCreate(id, { ...spec, ...(keysFile ? { sshkeysFile: keysFile } : {}) }));
  }

  async importVmDisk(id: number, image: string, storage: string, targetDisk: string): Promise<void> {
    // `import-from=` takes a volume id of `import` content (where setup-hypervisor puts cloud
    // images) as well as a host path; `qm disk import` would take a path only.
    const index = Number(/^scsi(\d+)$/.exec(targetDisk)?.[1] ?? NaN);
    if (!Number.isInteger(index)) throw new Error(`cannot import a disk as ${targetDisk}: scsi disks only`);
    await this.exec(qmSet(id, { scsi: { [index]: { file: `${storage}:0`, importFrom: image } } }));
  }

  async cloneGuest(
    target: GuestRef,
    source: number,
    options: CloneOptions & { readonly name: string },
  ): Promise<void> {
    const { name, ...o } = options;
    await this.exec(
      target.kind === 'lxc'
        ? pctClone(source, target.id, { ...o, hostname: name })
        : qmClone(source, target.id, { ...o, name }),
    );
  }

  // ---- configuring guests ----

  async setContainer(id: number, settings: ContainerSettings): Promise<void> {
    await this.exec(pctSet(id, settings));
  }

  async setVm(id: number, settings: VmSettings, sshkeys?: string): Promise<void> {
    const keysFile = sshkeys !== undefined ? await this.stageSshKeys(id, sshkeys) : undefined;
    await this.exec(qmSet(id, { ...settings, ...(keysFile ? { sshkeysFile: keysFile } : {}) }));
  }

  async setMeta(guest: GuestRef, meta: { description?: string; tags?: readonly string[] }): Promise<void> {
    await this.exec(this.ops(guest).setMeta(meta));
  }

  /** `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. */
  async setRawLxcLines(guest: GuestRef, lines: readonly string[]): Promise<void> {
    if (guest.kind !== 'lxc') throw new Error(`raw lxc.* lines are for containers, not VM ${guest.id}`);
    const current = await this.exec(readFile(lxcConfigPath(guest.id, guest.node)));
    // Proxmox writes no config of a locked guest (`check_lock`); a raw write must not either.
    const lock = configLock(current.stdout);
    if (lock) throw new Error(`CT is locked (${lock}); its raw lxc.* lines are not written`);
    const next = replaceRawLxcLines(current.stdout, lines);
    if (next !== current.stdout) await this.exec(writeLxcConfig(guest.id, next, guest.node));
  }

  /**
   * Bind-mount source folders: each missing one is made (its parents with `mkdir -p`, as the
   * original tooling did and upstream estates rely on) and given the container's owner. A folder
   * that exists already, often holding the operator's data, keeps its owner and mode: apply
   * never re-owns what it did not make (`mkdir -m` answers `File exists` for it).
   */
  async makeHostDirs(dirs: readonly HostDirSpec[]): Promise<void> {
    for (const d of dirs) {
      const parent = posix.dirname(d.path);
      if (parent !== '/') await this.exec(mkdirP(parent));
      const made = await this.exec(mkdirNew(d.path, '0755'), { okWhen: /File exists/ });
      if (made.exitCode === 0) await this.exec(installDirIds(d.path, '0755', d.uid, d.gid));
    }
  }

  async resizeDisk(guest: GuestRef, disk: string, size: string): Promise<void> {
    await this.exec(guest.kind === 'lxc' ? pctResize(guest.id, disk, size) : qmResize(guest.id, disk, size));
  }

  async moveVolume(guest: GuestRef, disk: string, storage: string): Promise<void> {
    await this.exec(
      guest.kind === 'lxc' ? pctMoveVolume(guest.id, disk, storage) : qmDiskMove(guest.id, disk, storage),
    );
  }

  async reassignVolume(from: number, key: string, to: number, toKey: string): Promise<void> {
    await this.exec(pctReassignVolume(from, key, to, toKey));
  }

  async backup(guest: GuestRef, storage: string): Promise<void> {
    await this.exec(vzdump(guest.id, { storage, mode: 'stop' }));
  }

  async writeFirewall(guest: GuestRef, enabled: boolean, rules: readonly FirewallRule[]): Promise<void> {
    await this.exec(writeFile(firewallPath(guest.id), renderFirewallFile(enabled, rules)));
  }

  // ---- lifecycle ----

  async start(guest: GuestRef, call: CallOptions = {}): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).start(), { okWhen: /already running/, ...call });
    return { already: r.exitCode !== 0 };
  }

  async shutdown(guest: GuestRef, timeoutSec: number): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).shutdown(timeoutSec), { okWhen: /not running/ });
    return { already: r.exitCode !== 0 };
  }

  async stop(guest: GuestRef): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).stop(), { okWhen: /not running/ });
    return { already: r.exitCode !== 0 };
  }

  async snapshot(guest: GuestRef, name: string, description: string): Promise<void> {
    await this.exec(this.ops(guest).snapshot(name, description));
  }

  async deleteSnapshot(
    guest: GuestRef,
    name: string,
    options: { missingOk?: boolean; force?: boolean } = {},
  ): Promise<Outcome> {
    const r = await this.exec(
      this.ops(guest).deleteSnapshot(name, options.force),
      options.missingOk ? { okWhen: /does not exist/ } : {},
    );
    return { already: r.exitCode !== 0 };
  }

  async rollback(guest: GuestRef, snapshot: string, options: { start: boolean }): Promise<void> {
    await this.exec(this.ops(guest).rollback(snapshot, options.start));
  }

  async template(guest: GuestRef): Promise<void> {
    await this.exec(this.ops(guest).template());
  }

  async destroy(guest: GuestRef, options: { unreferenced?: boolean } = {}): Promise<void> {
    await this.exec(this.ops(guest).destroy(options));
  }

  async guestLock(guest: GuestRef): Promise<string | undefined> {
    const r = await this.exec(this.ops(guest).config());
    return configLock(r.stdout);
  }

  async unlock(guest: GuestRef): Promise<void> {
    await this.exec(this.ops(guest).unlock());
  }

  // ---- inside guests ----

  async pingAgent(guest: GuestRef): Promise<AgentPing | undefined> {
    const ping = this.ops(guest).agentPing();
    if (!ping) return undefined;
    const r = await this.runner.once(ping);
    return { answered: r.exitCode === 0, message: (r.stderr || r.stdout).trim() };
  }

  runInGuest(guest: GuestRef, argv: readonly string[], timeoutSec?: number): Promise<GuestExecResult> {
    return this.inGuest(this.ops(guest).exec(argv, timeoutSec));
  }

  writeGuestFile(guest: GuestRef, path: string, content: string, perms: string): Promise<GuestExecResult> {
    return this.inGuest(this.ops(guest).writeFile(path, content, perms));
  }

  /**
   * `pct exec`/`pct push` pass the guest's exit code through; `qm guest exec` prints a JSON
   * status (a non-zero exit of `qm` itself is a host failure).
   */
  private async inGuest(e: GuestExec): Promise<GuestExecResult> {
    const bound: RunOptions = e.timeoutSec !== undefined ? { timeoutMs: e.timeoutSec * 1000 } : {};
    if (!e.viaAgent) {
      try {
        const r = await this.exec(e.command, bound);
        return { status: 'exited', exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
      } catch (err) {
        if (err instanceof HostCommandFailed && err.result) {
          const { exitCode, stdout, stderr } = err.result;
          return { status: 'exited', exitCode, stdout, stderr };
        }
        throw err;
      }
    }
    const r = await this.exec(e.command, bound);
    const status = parseAgentExec(r.stdout);
    if (!status) return { status: 'unreadable', text: r.stdout || r.stderr };
    if (!status.exited) return { status: 'running' };
    return { status: 'exited', exitCode: status.exitCode, stdout: status.stdout, stderr: status.stderr };
  }

  // ---- host files ----

  async readHostFile(path: string): Promise<string | undefined> {
    const r = await this.exec(readFile(path), { okWhen: /No such file or directory/ });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  async writeHostFile(path: string, content: string): Promise<void> {
    await this.exec(writeFile(path, content));
  }

  /** `qm --sshkeys` takes a file on the host: write the keys to a fresh one first. */
  private async stageSshKeys(id: number, keys: string): Promise<string> {
    const path = `/tmp/phoenix-sshkeys-${id}-${randomBytes(6).toString('hex')}.pub`;
    await this.exec(writeFile(path, keys.endsWith('\n') ? keys : keys + '\n'));
    return path;
  }
}
