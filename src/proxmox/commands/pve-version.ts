/**
 * Proxmox VE versions as the node reports them, and the features that depend on one.
 */
import { fail, show } from './command.js';

export interface PveVersion {
  readonly major: number;
  readonly minor: number;
}

/** Accepts `9.1.2`, `8.4`, or `pve-manager/8.4.1/...` (the `pveversion` / `/version` forms). */
export function parsePveVersion(text: string): PveVersion {
  const m = /(?:^|\/)(\d+)\.(\d+)(?:[.-]\d+)?/.exec(text.trim());
  if (!m) fail(`cannot read a Proxmox VE version from ${show(text)}`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function pveAtLeast(v: PveVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** `dev[n]` passthrough exists from PVE 8.1; older hosts need raw cgroup/mount lines. */
export function supportsLxcDev(v: PveVersion): boolean {
  return pveAtLeast(v, 8, 1);
}
