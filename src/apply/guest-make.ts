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
  /** Node the guest lives on when known (for its config file); else the local node's links. */
  readonly node?: string;
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
  let pending = m.downloads.get(volid);
  if (!pending) {
    pending = s.host.downloadTemplate(parts.storage, parts.file);
    m.downloads.set(volid, pending);
  }
  await pending;
}

export async function createGuest(
  m: MakeContext,
  s: StepCtx,
  step: CreateStep,
  description: string,
): Promise<void> {
  const id = s.guest.id;
  if (s.guest.kind === 'lxc') {
    if (step.download) await download(m, s, step.source);
    const { settings, unprivileged } = lxcArgs(step.config);
    if (step.hostDirs?.length) await s.host.makeHostDirs(step.hostDirs);
    await s.host.createContainer(id, step.source, { ...settings, unprivileged, tags: TAGS, description });
    if (step.lxcRaw.length) await writeRawLxcLines(s, step.lxcRaw);
    return;
  }
  // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
  const { scsi0, boot, ...rest } = step.config;
  void scsi0;
  const args = qemuArgs(rest);
  await s.host.createVm(id, { ...args.settings, tags: TAGS, description }, args.sshkeys);
  // The planner names the image by volume id (src/model/host-config/image-volume.ts).
  const image = step.source;
  try {
    await s.host.importVmDisk(id, image, step.storage, 'scsi0');
  } catch (err) {
    throw new Error(
      `${(err as Error).message}\n(the cloud image is imported from ${image}; phoenix setup-hypervisor downloads it there, or name an absolute path in template_image)`,
    );
  }
  if (boot) await s.host.setVm(id, qemuArgs({ boot }).settings);
  await s.host.resizeDisk(s.guest, 'scsi0', `${step.diskGb}G`);
}

export async function cloneGuest(
  m: MakeContext,
  s: StepCtx,
  step: CloneStep,
  description: string,
): Promise<void> {
  const o = {
    full: true,
    storage: step.storage,
    description,
    ...(step.snapshot ? { snapname: step.snapshot } : {}),
    name: step.name,
  };
  await m.mutex.with(`clone-source:${step.source}`, () => s.host.cloneGuest(s.guest, step.source, o));
  // A clone copies its source's tags; a source Phoenix does not manage has none to give.
  if (!m.sourceManaged(step.source)) await s.host.setMeta(s.guest, { tags: TAGS });
}

export async function configureGuest(s: StepCtx, step: ConfigureStep): Promise<void> {
  const id = s.guest.id;
  const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
  if (s.guest.kind === 'lxc') {
    if (hasKeys) {
      const { settings, unprivileged } = lxcArgs(step.set);
      if (unprivileged !== undefined)
        throw new Error(`'unprivileged' cannot change on an existing container`);
      if (step.hostDirs?.length) await s.host.makeHostDirs(step.hostDirs);
      await s.host.setContainer(id, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) });
    }
    if (step.lxcRaw) await writeRawLxcLines(s, step.lxcRaw);
    return;
  }
  if (!hasKeys) return;
  const args = qemuArgs(step.set);
  await s.host.setVm(
    id,
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
