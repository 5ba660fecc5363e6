/**
 * `pvesh get /cluster/status` as pve-manager's `PVE::API2::Cluster::get_status` answers it, node
 * figures of an offline member (`PVE::API2Tools::extract_node_stats`), and a call proxied to a
 * node that is down (`PVE::CLI::pvesh::proxy_handler`).
 */
import { readFileSync } from 'node:fs';
import { clusterHarness, type ClusterHarness } from '../helpers/sim-cluster.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

const status = async (node: string): Promise<Array<Record<string, unknown>>> =>
  JSON.parse(await h.ok(node, 'pvesh', 'get', '/cluster/status', '--output-format', 'json')) as Array<
    Record<string, unknown>
  >;

describe('/cluster/status', () => {
  test('a cluster entry, then one entry per node; local is 1 only for the node asked', async () => {
    expect(await status('pve2')).toEqual([
      { type: 'cluster', id: 'cluster', name: 'lab', nodes: 3, version: 3, quorate: 1 },
      {
        type: 'node',
        id: 'node/pve',
        name: 'pve',
        nodeid: 1,
        ip: '192.168.1.10',
        local: 0,
        online: 1,
        level: '',
      },
      {
        type: 'node',
        id: 'node/pve2',
        name: 'pve2',
        nodeid: 2,
        ip: '192.168.1.11',
        local: 1,
        online: 1,
        level: '',
      },
      {
        type: 'node',
        id: 'node/pve3',
        name: 'pve3',
        nodeid: 3,
        ip: '192.168.1.12',
        local: 0,
        online: 1,
        level: '',
      },
    ]);
  });

  test('offline nodes: online 0; quorum needs more than half the nodes', async () => {
    await h.configure((s) => {
      s.nodes.pve3!.online = false;
    });
    let st = await status('pve');
    expect(st[0]!.quorate).toBe(1);
    expect(st[3]).toMatchObject({ name: 'pve3', online: 0 });
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
    });
    st = await status('pve');
    expect(st[0]!.quorate).toBe(0);
  });

  test('a lone node in no cluster: the single fake entry with nodeid 0', async () => {
    const single = clusterHarness(['pve']);
    try {
      const st = JSON.parse(
        await single.ok('pve', 'pvesh', 'get', '/cluster/status', '--output-format', 'json'),
      );
      expect(st).toEqual([
        {
          type: 'node',
          id: 'node/pve',
          name: 'pve',
          nodeid: 0,
          ip: '192.168.1.10',
          local: 1,
          online: 1,
          level: '',
        },
      ]);
    } finally {
      single.cleanup();
    }
  });

  test('an offline node is listed by /nodes without live figures', async () => {
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
    });
    const nodes = JSON.parse(await h.ok('pve', 'pvesh', 'get', '/nodes', '--output-format', 'json')) as Array<
      Record<string, unknown>
    >;
    const pve2 = nodes.find((n) => n.node === 'pve2')!;
    expect(pve2.status).toBe('offline');
    expect(pve2).not.toHaveProperty('uptime');
    expect(nodes.find((n) => n.node === 'pve')).toMatchObject({ status: 'online', uptime: 86400 });
  });
});

describe('a call for an offline node', () => {
  test("fails like pvesh's proxy handler: its ssh cannot connect", async () => {
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
    });
    const r = await h.on('pve', ['pvesh', 'get', '/nodes/pve2/status', '--output-format', 'json']);
    expect(r).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: 'proxy handler failed: ssh: connect to host 192.168.1.11 port 22: No route to host\n',
    });
    const create = await h.on('pve', [
      'pvesh',
      'create',
      '/nodes/pve2/storage/local/download-url',
      '--content',
      'iso',
      '--filename',
      'debian.iso',
      '--url',
      'https://example.org/debian.iso',
    ]);
    expect(create.stderr).toBe(
      'proxy handler failed: ssh: connect to host 192.168.1.11 port 22: No route to host\n',
    );
    // The online nodes still answer.
    expect(await h.ok('pve', 'pvesh', 'get', '/nodes/pve3/lxc', '--output-format', 'json')).toBe('[]\n');
  });
});

describeShared('/cluster/status against the API schema', () => {
  test('every field is one the schema names', async () => {
    type ApiNode = {
      path: string;
      info?: Record<string, { returns?: { items?: { properties?: object } } }>;
      children?: ApiNode[];
    };
    const tree = JSON.parse(readFileSync(sharedPath('pve-api', 'apidata.json'), 'utf8')) as ApiNode[];
    const find = (list: ApiNode[]): ApiNode | undefined => {
      for (const n of list) {
        if (n.path === '/cluster/status') return n;
        const c = find(n.children ?? []);
        if (c) return c;
      }
      return undefined;
    };
    const props = Object.keys(find(tree)!.info!.GET!.returns!.items!.properties!);
    for (const entry of await status('pve')) for (const k of Object.keys(entry)) expect(props).toContain(k);
  });
});
