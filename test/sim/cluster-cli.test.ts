/**
 * `phoenix sim init --nodes ... --shared-storage ...` makes a cluster, `phoenix sim node` takes a
 * node down and up; commands through `phoenix sim exec --node` then see it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli-run.js';
import { hop } from '../helpers/sim-cluster.js';
import { registerExtraCommands } from '../../src/cli/registry.js';

registerExtraCommands();

let dir: string;
let state: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-simcli-'));
  state = join(dir, 'lab.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const exec = (node: string, ...argv: string[]) =>
  runCli(['sim', 'exec', '--state', state, '--node', node, '--', ...argv], {
    env: { PHOENIX_SIM_LATENCY: 'zero' },
  });

describe('phoenix sim init --nodes / sim node', () => {
  test('three nodes with a shared storage; a node taken down answers no hop until it is back', async () => {
    const init = await runCli([
      'sim',
      'init',
      '--state',
      state,
      '--nodes',
      'pve,pve2,pve3',
      '--shared-storage',
      'nas',
    ]);
    expect(init).toEqual({
      code: 0,
      stdout: `created ${state}: cluster of pve, pve2, pve3, shared storage nas\n`,
      stderr: '',
    });
    const storages = JSON.parse(
      (await exec('pve2', 'pvesh', 'get', '/nodes/pve2/storage', '--output-format', 'json')).stdout,
    ) as Array<{
      storage: string;
      shared: number;
    }>;
    expect(storages.map((s) => [s.storage, s.shared])).toEqual([
      ['local', 0],
      ['local-lvm', 0],
      ['nas', 1],
    ]);
    expect(await runCli(['sim', 'node', '--state', state, '--name', 'pve2', '--online', '0'])).toEqual({
      code: 0,
      stdout: 'pve2 offline 192.168.1.11\n',
      stderr: '',
    });
    const down = await exec('pve', ...hop('pve2', '192.168.1.11', ['pct', 'list']));
    expect(down).toMatchObject({
      code: 255,
      stderr: 'ssh: connect to host 192.168.1.11 port 22: No route to host\n',
    });
    await runCli(['sim', 'node', '--state', state, '--name', 'pve2', '--online', '1']);
    expect((await exec('pve', ...hop('pve2', '192.168.1.11', ['pct', 'list']))).code).toBe(0);
  });

  test('bad input gets a clear message', async () => {
    await runCli(['sim', 'init', '--state', state, '--nodes', 'pve,pve2']);
    expect(await runCli(['sim', 'node', '--state', state, '--name', 'pve7', '--online', '0'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`no node 'pve7' in ${state} (nodes: pve, pve2)`),
    });
    expect(
      (await runCli(['sim', 'node', '--state', state, '--name', 'pve2', '--online', 'off'])).stderr,
    ).toContain("--online must be 0 or 1, got 'off'");
    expect(
      (await runCli(['sim', 'init', '--state', join(dir, 'x.json'), '--shared-storage', 'local'])).stderr,
    ).toContain("--shared-storage: 'local' is a node-local storage of every node");
  });
});
