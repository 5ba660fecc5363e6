/**
 * How long simulated operations take. The default profile is zero (tests run instantly); the
 * `realistic` profile approximates a small Proxmox host with SSD storage and is meant for
 * benchmarks; `scale` multiplies everything (0.01 makes a 5 s clone take 50 ms). Configured in the
 * state file (`settings.latency`) or by PHOENIX_SIM_LATENCY, which wins:
 * `realistic`, `realistic:0.05`, `zero`, or JSON `{"profile":"realistic","scale":0.1,"ops":{...}}`.
 */
import type { SimLatencySettings } from './model.js';

/** Milliseconds per operation key at scale 1. Keys not listed take `*`. */
export const REALISTIC_MS: Readonly<Record<string, number>> = {
  '*': 40,
  'pct create': 6000,
  'pct clone': 5000,
  'pct clone linked': 1200,
  'pct start': 1200,
  'pct stop': 800,
  'pct shutdown': 2500,
  'pct reboot': 3500,
  'pct snapshot': 700,
  'pct delsnapshot': 500,
  'pct rollback': 1500,
  'pct template': 1500,
  'pct destroy': 1500,
  'pct set': 150,
  'pct resize': 800,
  'pct exec': 300,
  'pct push': 150,
  'pct migrate': 8000,
  'qm create': 1500,
  'qm clone': 6000,
  'qm clone linked': 1500,
  'qm start': 1500,
  'qm stop': 800,
  'qm shutdown': 4000,
  'qm reboot': 5000,
  'qm snapshot': 1000,
  'qm delsnapshot': 600,
  'qm rollback': 2000,
  'qm template': 1500,
  'qm destroy': 1500,
  'qm set': 200,
  'qm resize': 800,
  'qm disk import': 8000,
  'qm migrate': 15000,
  'qm cloudinit update': 400,
  'qm guest cmd': 80,
  'qm guest exec': 500,
  'qm agent boot': 5000,
  'pveam download': 10000,
  'pveam update': 2000,
  'pvesh get': 250,
  'pvesm add': 300,
  'zpool create': 2000,
  'zfs create': 300,
  grep: 20,
  cat: 10,
  tee: 20,
};

export interface LatencyModel {
  /** Delay for an operation, scaled, in ms. */
  ms(op: string): number;
  readonly scale: number;
  readonly profile: 'zero' | 'realistic';
}

export class LatencyConfigError extends Error {}

/** Parses PHOENIX_SIM_LATENCY. */
export function parseLatencyEnv(text: string | undefined): SimLatencySettings | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      return JSON.parse(t) as SimLatencySettings;
    } catch (err) {
      throw new LatencyConfigError(`PHOENIX_SIM_LATENCY is not valid JSON: ${(err as Error).message}`);
    }
  }
  const m = /^(zero|realistic)(?::(\d+(?:\.\d+)?))?$/.exec(t);
  if (!m)
    throw new LatencyConfigError(
      `PHOENIX_SIM_LATENCY must be 'zero', 'realistic', 'realistic:SCALE' or JSON, got '${text}'`,
    );
  return { profile: m[1] as 'zero' | 'realistic', scale: m[2] === undefined ? undefined : Number(m[2]) };
}

export function latencyModel(fromState: SimLatencySettings, fromEnv?: SimLatencySettings): LatencyModel {
  const s: SimLatencySettings = { ...fromState, ...(fromEnv ?? {}) };
  if (fromEnv?.ops || fromState.ops) s.ops = { ...(fromState.ops ?? {}), ...(fromEnv?.ops ?? {}) };
  const profile = s.profile ?? 'zero';
  const scale = s.scale ?? 1;
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new LatencyConfigError(`latency scale must be >= 0`);
  const base = profile === 'realistic' ? REALISTIC_MS : {};
  return {
    scale,
    profile,
    ms(op: string): number {
      const v = s.ops?.[op] ?? base[op] ?? s.ops?.['*'] ?? (base as Record<string, number>)['*'] ?? 0;
      return Math.max(0, v * scale);
    },
  };
}
