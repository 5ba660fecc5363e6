/**
 * The less common paths of apply on the simulator: destroying a guest that left the config (only
 * with allow_destroy), rebuilding a guest whose change Proxmox cannot make in place (only with
 * --allow-rebuild), GPU passthrough on a PVE 8.0 host (raw lxc lines written into the CT config
 * file, since `dev[n]` needs 8.1), and what scripts receive inside the guest.
 */
import { SimStore } from '../../src/sim/index.js';
import { apply, editConfig, hostState, makeEstate } from '../helpers/apply-harness.js';
import { checkArgvAgainstApi } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';

type Guests = Record<string, Record<string, unknown>>;

describeShared('apply lifecycle paths', () => {
  it('destroys a managed guest that left the config only when allow_destroy is set', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      delete (j.lxc_configs as Guests)['955'];
    });
    editConfig(e.configDir, 'phoenix_hypervisor_config.json', (j) => {
      for (const v of Object.values((j.shared_volumes ?? {}) as Guests))
        delete (v.mounts as Record<string, unknown>)['955'];
    });
    const kept = await apply(e);
    if (kept.job.status !== 'no-changes') throw new Error(kept.out);
    expect((await hostState(e)).guests.map((g) => g.id)).toContain(955);

    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      j.allow_destroy = true;
    });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    expect(run.job.result!.guests.map((g) => [g.address, g.action, g.outcome])).toEqual([
      ['ct/955', 'delete', 'succeeded'],
    ]);
    const destroys = run.commands.filter((c) => /^(pct|qm) destroy /.test(c.argv.join(' ')));
    expect(destroys.map((c) => c.argv.join(' '))).toEqual(['pct destroy 955 --purge 1']);
    const ids = (await hostState(e)).guests.map((g) => g.id);
    expect(ids).not.toContain(955);
    expect(ids).toHaveLength(9);
    expect((await apply(e)).job.status).toBe('no-changes');
  });

  it('refuses a rebuild unless allowed; with --allow-rebuild it destroys and recreates that guest only', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Guests)['910']!.clone_from_ctid = '900';
    });
    const refused = await apply(e);
    expect(refused.job).toMatchObject({ status: 'invalid', exitCode: 1 });
    expect(refused.out).toMatch(
      /ct\/910 needs a rebuild \(made from clone:902, the config now says clone:900\).*--allow-rebuild/,
    );
    expect(refused.commands.every((c) => c.readOnly)).toBe(true);

    const run = await apply(e, { allowRebuild: true });
    if (run.job.status !== 'applied') throw new Error(run.out);
    expect(run.job.result!.guests.map((g) => [g.address, g.action])).toEqual([['ct/910', 'replace']]);
    const order = run.commands
      .map((c) => c.argv.slice(0, 3).join(' '))
      .filter((a) => /^pct (destroy|clone|stop) /.test(a));
    expect(order).toEqual(['pct stop 910', 'pct destroy 910', 'pct clone 900']);
    const g = (await hostState(e)).guests.find((x) => x.id === 910)!;
    expect(g.config.description).toContain('"src":"clone:900"');
    expect((await apply(e)).job.status).toBe('no-changes');
  });

  it('passes GPUs through with raw lxc lines on PVE 8.0 and keeps them on the next run', async () => {
    const e = await makeEstate('example', { host: { pveVersion: '8.0.4' } });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const writes = run.commands.filter((c) => c.argv[0] === 'flock' && c.argv.includes('tee'));
    expect(writes.map((c) => c.argv[c.argv.length - 1])).toEqual(
      // The plan names the node of each new guest (the host's only node): its folder is used.
      expect.arrayContaining(['/etc/pve/nodes/pve/lxc/901.conf', '/etc/pve/nodes/pve/lxc/950.conf']),
    );
    for (const c of run.commands)
      if (['pct', 'qm', 'flock'].includes(c.argv[0]!))
        expect(checkArgvAgainstApi(c.argv, 'pve8')).toEqual([]);
    const state = await hostState(e);
    const ct950 = state.guests.find((g) => g.id === 950)!;
    expect(ct950.config['lxc.cgroup2.devices.allow']).toBe('c 195:* rwm');
    expect(ct950.config['lxc.mount.entry']).toContain(
      '/dev/nvidia0 dev/nvidia0 none bind,optional,create=file',
    );
    expect(Object.keys(ct950.config).filter((k) => /^dev\d+$/.test(k))).toEqual([]);
    const again = await apply(e);
    expect(again.job.status).toBe('no-changes');
  });

  it('hands scripts the guest config as JSON in $PHOENIX_GUEST_CONFIG', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    const s = await new SimStore(e.statePath).read();
    const g = s.guests['950']!;
    const config = JSON.parse(
      Buffer.from(g.fs['/root/.phoenix/guest.json']!.data, 'base64').toString('utf8'),
    ) as Record<string, unknown>;
    expect(config).toMatchObject({
      id: 950,
      kind: 'lxc',
      name: 'vllm-qwen2.5-7b-awq',
      nvidia_driver_version: '580.76.05',
    });
    expect((config.vllm_engine_config as Record<string, unknown>).ModelConfig).toBeDefined();
    const run = g.execLog.map((x) => x.argv.join(' ')).find((a) => a.includes('vllm.sh'));
    expect(run).toBe(
      'env PHOENIX_GUEST_CONFIG=/root/.phoenix/guest.json bash /root/.phoenix/apps/vllm.sh 950',
    );
    const pushed = Buffer.from(g.fs['/root/.phoenix/apps/vllm.sh']!.data, 'base64').toString('utf8');
    const { readFileSync } = await import('node:fs');
    expect(pushed).toBe(readFileSync(`${e.configDir}/apps/vllm.sh`, 'utf8'));
    expect(g.fs['/root/.phoenix/apps/vllm.sh']!.perms).toBe('0755');
  });
});
