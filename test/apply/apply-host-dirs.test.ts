/**
 * Apply on the simulator (which, like Proxmox, refuses to start a container whose bind-mount
 * source folder is missing): the folder is made, owned by the container's root on the host,
 * before the `pct set` that adds the mount, the container starts, and a second apply changes nothing.
 */
import { hostSetupOf, SimStore } from '../../src/sim/index.js';
import { apply, editConfig, makeEstate } from '../helpers/apply-harness.js';

describe('bind-mount folders on apply', () => {
  it('makes /srv/rag/docs before adding the mount to ct/953, which then starts', async () => {
    const e = await makeEstate('example', {
      patch: (dir) =>
        editConfig(dir, 'phoenix_lxc_configs.json', (j) => {
          const lxc = (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!;
          lxc.mount_points = [{ host_path: '/srv/rag/docs', container_path: '/docs' }];
        }),
    });
    const run = await apply(e);
    expect(run.job.status).toBe('applied');
    const argv = run.commands.map((c) => c.argv.join(' '));
    const made = argv.findIndex((a) => a.endsWith('install -d -m 0755 -o 100000 -g 100000 -- /srv/rag/docs'));
    const set = argv.findIndex((a) => /pct set 953 .*--mp0 \/srv\/rag\/docs,mp=\/docs/.test(a));
    const start = argv.findIndex((a) => /pct start 953$/.test(a));
    expect(made).toBeGreaterThanOrEqual(0);
    expect(made).toBeLessThan(set);
    expect(set).toBeLessThan(start);
    const again = await apply(e);
    expect(again.job.status).not.toBe('failed');
    expect(
      again.commands.filter((c) => !c.readOnly && !c.argv.some((a) => a.includes('phoenix-apply'))),
    ).toEqual([]);
  }, 60_000);

  it("leaves an existing folder's owner and mode alone (the operator's data), and mounts it", async () => {
    const e = await makeEstate('example', {
      patch: (dir) =>
        editConfig(dir, 'phoenix_lxc_configs.json', (j) => {
          const lxc = (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!;
          lxc.mount_points = [{ host_path: '/srv/media', container_path: '/media' }];
        }),
    });
    await new SimStore(e.statePath).update((s) => {
      const hs = hostSetupOf(Object.values(s.nodes)[0]!);
      hs.dirs = [...(hs.dirs ?? []), '/srv/media'];
      hs.owners['/srv/media'] = '101000:101000';
    });
    const run = await apply(e);
    expect(run.job.status).toBe('applied');
    const argv = run.commands.map((c) => c.argv.join(' '));
    expect(argv.some((a) => a.endsWith('mkdir -m 0755 -- /srv/media'))).toBe(true);
    expect(argv.filter((a) => /install -d .*\/srv\/media$/.test(a))).toEqual([]);
    const after = await new SimStore(e.statePath).read();
    expect(hostSetupOf(Object.values(after.nodes)[0]!).owners['/srv/media']).toBe('101000:101000');
    expect(after.guests['953']!.status).toBe('running');
  }, 60_000);
});
