/**
 * Adds one guest entry to a config file's text (`phoenix adopt --write`) with jsonc-parser's
 * `modify`/`applyEdits`: only the inserted entry is new text, the rest of the file (its
 * formatting, key order, comments) stays byte for byte. The indentation is the file's own. Pure.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { UserError } from '../util/errors.js';

/** The file's indentation unit (the first indented line's leading whitespace), two spaces when none. */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  return m[1]!.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1 }
    : { insertSpaces: true, tabSize: m[1]!.length };
}

/**
 * `text` with `entry` added: under `lxc_configs.KEY` (containers) or at the end of `vms` (VMs).
 * Refuses when the file already has a guest with that id.
 */
export function addGuestEntry(
  text: string,
  kind: 'lxc' | 'qemu',
  key: string,
  entry: Record<string, unknown>,
  file: string,
): string {
  const doc = (parse(text) ?? {}) as Record<string, unknown>;
  const { insertSpaces, tabSize } = indentOf(text);
  const formattingOptions = { insertSpaces, tabSize, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  if (kind === 'lxc') {
    const lxc = doc.lxc_configs as Record<string, unknown> | undefined;
    if (lxc && Object.hasOwn(lxc, key)) throw new UserError(`${file} already has lxc_configs.${key}`, 1);
    return applyEdits(text, modify(text, ['lxc_configs', key], entry, { formattingOptions }));
  }
  const vms = Array.isArray(doc.vms) ? (doc.vms as Array<Record<string, unknown>>) : [];
  if (vms.some((v) => String(v.vmid) === key))
    throw new UserError(`${file} already has a VM with vmid ${key}`, 1);
  const path = vms.length ? ['vms', vms.length] : ['vms'];
  const value = vms.length ? entry : [entry];
  return applyEdits(text, modify(text, path, value, { formattingOptions, isArrayInsertion: vms.length > 0 }));
}
