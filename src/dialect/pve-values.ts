/**
 * Value checks of the Proxmox JSON schema (pve-common JSONSchema.pm) as the CLI applies them:
 * booleans, integers and numbers with ranges, enums, named string formats and property strings
 * (`key=value,...` with a default key). Messages are Proxmox's own.
 */

export type ValueType =
  | { t: 'bool' }
  | { t: 'int'; min?: number; max?: number }
  | { t: 'num'; min?: number; max?: number }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'str'; format?: StringFormat; maxLength?: number; pattern?: RegExp }
  | { t: 'prop'; spec: PropSpec };

export type StringFormat =
  | 'pve-configid'
  | 'pve-vmid'
  | 'dns-name'
  | 'pve-storage-id'
  | 'pve-tag-list'
  | 'mac-addr'
  | 'urlencoded'
  | 'pve-node'
  | 'disk-size';

export interface PropSpec {
  keys: Record<string, ValueType>;
  defaultKey?: string;
  required?: readonly string[];
  /** Alias keys, e.g. qemu `virtio=MAC` meaning model=virtio,macaddr=MAC. */
  keyAlias?: { keys: readonly string[]; keyField: string; valueField: string };
  /** Sub-keys that are other names of a key (`volume` for `file`). */
  alias?: Readonly<Record<string, string>>;
}

export const BOOL: ValueType = { t: 'bool' };
export const STR: ValueType = { t: 'str' };
export const int = (min?: number, max?: number): ValueType => ({ t: 'int', min, max });
export const num = (min?: number, max?: number): ValueType => ({ t: 'num', min, max });
export const oneOf = (...values: string[]): ValueType => ({ t: 'enum', values });
export const fmt = (format: StringFormat, maxLength?: number): ValueType => ({ t: 'str', format, maxLength });
export const prop = (keys: Record<string, ValueType>, o: Omit<PropSpec, 'keys'> = {}): ValueType => ({
  t: 'prop',
  spec: { keys, ...o },
});

/** `parse_boolean`: 1/0 for the accepted spellings, undefined otherwise. */
export function parseBoolean(v: string): '1' | '0' | undefined {
  if (/^(1|on|yes|true)$/i.test(v)) return '1';
  if (/^(0|off|no|false)$/i.test(v)) return '0';
  return undefined;
}

