/**
 * An in-memory HostPort for apply tests: no transport, no argv. Guests live in a LiveState that
 * the operations change (created, cloned, tagged, started, snapshotted, templated, destroyed);
 * every operation is recorded as a short line (`start ct/900`) so a test can tell what apply asked
 * of the host, and in `onNodes` with the node it was asked to run on (`start ct/900 @pve2`; `@-`:
 * no node named). Commands inside guests always exit 0; the agent always answers.
 */
import { HostCommandFailed } from '../../src/host/failure.js';
import type { HostLockOptions } from '../../src/host/host-lock.js';
import type {
  AgentPing,
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
} from '../../src/host/port.js';
import type { LiveGuest, LiveNode, LiveState } from '../../src/model/live-state.js';
import type { FirewallRule } from '../../src/model/types.js';
import type { CloneOptions } from '../../src/proxmox/commands.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type FakeGuest = Mutable<LiveGuest> & { config: Record<string, string> };

const label = (g: GuestRef): string => `${g.kind === 'lxc' ? 'ct' : 'vm'}/${g.id}`;

export class FakeHostPort implements HostPort {
  readonly description = 'fake:in-memory';
  readonly capabilities: HostCapabilities;
  /** Every operation, in order. */
  readonly ops: string[] = [];
  /** Retry policies apply asked for (one per guest run, rollback...). */
  readonly policies: CallPolicy[] = [];
  readonly files = new Map<string, string>();
  /** Every operation on a guest or node with that node, in order (`create ct/900 @pve2`). */
  readonly onNodes: string[] = [];
  /** The nodes apply told the port about (`useCluster`). */
  cluster: readonly LiveNode[] | undefined;
  private readonly guests = new Map<number, FakeGuest>();
  private readonly base: LiveState;
  private lockHeld = false;

  constructor(initial: LiveState, capabilities: Partial<HostCapabilities> = {}) {
    this.base = initial;
    this.capabilities = {
      canExecInGuest: true,
      canWriteRawConfig: true,
      isSimulator: false,
      supportsSudo: false,
      ...capabilities,
    };
    for (const g of initial.guests)
      this.guests.set(g.id, {
        ...g,
        config: { ...g.config },
        snapshots: [...g.snapshots],
        tags: [...g.tags],
      });
  }

  /** Records an operation, and the node it runs on. */
  private op(line: string, node: string | undefined): void {
    this.ops.push(line);
    this.onNodes.push(`${line} @${node ?? '-'}`);
  }

  private guest(ref: GuestRef): FakeGuest {
    const g = this.guests.get(ref.id);
    if (!g) throw new Error(`fake host: no guest ${ref.id}`);
    return g;
  }

  private add(
    ref: GuestRef,
    name: string | undefined,
    meta: { description?: string; tags?: readonly string[] },
  ) {
    const config: Record<string, string> = {};
    if (name) config[ref.kind === 'lxc' ? 'hostname' : 'name'] = name;
    if (meta.description !== undefined) config.description = meta.description;
    if (meta.tags) config.tags = meta.tags.join(';');
    this.guests.set(ref.id, {
      kind: ref.kind,
      id: ref.id,
      node: ref.node ?? this.base.nodes[0] ?? 'pve',
      status: 'stopped',
      template: false,
      config,
      snapshots: [],
      tags: [...(meta.tags ?? [])],
      ...(name ? { name } : {}),
    });
  }

  private meta(g: FakeGuest, meta: { description?: string; tags?: readonly string[] }): void {
    if (meta.description !== undefined) g.config.description = meta.description;
    if (meta.tags) {
      g.tags = [...meta.tags];
      g.config.tags = meta.tags.join(';');
    }
  }

  withPolicy(policy: CallPolicy): HostPort {
    this.policies.push(policy);
    return this;
  }

  async close(): Promise<void> {
    this.ops.push('close');
  }

  async readState(): Promise<LiveState> {
    const guests = [...this.guests.values()]
      .map((g) => ({ ...g, config: { ...g.config }, snapshots: [...g.snapshots], tags: [...g.tags] }))
      .sort((a, b) => a.id - b.id);
    return { ...this.base, readAt: new Date().toISOString(), target: this.description, guests };
  }

