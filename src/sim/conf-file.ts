/**
 * The guest config files the simulator serves (`/etc/pve/nodes/NODE/lxc/ID.conf`,
 * `.../qemu-server/ID.conf`): its own reader and writer, modelled on Proxmox's code and written
 * apart from Phoenix's `dialect/conf-format.ts`, so that a mistake in either shows up as a
 * disagreement in tests instead of cancelling out.
 *
 * Containers follow pve-container's `PVE::LXC::Config::parse_pct_config` / `write_pct_config`,
 * VMs qemu-server's `PVE::QemuServer::parse_vm_config` / `write_vm_config`, descriptions
 * pve-common's `PVE::Tools::encode_text` / `decode_text`. Not modelled: `check_type` value
 * normalisation, `is_valid_lxc_conf_key` (every `lxc.*` key is kept), the drive path to volume
 * id rewrite, dropping `unusedN` entries for volumes in use, and newer pve-container's folding of
 * `lxc.environment.runtime` lines into `env` (they stay raw `lxc.*` entries, in file order).
 */
import { isQemuDiskKey } from '../dialect/qemu-schema.js';
import type { ConfSection, GuestConf, GuestKind } from './model.js';

/**
 * Bytes `encode_text` leaves as they are: printable ASCII except `:` and `%` (`%` is encoded since
 * pve-common's fix #5486, 2024, so that a description holding `%20` reads back unchanged).
 */
function plainByte(b: number): boolean {
  return b >= 0x20 && b <= 0x7e && b !== 0x3a && b !== 0x25;
}

