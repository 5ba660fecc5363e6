/**
 * The shell host port against the simulated three-node cluster (pve, pve2, pve3), connected to
 * `pve`: a guest made, changed and run on pve2 through the node hop lives there, a migration
 * moves it, a clone with `--target` runs on its source's node, and an offline node is refused
 * before the port sends anything.
 */
import { nodeAddress } from '../../src/sim/index.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import type { LiveNode } from '../../src/model/live-state.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { CommandResult, HostTransport } from '../../src/proxmox/transport.js';
import { UBUNTU } from '../helpers/sim.js';
import { clusterHarness, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
let sent: string[][];
let port: ShellHostPort;

/** The sim transport on `pve`, recording what the port sends. */
function recorded(t: HostTransport): HostTransport {
  return {
    description: t.description,
    run: async (argv, o): Promise<CommandResult> => {
      sent.push([...argv]);
      return t.run(argv, o);
    },
    close: () => t.close(),
  };
}

async function nodes(): Promise<LiveNode[]> {
  const s = await h.state();
  return Object.values(s.nodes).map((n) => ({
    name: n.name,
    online: n.online,
    address: nodeAddress(s, n.name),
    local: n.name === 'pve',
  }));
}

beforeEach(async () => {
  h = clusterHarness();
  sent = [];
  port = new ShellHostPort(recorded(new SimTransport(h.path, { env: {}, node: 'pve' })));
  port.useCluster(await nodes());
});
afterEach(() => h.cleanup());

const ct = { kind: 'lxc', id: 200, node: 'pve2' } as const;

describe('the shell host port on the simulated cluster', () => {
  it('makes, changes and runs a container on another node, then migrates it home', async () => {
    await port.downloadTemplate('local', UBUNTU, 'pve2');
    await port.createContainer(ct, `local:vztmpl/${UBUNTU}`, { rootfs: 'local-lvm:4', hostname: 'web' });
    await port.setContainer(ct, { memory: 1024 });
    await port.setRawLxcLines(ct, ['lxc.apparmor.profile: unconfined']);
    await port.start(ct);
    const r = await port.runInGuest(ct, ['hostname'], 30);
    expect(r.status).toBe('exited');
    let s = await h.state();
    expect(s.guests['200']).toMatchObject({ node: 'pve2', status: 'running' });
    const conf = await h.ok('pve2', 'pct', 'config', '200');
    expect(conf).toMatch(/^memory: 1024$/m);
    expect(conf).toMatch(/^lxc\.apparmor\.profile: unconfined$/m);
    // Every guest command went through the hop; the config file was read in place.
    expect(sent.filter((a) => a[0] !== 'ssh').map((a) => a[0])).toEqual(['cat']);

    await port.migrate(ct, {
      to: 'pve',
      online: false,
      restart: true,
      withLocalDisks: false,
      timeoutSec: 60,
    });
    s = await h.state();
    expect(s.guests['200']).toMatchObject({ node: 'pve', status: 'running' });
    sent = [];
    await port.stop({ ...ct, node: 'pve' });
    expect(sent).toEqual([['pct', 'stop', '200']]);
  });

  it('clones on the source node, onto the target node, from shared storage', async () => {
    await h.configure((st) => {
      st.storages.nas = {
        id: 'nas',
        type: 'nfs',
        content: ['images', 'rootdir'],
        shared: true,
        options: { server: '10.0.0.5', export: '/srv/pve', path: '/mnt/pve/nas' },
        totalBytes: 2 * 1024 ** 4,
      };
    });
    await port.downloadTemplate('local', UBUNTU, 'pve2');
    await port.createContainer({ kind: 'lxc', id: 100, node: 'pve2' }, `local:vztmpl/${UBUNTU}`, {
      rootfs: 'nas:4',
      hostname: 'base',
    });
    sent = [];
    await port.cloneGuest(
      { kind: 'lxc', id: 101, node: 'pve3' },
      { kind: 'lxc', id: 100, node: 'pve2' },
      { full: true, storage: 'nas', target: 'pve3', name: 'web-1' },
    );
    expect(sent.map((a) => a.slice(6, 8))).toEqual([['HostKeyAlias=pve2', 'root@192.168.1.11']]);
    const st = await h.state();
    expect(st.guests['101']!.node).toBe('pve3');
    expect(st.guests['100']!.node).toBe('pve2');
  });

  it('refuses a guest on a node that went offline, sending nothing', async () => {
    await h.configure((s) => {
      s.nodes.pve3!.online = false;
    });
    port.useCluster(await nodes());
    sent = [];
    await expect(port.start({ kind: 'lxc', id: 300, node: 'pve3' })).rejects.toThrow(
      /node "pve3" is offline/,
    );
    expect(sent).toEqual([]);
  });
});
