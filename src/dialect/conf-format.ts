/**
 * Proxmox guest config files (`/etc/pve/nodes/<node>/lxc/<id>.conf`, `.../qemu-server/<id>.conf`):
 * `key: value` lines, the description as percent-encoded `#` comment lines at the top of each
 * section, raw `lxc.*` lines (containers only), a pending section and one `[name]` section per
 * snapshot. Parsing and printing follow pve-container's `parse_pct_config`/`write_pct_config` and
 * qemu-server's `parse_vm_config`/`write_vm_config`, so a file printed here is byte-identical to the
 * one Proxmox writes for the same data (keys sorted, snapshots sorted by name).
 */
export type GuestKind = 'lxc' | 'qemu';

export interface ConfSection {
  /** Decoded description; Proxmox keeps a trailing newline after each `#` line. */
  description?: string;
  /** `key: value` settings other than the description. */
  values: Record<string, string>;
  /** Raw `lxc.*` entries in file order (containers only; keys may repeat). */
  lxc?: Array<[string, string]>;
}

export interface GuestConf {
  kind: GuestKind;
  main: ConfSection;
  /** Snapshot sections by name (each holds `parent`, `snaptime`, ... and the config copy). */
  snapshots: Record<string, ConfSection>;
  /** `[pve:pending]` (containers) / `[PENDING]` (VMs). */
  pending?: ConfSection;
  /** Other special sections, e.g. `special:cloudinit` (VMs). */
  special?: Record<string, ConfSection>;
}

export interface ParseWarning {
  line: number;
  message: string;
}

// Characters Proxmox leaves alone in a description line: printable ASCII except ':'.
const SAFE = /[\x20-\x39\x3b-\x7e]/;

/** `PVE::Tools::encode_text`: percent-encode (upper-case hex) every UTF-8 byte outside the safe set. */
export function encodeConfText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SAFE.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** `PVE::Tools::decode_text`: `%XX` to bytes (any case), then UTF-8. Lone `%` stays as is. */
export function decodeConfText(data: string): string {
  if (!data.includes('%')) return data;
  const bytes: number[] = [];
  for (let i = 0; i < data.length;) {
    if (data[i] === '%' && /^[0-9a-fA-F]{2}$/.test(data.slice(i + 1, i + 3))) {
      bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const cp = data.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      i += ch.length;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function emptySection(): ConfSection {
  return { values: {} };
}

const PENDING_LXC = /^\[pve:pending\]\s*$/i;
const PENDING_QEMU = /^\[PENDING\]\s*$/i;
const SPECIAL = /^\[special:([a-z]+)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const LXC_RAW = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const LXC_KEY = /^([a-z][a-z_]*\d*):\s*(\S.*)\s*$/;
const QEMU_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;
const DESCRIPTION_KEY = /^(description):\s*(.*\S)\s*$/;

/** Parses a guest config file. Lines Proxmox would warn about are reported and skipped. */
export function parseGuestConf(text: string, kind: GuestKind, warnings?: ParseWarning[]): GuestConf {
  const conf: GuestConf = { kind, main: emptySection(), snapshots: {} };
  let section = conf.main;
  let descr = '';
  const flush = (): void => {
    if (descr) section.description = descr;
    descr = '';
  };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (/^\s*$/.test(line)) return;
    let m: RegExpExecArray | null;
    if ((kind === 'lxc' && PENDING_LXC.test(line)) || (kind === 'qemu' && PENDING_QEMU.test(line))) {
      flush();
      section = conf.pending = emptySection();
      return;
    }
    if ((m = SPECIAL.exec(line))) {
      flush();
      conf.special ??= {};
      section = conf.special[`special:${m[1]}`] = emptySection();
      return;
    }
    if ((m = SNAPSHOT.exec(line))) {
      flush();
      section = conf.snapshots[m[1]!] = emptySection();
      return;
    }
    if ((m = /^#(.*)$/.exec(line))) {
      descr += decodeConfText(m[1]!) + '\n';
      return;
    }
    if (kind === 'lxc' && (m = LXC_RAW.exec(line))) {
      (section.lxc ??= []).push([m[1]!, m[3]!]);
      return;
    }
    if ((m = DESCRIPTION_KEY.exec(line))) {
      descr += decodeConfText(m[2]!);
      return;
    }
    if ((m = (kind === 'lxc' ? LXC_KEY : QEMU_KEY).exec(line))) {
      section.values[m[1]!] = m[2]!;
      return;
    }
    warnings?.push({ line: index + 1, message: `unable to parse config: ${line}` });
  });
  flush();
  return conf;
}

/** Perl's `split /\n/`: trailing empty fields are dropped. */
function splitLines(text: string): string[] {
  const parts = text.split('\n');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One section as Proxmox writes it: description comments, sorted keys, then raw lxc entries. */
export function printConfSection(section: ConfSection): string {
  let raw = '';
  for (const line of splitLines(section.description ?? '')) raw += '#' + encodeConfText(line) + '\n';
  for (const key of Object.keys(section.values).sort(byCodePoint)) {
    if (key === 'description' || key === 'digest') continue;
    const value = section.values[key]!;
    if (/\n/.test(value)) throw new Error(`detected invalid newline inside property '${key}'`);
    raw += `${key}: ${value}\n`;
  }
  for (const [k, v] of section.lxc ?? []) raw += `${k}: ${v}\n`;
  return raw;
}

function isEmpty(section: ConfSection | undefined): boolean {
  return (
    !section ||
    (Object.keys(section.values).length === 0 && !section.description && !(section.lxc?.length ?? 0))
  );
}

/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
export function printGuestConf(conf: GuestConf): string {
  let raw = printConfSection(conf.main);
  if (!isEmpty(conf.pending))
    raw += `\n[${conf.kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + printConfSection(conf.pending!);
  for (const name of Object.keys(conf.special ?? {}).sort(byCodePoint)) {
    raw += `\n[${name}]\n` + printConfSection(conf.special![name]!);
  }
  for (const name of Object.keys(conf.snapshots).sort(byCodePoint)) {
    raw += `\n[${name}]\n` + printConfSection(conf.snapshots[name]!);
  }
  return raw;
}

/** A deep copy (sections are plain data). */
export function cloneConfSection(section: ConfSection): ConfSection {
  const copy: ConfSection = { values: { ...section.values } };
  if (section.description !== undefined) copy.description = section.description;
  if (section.lxc) copy.lxc = section.lxc.map(([k, v]) => [k, v]);
  return copy;
}
