/**
 * An in-memory HostPort for apply tests: no transport, no argv. Guests live in a LiveState that
 * the operations change (created, cloned, tagged, started, snapshotted, templated, destroyed);
 * every operation is recorded as a short line (`start ct/900`) so a test can tell what apply asked
 * of the host. Commands inside guests always exit 0; the agent always answers.
 */
import { HostCommandFailed } from '../../src/host/failure.js';
import type { HostLockOptions } from '../../src/host/host-lock.js';
import type {
  AgentPing,
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
} from '../../src/host/port.js';
import type { LiveGuest, LiveState } from '../../src/model/live-state.js';
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
      node: this.base.nodes[0] ?? 'pve',
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

  async downloadTemplate(storage: string, file: string): Promise<void> {
    this.ops.push(`download ${storage}:vztmpl/${file}`);
  }

  async createContainer(id: number, template: string, spec: ContainerSpec): Promise<void> {
    this.ops.push(`create ct/${id} from ${template}`);
    this.add({ kind: 'lxc', id }, spec.hostname, spec);
  }

  async createVm(id: number, spec: VmSpec, sshkeys?: string): Promise<void> {
    this.ops.push(`create vm/${id}${sshkeys === undefined ? '' : ' with ssh keys'}`);
    this.add({ kind: 'qemu', id }, spec.name, spec);
  }

  async importVmDisk(id: number, image: string, storage: string, targetDisk: string): Promise<void> {
    this.ops.push(`import ${image} to vm/${id} ${storage} ${targetDisk}`);
  }

  async cloneGuest(target: GuestRef, source: number, o: CloneOptions & { name: string }): Promise<void> {
    this.ops.push(`clone ${source} to ${label(target)}`);
    const src = this.guest({ kind: target.kind, id: source });
    this.add(target, o.name, { description: o.description, tags: src.tags });
  }

  async setContainer(id: number, settings: ContainerSettings): Promise<void> {
    this.ops.push(`set ct/${id}`);
    this.meta(this.guest({ kind: 'lxc', id }), settings);
  }

  async setVm(id: number, settings: VmSettings): Promise<void> {
    this.ops.push(`set vm/${id}`);
    this.meta(this.guest({ kind: 'qemu', id }), settings);
  }

  async setMeta(ref: GuestRef, meta: { description?: string; tags?: readonly string[] }): Promise<void> {
    this.ops.push(`meta ${label(ref)}`);
    this.meta(this.guest(ref), meta);
  }

  async setRawLxcLines(ref: GuestRef, lines: readonly string[]): Promise<void> {
    this.ops.push(`raw-lxc ${label(ref)} ${lines.length}`);
  }

  async makeHostDirs(dirs: readonly HostDirSpec[]): Promise<void> {
    for (const d of dirs) this.ops.push(`host-dir ${d.path} ${d.uid}:${d.gid}`);
  }

  async resizeDisk(ref: GuestRef, disk: string, size: string): Promise<void> {
    this.ops.push(`resize ${label(ref)} ${disk} ${size}`);
  }

  async moveVolume(ref: GuestRef, disk: string, storage: string): Promise<void> {
    this.ops.push(`move-volume ${label(ref)} ${disk} ${storage}`);
  }

  async reassignVolume(from: number, key: string, to: number, toKey: string): Promise<void> {
    this.ops.push(`reassign-volume ${from} ${key} ${to} ${toKey}`);
  }

  async backup(ref: GuestRef, storage: string): Promise<void> {
    this.ops.push(`backup ${label(ref)} ${storage}`);
  }

  async writeFirewall(ref: GuestRef, enabled: boolean, rules: readonly FirewallRule[]): Promise<void> {
    this.ops.push(`firewall ${label(ref)} ${enabled ? 'on' : 'off'} ${rules.length}`);
  }

  async start(ref: GuestRef): Promise<Outcome> {
    this.ops.push(`start ${label(ref)}`);
    const g = this.guest(ref);
    const already = g.status === 'running';
    g.status = 'running';
    return { already };
  }

  async shutdown(ref: GuestRef): Promise<Outcome> {
    this.ops.push(`shutdown ${label(ref)}`);
    return this.halt(ref);
  }

  async stop(ref: GuestRef): Promise<Outcome> {
    this.ops.push(`stop ${label(ref)}`);
    return this.halt(ref);
  }

  private halt(ref: GuestRef): Outcome {
    const g = this.guest(ref);
    const already = g.status !== 'running';
    g.status = 'stopped';
    return { already };
  }

  async snapshot(ref: GuestRef, name: string, description: string): Promise<void> {
    this.ops.push(`snapshot ${label(ref)} ${name}`);
    const g = this.guest(ref);
    g.snapshots = [...g.snapshots, { name, description, snaptime: Math.floor(Date.now() / 1000) }];
  }

  async deleteSnapshot(ref: GuestRef, name: string, o: { missingOk?: boolean } = {}): Promise<Outcome> {
    this.ops.push(`delsnapshot ${label(ref)} ${name}`);
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
    this.ops.push(`rollback ${label(ref)} ${snapshot}${o.start ? ' and start' : ''}`);
  }

  async template(ref: GuestRef): Promise<void> {
    this.ops.push(`template ${label(ref)}`);
    const g = this.guest(ref);
    g.template = true;
    g.config.template = '1';
  }

  async destroy(ref: GuestRef, options: { unreferenced?: boolean } = {}): Promise<void> {
    this.ops.push(`destroy ${label(ref)}${options.unreferenced ? ' with unreferenced disks' : ''}`);
    this.guests.delete(ref.id);
  }

  async guestLock(ref: GuestRef): Promise<string | undefined> {
    return this.guests.get(ref.id)?.lock;
  }

  async unlock(ref: GuestRef): Promise<void> {
    this.ops.push(`unlock ${label(ref)}`);
    const g = this.guests.get(ref.id);
    if (g) this.guests.set(ref.id, { ...g, lock: undefined });
  }

  async pingAgent(ref: GuestRef): Promise<AgentPing | undefined> {
    if (ref.kind === 'lxc') return undefined;
    this.ops.push(`ping ${label(ref)}`);
    return { answered: true, message: '' };
  }

  async runInGuest(ref: GuestRef, argv: readonly string[]): Promise<GuestExecResult> {
    this.ops.push(`exec ${label(ref)} ${argv[0]}`);
    return { status: 'exited', exitCode: 0, stdout: '', stderr: '' };
  }

  async writeGuestFile(ref: GuestRef, path: string): Promise<GuestExecResult> {
    this.ops.push(`push ${label(ref)} ${path}`);
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
