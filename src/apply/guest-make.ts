/**
 * Making a guest exist and configuring it, through the host port: a template download (shared by
 * the run) and container creation, VM creation + disk import of the cloud image + boot order +
 * disk size, full clones (one at a time per source, since Proxmox locks the source while it
 * copies), config changes, raw `lxc.*` lines (on hosts that can write them), disk growth.
 * A new guest carries the Phoenix tag and a `phoenix-making:` line (never a done-record) from the
 * first operation on; guest-run.ts writes the done-record only once the make step finished, so a
 * run killed half-way leaves a guest the next plan recognises as its own and incomplete. A VM
 * whose disk import failed is never given a blank disk instead: the step fails, and the next plan
 * makes the VM again.
 */
import type { GuestRef, HostPort } from '../host/port.js';
import type { LiveGuest } from '../model/live-state.js';
import { managedTags, type GuestMarker } from '../plan/markers.js';
import type { Step } from '../plan/types.js';
import { lxcArgs, qemuArgs, templateParts } from './config-args.js';
import type { KeyedMutex } from './mutex.js';
import type { ScriptStore } from './scripts.js';
import type { ApplySettings } from './types.js';

export interface MakeContext {
  readonly settings: ApplySettings;
  readonly scripts: ScriptStore;
  readonly mutex: KeyedMutex;
  /** Template downloads of this run by volume id, shared by every guest that needs one. */
  readonly downloads: Map<string, Promise<unknown>>;
  readonly planHash: string;
  /**
   * Node the guest lives on when the run starts, when known (else the connected node); the run
   * follows it through clone, migrate and re-create steps (guest-run.ts).
   */
  readonly node?: string;
  /** The node guest `id` is on now (clone sources), when known: moves of this run included. */
  readonly nodeOf?: (id: number) => string | undefined;
  /** Whether every node sees the same volumes of `storage` (then a download serves all nodes). */
  readonly storageShared?: (storage: string) => boolean;
  /** Whether the guest with this id already carries the Phoenix tag (clones inherit tags). */
  readonly sourceManaged: (id: number) => boolean;
  readonly readMarker: (live: LiveGuest) => GuestMarker | undefined;
  readonly describe: (step: Step) => string;
}

/** The host (with the guest run's retry policy) and the guest a step works on. */
export interface StepCtx {
  readonly host: HostPort;
  readonly guest: GuestRef;
}

type CreateStep = Extract<Step, { op: 'create' }>;
type CloneStep = Extract<Step, { op: 'clone' }>;
type ConfigureStep = Extract<Step, { op: 'configure' }>;
type ResizeStep = Extract<Step, { op: 'resize' }>;

const TAGS = managedTags([]);

async function download(m: MakeContext, s: StepCtx, volid: string): Promise<void> {
  const parts = templateParts(volid);
  if (!parts) throw new Error(`cannot download ${volid}: expected STORAGE:vztmpl/FILE`);
  // A node-local storage holds its own copy on each node: one download per node then.
  const node = m.storageShared?.(parts.storage) ? undefined : s.guest.node;
  const key = node === undefined ? volid : `${node}/${volid}`;
  let pending = m.downloads.get(key);
  if (!pending) {
    pending = s.host.downloadTemplate(parts.storage, parts.file, node);
    m.downloads.set(key, pending);
  }
  await pending;
}

export async function createGuest(
  m: MakeContext,
  s: StepCtx,
  step: CreateStep,
  description: string,
): Promise<void> {
  const g = s.guest;
  if (g.kind === 'lxc') {
    if (step.download) await download(m, s, step.source);
    const { settings, unprivileged } = lxcArgs(step.config);
    if (step.hostDirs?.length) await s.host.makeHostDirs(step.hostDirs, g.node);
    await s.host.createContainer(g, step.source, { ...settings, unprivileged, tags: TAGS, description });
    if (step.lxcRaw.length) await writeRawLxcLines(s, step.lxcRaw);
    return;
  }
  // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
  const { scsi0, boot, ...rest } = step.config;
  void scsi0;
  const args = qemuArgs(rest);
  await s.host.createVm(g, { ...args.settings, tags: TAGS, description }, args.sshkeys);
  // The planner names the image by volume id (src/model/host-config/image-volume.ts).
  const image = step.source;
  try {
    await s.host.importVmDisk(g, image, step.storage, 'scsi0');
  } catch (err) {
    throw new Error(
      `${(err as Error).message}\n(the cloud image is imported from ${image}; phoenix setup-hypervisor downloads it there, or name an absolute path in template_image)`,
    );
  }
  if (boot) await s.host.setVm(g, qemuArgs({ boot }).settings);
  await s.host.resizeDisk(s.guest, 'scsi0', `${step.diskGb}G`);
}

/** The mutex key of a clone source: its clones and its own migration never overlap. */
export const cloneSourceKey = (id: number): string => `clone-source:${id}`;

/**
 * A full clone, run on the source's node (read under the source's mutex, so a migration of the
 * source in this run has finished); it lands on `step.target` when set, else beside the source.
 * Returns the node the clone is on.
 */
export async function cloneGuest(
  m: MakeContext,
  s: StepCtx,
  step: CloneStep,
  description: string,
): Promise<string | undefined> {
  const o = {
    full: true,
    storage: step.storage,
    description,
    ...(step.snapshot ? { snapname: step.snapshot } : {}),
    ...(step.target ? { target: step.target } : {}),
    name: step.name,
  };
  const sourceNode = await m.mutex.with(cloneSourceKey(step.source), async () => {
    const node = m.nodeOf?.(step.source) ?? s.guest.node;
    const source = { kind: s.guest.kind, id: step.source, ...(node ? { node } : {}) };
    await s.host.cloneGuest(s.guest, source, o);
    return node;
  });
  const landed = step.target ?? sourceNode;
  // A clone copies its source's tags; a source Phoenix does not manage has none to give.
  if (!m.sourceManaged(step.source))
    await s.host.setMeta(
      { kind: s.guest.kind, id: s.guest.id, ...(landed ? { node: landed } : {}) },
      { tags: TAGS },
    );
  return landed;
}

export async function configureGuest(s: StepCtx, step: ConfigureStep): Promise<void> {
  const g = s.guest;
  const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
  if (s.guest.kind === 'lxc') {
    if (hasKeys) {
      const { settings, unprivileged } = lxcArgs(step.set);
      if (unprivileged !== undefined)
        throw new Error(`'unprivileged' cannot change on an existing container`);
      if (step.hostDirs?.length) await s.host.makeHostDirs(step.hostDirs, g.node);
      await s.host.setContainer(g, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) });
    }
    if (step.lxcRaw) await writeRawLxcLines(s, step.lxcRaw);
    return;
  }
  if (!hasKeys) return;
  const args = qemuArgs(step.set);
  await s.host.setVm(
    g,
    { ...args.settings, ...(step.delete.length ? { delete: step.delete } : {}) },
    args.sshkeys,
  );
}

export async function resizeGuest(s: StepCtx, step: ResizeStep): Promise<void> {
  await s.host.resizeDisk(s.guest, step.disk, step.size);
}

/** Raw `lxc.*` lines, which only a host that can write the config file takes. */
async function writeRawLxcLines(s: StepCtx, lines: readonly string[]): Promise<void> {
  if (!s.host.capabilities.canWriteRawConfig)
    throw new Error(`${s.host.description} cannot write raw lxc.* lines into a container's config`);
  await s.host.setRawLxcLines(s.guest, lines);
}
