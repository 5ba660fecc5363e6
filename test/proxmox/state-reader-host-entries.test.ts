/**
 * The state read learns which device nodes (/dev) and LXC AppArmor profiles exist in one `find`
 * whatever the estate's size; a failed listing leaves both unknown rather than empty.
 */
import { readLiveState, splitHostEntries } from '../../src/proxmox/state-reader.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { hostSetupOf } from '../../src/sim/hypervisor/state.js';
import { simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

async function gpuHost(uvmNodes: boolean): Promise<void> {
  await h.configure((s) => {
    const nv = hostSetupOf(Object.values(s.nodes)[0]!).nvidia;
    nv.installed = nv.loaded = '580.76.05';
    nv.gpus = 2;
    nv.uvmNodes = uvmNodes;
  });
}

test('lists the NVIDIA nodes that exist now and the profiles in /etc/apparmor.d/lxc', async () => {
  await gpuHost(false);
  const argvs: string[][] = [];
  const live = await readLiveState(h.t, { onCommand: (a) => argvs.push([...a]) });
  expect(argvs.filter((a) => a[0] === 'find')).toEqual([
    ['find', '/dev', '/etc/apparmor.d/lxc', '-mindepth', '1', '-maxdepth', '1'],
  ]);
  expect(live.deviceNodes).toEqual(
    expect.arrayContaining(['/dev/nvidia0', '/dev/nvidia1', '/dev/nvidiactl']),
  );
  expect(live.deviceNodes).not.toContain('/dev/nvidia-uvm');
  expect(live.apparmorProfiles).toEqual([
    'lxc-default',
    'lxc-default-cgns',
    'lxc-default-with-mounting',
    'lxc-default-with-nesting',
  ]);

  await h.ok('nvidia-modprobe', '-c0', '-u');
  await h.t.run(['tee', '/etc/apparmor.d/lxc/lxc-phoenix-v2'], { stdin: 'profile lxc-phoenix-v2 {}\n' });
  const after = await readLiveState(h.t);
  expect(after.deviceNodes).toEqual(expect.arrayContaining(['/dev/nvidia-uvm', '/dev/nvidia-uvm-tools']));
  expect(after.apparmorProfiles).toContain('lxc-phoenix-v2');
});

test('a host without the driver lists no NVIDIA node', async () => {
  const live = await readLiveState(h.t);
  expect(live.deviceNodes).toContain('/dev/null');
  expect(live.deviceNodes!.filter((d) => d.startsWith('/dev/nvidia'))).toEqual([]);
});

test('a failed listing leaves device nodes and profiles unknown', async () => {
  const failing: HostTransport = {
    description: h.t.description,
    hostTimeouts: false,
    run: (argv, o) =>
      argv[0] === 'find'
        ? Promise.resolve({ exitCode: 127, stdout: '', stderr: 'sh: 1: find: not found\n' })
        : h.t.run(argv, o),
    close: () => Promise.resolve(),
  };
  const live = await readLiveState(failing);
  expect('deviceNodes' in live).toBe(false);
  expect('apparmorProfiles' in live).toBe(false);
});

describe('splitHostEntries', () => {
  test('keeps direct children only, and a listing without /dev is unknown', () => {
    const out = '/dev/null\n/dev/dri\n/dev/dri/card0\n/etc/apparmor.d/lxc/p1\n/etc/apparmor.d/lxc/sub/x\n';
    expect(splitHostEntries(out)).toEqual({
      deviceNodes: ['/dev/dri', '/dev/null'],
      apparmorProfiles: ['p1'],
    });
    expect(splitHostEntries('/etc/apparmor.d/lxc/p1\n')).toBeUndefined();
  });
});
