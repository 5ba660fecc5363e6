/**
 * The onboarding journey on the simulator: `phoenix init` writes a starter repository,
 * `sim init --from-config` makes the bare host it describes, setup-hypervisor prepares it, apply
 * converges and a second apply finds nothing to do.
 */
import { join } from 'node:path';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { runCli, ZERO_LATENCY } from '../helpers/cli-run.js';
import { readState, setup, tempDir } from '../helpers/hypervisor-fixtures.js';

registerExtraCommands();

const cli = (args: string[]) => runCli(args, { env: ZERO_LATENCY });

test('init -> sim init --from-config -> setup-hypervisor -> apply converges -> apply again changes nothing', async () => {
  const dir = tempDir('phoenix-journey-');
  expect((await cli(['init', dir])).code).toBe(0);
  const cfg = join(dir, 'config');
  const state = join(dir, 'host.json');
  expect((await cli(['sim', 'init', '--state', state, '--from-config', cfg])).code).toBe(0);
  const s0 = await readState(state);
  expect(s0.nodes[s0.localNode]!.disks.filter((d) => d.path.includes('REPLACE_WITH_DISK')).length).toBe(2);

  const run = await setup(cfg, state);
  expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(run.exitCode).toBe(0);

  const first = await cli(['apply', '--yes', '--config-dir', cfg, '--target', `sim:${state}`]);
  if (first.code !== 0) throw new Error(first.stdout + first.stderr);
  const second = await cli(['apply', '--yes', '--config-dir', cfg, '--target', `sim:${state}`]);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/No changes/);
  const s = await readState(state);
  expect(Object.keys(s.guests).sort()).toEqual(['900', '950']);
}, 60_000);
