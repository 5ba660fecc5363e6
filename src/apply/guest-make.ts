/**
 * Making a guest exist and configuring it: `pveam download` + `pct create`, `qm create` + disk
 * import of the cloud image + boot order + disk size, full clones (`pct clone` / `qm clone`, one
 * at a time per source, since Proxmox locks the source while it copies), `pct set` / `qm set`,
 * raw `lxc.*` lines written into the CT config file (which `pct set` cannot), disk growth.
 * A new guest carries the Phoenix tag and its done-record from the first command on, so a run
 * that fails half-way leaves a guest the next plan recognises as its own.
 */
import { randomBytes } from 'node:crypto';
import { isAbsolute, posix } from 'node:path';
import { managedTags, type GuestMarker } from '../plan/markers.js';
import type { Step } from '../plan/types.js';
import {
  lxcConfigPath,
  mergeRawLxcLines,
  pctClone,
  pctCreate,
  pctResize,
  pctSet,
  pveamDownload,
  qmClone,
  qmCreate,
  qmDiskImport,
  qmResize,
  qmSet,
  readFile,
  writeFile,
  writeLxcConfig,
  type HostCommand,
  type QemuSettings,
} from '../proxmox/commands.js';
import type { LiveGuest } from '../model/live-state.js';
import type { CommandResult } from '../proxmox/transport.js';
import { lxcArgs, qemuArgs, templateParts } from './config-args.js';
import type { GuestOps } from './guest-ops.js';
import type { RunContext, RunOptions } from './host-run.js';
import type { KeyedMutex } from './mutex.js';
import type { ScriptStore } from './scripts.js';
import type { ApplySettings } from './types.js';

export interface MakeContext {
  readonly run: RunContext;
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

export interface StepCtx {
  readonly ops: GuestOps;
  exec(cmd: HostCommand, o?: RunOptions): Promise<CommandResult>;
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
    pending = s.exec(pveamDownload(parts.storage, parts.file));
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
  const id = s.ops.id;
  if (s.ops.kind === 'lxc') {
    if (step.download) await download(m, s, step.source);
    const { settings, unprivileged } = lxcArgs(step.config);
    await s.exec(pctCreate(id, step.source, { ...settings, unprivileged, tags: TAGS, description }));
    if (step.lxcRaw.length) await writeRawLxcLines(m, s, step.lxcRaw);
    return;
  }
  // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
  const { scsi0, boot, ...rest } = step.config;
  void scsi0;
  const args = qemuArgs(rest);
  const keysFile = args.sshkeys !== undefined ? await stageSshKeys(s, id, args.sshkeys) : undefined;
  await s.exec(
    qmCreate(id, {
      ...args.settings,
      tags: TAGS,
      description,
      ...(keysFile ? { sshkeysFile: keysFile } : {}),
    }),
  );
  const image = isAbsolute(step.source) ? step.source : posix.join(m.settings.imageDir, step.source);
  try {
    await s.exec(qmDiskImport(id, image, step.storage, { targetDisk: 'scsi0' }));
  } catch (err) {
    throw new Error(
      `${(err as Error).message}\n(the cloud image is looked up at ${image}; put it there, e.g. with setup-hypervisor, or name an absolute path in template_image)`,
    );
  }
  if (boot) await s.exec(qmSet(id, qemuArgs({ boot }).settings));
  await s.exec(qmResize(id, 'scsi0', `${step.diskGb}G`));
}

export async function cloneGuest(
  m: MakeContext,
  s: StepCtx,
  step: CloneStep,
  description: string,
): Promise<void> {
  const id = s.ops.id;
  const o = {
    full: true,
    storage: step.storage,
    description,
    ...(step.snapshot ? { snapname: step.snapshot } : {}),
  };
  const cmd =
    s.ops.kind === 'lxc'
      ? pctClone(step.source, id, { ...o, hostname: step.name })
      : qmClone(step.source, id, { ...o, name: step.name });
  await m.mutex.with(`clone-source:${step.source}`, () => s.exec(cmd));
  // A clone copies its source's tags; a source Phoenix does not manage has none to give.
  if (!m.sourceManaged(step.source)) await s.exec(s.ops.setMeta({ tags: TAGS }));
}

export async function configureGuest(m: MakeContext, s: StepCtx, step: ConfigureStep): Promise<void> {
  const id = s.ops.id;
  const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
  if (s.ops.kind === 'lxc') {
    if (hasKeys) {
      const { settings, unprivileged } = lxcArgs(step.set);
      if (unprivileged !== undefined)
        throw new Error(`'unprivileged' cannot change on an existing container`);
      await s.exec(pctSet(id, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) }));
    }
    if (step.lxcRaw) await writeRawLxcLines(m, s, step.lxcRaw);
    return;
  }
  if (!hasKeys) return;
  const args = qemuArgs(step.set);
  const keysFile = args.sshkeys !== undefined ? await stageSshKeys(s, id, args.sshkeys) : undefined;
  const settings: QemuSettings & { delete?: readonly string[] } = {
    ...args.settings,
    ...(keysFile ? { sshkeysFile: keysFile } : {}),
    ...(step.delete.length ? { delete: step.delete } : {}),
  };
  await s.exec(qmSet(id, settings));
}

export async function resizeGuest(s: StepCtx, step: ResizeStep): Promise<void> {
  const id = s.ops.id;
  await s.exec(
    s.ops.kind === 'lxc' ? pctResize(id, step.disk, step.size) : qmResize(id, step.disk, step.size),
  );
}

/** The config text with the main section's `lxc.*` lines replaced by `lines`. */
export function replaceRawLxcLines(text: string, lines: readonly string[]): string {
  const all = text.split('\n');
  const first = all.findIndex((l) => l.startsWith('['));
  const end = first < 0 ? all.length : first;
  const kept = [...all.slice(0, end).filter((l) => !/^lxc\.[^:=\s]+\s*[:=]/.test(l)), ...all.slice(end)].join(
    '\n',
  );
  return mergeRawLxcLines(kept, lines) ?? kept;
}

/** `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. */
async function writeRawLxcLines(m: MakeContext, s: StepCtx, lines: readonly string[]): Promise<void> {
  const id = s.ops.id;
  const current = await s.exec(readFile(lxcConfigPath(id, m.node)));
  const next = replaceRawLxcLines(current.stdout, lines);
  if (next !== current.stdout) await s.exec(writeLxcConfig(id, next, m.node));
}

/** `qm --sshkeys` takes a file on the host: write the keys to a fresh one first. */
async function stageSshKeys(s: StepCtx, id: number, keys: string): Promise<string> {
  const path = `/tmp/phoenix-sshkeys-${id}-${randomBytes(6).toString('hex')}.pub`;
  await s.exec(writeFile(path, keys.endsWith('\n') ? keys : keys + '\n'));
  return path;
}
