/** Helpers shared by the setup steps: the file-write payload, its changes and their application. */
import { updateInitramfs } from '../../proxmox/commands.js';
import type { SetupHost } from '../host.js';
import { lineDiff, sameText } from '../text.js';
import type { Change } from '../types.js';

/** Write `content` to `path`; `before` is what was there (undefined: no file), kept for a rollback. */
export interface FileWrite {
  readonly op: 'write-file';
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
  extra: { readonly reboot?: boolean } = {},
): Change<FileWrite>[] {
  if (sameText(before, after)) return [];
  const data: FileWrite = { op: 'write-file', path, content: after, before };
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

/** Writes `files` in order; returns the paths written. */
export async function writeFiles(host: SetupHost, files: readonly FileWrite[]): Promise<string[]> {
  for (const f of files) await host.writeFile(f.path, f.content);
  return files.map((f) => f.path);
}

/**
 * Writes `files` (boot-time module or kernel settings) and, if there were any, rebuilds the
 * initramfs so the next boot sees them; returns the paths written.
 */
export async function writeBootFiles(host: SetupHost, files: readonly FileWrite[]): Promise<string[]> {
  const written = await writeFiles(host, files);
  if (written.length > 0) await host.ok(updateInitramfs(), 'update-initramfs');
  return written;
}
