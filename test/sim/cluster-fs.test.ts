/**
 * /etc/pve is one tree for the whole cluster (pmxcfs): a folder made on one node is there on every
 * node, and `mkdir` of a folder that exists fails, so a folder under /etc/pve/priv/lock works as
 * a cluster-wide lock the way pve-cluster's `cfs_lock` uses it.
 */
import { clusterHarness, hop, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

const LOCK = '/etc/pve/priv/lock/phoenix-apply';

describe('mkdir and rmdir under /etc/pve', () => {
  test('a lock folder taken on one node is taken for every node until it is removed', async () => {
    expect(await h.on('pve', ['mkdir', LOCK])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    for (const node of ['pve', 'pve2', 'pve3'])
      expect(await h.on(node, ['mkdir', LOCK])).toEqual({
        exitCode: 1,
        stdout: '',
        stderr: `mkdir: cannot create directory '${LOCK}': File exists\n`,
      });
    // Through the hop as well: the command runs on pve3, which sees the same tree.
    expect((await h.on('pve', hop('pve3', '192.168.1.12', ['mkdir', LOCK]))).exitCode).toBe(1);
    expect((await h.on('pve2', ['rmdir', LOCK])).exitCode).toBe(0);
    expect((await h.on('pve3', ['mkdir', LOCK])).exitCode).toBe(0);
    expect((await h.state()).clusterDirs).toEqual({ [LOCK]: { mtime: expect.any(Number) } });
  });

  test('mkdir -p of an existing folder succeeds; a missing parent needs -p', async () => {
    await h.ok('pve', 'mkdir', LOCK);
    expect((await h.on('pve2', ['mkdir', '-p', LOCK])).exitCode).toBe(0);
    expect((await h.on('pve', ['mkdir', '/etc/pve/phoenix/state'])).stderr).toBe(
      "mkdir: cannot create directory '/etc/pve/phoenix/state': No such file or directory\n",
    );
    await h.ok('pve', 'mkdir', '-p', '/etc/pve/phoenix/state');
    expect((await h.on('pve2', ['mkdir', '/etc/pve/phoenix'])).stderr).toMatch(/File exists/);
  });

  test('a file written into the lock folder is read from another node; rmdir needs it empty', async () => {
    await h.ok('pve', 'mkdir', LOCK);
    await h.ok('pve', 'tee', `${LOCK}/owner`);
    expect(await h.ok('pve3', 'cat', `${LOCK}/owner`)).toBe('');
    expect((await h.on('pve2', ['rmdir', LOCK])).stderr).toBe(
      `rmdir: failed to remove '${LOCK}': Directory not empty\n`,
    );
    expect((await h.on('pve2', ['rmdir', '/etc/pve/priv/lock/other'])).stderr).toBe(
      "rmdir: failed to remove '/etc/pve/priv/lock/other': No such file or directory\n",
    );
  });

  test('without quorum /etc/pve is read-only', async () => {
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
      s.nodes.pve3!.online = false;
    });
    expect((await h.on('pve', ['mkdir', LOCK])).stderr).toBe(
      `mkdir: cannot create directory '${LOCK}': Permission denied\n`,
    );
  });

  test('folders outside /etc/pve stay per node', async () => {
    await h.ok('pve', 'mkdir', '/srv/phoenix');
    expect((await h.on('pve2', ['mkdir', '/srv/phoenix'])).exitCode).toBe(0);
    expect((await h.on('pve2', ['rmdir', '/srv/phoenix'])).exitCode).toBe(0);
    expect((await h.on('pve2', ['rmdir', '/srv/phoenix'])).stderr).toBe(
      "rmdir: failed to remove '/srv/phoenix': No such file or directory\n",
    );
    expect((await h.on('pve', ['mkdir', '/srv/phoenix'])).stderr).toMatch(/File exists/);
  });
});
