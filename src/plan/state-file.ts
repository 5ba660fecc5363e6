/**
 * The live-state file: a recorded `LiveState` as JSON (two-space indent), written after apply and
 * drift runs and by `phoenix state --out`, read back by `phoenix plan --state` and pull-request
 * plans. The one reader and writer of that file, beside the plan file (plan-file.ts): both are
 * documents Phoenix records and plans from. Files only: no host, no GitHub.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LIVE_STATE_VERSION, type LiveNode, type LiveState } from '../model/live-state.js';
import { getErrorMessage, UserError } from '../util/errors.js';

/** The file's name where a run records it for later runs (the `phoenix-state` artifact). */
export const STATE_FILE_NAME = 'phoenix-state.json';

const ioCode = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? getErrorMessage(err);

export function serializeLiveState(state: LiveState): string {
  return JSON.stringify(state, null, 2) + '\n';
}

/**
 * Checks a recorded live-state document and fills what older writers left out. `source` names the
 * file in error messages (usage errors, exit 2).
 */
export function parseLiveState(text: string, source: string): LiveState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${source}: not a state file (invalid JSON: ${getErrorMessage(err)})`, 2);
  }
  const v = value as Partial<LiveState> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new UserError(`${source}: not a state file (expected a JSON object)`, 2);
  if (v.version !== LIVE_STATE_VERSION) {
    throw new UserError(
      `${source}: state version ${JSON.stringify(v.version)} is not supported (expected ${LIVE_STATE_VERSION})`,
      2,
    );
  }
  if (!Array.isArray(v.guests)) throw new UserError(`${source}: not a state file (no guests list)`, 2);
  for (const [i, g] of v.guests.entries()) {
    if (!g || typeof g !== 'object' || typeof g.id !== 'number' || (g.kind !== 'lxc' && g.kind !== 'qemu')) {
      throw new UserError(`${source}: guests[${i}] needs a numeric id and kind lxc or qemu`, 2);
    }
  }
  return {
    version: LIVE_STATE_VERSION,
    readAt: typeof v.readAt === 'string' ? v.readAt : '',
    target: typeof v.target === 'string' ? v.target : source,
    nodes: Array.isArray(v.nodes) ? v.nodes : [],
    ...(v.nodeDetails === undefined ? {} : { nodeDetails: checkNodeDetails(v.nodeDetails, source) }),
    pveVersion: v.pveVersion,
    guests: v.guests.map((g) => ({
      ...g,
      node: g.node ?? '',
      status: g.status ?? 'unknown',
      template: g.template === true,
      config: g.config ?? {},
      snapshots: Array.isArray(g.snapshots) ? g.snapshots : [],
      tags: Array.isArray(g.tags) ? g.tags : [],
    })),
    storages: Array.isArray(v.storages) ? v.storages : [],
    bridges: Array.isArray(v.bridges) ? v.bridges : [],
    templates: Array.isArray(v.templates) ? v.templates : [],
    ...(Array.isArray(v.images) ? { images: v.images as string[] } : {}),
    ...(Array.isArray(v.deviceNodes) ? { deviceNodes: v.deviceNodes as string[] } : {}),
    ...(Array.isArray(v.apparmorProfiles) ? { apparmorProfiles: v.apparmorProfiles as string[] } : {}),
    ...(typeof v.appliedCommit === 'string' ? { appliedCommit: v.appliedCommit } : {}),
  };
}

/**
 * Per-node facts (written since clusters are read): each needs a name and an online flag; the
 * listings it holds must be lists of strings. A file without them loads as before.
 */
function checkNodeDetails(value: unknown, source: string): LiveNode[] {
  if (!Array.isArray(value)) throw new UserError(`${source}: nodeDetails must be a list`, 2);
  const lists = ['bridges', 'deviceNodes', 'apparmorProfiles', 'templates'] as const;
  return value.map((n: unknown, i): LiveNode => {
    const d = n as Partial<Record<keyof LiveNode, unknown>> | null;
    if (!d || typeof d !== 'object' || typeof d.name !== 'string' || typeof d.online !== 'boolean')
      throw new UserError(`${source}: nodeDetails[${i}] needs a name and an online flag (true or false)`, 2);
    for (const k of lists)
      if (d[k] !== undefined && !(Array.isArray(d[k]) && d[k].every((x) => typeof x === 'string')))
        throw new UserError(`${source}: nodeDetails[${i}].${k} must be a list of strings`, 2);
    return d as LiveNode;
  });
}

/** Reads and checks a state file; every failure is a usage error naming the file. */
export async function readStateFile(path: string): Promise<LiveState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read state file ${path}: ${ioCode(err)}`, 2);
  }
  return parseLiveState(text, path);
}

/** Writes the state (creating the folder first when `mkdir` is set); a failure is an I/O error naming the file. */
export async function writeStateFile(
  path: string,
  state: LiveState,
  options: { readonly mkdir?: boolean } = {},
): Promise<void> {
  try {
    if (options.mkdir) await mkdir(dirname(path), { recursive: true });
    await writeFile(path, serializeLiveState(state));
  } catch (err) {
    throw new UserError(`cannot write state file ${path}: ${ioCode(err)}`, 2);
  }
}
