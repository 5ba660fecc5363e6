/**
 * A container config file's raw `lxc.*` lines (which `pct set` cannot write): the text with the
 * main section's lines replaced. Pure; the shell host port reads and writes the file.
 */
import { mergeRawLxcLines } from '../proxmox/commands.js';

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

/**
 * The `lock:` property of a guest config as `pct config`/`qm config` print it or as the file holds
 * it (main section only: snapshot sections never carry the live lock); undefined when unlocked.
 */
export function configLock(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('[')) break;
    const m = /^lock:\s*(\S+)\s*$/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}
