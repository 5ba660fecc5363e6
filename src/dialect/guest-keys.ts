/**
 * The guest key tables by guest kind, and what the planner asks of them for one config key:
 * its row, whether Phoenix owns it, Proxmox's default, the effect of a change, how it compares.
 */
import type { GuestKind } from './conf-format.js';
import {
  findRow,
  type Comparison,
  type ConfigKeyOf,
  type GuestKeyRow,
  type GuestKeyTable,
  type KeyEffect,
  type SettingsOf,
} from './guest-key-row.js';
import { LXC_GUEST_KEYS } from './lxc-keys.js';
import { QEMU_GUEST_KEYS } from './qemu-keys.js';

/** The config keys desired-config may emit for a container / a VM. */
export type LxcKey = ConfigKeyOf<typeof LXC_GUEST_KEYS>;
export type QemuKey = ConfigKeyOf<typeof QEMU_GUEST_KEYS>;

/** The `pct` / `qm` builder settings the tables' conversions produce. */
export type LxcTableSettings = SettingsOf<typeof LXC_GUEST_KEYS>;
export type QemuTableSettings = SettingsOf<typeof QEMU_GUEST_KEYS>;

export const GUEST_KEYS: Readonly<Record<GuestKind, GuestKeyTable>> = {
  lxc: LXC_GUEST_KEYS,
  qemu: QEMU_GUEST_KEYS,
};

/** Rows found per kind and key (`net0`, `net1` share one row; the planner asks per key of 10k guests). */
const found: Record<GuestKind, Map<string, GuestKeyRow<unknown> | null>> = {
  lxc: new Map(),
  qemu: new Map(),
};

/** The row standing for `key` on a guest of `kind`, or undefined when Phoenix has none. */
export function guestKeyRow(kind: GuestKind, key: string): GuestKeyRow<unknown> | undefined {
  const cache = found[kind];
  let row = cache.get(key);
  if (row === undefined) {
    row = findRow(GUEST_KEYS[kind], key) ?? null;
    if (cache.size >= 10_000) cache.clear();
    cache.set(key, row);
  }
  return row ?? undefined;
}

/**
 * Keys Phoenix owns even when the config leaves them out: present on the guest but not desired
 * means "delete". Optional keys the config does not mention (swap, nameserver, startup) are left alone.
 */
export function isOwnedKey(kind: GuestKind, key: string): boolean {
  return guestKeyRow(kind, key)?.owned === true;
}

/** Proxmox's value when `key` is absent from the config (undefined: none Phoenix relies on). */
export function keyDefault(kind: GuestKind, key: string): string | undefined {
  return guestKeyRow(kind, key)?.default;
}

/** When a change of `key` takes effect on a running guest; raw `lxc.*` lines need a restart. */
export function keyEffect(kind: GuestKind, key: string): KeyEffect {
  const row = guestKeyRow(kind, key);
  if (row) return row.effect;
  return kind === 'lxc' && key.startsWith('lxc.') ? 'restart' : 'live';
}

/** How a desired value of `key` is compared with the printed one (`text` for a key without a row). */
export function keyComparison(kind: GuestKind, key: string): Comparison {
  return guestKeyRow(kind, key)?.compare ?? 'text';
}

/** A disk or mount point (`rootfs`, `mp0`, `scsi0`): compared and printed as a volume. */
export function isVolumeKey(kind: GuestKind, key: string): boolean {
  return keyComparison(kind, key) === 'volume';
}
