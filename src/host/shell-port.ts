/**
 * The host port over a shell transport (simulator, local, local+sudo, SSH): every operation is one
 * or a few commands from the builders in proxmox/commands.ts, run by the host runner with the
 * view's retry policy, so the argv each operation sends (and the audit log records) is exactly
 * what apply sent before the port existed. Proxmox's CLI wording for an idempotent case
 * (`already running`, `not running`, `does not exist`) is read here and nowhere else.
 */
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LiveNode, LiveState } from '../model/live-state.js';
import type { FirewallRule } from '../model/types.js';
import {
  lxcConfigPath,
  pctClone,
  pctCreate,
  pctMigrate,
  pctMoveVolume,
  pctReassignVolume,
  pctResize,
  pctSet,
  pveamDownload,
  qmClone,
  qmCreate,
  qmDiskMove,
  qmMigrate,
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
import { firewallPath, renderFirewallFile } from './firewall-file.js';
import { guestOps, runGuestExec, type GuestOps } from './guest-commands.js';
import { acquireApplyLock } from './apply-lock.js';
import type { HostLockOptions } from './host-lock.js';
import { configLock, replaceRawLxcLines } from './lxc-raw-lines.js';
import { NodeRoutes } from './node-routes.js';
import type {
  AgentPing,
  CallOptions,
  CallPolicy,
  ContainerSettings,
  ContainerSpec,
  GuestExecResult,
  GuestMove,
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
  /** The cluster's nodes, shared with the view this one was made from (`withPolicy`). */
  readonly routes?: NodeRoutes;
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
  /** Which node a guest's commands run on (learnt from `readState` or `useCluster`). */
  private readonly routes: NodeRoutes;

  constructor(
    readonly transport: HostTransport,
    options: ShellHostPortOptions = {},
  ) {
    this.capabilities = options.capabilities ?? describedCapabilities(transport);
    this.policy = options.policy ?? { retry: DEFAULT_RETRY };
    this.routes = options.routes ?? new NodeRoutes();
    this.runner = new HostRunner(transport, { retry: this.policy.retry, onRetry: this.policy.onRetry });
  }

  get description(): string {
    return this.transport.description;
  }

  withPolicy(policy: CallPolicy): HostPort {
    return new ShellHostPort(this.transport, {
      capabilities: this.capabilities,
      policy,
      routes: this.routes,
    });
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  async readState(options?: ReadLiveStateOptions): Promise<LiveState> {
    const state = await readLiveState(this.transport, options);
    this.routes.use(state.nodeDetails);
    return state;
  }

  useCluster(nodes: readonly LiveNode[] | undefined): void {
    this.routes.use(nodes);
  }

  acquireLock(options: HostLockOptions): Promise<HeldLock> {
    return acquireApplyLock(this.transport, options);
  }

  /** Runs `cmd` on `node` (through the node hop when it is not the connected node). */
  private async exec(cmd: HostCommand, o: RunOptions = {}, node?: string) {
    return this.runner.run(this.routes.route(cmd, node), o);
  }

  /** The guest's config file under /etc/pve (no hop: pmxcfs shows it on every node). */
  private configPath(guest: GuestRef): string {
    return lxcConfigPath(guest.id, guest.node ?? this.routes.localNode);
  }

  private ops(guest: GuestRef): GuestOps {
    return guestOps(guest.kind, guest.id);
  }

  // ---- making guests ----

  async downloadTemplate(storage: string, file: string, node?: string): Promise<void> {
    await this.exec(pveamDownload(storage, file), {}, node);
  }

  async createContainer(guest: GuestRef, template: string, spec: ContainerSpec): Promise<void> {
    await this.exec(pctCreate(guest.id, template, spec), {}, guest.node);
  }

  async createVm(guest: GuestRef, spec: VmSpec, sshkeys?: string): Promise<void> {
    const keysFile = sshkeys !== undefined ? await this.stageSshKeys(guest, sshkeys) : undefined;
    await this.exec(
      qmCreate(guest.id, { ...spec, ...(keysFile ? { sshkeysFile: keysFile } : {}) }),
      {},
      guest.node,
    );
  }

  async importVmDisk(guest: GuestRef, image: string, storage: string, targetDisk: string): Promise<void> {
    // `import-from=` takes a volume id of `import` content (where setup-hypervisor puts cloud
    // images) as well as a host path; `qm disk import` would take a path only.
    const index = Number(/^scsi(\d+)$/.exec(targetDisk)?.[1] ?? NaN);
    if (!Number.isInteger(index)) throw new Error(`cannot import a disk as ${targetDisk}: scsi disks only`);
    await this.exec(
      qmSet(guest.id, { scsi: { [index]: { file: `${storage}:0`, importFrom: image } } }),
      {},
      guest.node,
    );
  }

  /** Runs on the source's node: Proxmox clones only there (`--target` names where it lands). */
  async cloneGuest(
    target: GuestRef,
    source: GuestRef,
    options: CloneOptions & { readonly name: string },
  ): Promise<void> {
    const { name, ...o } = options;
    await this.exec(
      target.kind === 'lxc'
        ? pctClone(source.id, target.id, { ...o, hostname: name })
        : qmClone(source.id, target.id, { ...o, name }),
      {},
      source.node,
    );
  }

  /**
   * Runs on the guest's node (pve-container / qemu-server `migrate_vm` move the guest away from
   * the node they run on). A running container moves by restart (Proxmox refuses to move it
   * otherwise), bounded by the step's shutdown timeout; a running VM live.
   */
  async migrate(guest: GuestRef, move: GuestMove): Promise<void> {
    await this.exec(
      guest.kind === 'lxc'
        ? pctMigrate(guest.id, move.to, {
            restart: move.restart,
            ...(move.restart && move.timeoutSec !== undefined ? { timeoutSec: move.timeoutSec } : {}),
          })
        : qmMigrate(guest.id, move.to, { online: move.online, withLocalDisks: move.withLocalDisks }),
      {},
      guest.node,
    );
  }

  // ---- configuring guests ----

  async setContainer(guest: GuestRef, settings: ContainerSettings): Promise<void> {
    await this.exec(pctSet(guest.id, settings), {}, guest.node);
  }

  async setVm(guest: GuestRef, settings: VmSettings, sshkeys?: string): Promise<void> {
    const keysFile = sshkeys !== undefined ? await this.stageSshKeys(guest, sshkeys) : undefined;
    await this.exec(
      qmSet(guest.id, { ...settings, ...(keysFile ? { sshkeysFile: keysFile } : {}) }),
      {},
      guest.node,
    );
  }

  async setMeta(guest: GuestRef, meta: { description?: string; tags?: readonly string[] }): Promise<void> {
    await this.exec(this.ops(guest).setMeta(meta), {}, guest.node);
  }

  /**
   * `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. The
   * file is the guest's node's (`/etc/pve/nodes/NODE/lxc/ID.conf`), read without a hop (pmxcfs);
   * the write runs on the guest's node, since the config lock it takes is a file on that node
   * (pve-container `PVE::LXC::Config::config_file_lock`: `/run/lock/lxc/pve-config-ID.lock`).
   */
  async setRawLxcLines(guest: GuestRef, lines: readonly string[]): Promise<void> {
    if (guest.kind !== 'lxc') throw new Error(`raw lxc.* lines are for containers, not VM ${guest.id}`);
    const current = await this.exec(readFile(this.configPath(guest)));
    // Proxmox writes no config of a locked guest (`check_lock`); a raw write must not either.
    const lock = configLock(current.stdout);
    if (lock) throw new Error(`CT is locked (${lock}); its raw lxc.* lines are not written`);
    const next = replaceRawLxcLines(current.stdout, lines);
    if (next !== current.stdout)
      await this.exec(writeLxcConfig(guest.id, next, guest.node ?? this.routes.localNode), {}, guest.node);
  }

  /**
   * Bind-mount source folders: each missing one is made (its parents with `mkdir -p`, as the
   * original tooling did and upstream estates rely on) and given the container's owner. A folder
   * that exists already, often holding the operator's data, keeps its owner and mode: apply
   * never re-owns what it did not make (`mkdir -m` answers `File exists` for it).
   */
  async makeHostDirs(dirs: readonly HostDirSpec[], node?: string): Promise<void> {
    for (const d of dirs) {
      const parent = posix.dirname(d.path);
      if (parent !== '/') await this.exec(mkdirP(parent), {}, node);
      const made = await this.exec(mkdirNew(d.path, '0755'), { okWhen: /File exists/ }, node);
      if (made.exitCode === 0) await this.exec(installDirIds(d.path, '0755', d.uid, d.gid), {}, node);
    }
  }

  async resizeDisk(guest: GuestRef, disk: string, size: string): Promise<void> {
    await this.exec(
      guest.kind === 'lxc' ? pctResize(guest.id, disk, size) : qmResize(guest.id, disk, size),
      {},
      guest.node,
    );
  }

  async moveVolume(guest: GuestRef, disk: string, storage: string): Promise<void> {
    await this.exec(
      guest.kind === 'lxc' ? pctMoveVolume(guest.id, disk, storage) : qmDiskMove(guest.id, disk, storage),
      {},
      guest.node,
    );
  }

  async reassignVolume(from: GuestRef, key: string, to: number, toKey: string): Promise<void> {
    await this.exec(pctReassignVolume(from.id, key, to, toKey), {}, from.node);
  }

  async backup(guest: GuestRef, storage: string): Promise<void> {
    await this.exec(vzdump(guest.id, { storage, mode: 'stop' }), {}, guest.node);
  }

  async writeFirewall(guest: GuestRef, enabled: boolean, rules: readonly FirewallRule[]): Promise<void> {
    await this.exec(writeFile(firewallPath(guest.id), renderFirewallFile(enabled, rules)));
  }

  // ---- lifecycle ----

  async start(guest: GuestRef, call: CallOptions = {}): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).start(), { okWhen: /already running/, ...call }, guest.node);
    return { already: r.exitCode !== 0 };
  }

  async shutdown(guest: GuestRef, timeoutSec: number): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).shutdown(timeoutSec), { okWhen: /not running/ }, guest.node);
    return { already: r.exitCode !== 0 };
  }

  async stop(guest: GuestRef): Promise<Outcome> {
    const r = await this.exec(this.ops(guest).stop(), { okWhen: /not running/ }, guest.node);
    return { already: r.exitCode !== 0 };
  }

  async snapshot(guest: GuestRef, name: string, description: string): Promise<void> {
    await this.exec(this.ops(guest).snapshot(name, description), {}, guest.node);
  }

  async deleteSnapshot(
    guest: GuestRef,
    name: string,
    options: { missingOk?: boolean; force?: boolean } = {},
  ): Promise<Outcome> {
    const r = await this.exec(
      this.ops(guest).deleteSnapshot(name, options.force),
      options.missingOk ? { okWhen: /does not exist/ } : {},
      guest.node,
    );
    return { already: r.exitCode !== 0 };
  }

  async rollback(guest: GuestRef, snapshot: string, options: { start: boolean }): Promise<void> {
    await this.exec(this.ops(guest).rollback(snapshot, options.start), {}, guest.node);
  }

  async template(guest: GuestRef): Promise<void> {
    await this.exec(this.ops(guest).template(), {}, guest.node);
  }

  async destroy(guest: GuestRef, options: { unreferenced?: boolean } = {}): Promise<void> {
    await this.exec(this.ops(guest).destroy(options), {}, guest.node);
  }

  async guestLock(guest: GuestRef): Promise<string | undefined> {
    const r = await this.exec(this.ops(guest).config(), {}, guest.node);
    return configLock(r.stdout);
  }

  async unlock(guest: GuestRef): Promise<void> {
    await this.exec(this.ops(guest).unlock(), {}, guest.node);
  }

  // ---- inside guests ----

  async pingAgent(guest: GuestRef): Promise<AgentPing | undefined> {
    const ping = this.ops(guest).agentPing();
    if (!ping) return undefined;
    const r = await this.runner.once(this.routes.route(ping, guest.node));
    return { answered: r.exitCode === 0, message: (r.stderr || r.stdout).trim() };
  }

  runInGuest(guest: GuestRef, argv: readonly string[], timeoutSec?: number): Promise<GuestExecResult> {
    return runGuestExec((c, o) => this.exec(c, o, guest.node), this.ops(guest).exec(argv, timeoutSec));
  }

  writeGuestFile(guest: GuestRef, path: string, content: string, perms: string): Promise<GuestExecResult> {
    return runGuestExec(
      (c, o) => this.exec(c, o, guest.node),
      this.ops(guest).writeFile(path, content, perms),
    );
  }

  // ---- host files ----

  async readHostFile(path: string): Promise<string | undefined> {
    const r = await this.exec(readFile(path), { okWhen: /No such file or directory/ });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  async writeHostFile(path: string, content: string): Promise<void> {
    await this.exec(writeFile(path, content));
  }

  /** `qm --sshkeys` takes a file on the VM's node: write the keys to a fresh one there first. */
  private async stageSshKeys(guest: GuestRef, keys: string): Promise<string> {
    const path = `/tmp/phoenix-sshkeys-${guest.id}-${randomBytes(6).toString('hex')}.pub`;
    await this.exec(writeFile(path, keys.endsWith('\n') ? keys : keys + '\n'), {}, guest.node);
    return path;
  }
}
