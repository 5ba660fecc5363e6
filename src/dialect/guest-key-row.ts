/**
 * The shape of a row of the guest key tables (lxc-keys.ts, qemu-keys.ts) and the types derived
 * from a table: the config keys it allows (`net[n]` stands for `net0`, `net1`...) and the command
 * builder settings its conversions produce.
 */
import type { Conversion } from './key-conversions.js';

/** When a change of the key takes effect on a running guest. */
export type KeyEffect = 'live' | 'restart' | 'rebuild';

/** A property string (`name=eth0,bridge=vmbr0`) compared sub-key by sub-key. */
export interface PropertyComparison {
  /** Where a part without `key=` goes (`agent: 1` is `enabled=1`); `_` when the key has none. */
  readonly positional: string;
  /**
   * Sub-keys set on the guest but not desired that count as a difference: `all`, `none` or the
   * listed ones. Sub-keys Proxmox fills in by itself (AUTO_SUBKEYS) never count.
   */
  readonly liveOnly: 'all' | 'none' | readonly string[];
  /** NIC models written as a key (`virtio=MAC`), read as `model=virtio,macaddr=MAC`. */
  readonly modelKeys?: readonly string[];
}

/**
 * How a desired value is compared with the printed one: `text` equal strings, `words` the same
 * words in any order, `ssh-keys` the same keys line by line (Proxmox stores them URL-encoded),
 * `volume` a disk or mount point (storage, size and options; `pool:32` allocates), or a property
 * string.
 */
export type Comparison = 'text' | 'words' | 'ssh-keys' | 'volume' | PropertyComparison;

/**
 * Where apply sends the key: a builder setting (`pct set --memory`), a create-only option
 * outside the settings (`pct create --unprivileged`), a file on the host (`qm set --sshkeys FILE`),
 * or nowhere, because `pct create` detects it from the template (`ostype`, `arch`).
 */
export type ApplyRoute = 'setting' | 'create-option' | 'key-file' | 'detected';

export interface GuestKeyRow<V> {
  /** The model field (src/model/types.ts `Guest`) the value comes from, or what sets it. Documentation. */
  readonly from: string;
  /** Config string to the builder's value and back; its `V` is the value type apply hands on. */
  readonly convert: Conversion<V>;
  /** How desired and printed values are compared (default `text`). */
  readonly compare?: Comparison;
  /** The value Proxmox means when the key is absent (and leaves out of a printed config). */
  readonly default?: string;
  /** Phoenix owns the key: set on the guest but not desired means delete it. */
  readonly owned?: boolean;
  readonly effect: KeyEffect;
  /** Default `setting`. */
  readonly apply?: ApplyRoute;
  /** Phoenix passes the key only when it creates the guest and never compares it afterwards. */
  readonly createOnly?: boolean;
}

/** Sub-keys Proxmox fills in by itself; a difference only when the config names them. */
export const AUTO_SUBKEYS: ReadonlySet<string> = new Set(['hwaddr', 'type', 'macaddr', 'size']);

/** Sub-keys of a network device that must be absent on the guest when the config leaves them out. */
export const STRICT_NET_SUBKEYS = [
  'name',
  'bridge',
  'model',
  'ip',
  'gw',
  'ip6',
  'gw6',
  'tag',
  'firewall',
  'rate',
  'mtu',
] as const;

/** Rows by Proxmox key; a numbered family is one row named `net[n]`. */
export type GuestKeyTable = Readonly<Record<string, GuestKeyRow<unknown>>>;

/** The config keys a table allows: `hostname`, and `net${number}` for the row `net[n]`. */
export type ConfigKeyOf<T> = {
  [K in keyof T & string]: K extends `${infer F}[n]` ? `${F}${number}` : K;
}[keyof T & string];

type ValueOf<R> = R extends GuestKeyRow<infer V> ? V : never;

/**
 * The builder settings a table's conversions produce: one optional setting per row routed to
 * `setting`, a family as an index map (`net: {0: 'name=eth0,...'}`).
 */
export type SettingsOf<T extends GuestKeyTable> = {
  readonly [
    K in keyof T & string as T[K] extends { apply: Exclude<ApplyRoute, 'setting'> }
      ? never
      : K extends `${infer F}[n]`
        ? F
        : K
  ]?: K extends `${string}[n]` ? Readonly<Record<number, ValueOf<T[K]>>> : ValueOf<T[K]>;
};

/** A config record being built that takes only the keys of one table: a key without a row does not compile. */
export interface ConfigWriter<K extends string> {
  /** The record, keys in the order they were set. */
  readonly values: Record<string, string>;
  set(key: K, value: string): void;
}

export function configWriter<K extends string>(): ConfigWriter<K> {
  const values: Record<string, string> = {};
  return {
    values,
    set(key, value) {
      values[key] = value;
    },
  };
}

/** A row of a numbered family: `net12` is the row `net[n]`, index 12. */
const FAMILY_KEY = /^([a-z]+)(\d+)$/;

/** Split `net12` into the family name and index; undefined for a key that is not numbered. */
export function familyOf(key: string): { family: string; index: number } | undefined {
  const m = FAMILY_KEY.exec(key);
  return m ? { family: m[1]!, index: Number(m[2]) } : undefined;
}

/** The row standing for `key` (`net3` finds `net[n]`), or undefined when the table has none. */
export function findRow(table: GuestKeyTable, key: string): GuestKeyRow<unknown> | undefined {
  if (Object.hasOwn(table, key)) return table[key];
  const f = familyOf(key);
  const name = f && `${f.family}[n]`;
  return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}