  async acquireLock(options: HostLockOptions): Promise<HeldLock> {
    if (this.lockHeld) throw new Error('fake host: the lock is already held');
    this.lockHeld = true;
    this.ops.push(`lock${options.note ? ` (${options.note.split(' ')[0]})` : ''}`);
    return {
      id: 'fake-lock',
      release: async () => {
        this.lockHeld = false;
        this.ops.push('unlock');
      },
    };
  }

  useCluster(nodes: readonly LiveNode[] | undefined): void {
    if (nodes?.length) this.cluster = nodes;
  }

  async downloadTemplate(storage: string, file: string, node?: string): Promise<void> {
    this.op(`download ${storage}:vztmpl/${file}`, node);
  }

  async createContainer(ref: GuestRef, template: string, spec: ContainerSpec): Promise<void> {
    this.op(`create ct/${ref.id} from ${template}`, ref.node);
    this.add({ ...ref, kind: 'lxc' }, spec.hostname, spec);
  }

  async createVm(ref: GuestRef, spec: VmSpec, sshkeys?: string): Promise<void> {
    this.op(`create vm/${ref.id}${sshkeys === undefined ? '' : ' with ssh keys'}`, ref.node);
    this.add({ ...ref, kind: 'qemu' }, spec.name, spec);
  }

  async importVmDisk(ref: GuestRef, image: string, storage: string, targetDisk: string): Promise<void> {
    this.op(`import ${image} to vm/${ref.id} ${storage} ${targetDisk}`, ref.node);
  }

  /** Recorded on the source's node (where Proxmox clones); the clone lands on `o.target` or there. */
  async cloneGuest(target: GuestRef, source: GuestRef, o: CloneOptions & { name: string }): Promise<void> {
    this.op(`clone ${source.id} to ${label(target)}${o.target ? ` target ${o.target}` : ''}`, source.node);
    const src = this.guest(source);
    const node = o.target ?? source.node;
    this.add({ kind: target.kind, id: target.id, ...(node ? { node } : {}) }, o.name, {
      description: o.description,
      tags: src.tags,
    });
  }

  async migrate(ref: GuestRef, move: GuestMove): Promise<void> {
    const how = [move.online && 'online', move.restart && 'restart', move.withLocalDisks && 'local-disks'];
    this.op(
      `migrate ${label(ref)} to ${move.to}${how
        .filter(Boolean)
        .map((h) => ` ${h}`)
        .join('')}`,
      ref.node,
    );
    this.guest(ref).node = move.to;
  }

  async setContainer(ref: GuestRef, settings: ContainerSettings): Promise<void> {
    this.op(`set ct/${ref.id}`, ref.node);
    this.meta(this.guest(ref), settings);
  }

  async setVm(ref: GuestRef, settings: VmSettings): Promise<void> {
    this.op(`set vm/${ref.id}`, ref.node);
    this.meta(this.guest(ref), settings);
  }

  async setMeta(ref: GuestRef, meta: { description?: string; tags?: readonly string[] }): Promise<void> {
    this.op(`meta ${label(ref)}`, ref.node);
    this.meta(this.guest(ref), meta);
  }

  async setRawLxcLines(ref: GuestRef, lines: readonly string[]): Promise<void> {
    this.op(`raw-lxc ${label(ref)} ${lines.length}`, ref.node);
  }

  async makeHostDirs(dirs: readonly HostDirSpec[], node?: string): Promise<void> {
    for (const d of dirs) this.op(`host-dir ${d.path} ${d.uid}:${d.gid}`, node);
  }

  async resizeDisk(ref: GuestRef, disk: string, size: string): Promise<void> {
    this.op(`resize ${label(ref)} ${disk} ${size}`, ref.node);
  }

  async moveVolume(ref: GuestRef, disk: string, storage: string): Promise<void> {
    this.op(`move-volume ${label(ref)} ${disk} ${storage}`, ref.node);
  }

  async reassignVolume(from: GuestRef, key: string, to: number, toKey: string): Promise<void> {
    this.op(`reassign-volume ${from.id} ${key} ${to} ${toKey}`, from.node);
  }

