/**
 * The plan errors GPU containers while the host lacks their NVIDIA device nodes, and containers
 * whose AppArmor profile the host lacks; a live state that did not list them (an older state
 * file) produces no gap: unknown is not missing.
 */
import { plan } from '../../src/plan/planner.js';
import { parseLiveState, serializeLiveState } from '../../src/plan/state-file.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const NODES_BOOTED = ['/dev/null', '/dev/nvidia0', '/dev/nvidiactl', '/dev/zero'];
const NODES_ALL = [...NODES_BOOTED, '/dev/nvidia-uvm', '/dev/nvidia-uvm-tools'];

describe('GPU device nodes', () => {
  const d = estate({ '950': ct('llm', { template: TEMPLATE, gpu_assignment: '0' }) });

  it('errors a GPU guest while the host lacks the UVM nodes, naming each node, why and the fix', () => {
    const p = plan(d, host({ deviceNodes: NODES_BOOTED, apparmorProfiles: [] }));
    expect(p.errored).toBe(true);
    expect(p.hypervisor.map((h) => [h.kind, h.name, h.usedBy])).toEqual([
      ['device-node', '/dev/nvidia-uvm', ['ct/950']],
      ['device-node', '/dev/nvidia-uvm-tools', ['ct/950']],
    ]);
    expect(p.errors.map((e) => e.message)).toEqual([
      'device node /dev/nvidia-uvm does not exist on the host: Proxmox checks every passed-through device when it is set and at every start, so the guest could be neither configured nor started (the nvidia-uvm module makes no nodes itself: nvidia-modprobe -u must run at boot) (needed by ct/950); run phoenix setup-hypervisor to provide it',
      'device node /dev/nvidia-uvm-tools does not exist on the host: Proxmox checks every passed-through device when it is set and at every start, so the guest could be neither configured nor started (the nvidia-uvm module makes no nodes itself: nvidia-modprobe -u must run at boot) (needed by ct/950); run phoenix setup-hypervisor to provide it',
    ]);
  });

  it('names the GPU node itself when the driver has not made it', () => {
    const p = plan(d, host({ deviceNodes: ['/dev/null'] }));
    expect(p.hypervisor.map((h) => h.name)).toEqual([
      '/dev/nvidia-uvm',
      '/dev/nvidia-uvm-tools',
      '/dev/nvidia0',
      '/dev/nvidiactl',
    ]);
  });

  it('plans clean once the nodes exist, and for guests without GPUs', () => {
    expect(plan(d, host({ deviceNodes: NODES_ALL })).hypervisor).toEqual([]);
    const plain = estate({ '950': ct('web', { template: TEMPLATE }) });
    expect(plan(plain, host({ deviceNodes: ['/dev/null'] })).hypervisor).toEqual([]);
  });

  it('reports nothing when the state does not list /dev (an older state file)', () => {
    const old = parseLiveState(serializeLiveState(host()), 'old.json');
    expect(old.deviceNodes).toBeUndefined();
    const p = plan(d, old);
    expect(p.hypervisor).toEqual([]);
    expect(p.errored).toBe(false);
  });

  it('says nothing of a guest on another cluster node (the listing is of the host read from)', () => {
    const placed = estate({ '950': ct('llm', { template: TEMPLATE, gpu_assignment: '0', node: 'pve2' }) });
    const cluster = host({ nodes: ['pve', 'pve2'], deviceNodes: ['/dev/null'], apparmorProfiles: [] });
    expect(plan(placed, cluster).hypervisor.filter((h) => h.kind === 'device-node')).toEqual([]);
    expect(plan(d, cluster).hypervisor.filter((h) => h.kind === 'device-node')).toHaveLength(4);
  });

  it('does not check nodes on hosts before Proxmox VE 8.1 (optional bind mounts, not devN)', () => {
    expect(plan(d, host({ pveVersion: '8.0.4', deviceNodes: ['/dev/null'] })).hypervisor).toEqual([]);
  });
});

describe('AppArmor profiles', () => {
  const d = estate({
    '950': ct('docker', { template: TEMPLATE, apparmor_profile: 'lxc-phoenix-v2' }),
    '951': ct('plain', { template: TEMPLATE, apparmor_profile: 'unconfined' }),
  });

  it('errors a guest whose profile the host lacks (built-in profiles need nothing)', () => {
    const p = plan(d, host({ deviceNodes: NODES_ALL, apparmorProfiles: ['lxc-default'] }));
    expect(p.hypervisor.map((h) => [h.kind, h.name, h.usedBy])).toEqual([
      ['apparmor-profile', 'lxc-phoenix-v2', ['ct/950']],
    ]);
    expect(p.errors.map((e) => e.message)).toEqual([
      'AppArmor profile lxc-phoenix-v2 is not installed on the host (/etc/apparmor.d/lxc/lxc-phoenix-v2), and the container cannot start without it (needed by ct/950); run phoenix setup-hypervisor to provide it',
    ]);
  });

  it('plans clean once the profile is installed', () => {
    const p = plan(d, host({ deviceNodes: NODES_ALL, apparmorProfiles: ['lxc-default', 'lxc-phoenix-v2'] }));
    expect(p.hypervisor).toEqual([]);
  });

  it('reports nothing when the state does not list the profiles', () => {
    expect(plan(d, host()).hypervisor).toEqual([]);
  });
});

describe('the state file', () => {
  it('keeps the listed device nodes and profiles, and loads files without them', () => {
    const live = host({ deviceNodes: NODES_ALL, apparmorProfiles: ['lxc-phoenix-v2'] });
    const back = parseLiveState(serializeLiveState(live), 'state.json');
    expect(back.deviceNodes).toEqual(NODES_ALL);
    expect(back.apparmorProfiles).toEqual(['lxc-phoenix-v2']);
    expect('apparmorProfiles' in parseLiveState(serializeLiveState(host()), 'old.json')).toBe(false);
  });
});
