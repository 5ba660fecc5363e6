/** A fresh simulator state file in a temp dir, and a shorthand to run commands on it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { CommandResult } from '../../src/proxmox/transport.js';
import type { SimState } from '../../src/sim/index.js';

export interface SimHarness {
  dir: string;
  path: string;
  t: SimTransport;
  run(...argv: string[]): Promise<CommandResult>;
  /** Runs and expects exit 0; returns stdout. */
  ok(...argv: string[]): Promise<string>;
  state(): Promise<SimState>;
  configure(fn: (s: SimState) => void): Promise<void>;
  cleanup(): void;
}

export function simHarness(env: NodeJS.ProcessEnv = {}): SimHarness {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-sim-'));
  const path = join(dir, 'state.json');
  const t = new SimTransport(path, { env });
  const h: SimHarness = {
    dir,
    path,
    t,
    run: (...argv) => t.run(argv),
    async ok(...argv) {
      const r = await t.run(argv);
      if (r.exitCode !== 0) throw new Error(`${argv.join(' ')} failed (${r.exitCode}): ${r.stderr}`);
      return r.stdout;
    },
    state: () => t.store.read(),
    configure: async (fn) => {
      await t.store.update(fn);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  return h;
}

export const UBUNTU = 'ubuntu-24.04-standard_24.04-2_amd64.tar.zst';
export const UBUNTU_VOLID = `local:vztmpl/${UBUNTU}`;

/** Downloads the Ubuntu template and creates CT `vmid` on local-lvm. */
export async function createCt(h: SimHarness, vmid: number, ...extra: string[]): Promise<void> {
  const s = await h.state();
  if (!s.volumes.some((v) => v.volname === `vztmpl/${UBUNTU}`))
    await h.ok('pveam', 'download', 'local', UBUNTU);
  await h.ok(
    'pct',
    'create',
    String(vmid),
    UBUNTU_VOLID,
    '--hostname',
    `ct${vmid}`,
    '--memory',
    '1024',
    '--rootfs',
    'local-lvm:8',
    '--net0',
    'name=eth0,bridge=vmbr0,ip=dhcp',
    ...extra,
  );
}
