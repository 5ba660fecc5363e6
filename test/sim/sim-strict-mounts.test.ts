/**
 * The simulator as strict as Proxmox VE on bind mounts, passthrough devices and a few set/resize
 * rules (pve-container: `mountpoint_mount`, `get_device_mode_and_rdev`, `alloc_disk`,
 * `resize_vm`, `parse_pct_config`). Each rule: the command sequence Phoenix emitted before
 * (fails, with Proxmox's text) and the one it emits now (succeeds). Argv come from the builders.
 */
import { installDirIds, nvidiaModprobeUvm, writeFile } from '../../src/proxmox/commands.js';
import { NVIDIA_UVM_RULES, NVIDIA_UVM_RULES_TEXT } from '../../src/hypervisor/steps/gpu.js';
import { hostSetupOf } from '../../src/sim/index.js';
import { createCt, simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const cmd = (c: { argv: readonly string[]; stdin?: string | Buffer }) => h.t.run(c.argv, { stdin: c.stdin });

/** The driver loaded with `gpus` GPUs; the UVM nodes made since boot or not. */
async function nvidiaHost(uvmNodes: boolean, gpus = 1): Promise<void> {
  await h.configure((s) => {
    const nv = hostSetupOf(s.nodes[s.localNode]!).nvidia;
    nv.installed = nv.loaded = '580.95.05';
    nv.gpus = gpus;
    nv.uvmNodes = uvmNodes;
  });
}

describe('bind mounts', () => {
  test('start needs the source folder (before: create + start fails; now: install -d first)', async () => {
    await createCt(h, 950, '--mp0', '/srv/app/data,mp=/data');
    const before = await h.run('pct', 'start', '950');
    expect(before.exitCode).toBe(255);
    expect(before.stderr).toBe(
      "directory '/srv/app/data' does not exist\nstartup for container '950' failed\n",
    );
    expect((await cmd(installDirIds('/srv/app/data', '0755', 100000, 100000))).exitCode).toBe(0);
    await h.ok('pct', 'start', '950');
  });

  test('a container with a bind mount cannot be snapshotted (pve-guest-common snapshot_prepare)', async () => {
    await createCt(h, 952, '--mp0', '/srv/app/data,mp=/data');
    const r = await h.run('pct', 'snapshot', '952', 'pre-configured');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe('snapshot feature is not available\n');
    // The same container without the bind mount has only its LVM-thin root disk: it can.
    await h.ok('pct', 'set', '952', '--delete', 'mp0');
    await h.ok('pct', 'snapshot', '952', 'pre-configured');
  });

  test('a source under a ZFS mount point is not there until made', async () => {
    await createCt(h, 951, '--mp0', '/tank/media/films,mp=/films');
    expect((await h.run('pct', 'start', '951')).stderr).toContain(
      "directory '/tank/media/films' does not exist",
    );
  });
});

describe('passthrough devices', () => {
  const devs = [
    '--dev0',
    '/dev/nvidiactl',
    '--dev1',
    '/dev/nvidia-uvm',
    '--dev2',
    '/dev/nvidia-uvm-tools',
    '--dev3',
    '/dev/nvidia0',
  ];

  test('pct set stats each device: before the UVM nodes exist it fails, after setup it succeeds', async () => {
    await nvidiaHost(false);
    await createCt(h, 950);
    const before = await h.run('pct', 'set', '950', ...devs);
    expect(before.exitCode).toBe(255);
    expect(before.stderr).toBe('Device /dev/nvidia-uvm does not exist\n');
    // setup-hypervisor now: the udev rule for boot, and nvidia-modprobe -c0 -u once.
    expect((await cmd(writeFile(NVIDIA_UVM_RULES, NVIDIA_UVM_RULES_TEXT))).exitCode).toBe(0);
    expect((await cmd(nvidiaModprobeUvm())).exitCode).toBe(0);
    await h.ok('pct', 'set', '950', ...devs);
    await h.ok('pct', 'start', '950');
  });

  test('every start stats them again: after a boot without a rule the CT does not start', async () => {
    await nvidiaHost(true);
    await createCt(h, 950, ...devs);
    await nvidiaHost(false); // rebooted: nothing made the UVM nodes
    expect((await h.run('pct', 'start', '950')).stderr).toBe(
      "Device /dev/nvidia-uvm does not exist\nstartup for container '950' failed\n",
    );
    expect((await cmd(writeFile(NVIDIA_UVM_RULES, NVIDIA_UVM_RULES_TEXT))).exitCode).toBe(0);
    await h.ok('pct', 'start', '950');
  });

  test('a GPU index the host does not have, or no driver, fails too', async () => {
    await createCt(h, 950);
    expect((await h.run('pct', 'set', '950', '--dev0', '/dev/nvidia0')).stderr).toBe(
      'Device /dev/nvidia0 does not exist\n',
    );
    await nvidiaHost(true, 1);
    expect((await h.run('pct', 'set', '950', '--dev0', '/dev/nvidia1')).stderr).toBe(
      'Device /dev/nvidia1 does not exist\n',
    );
    await h.ok('pct', 'set', '950', '--dev0', '/dev/nvidia0');
  });
});

describe('set, resize, config file', () => {
  test('a same-size resize fails like resize_vm ("disk is already at specified size")', async () => {
    await createCt(h, 950);
    expect((await h.run('pct', 'resize', '950', 'rootfs', '8G')).stderr).toBe(
      'disk is already at specified size\n',
    );
    await h.ok('pct', 'resize', '950', 'rootfs', '9G');
  });

  test('pct set --mpN on a storage without rootdir gives alloc_disk text; a zfspool needs none', async () => {
    await createCt(h, 950);
    const r = await h.run('pct', 'set', '950', '--mp0', 'local:4,mp=/data');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe("content type 'rootdir' is not available or configured on storage 'local'\n");
    await h.ok('pct', 'set', '950', '--mp0', 'local-lvm:4,mp=/data');
  });

  test('unparsable lines of a hand-written config are warned about when it is loaded', async () => {
    await createCt(h, 950);
    const text = (await h.ok('cat', '/etc/pve/lxc/950.conf')) + 'this is no config line\n';
    expect((await h.t.run(['tee', '/etc/pve/lxc/950.conf'], { stdin: text })).exitCode).toBe(0);
    const r = await h.run('pct', 'config', '950');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('vm 950 - unable to parse config: this is no config line\n');
    await h.ok('pct', 'set', '950', '--cores', '2'); // rewrites the file without the line
    expect((await h.run('pct', 'config', '950')).stderr).toBe('');
  });

  test('the apparmor unit exists and is active on a Proxmox host', async () => {
    expect((await h.run('systemctl', 'is-active', 'apparmor')).stdout).toBe('active\n');
    expect((await h.run('systemctl', 'is-enabled', 'apparmor.service')).exitCode).toBe(0);
  });
});
