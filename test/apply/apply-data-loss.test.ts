/**
 * Issue 10, item 2, applied on the simulator: a storage change moves the volume (data included)
 * instead of rebuilding the guest; deleting a volume or rebuilding a guest with data volumes
 * happens only with `--allow-data-loss`, after a vzdump backup.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LiveGuest } from '../../src/model/live-state.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, hostState, makeEstate, type Estate } from '../helpers/apply-harness.js';

const CT = 960;

function writeGuest(dir: string, extra: Record<string, unknown>): void {
  const guest = {
    name: 'data',
    template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
    memory_mb: 512,
    cores: 1,
    storage_pool: 'quickOS-lxc-disks',
    storage_size_gb: 8,
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.60/24', gw: '10.0.0.1' },
    ...extra,
  };
  writeFileSync(
    join(dir, 'phoenix_lxc_configs.json'),
    JSON.stringify({ lxc_configs: { [CT]: guest } }, null, 2),
  );
}

async function estateWith(extra: Record<string, unknown>): Promise<Estate> {
  const e = await makeEstate('example', {
    patch: (dir) => {
      writeGuest(dir, extra);
      writeFileSync(join(dir, 'phoenix_vm_configs.json'), JSON.stringify({ vms: [] }, null, 2));
      const hvPath = join(dir, 'phoenix_hypervisor_config.json');
      const hv = JSON.parse(readFileSync(hvPath, 'utf8')) as Record<string, unknown>;
      delete hv.shared_volumes;
      writeFileSync(hvPath, JSON.stringify(hv, null, 2));
    },
  });
  // A second pool to move volumes to.
  const t = new SimTransport(e.statePath, { env: {} });
  await t.store.update((s) => {
    s.storages['fastData-shared-bulk-data'] = {
      ...s.storages['quickOS-lxc-disks']!,
      id: 'fastData-shared-bulk-data',
      content: ['images', 'rootdir'],
    };
  });
  await t.close();
  return e;
}

const ct = async (e: Estate): Promise<LiveGuest> => (await hostState(e)).guests.find((g) => g.id === CT)!;
const first = (v: string | undefined) => v?.split(',')[0];
const argvs = (run: Awaited<ReturnType<typeof apply>>) => run.commands.map((c) => c.argv.join(' '));
async function volumes(e: Estate): Promise<string[]> {
  const t = new SimTransport(e.statePath, { env: {} });
  try {
    return (await t.store.read()).volumes.map((v) => `${v.storage}:${v.volname}`);
  } finally {
    await t.close();
  }
}

describe('volume moves and data loss on the simulator', () => {
  it('a volume whose pool changes is moved (stopped, moved, started), not rebuilt; the old copy is kept', async () => {
    const e = await estateWith({
      zfs_volumes: [{ pool: 'quickOS-lxc-disks', size_gb: 2, mount_point: '/data' }],
    });
    expect((await apply(e)).job.status).toBe('applied');
    const before = first((await ct(e)).config.mp0)!;
    writeGuest(e.configDir, {
      zfs_volumes: [{ pool: 'fastData-shared-bulk-data', size_gb: 2, mount_point: '/data' }],
    });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const cmds = argvs(run).filter((a) => /^pct (shutdown|start|move-volume|destroy|create)/.test(a));
    expect(cmds).toEqual([
      `pct shutdown ${CT} --timeout 120 --forceStop 1`,
      `pct move-volume ${CT} mp0 fastData-shared-bulk-data`,
      `pct start ${CT}`,
    ]);
    const g = await ct(e);
    expect(first(g.config.mp0)).toMatch(/^fastData-shared-bulk-data:/);
    expect(g.status).toBe('running');
    expect(first(g.config.unused0)).toBe(before);
    expect((await apply(e)).job.status).toBe('no-changes');
  }, 60_000);

  it('deletes a volume that left the config only with allow_destroy_volumes and --allow-data-loss, after vzdump', async () => {
    const vols = [
      { pool: 'quickOS-lxc-disks', size_gb: 1, mount_point: '/logs' },
      { pool: 'quickOS-lxc-disks', size_gb: 2, mount_point: '/data' },
    ];
    const e = await estateWith({ zfs_volumes: vols });
    expect((await apply(e)).job.status).toBe('applied');
    const logs = first((await ct(e)).config.mp0)!;
    writeGuest(e.configDir, { zfs_volumes: [vols[1]], allow_destroy_volumes: true });
    const refused = await apply(e);
    expect(refused.job.status).toBe('invalid');
    expect(refused.out).toMatch(/--allow-data-loss/);
    expect(refused.commands.every((c) => c.readOnly)).toBe(true);

    const run = await apply(e, { allowDataLoss: true, settings: { keepSafetySnapshots: 0 } });
    if (run.job.status !== 'applied') throw new Error(run.out);
    const cmds = argvs(run).filter((a) => /^(vzdump|pct set|pct start)/.test(a));
    expect(cmds[0]).toBe(`vzdump ${CT} --storage local --mode stop --compress zstd`);
    expect(cmds.indexOf(`pct set ${CT} --delete unused0`)).toBeGreaterThan(cmds.indexOf(`pct start ${CT}`));
    expect(await volumes(e)).not.toContain(logs);
    expect((await volumes(e)).some((v) => v.startsWith(`local:backup/vzdump-lxc-${CT}-`))).toBe(true);
    expect((await ct(e)).config.unused0).toBeUndefined();
    expect((await apply(e)).job.status).toBe('no-changes');
  }, 60_000);

  it('a rebuild of a guest with a data volume keeps it: handed to a holder CT and back, no --allow-data-loss', async () => {
    const vols = [{ pool: 'quickOS-lxc-disks', size_gb: 2, mount_point: '/data' }];
    const e = await estateWith({ zfs_volumes: vols });
    expect((await apply(e)).job.status).toBe('applied');
    // Mark the data volume so the kept one can be told from a new, empty one.
    const dataVol = (await ct(e)).config.mp0!.split(',')[0]!;
    const t = new SimTransport(e.statePath, { env: {} });
    await t.store.update((s) => {
      const v = s.volumes.find((x) => `${x.storage}:${x.volname}` === dataVol)!;
      v.ctime = 4242;
    });
    // A snapshot uses the volume: Proxmox would refuse to hand it over, so it goes first.
    expect((await t.run(['pct', 'snapshot', String(CT), 'before'])).exitCode).toBe(0);
    await t.close();
    writeGuest(e.configDir, { zfs_volumes: vols, unprivileged: false });
    const run = await apply(e, { allowRebuild: true });
    if (run.job.status !== 'applied') throw new Error(run.out);
    const cmds = argvs(run).filter((a) => /^(vzdump|pct (destroy|move-volume|create|delsnapshot))/.test(a));
    const H = 900_000_000 + CT;
    expect(cmds).toEqual([
      expect.stringMatching(new RegExp(`^pct create ${H} local:vztmpl/\\S+ --hostname phoenix-keep-${CT} `)),
      `pct delsnapshot ${CT} before`,
      // Its lifecycle snapshots use the volume too (the rebuilt guest takes them anew).
      `pct delsnapshot ${CT} final-form`,
      `pct delsnapshot ${CT} pre-configured`,
      `pct move-volume ${CT} mp0 --target-vmid ${H} --target-volume mp0`,
      `pct destroy ${CT} --purge 1`,
      expect.stringMatching(new RegExp(`^pct create ${CT} `)),
      `pct move-volume ${H} mp0 --target-vmid ${CT} --target-volume mp0`,
      `pct destroy ${H} --purge 1`,
    ]);
    const after = await ct(e);
    expect(after.config.unprivileged).toBeUndefined();
    const kept = after.config.mp0!.split(',')[0]!;
    const s = await new SimTransport(e.statePath, { env: {} }).store.read();
    expect(s.volumes.find((x) => `${x.storage}:${x.volname}` === kept)?.ctime).toBe(4242);
    expect(after.config.mp0).toMatch(/mp=\/data/);
    expect((await hostState(e)).guests.some((g) => g.id === H)).toBe(false);
    expect((await apply(e)).job.status).toBe('no-changes');
  }, 60_000);
});
