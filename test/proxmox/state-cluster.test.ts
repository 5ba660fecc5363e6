/**
 * The cluster's shape from `/cluster/resources` and `/cluster/status` (src/proxmox/state-cluster.ts):
 * the status entries as Proxmox prints them, who is online and local, and which storage listings
 * a read needs.
 */
import { clusterNodes, clusterStorages, parseClusterStatus } from '../../src/proxmox/state-cluster.js';
import type { Resource } from '../../src/proxmox/state-parse.js';

describe('parseClusterStatus', () => {
  test('node entries only, flags as 0/1 or booleans, an empty ip left out', () => {
    expect(
      parseClusterStatus([
        { type: 'cluster', id: 'cluster', name: 'lab', nodes: 3, quorate: 1, version: 4 },
        { type: 'node', id: 'node/pve', name: 'pve', nodeid: 1, ip: '10.0.0.1', local: 1, online: 1 },
        { type: 'node', id: 'node/pve2', name: 'pve2', nodeid: 2, ip: '', local: 0, online: 0 },
        { type: 'node', name: 'pve3', local: false, online: true, ip: '10.0.0.3' },
        { type: 'node', name: '' },
        null,
      ]),
    ).toEqual([
      { name: 'pve', online: true, local: true, address: '10.0.0.1' },
      { name: 'pve2', online: false, local: false },
      { name: 'pve3', online: true, local: false, address: '10.0.0.3' },
    ]);
  });
});

describe('clusterNodes', () => {
  const res: Resource[] = [
    { type: 'node', node: 'b', status: 'online' },
    { type: 'node', node: 'a', status: 'online' },
    { type: 'lxc', vmid: 100, node: 'c' },
  ];

  test("corosync's online flag wins over the resource entry's status; local from /cluster/status", () => {
    const n = clusterNodes(res, [
      { name: 'a', online: true, local: false },
      { name: 'b', online: false, local: true },
    ]);
    expect([n.names, n.online, n.local]).toEqual([['a', 'b', 'c'], ['a'], 'b']);
  });

  test('without /cluster/status: the resource status, and local only when there is one node', () => {
    expect(clusterNodes(res).local).toBeUndefined();
    expect(clusterNodes(res).online).toEqual(['a', 'b']);
    expect(clusterNodes([{ type: 'node', node: 'pve', status: 'online' }]).local).toBe('pve');
    // No node entries at all (an old API): every node a guest names counts as online, as before.
    expect(clusterNodes([{ type: 'qemu', vmid: 9, node: 'x' }]).online).toEqual(['x']);
  });
});

describe('clusterStorages', () => {
  const storage = (storage: string, node: string, content: string, shared: number): Resource => ({
    type: 'storage',
    storage,
    node,
    plugintype: shared ? 'nfs' : 'dir',
    content,
    shared,
  });

  test('a shared storage once, listed from the local node, else the first online one; one listing per storage', () => {
    const resources = [
      storage('nfs', 'a', 'vztmpl,import', 1),
      storage('nfs', 'b', 'vztmpl,import', 1),
      storage('local', 'a', 'vztmpl,iso', 0),
      storage('local', 'b', 'import', 0),
      storage('lvm', 'b', 'images,rootdir', 0),
    ];
    const local = clusterNodes(
      [],
      [
        { name: 'a', online: true, local: false },
        { name: 'b', online: true, local: true },
      ],
    );
    const { storages, queries } = clusterStorages(resources, local);
    expect(storages.map((s) => [s.id, s.node, s.shared])).toEqual([
      ['local', 'a', false],
      ['local', 'b', false],
      ['lvm', 'b', false],
      ['nfs', undefined, true],
    ]);
    expect(queries).toEqual([
      { node: 'a', storage: 'local', content: 'vztmpl' },
      { node: 'b', storage: 'local', content: 'import' },
      { node: 'b', storage: 'nfs' }, // both types: one listing, filtered by each volume's content
    ]);
    const aDown = clusterNodes(
      [],
      [
        { name: 'a', online: false, local: false },
        { name: 'b', online: true, local: false },
        { name: 'c', online: true, local: true },
      ],
    );
    expect(clusterStorages(resources, aDown).queries).toEqual([
      { node: 'b', storage: 'local', content: 'import' },
      { node: 'b', storage: 'nfs' },
    ]);
  });
});
