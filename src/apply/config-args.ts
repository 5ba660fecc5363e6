/**
 * Turns the config records a Plan carries (`{"memory": "2048", "net0": "name=eth0,..."}`, Proxmox's
 * command syntax, see plan/desired-config.ts) into the typed settings of the command builders,
 * with the conversions of the dialect's guest key tables (dialect/lxc-keys.ts, qemu-keys.ts).
 * Pure. A key the tables do not know is an error, never silently dropped; the LXC create-only
 * keys `ostype`/`arch` are dropped on purpose, as `pct create` detects them from the template.
 */
import { familyOf, findRow, type ApplyRoute, type GuestKeyTable } from '../dialect/guest-key-row.js';
import type { LxcTableSettings, QemuTableSettings } from '../dialect/guest-keys.js';
import { ConfigValueError } from '../dialect/key-conversions.js';
import { LXC_GUEST_KEYS } from '../dialect/lxc-keys.js';
import { QEMU_GUEST_KEYS } from '../dialect/qemu-keys.js';
import type { LxcSettings, QemuSettings } from '../proxmox/commands.js';

export class ConfigArgsError extends Error {}

/**
 * The settings a key table derives, as the builder's own settings type. Compiles only when every
 * derived setting is an option of the builder with a fitting type, so a table row the builders
 * cannot send fails `tsc`, not a reviewed plan at apply time.
 */
function builderSettings<Builder, Derived extends Builder>(
  settings: Derived & { readonly [K in Exclude<keyof Derived, keyof Builder>]: never },
): Builder {
  return settings;
}

/**
 * Builder settings from a config record: each key's row converts its value, a numbered family
 * (`net0`) goes into an index map; a row routed elsewhere than `setting` goes to `other` (raw
 * value). A key without a row is an error naming `what` (container, VM).
 */
function convertRecord(
  table: GuestKeyTable,
  config: Readonly<Record<string, string>>,
  other: (route: ApplyRoute, key: string, value: string) => void,
  what: string,
): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const families = new Map<string, Record<number, unknown>>();
  try {
    for (const [key, value] of Object.entries(config)) {
      const row = findRow(table, key);
      if (!row)
        throw new ConfigArgsError(`apply cannot set the ${what} key '${key}' (no builder option for it)`);
      const family = Object.hasOwn(table, key) ? undefined : familyOf(key);
      const route = row.apply ?? 'setting';
      if (route !== 'setting') other(route, key, value);
      else if (family) {
        const map = families.get(family.family) ?? {};
        map[family.index] = row.convert.toValue(key, value);
        families.set(family.family, map);
        settings[family.family] = map;
      } else settings[key] = row.convert.toValue(key, value);
    }
  } catch (err) {
    if (err instanceof ConfigValueError) throw new ConfigArgsError(err.message);
    throw err;
  }
  return settings;
}

export interface LxcArgs {
  readonly settings: LxcSettings;
  /** Create only. */
  readonly unprivileged?: boolean;
}

/** `pct create` / `pct set` settings from a config record. */
export function lxcArgs(config: Readonly<Record<string, string>>): LxcArgs {
  let unprivileged: boolean | undefined;
  const settings: LxcTableSettings = convertRecord(
    LXC_GUEST_KEYS,
    config,
    (route, key, value) => {
      if (route === 'create-option') unprivileged = LXC_GUEST_KEYS.unprivileged.convert.toValue(key, value);
    },
    'container',
  );
  return { settings: builderSettings<LxcSettings, LxcTableSettings>(settings), unprivileged };
}

export interface QemuArgs {
  readonly settings: QemuSettings;
  /** Public SSH keys for cloud-init (the CLI needs them in a host file). */
  readonly sshkeys?: string;
}

/** `qm create` / `qm set` settings from a config record. */
export function qemuArgs(config: Readonly<Record<string, string>>): QemuArgs {
  let sshkeys: string | undefined;
  const settings: QemuTableSettings = convertRecord(
    QEMU_GUEST_KEYS,
    config,
    (route, key, value) => {
      if (route === 'key-file') sshkeys = QEMU_GUEST_KEYS.sshkeys.convert.toValue(key, value);
    },
    'VM',
  );
  return { settings: builderSettings<QemuSettings, QemuTableSettings>(settings), sshkeys };
}

/** Splits `local:vztmpl/ubuntu.tar.zst` into the storage and the file name `pveam download` takes. */
export function templateParts(volid: string): { storage: string; file: string } | undefined {
  const m = /^([^:/]+):vztmpl\/([^/]+)$/.exec(volid);
  return m ? { storage: m[1]!, file: m[2]! } : undefined;
}