const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const FORMAT_CHECKS: Record<StringFormat, (v: string) => string | undefined> = {
  'pve-configid': (v) => (/^[a-z][a-z0-9_-]+$/i.test(v) ? undefined : `invalid configuration ID '${v}'`),
  'pve-vmid': (v) => (/^[1-9][0-9]{2,8}$/.test(v) ? undefined : `value does not look like a valid VM ID`),
  'dns-name': (v) =>
    new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`).test(v)
      ? undefined
      : 'value does not look like a valid DNS name',
  'pve-storage-id': (v) =>
    /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(v) ? undefined : `storage ID '${v}' contains illegal characters`,
  'pve-tag-list': (v) => {
    for (const tag of splitList(v))
      if (!/^[a-z0-9_][a-z0-9_\-+.]*$/i.test(tag)) return `invalid tag '${tag}'`;
    return undefined;
  },
  'mac-addr': (v) =>
    /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i.test(v)
      ? undefined
      : `value does not look like a valid unicast MAC address`,
  urlencoded: (v) => (/^[-%a-zA-Z0-9_.!~*'()]*$/.test(v) ? undefined : `invalid urlencoded string: ${v}`),
  'pve-node': (v) =>
    /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(v)
      ? undefined
      : 'value does not look like a valid node name',
  'disk-size': (v) => (parseSize(v) === undefined ? `unable to parse size '${v}'` : undefined),
};

/** `PVE::Tools::split_list`: NUL, or commas/semicolons/whitespace. */
export function splitList(v: string): string[] {
  if (v.includes('\0')) return v.split('\0').filter((s) => s !== '');
  return v
    .replace(/[,;]/g, ' ')
    .split(/\s+/)
    .filter((s) => s !== '');
}

/** `parse_size`: `32`, `8G`, `512M`, `1.5T` to bytes (a bare number means bytes). */
export function parseSize(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([KMGT])?$/.exec(v);
  if (!m) return undefined;
  const mult = { K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 }[m[2] ?? ''] ?? 1;
  return Math.round(Number(m[1]) * mult);
}

/** `format_size`: the shortest exact unit (`8G`, `512M`, `4100M`). */
export function formatSize(bytes: number): string {
  for (const [unit, mult] of [
    ['T', 1024 ** 4],
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const) {
    if (bytes >= mult && bytes % mult === 0) return `${bytes / mult}${unit}`;
  }
  return String(bytes);
}

/**
 * Checks `value` against `type`. Returns the value to store (booleans normalised to 1/0) or
 * the error messages keyed by parameter path.
 */
export function checkValue(
  name: string,
  type: ValueType,
  value: string,
): { value: string } | { errors: Record<string, string> } {
  const err = (msg: string): { errors: Record<string, string> } => ({ errors: { [name]: msg } });
  switch (type.t) {
    case 'bool': {
      const b = parseBoolean(value);
      return b === undefined ? err(`type check ('boolean') failed - got '${value}'`) : { value: b };
    }
    case 'int':
    case 'num': {
      const re = type.t === 'int' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$/;
      if (!re.test(value))
        return err(`type check ('${type.t === 'int' ? 'integer' : 'number'}') failed - got '${value}'`);
      const n = Number(value);
      if (type.min !== undefined && n < type.min)
        return err(`value must have a minimum value of ${type.min}`);
      if (type.max !== undefined && n > type.max)
        return err(`value must have a maximum value of ${type.max}`);
      return { value };
    }
    case 'enum':
      return type.values.includes(value)
        ? { value }
        : err(`value '${value}' does not have a value in the enumeration '${type.values.join(', ')}'`);
    case 'str': {
      if (type.maxLength !== undefined && value.length > type.maxLength)
        return err(`value may only be ${type.maxLength} characters long`);
      if (type.pattern && !type.pattern.test(value)) return err(`value does not match the regex pattern`);
      if (type.format) {
        const problem = FORMAT_CHECKS[type.format](value);
        if (problem) return err(`invalid format - ${problem}`);
      }
      return { value };
    }
    case 'prop': {
      const parsed = parsePropertyString(name, type.spec, value);
      return 'errors' in parsed ? parsed : { value };
    }
  }
}

/** `parse_property_string` + `check_object`: the sub-values, or Proxmox's errors. */
export function parsePropertyString(
  name: string,
  spec: PropSpec,
  data: string,
): { values: Record<string, string> } | { errors: Record<string, string> } {
  const res: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const invalid = (msg: string): { errors: Record<string, string> } => ({
    errors: { [name]: `invalid format - ${msg}` },
  });
  for (const part of data.split(',')) {
    if (/^\s*$/.test(part)) continue;
    const m = /^([^=]+)=(.+)$/.exec(part);
    if (m) {
      let [, k, v] = m as unknown as [string, string, string];
      if (res[k] !== undefined) return invalid(`duplicate key in comma-separated list property: ${k}`);
      if (spec.keyAlias?.keys.includes(k)) {
        res[spec.keyAlias.keyField] = k;
        k = spec.keyAlias.valueField;
      }
      k = spec.alias?.[k] ?? k;
      if (res[k] !== undefined) return invalid(`duplicate key in comma-separated list property: ${k}`);
      const sub = spec.keys[k];
      if (!sub) {
        errors[`${name}.${k}`] =
          'property is not defined in schema and the schema does not allow additional properties';
        continue;
      }
      if (sub.t === 'bool') v = parseBoolean(v) ?? v;
      res[k] = v;
    } else if (!part.includes('=')) {
      if (!spec.defaultKey) return invalid('value without key, but schema does not define a default key');
      if (res[spec.defaultKey] !== undefined)
        return invalid(`duplicate key in comma-separated list property: ${spec.defaultKey}`);
      res[spec.defaultKey] = part;
    } else {
      return invalid('missing key in comma-separated list property');
    }
  }
  for (const [k, v] of Object.entries(res)) {
    const sub = spec.keys[k];
    if (!sub) continue;
    const checked = checkValue(`${name}.${k}`, sub, v);
    if ('errors' in checked) Object.assign(errors, checked.errors);
  }
  for (const k of spec.required ?? [])
    if (res[k] === undefined) errors[`${name}.${k}`] = 'property is missing and it is not optional';
  return Object.keys(errors).length > 0 ? { errors } : { values: res };
}

/**
 * `print_property_string`: the default key's value first (without `key=`), then required keys,
 * then the others sorted by name.
 */
export function printPropertyString(spec: PropSpec, values: Record<string, string>): string {
  const parts: string[] = [];
  const done = new Set<string>();
  if (spec.defaultKey && values[spec.defaultKey] !== undefined) {
    parts.push(values[spec.defaultKey]!);
    done.add(spec.defaultKey);
  }
  for (const k of [...(spec.required ?? [])].sort()) {
    if (done.has(k) || values[k] === undefined) continue;
    parts.push(`${k}=${values[k]}`);
    done.add(k);
  }
  for (const k of Object.keys(values).sort()) {
    if (done.has(k)) continue;
    parts.push(`${k}=${values[k]}`);
  }
  return parts.join(',');
}

/** The property-string spec of a `prop` type. */
export function specOf(t: ValueType): PropSpec {
  if (t.t !== 'prop') throw new Error(`not a property string type: ${t.t}`);
  return t.spec;
}
