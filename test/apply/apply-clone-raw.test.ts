/**
 * Upstream 829c047 on the simulator: 910 (a clone of 902) keeps the `/dev/fuse` lines 902's config
 * holds, next to its own `lxc.mount.auto`; the second apply changes nothing.
 */
import { apply, hostState, makeEstate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

describeShared('raw lxc lines of clones on the simulator', () => {
  it("910 keeps 902's /dev/fuse lines and adds its own", async () => {
    const e = await makeEstate('829c047');
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const ct910 = (await hostState(e)).guests.find((g) => g.id === 910)!;
    expect(ct910.config['lxc.mount.entry']).toContain('/dev/fuse dev/fuse none bind,create=file');
    expect(ct910.config['lxc.cgroup2.devices.allow']).toContain('a');
    expect(ct910.config['lxc.mount.auto']).toBe('sys:rw');
    expect((await apply(e)).job.status).toBe('no-changes');
  }, 180_000);
});
