/**
 * Crash consistency of a container rebuild that keeps a data volume (issue 10, items 2 and 3):
 * apply (`--allow-rebuild`) is killed after each of its mutating host commands; right after the
 * kill the data volume still exists (in the guest's or the holder's config), and the next apply
 * converges to the host an uninterrupted rebuild leaves, with the same volume at /data and no
 * holder left. The figures are printed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { SimState } from '../../src/sim/model.js';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { dropDeadClaim, KillingTransport, normalHost, readSim } from '../helpers/kill-point.js';

const CT = 960;
const HOLDER = 900_000_000 + CT;
const MARK = 4242;

function writeGuest(dir: string, extra: Record<string, unknown>): void {
  const guest = {
    name: 'data',
    template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
    storage_pool: 'local-lvm',
    storage_size_gb: 4,
    zfs_volumes: [{ pool: 'local-lvm', size_gb: 2, mount_point: '/data' }],
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.60/24', gw: '10.0.0.1' },
    ...extra,
  };
  writeFileSync(join(dir, 'phoenix_lxc_configs.json'), JSON.stringify({ lxc_configs: { [CT]: guest } }));
}

/** Where the marked data volume is listed now (`960 mp0`), or why it is not. */
function whereIsData(s: SimState): string {
  const v = s.volumes.find((x) => x.ctime === MARK);
  if (!v) return 'volume gone';
  const id = `${v.storage}:${v.volname}`;
  for (const g of Object.values(s.guests))
    for (const [k, val] of Object.entries(g.conf.main.values))
      if (val.split(',')[0] === id || val.split(',')[0] === `volume=${id}`) return `${g.vmid} ${k}`;
  return `volume ${id} listed by no config`;
}

/** The normal host with disk numbers masked: a resumed run may number a renamed volume anew. */
const normal = (s: SimState) => JSON.stringify(normalHost(s), null, 1).replace(/disk-\d+/g, 'disk-N');

let e: Estate | undefined;
afterAll(() => {
  if (e) rmSync(e.dir, { recursive: true, force: true });
});

it('a rebuild that keeps a data volume, killed after every host command, never loses it and converges', async () => {
  e = await makeEstate('example', {
    patch: (dir) => {
      writeGuest(dir, {});
      writeFileSync(join(dir, 'phoenix_vm_configs.json'), JSON.stringify({ vms: [] }));
      const hvPath = join(dir, 'phoenix_hypervisor_config.json');
      const hv = JSON.parse(readFileSync(hvPath, 'utf8')) as Record<string, unknown>;
      delete hv.shared_volumes;
      writeFileSync(hvPath, JSON.stringify(hv));
    },
  });
  const est = e;
  expect((await apply(est)).job.status).toBe('applied');
  await new SimTransport(est.statePath, { env: {} }).store.update((s) => {
    const g = s.guests[String(CT)]!;
    const id = g.conf.main.values.mp0!.split(',')[0]!;
    s.volumes.find((v) => `${v.storage}:${v.volname}` === id)!.ctime = MARK;
  });
  writeGuest(est.configDir, { unprivileged: false });
  const fresh = JSON.stringify(await readSim(est.statePath));

  const counter = new KillingTransport(est.statePath, Infinity);
  const base = await apply(est, { transport: counter, allowRebuild: true });
  if (base.job.status !== 'applied') throw new Error(base.out);
  const want = normal(await readSim(est.statePath));
  expect(whereIsData(await readSim(est.statePath))).toBe(`${CT} mp0`);
  const total = counter.mutating;

  const t0 = performance.now();
  for (let n = 1; n <= total; n++) {
    writeFileSync(est.statePath, fresh);
    const killer = new KillingTransport(est.statePath, n);
    await apply(est, { transport: killer, allowRebuild: true }).catch(() => undefined);
    expect([n, killer.killed]).toEqual([n, true]);
    const killed = await readSim(est.statePath);
    expect([n, whereIsData(killed)]).toEqual([n, expect.stringMatching(new RegExp(`^(${CT}|${HOLDER}) `))]);
    await dropDeadClaim(est.statePath);
    const resumed = await apply(est, { allowRebuild: true });
    if (resumed.job.status !== 'applied' && resumed.job.status !== 'no-changes')
      throw new Error(`kill point ${n}: resumed apply ${resumed.job.status}\n${resumed.out}`);
    const after = await readSim(est.statePath);
    expect([n, whereIsData(after)]).toEqual([n, `${CT} mp0`]);
    expect([n, after.guests[String(HOLDER)]]).toEqual([n, undefined]);
    expect([n, normal(after)]).toEqual([n, want]);
    expect([n, (await apply(est)).job.status]).toEqual([n, 'no-changes']);
  }
  process.stdout.write(
    `kill-point sweep, rebuild keeping a data volume: ${total} of ${total} kill points, ${Math.round(performance.now() - t0)} ms\n`,
  );
}, 240_000);
