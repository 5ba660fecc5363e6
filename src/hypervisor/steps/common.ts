/** Helpers shared by the setup steps: file changes and their application. */
import { updateInitramfs } from '../../proxmox/commands.js';
import type { SetupHost } from '../host.js';
import { lineDiff, sameText } from '../text.js';
import type { Change } from '../types.js';

export interface FileWrite {
  readonly path: string;
  readonly content: string;
  readonly before?: string;
}

/** A change that writes `after` to `path` (or nothing when the content is already there). */
export function fileChange(
  path: string,
  before: string | undefined,
  after: string,
  summary: string,
  extra: Partial<Change> = {},
): Change[] {
  if (sameText(before, after)) return [];
  const data: FileWrite = { path, content: after, before };
  return [
    {
      kind: before === undefined ? 'create' : 'update',
      target: path,
      summary,
      diff: lineDiff(before, after),
      ...extra,
      data,
    },
  ];
}

export function isFileChange(c: Change): c is Change & { data: FileWrite } {
  const d = c.data as Partial<FileWrite> | undefined;
  return typeof d?.path === 'string' && typeof d.content === 'string';
}

/** Writes every file change among `changes` (in order); returns the paths written. */
export async function writeFiles(host: SetupHost, changes: readonly Change[]): Promise<string[]> {
  const written: string[] = [];
  for (const c of changes) {
    if (!isFileChange(c)) continue;
    await host.writeFile(c.data.path, c.data.content);
    written.push(c.data.path);
  }
  return written;
}

/**
 * Writes the file changes among `changes` (boot-time module or kernel settings) and, if there
 * were any, rebuilds the initramfs so the next boot sees them; returns the paths written.
 */
export async function writeBootFiles(host: SetupHost, changes: readonly Change[]): Promise<string[]> {
  const written = await writeFiles(host, changes);
  if (written.length > 0) await host.ok(updateInitramfs(), 'update-initramfs');
  return written;
}

/** Actionable changes (not info notes). */
export const actionable = (changes: readonly Change[]): Change[] => changes.filter((c) => !c.info);

export function dataOf<T>(c: Change): T {
  return c.data as T;
}
