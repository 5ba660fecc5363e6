/** ZFS size strings (`128K`, `1.4T`), as the hypervisor file writes dataset properties. */

/** `128K`, `1.4T`, `800G`, `512` -> bytes, as ZFS parses sizes (binary units, fractions floored). */
export function parseZfsSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]?)(?:i?B)?$/i.exec(value.trim());
  if (!m) return undefined;
  const power = ' KMGTPE'.indexOf((m[2] || ' ').toUpperCase());
  return Math.floor(Number(m[1]) * 1024 ** power);
}