  async backup(ref: GuestRef, storage: string): Promise<void> {
    this.op(`backup ${label(ref)} ${storage}`, ref.node);
  }

  async writeFirewall(ref: GuestRef, enabled: boolean, rules: readonly FirewallRule[]): Promise<void> {
    this.op(`firewall ${label(ref)} ${enabled ? 'on' : 'off'} ${rules.length}`, ref.node);
  }

  async start(ref: GuestRef): Promise<Outcome> {
    this.op(`start ${label(ref)}`, ref.node);
    const g = this.guest(ref);
    const already = g.status === 'running';
    g.status = 'running';
    return { already };
  }

  async shutdown(ref: GuestRef): Promise<Outcome> {
    this.op(`shutdown ${label(ref)}`, ref.node);
    return this.halt(ref);
  }

  async stop(ref: GuestRef): Promise<Outcome> {
    this.op(`stop ${label(ref)}`, ref.node);
    return this.halt(ref);
  }

  private halt(ref: GuestRef): Outcome {
    const g = this.guest(ref);
    const already = g.status !== 'running';
    g.status = 'stopped';
    return { already };
  }

  async snapshot(ref: GuestRef, name: string, description: string): Promise<void> {
    this.op(`snapshot ${label(ref)} ${name}`, ref.node);
    const g = this.guest(ref);
    g.snapshots = [...g.snapshots, { name, description, snaptime: Math.floor(Date.now() / 1000) }];
  }

  async deleteSnapshot(ref: GuestRef, name: string, o: { missingOk?: boolean } = {}): Promise<Outcome> {
    this.op(`delsnapshot ${label(ref)} ${name}`, ref.node);
    const g = this.guest(ref);
    const had = g.snapshots.some((s) => s.name === name);
    if (!had && !o.missingOk)
      throw new HostCommandFailed(['fake', 'delsnapshot', String(ref.id), name], {
        exitCode: 2,
        stdout: '',
        stderr: `snapshot '${name}' does not exist\n`,
      });
    g.snapshots = g.snapshots.filter((s) => s.name !== name);
    return { already: !had };
  }

  async rollback(ref: GuestRef, snapshot: string, o: { start: boolean }): Promise<void> {
    this.op(`rollback ${label(ref)} ${snapshot}${o.start ? ' and start' : ''}`, ref.node);
  }

  async template(ref: GuestRef): Promise<void> {
    this.op(`template ${label(ref)}`, ref.node);
    const g = this.guest(ref);
    g.template = true;
    g.config.template = '1';
  }

  async destroy(ref: GuestRef, options: { unreferenced?: boolean } = {}): Promise<void> {
    this.op(`destroy ${label(ref)}${options.unreferenced ? ' with unreferenced disks' : ''}`, ref.node);
    this.guests.delete(ref.id);
  }

  async guestLock(ref: GuestRef): Promise<string | undefined> {
    return this.guests.get(ref.id)?.lock;
  }

  async unlock(ref: GuestRef): Promise<void> {
    this.op(`unlock ${label(ref)}`, ref.node);
    const g = this.guests.get(ref.id);
    if (g) this.guests.set(ref.id, { ...g, lock: undefined });
  }

  async pingAgent(ref: GuestRef): Promise<AgentPing | undefined> {
    if (ref.kind === 'lxc') return undefined;
    this.op(`ping ${label(ref)}`, ref.node);
    return { answered: true, message: '' };
  }

  async runInGuest(ref: GuestRef, argv: readonly string[]): Promise<GuestExecResult> {
    this.op(`exec ${label(ref)} ${argv[0]}`, ref.node);
    return { status: 'exited', exitCode: 0, stdout: '', stderr: '' };
  }

  async writeGuestFile(ref: GuestRef, path: string): Promise<GuestExecResult> {
    this.op(`push ${label(ref)} ${path}`, ref.node);
    return { status: 'exited', exitCode: 0, stdout: '', stderr: '' };
  }

  async readHostFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  async writeHostFile(path: string, content: string): Promise<void> {
    this.ops.push(`write ${path}`);
    this.files.set(path, content);
  }
}
