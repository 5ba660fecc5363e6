/**
 * Adds one guest entry to a config file's text (`phoenix adopt --write`) as a single insertion
 * (jsonc-parser's tree locates it, `applyEdits` applies it): the rest of the file (its formatting,
 * key order, comments) stays byte for byte. jsonc-parser's `modify` with formatting re-formats
 * the neighbouring elements too, so the inserted text is laid out here, in the file's own
 * indentation. Pure.
 */
import { applyEdits, findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { UserError } from '../util/errors.js';

/** The file's indentation unit (the first indented line's leading whitespace), two spaces when none. */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

/** Leading whitespace of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** `value` (and `key`) as the last member of `container`, indented like its siblings. */
function appendMember(text: string, container: Node, value: unknown, key?: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  const children = container.children ?? [];
  const last = children.at(-1);
  const indent = last ? lineIndent(text, last.offset) : lineIndent(text, container.offset) + unit;
  const body = JSON.stringify(value, null, unit)
    .split('\n')
    .map((l, i) => (i === 0 ? l : indent + l))
    .join(eol);
  const member = `${indent}${key === undefined ? '' : `${JSON.stringify(key)}: `}${body}`;
  const edit = last
    ? { offset: last.offset + last.length, length: 0, content: `,${eol}${member}` }
    : {
        offset: container.offset + 1,
        length: container.length - 2,
        content: `${eol}${member}${eol}${lineIndent(text, container.offset)}`,
      };
  return applyEdits(text, [edit]);
}

/**
 * `text` with `entry` added: under `lxc_configs.KEY` (containers) or at the end of `vms` (VMs).
 * Refuses when the file already has a guest with that id, or lacks the list to add it to.
 */
export function addGuestEntry(
  text: string,
  kind: 'lxc' | 'qemu',
  key: string,
  entry: Record<string, unknown>,
  file: string,
): string {
  const root = parseTree(text);
  const field = kind === 'lxc' ? 'lxc_configs' : 'vms';
  const container = root ? findNodeAtLocation(root, [field]) : undefined;
  if (!container || container.type !== (kind === 'lxc' ? 'object' : 'array'))
    throw new UserError(
      `${file} has no '${field}' ${kind === 'lxc' ? 'object' : 'list'} to add the entry to`,
      1,
    );
  if (kind === 'lxc') {
    if (findNodeAtLocation(container, [key]))
      throw new UserError(`${file} already has lxc_configs.${key}`, 1);
    return appendMember(text, container, entry, key);
  }
  for (const vm of container.children ?? []) {
    const id = findNodeAtLocation(vm, ['vmid']);
    if (id && String(id.value) === key) throw new UserError(`${file} already has a VM with vmid ${key}`, 1);
  }
  return appendMember(text, container, entry);
}
