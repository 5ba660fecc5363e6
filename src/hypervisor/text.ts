/**
 * Text helpers for the files setup-hypervisor manages: a line diff for the report, marked blocks
 * inside files Phoenix shares with the system (`/etc/hosts`, `smb.conf`), and the header of files
 * it owns outright. Pure.
 */

export const MANAGED_HEADER =
  '# Managed by Phoenix (phoenix setup-hypervisor). Local changes are overwritten on the next run.\n';

export function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n';
}

/** Same content, ignoring a missing final newline and trailing blank lines. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const norm = (s: string): string => s.replace(/\s+$/, '');
  return norm(a) === norm(b);
}

/**
 * `- old` / `+ new` lines between two texts (longest common subsequence on lines). At most `max`
 * lines; the rest is summarised in one last line.
 */
export function lineDiff(before: string | undefined, after: string | undefined, max = 60): string[] {
  const a = before === undefined ? [] : withNewline(before).split('\n').slice(0, -1);
  const b = after === undefined ? [] : withNewline(after).split('\n').slice(0, -1);
  const n = a.length;
  const m = b.length;
  // Files here are small (hundreds of lines): the quadratic table is fine.
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out.length > max ? [...out.slice(0, max), `# ... ${out.length - max} more changed lines`] : out;
}

const begin = (name: string): string => `# BEGIN phoenix ${name}`;
const end = (name: string): string => `# END phoenix ${name}`;

/** The body of a marked block, or undefined when the text has none. */
export function readBlock(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const s = lines.indexOf(begin(name));
  const e = lines.indexOf(end(name));
  if (s < 0 || e < s) return undefined;
  return lines.slice(s + 1, e).join('\n') + (e > s + 1 ? '\n' : '');
}

/**
 * Replaces the marked block `name` in `text` with `body` (appending it when absent). An empty
 * body removes the block. Other lines stay as they are.
 */
export function setBlock(text: string, name: string, body: string): string {
  const lines = withNewline(text).split('\n').slice(0, -1);
  const s = lines.indexOf(begin(name));
  const e = lines.indexOf(end(name));
  const block = body === '' ? [] : [begin(name), ...withNewline(body).split('\n').slice(0, -1), end(name)];
  if (s >= 0 && e > s) lines.splice(s, e - s + 1, ...block);
  else if (block.length > 0) {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push(...block);
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/** Lines of `text` outside every Phoenix block. */
export function outsideBlocks(text: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const l of text.split('\n')) {
    if (l.startsWith('# BEGIN phoenix ')) inside = true;
    else if (l.startsWith('# END phoenix ')) inside = false;
    else if (!inside) out.push(l);
  }
  return out;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}
