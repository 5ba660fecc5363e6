/**
 * The simulator state's journal, `PATH.journal`: the changes made since the snapshot `PATH` was
 * written, one line per saved phase (a JSON array of `[path, value]` sets and `[path]` deletes,
 * see change-tracker.ts). Its first line names the snapshot it extends (inode, size and mtime in
 * ns); a journal whose snapshot was replaced since (compaction, or someone writing PATH) is
 * ignored. A line counts only once its newline is written, so a writer killed mid-append leaves
 * the state as it was before that phase; the next writer cuts the partial line off.
 */
import { closeSync, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import type { StatePath, StateRecord } from './change-tracker.js';

export interface FileId {
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

export const fileId = (st: BigIntStats): FileId => ({ ino: st.ino, size: st.size, mtimeNs: st.mtimeNs });
export const sameId = (a: FileId, b: FileId): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
const idText = (id: FileId): string => `${id.ino}:${id.size}:${id.mtimeNs}`;

export function journalHeader(snapshot: FileId): string {
  return JSON.stringify({ phoenixSimJournal: 1, snapshot: idText(snapshot) }) + '\n';
}

export function journalLine(records: readonly StateRecord[]): string {
  const parts = records.map((r) =>
    r.text === undefined ? `[${JSON.stringify(r.path)}]` : `[${JSON.stringify(r.path)},${r.text}]`,
  );
  return `[${parts.join(',')}]\n`;
}

export type JournalRecord = readonly [StatePath, unknown?];

/** The complete lines of `text` (up to its last newline) and the byte length they take. */
export function completeLines(buf: Buffer): { lines: string[]; bytes: number } {
  const end = buf.lastIndexOf(0x0a);
  if (end < 0) return { lines: [], bytes: 0 };
  const lines = buf.subarray(0, end).toString('utf8').split('\n');
  return { lines, bytes: end + 1 };
}

/** Parses journal lines after the header; throws on a line that is not a record list. */
export function parseLines(lines: readonly string[], where: string): JournalRecord[][] {
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as JournalRecord[];
    } catch (err) {
      throw new Error(`${where}: line ${i + 1} is not valid JSON: ${(err as Error).message}`);
    }
  });
}

/** True when the header line names `snapshot`. */
export function headerMatches(line: string | undefined, snapshot: FileId): boolean {
  if (line === undefined) return false;
  try {
    const h = JSON.parse(line) as { phoenixSimJournal?: number; snapshot?: string };
    return h.phoenixSimJournal === 1 && h.snapshot === idText(snapshot);
  } catch {
    return false;
  }
}

/** Reads a file from `offset` to its end through an open descriptor. */
export function readFrom(path: string, offset: number): { buf: Buffer; id: FileId } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    const size = Number(st.size);
    const buf = Buffer.alloc(Math.max(0, size - offset));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return { buf: buf.subarray(0, got), id: fileId(st) };
  } finally {
    closeSync(fd);
  }
}