/** `encode_text`: UTF-8, then `%XX` (upper-case hex) for every byte outside the plain set. */
export function encodeText(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8'))
    out += plainByte(b) ? String.fromCharCode(b) : `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
  return out;
}

function hexDigit(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  const lower = b | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** `decode_text`: `uri_unescape` (any `%XX`, either case; other `%` stay), then UTF-8. */
export function decodeText(data: string): string {
  const src = Buffer.from(data, 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const hi = src[i] === 0x25 ? hexDigit(src[i + 1]) : -1;
    const lo = hi >= 0 ? hexDigit(src[i + 2]) : -1;
    if (lo >= 0) {
      bytes.push(hi * 16 + lo);
      i += 2;
    } else bytes.push(src[i]!);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A line the Proxmox tools would warn about when loading the file (they skip it). */
export interface ConfFileWarning {
  readonly line: number;
  readonly message: string;
}

/** Where the reader puts lines: a section, or nowhere (a VM's unknown `[...]` section). */
interface Cursor {
  conf: GuestConf;
  kind: GuestKind;
  vmid: number;
  section: ConfSection | undefined;
  pending: boolean;
  special: string | undefined;
  /** Description collected for the current section (undefined: none seen). */
  descr: string | undefined;
  warn(message: string): void;
}

const BLANK = /^\s*$/;
const CT_PENDING = /^\[pve:pending\]\s*$/i;
const VM_PENDING = /^\[PENDING\]\s*$/i;
const VM_SPECIAL = /^\[special:(cloudinit|fleecing)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const VM_UNKNOWN_SECTION = /^\[([^\]]*)\]\s*$/;
const COMMENT = /^#(.*)$/;
const CT_RAW_LXC = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const DESCRIPTION = /^(description):\s*(.*\S)\s*$/;
const SNAPSTATE = /snapstate:\s*(prepare|delete)\s*$/;
const DELETE = /^delete:\s*(.*\S)\s*$/;
const CT_KEY = /^([a-z][a-z_]*\d*):\s*(.+?)\s*$/;
const VM_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;

/** Perl's truth of a string: defined, and neither `''` nor `'0'`. */
function perlTrue(s: string | undefined): s is string {
  return s !== undefined && s !== '' && s !== '0';
}

/** Ends the current section's description: containers keep a true one as read, VMs trim its end. */
function finishDescription(c: Cursor): void {
  if (c.section && c.descr !== undefined) {
    if (c.kind === 'qemu') c.section.description = c.descr.replace(/\s+$/, '');
    else if (perlTrue(c.descr)) c.section.description = c.descr;
  }
  c.descr = undefined;
}

function enter(c: Cursor, section: ConfSection | undefined, pending = false, special?: string): void {
  finishDescription(c);
  c.section = section;
  c.pending = pending;
  c.special = special;
}

/** Section headers; true when `line` was one. */
function readHeader(c: Cursor, line: string): boolean {
  let m: RegExpExecArray | null;
  if ((c.kind === 'lxc' ? CT_PENDING : VM_PENDING).test(line)) {
    if (c.kind === 'qemu' && c.conf.pending) c.warn(`vm ${c.vmid} - duplicate section: pending`);
    enter(c, (c.conf.pending = { values: {} }), true);
    return true;
  }
  if (c.kind === 'qemu' && (m = VM_SPECIAL.exec(line))) {
    const name = `special:${m[1]!}`;
    c.conf.special ??= {};
    if (c.conf.special[name]) c.warn(`vm ${c.vmid} - duplicate special section: ${m[1]!}`);
    enter(c, (c.conf.special[name] = { values: {} }), false, m[1]!);
    return true;
  }
  if ((m = SNAPSHOT.exec(line))) {
    if (c.kind === 'qemu' && c.conf.snapshots[m[1]!])
      c.warn(`vm ${c.vmid} - duplicate snapshot section: ${m[1]!}`);
    enter(c, (c.conf.snapshots[m[1]!] = { values: {} }));
    return true;
  }
  if (c.kind === 'qemu' && (m = VM_UNKNOWN_SECTION.exec(line))) {
    enter(c, undefined);
    c.warn(`vm ${c.vmid} - skipping unknown section: '${m[1]!}'`);
    return true;
  }
  return false;
}

/** One line inside a section. */
function readEntry(c: Cursor, section: ConfSection, line: string): void {
  let m: RegExpExecArray | null;
  if ((m = COMMENT.exec(line))) {
    c.descr = (c.descr ?? '') + decodeText(m[1]!) + '\n';
  } else if (c.kind === 'lxc' && (m = CT_RAW_LXC.exec(line))) {
    (section.lxc ??= []).push([m[1]!, m[3]!]);
  } else if ((m = DESCRIPTION.exec(line))) {
    c.descr = (c.descr ?? '') + decodeText(m[2]!);
  } else if ((m = SNAPSTATE.exec(line))) {
    section.values.snapstate = m[1]!;
  } else if ((m = DELETE.exec(line))) {
    if (c.pending) section.values.delete = m[1]!;
    else
      c.warn(
        `vm ${c.vmid} - property 'delete' is only allowed in ${c.kind === 'lxc' ? '[pve:pending]' : '[PENDING]'}`,
      );
  } else if ((m = (c.kind === 'lxc' ? CT_KEY : VM_KEY).exec(line))) {
    // qemu-server reads the old `cdrom` key as `ide2` (not inside `[special:cloudinit]`).
    const key = c.kind === 'qemu' && m[1] === 'cdrom' && c.special !== 'cloudinit' ? 'ide2' : m[1]!;
    section.values[key] = m[2]!;
  } else {
    c.warn(`vm ${c.vmid} - unable to parse config: ${line}`);
  }
}

/**
 * Reads a guest config file like `parse_pct_config` / `parse_vm_config` (non-strict): lines the
 * tools would warn about are reported to `warnings` and skipped. `vmid` only names the guest in
 * the warnings.
 */
export function parseConfFile(
  text: string,
  kind: GuestKind,
  warnings?: ConfFileWarning[],
  vmid = 0,
): GuestConf {
  const conf: GuestConf = { kind, main: { values: {} }, snapshots: {} };
  let lineNo = 0;
  const c: Cursor = {
    conf,
    kind,
    vmid,
    section: conf.main,
    pending: false,
    special: undefined,
    descr: undefined,
    warn: (message) => warnings?.push({ line: lineNo, message }),
  };
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (BLANK.test(line) || readHeader(c, line) || !c.section) continue;
    readEntry(c, c.section, line);
  }
  finishDescription(c);
  // Both readers drop a `snapstate` left in the current config ("just to be sure").
  delete conf.main.values.snapstate;
  return conf;
}

/** Perl's `split /\n/`: empty fields at the end are dropped, those before are kept. */
function descriptionLines(text: string): string[] {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Keys `write_*_config` never prints as `key: value` (the description goes on `#` lines). */
const NOT_PRINTED = new Set(['digest', 'description']);

/** `$generate_raw_config`: description comments, keys in sorted order, then raw `lxc.*` lines. */
function writeSection(kind: GuestKind, section: ConfSection, pending: boolean): string {
  const parts: string[] = [];
  const descr = section.description;
  if (perlTrue(descr)) for (const line of descriptionLines(descr)) parts.push(`#${encodeText(line)}\n`);
  // write_vm_config keeps an emptied pending description as a lone `#`.
  else if (kind === 'qemu' && pending && descr !== undefined) parts.push('#\n');
  for (const key of Object.keys(section.values).sort()) {
    if (NOT_PRINTED.has(key)) continue;
    const value = section.values[key]!;
    if (value.includes('\n')) throw new Error(`detected invalid newline inside property '${key}'`);
    parts.push(`${key}: ${value}\n`);
  }
  if (kind === 'lxc') for (const [key, value] of section.lxc ?? []) parts.push(`${key}: ${value}\n`);
  return parts.join('');
}

function hasContent(section: ConfSection | undefined): section is ConfSection {
  return (
    section !== undefined &&
    (Object.keys(section.values).length > 0 ||
      section.description !== undefined ||
      (section.lxc ?? []).length > 0)
  );
}

/** `PVE::QemuConfig::has_cloudinit`: a drive whose volume is a cloud-init image. */
function hasCloudinitDrive(main: ConfSection): boolean {
  return Object.entries(main.values).some(([key, value]) => {
    if (!isQemuDiskKey(key)) return false;
    const first = value.split(',')[0]!;
    const file = first.startsWith('file=') ? first.slice(5) : first;
    return /[:/](?:vm-\d+-)?cloudinit(?:\.(?:raw|qcow|qcow2|qed|vmdk|cloop))?$/.test(file);
  });
}

/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
export function writeConfFile(conf: GuestConf): string {
  const { kind } = conf;
  let raw = writeSection(kind, conf.main, false);
  if (hasContent(conf.pending))
    raw += `\n[${kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + writeSection(kind, conf.pending, true);
  if (kind === 'qemu') {
    for (const name of Object.keys(conf.special ?? {}).sort()) {
      if (name === 'special:cloudinit' && !hasCloudinitDrive(conf.main)) continue;
      raw += `\n[${name}]\n` + writeSection(kind, conf.special![name]!, false);
    }
  }
  for (const name of Object.keys(conf.snapshots).sort())
    raw += `\n[${name}]\n` + writeSection(kind, conf.snapshots[name]!, false);
  return raw;
}
