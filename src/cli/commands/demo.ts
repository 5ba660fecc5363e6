/**
 * `phoenix demo [--config-dir DIR] [--state FILE] [--concurrency N]`: the README's `npm start`.
 * Runs the main job end to end against the embedded simulator: validate the estate, prepare a
 * fresh simulated Proxmox host (`.phoenix-sim/demo.json` by default), plan, apply with progress
 * output, then apply again, which must report no changes. Zero latency: a few seconds.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../../config/diagnostics.js';
import { validateConfigDir } from '../../config/validate.js';
import { estateStorages, prepareSimHost } from '../../sim-seed/estate-host.js';
import { bareHostState } from '../../sim-seed/host-from-config.js';
import { openHostPort } from '../../host/open-port.js';
import { applyToHost } from '../../jobs/apply-job.js';
import { loadPlanConfig, planAgainst } from '../../jobs/plan-job.js';
import { renderText } from '../../render/text.js';
import { intOpt, parseCommandArgs, stringOpt } from '../args.js';
import { useColor, type CliIO } from '../io.js';

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('demo', argv);
  const dir = stringOpt(values, 'config-dir')!;
  const statePath = resolve(io.cwd, stringOpt(values, 'state')!);
  const concurrency = intOpt(values, 'concurrency', 1, 64) ?? 4;
  const say = (title: string) => io.stdout(`\n== ${title}\n`);

  say(`1. validate ${dir}`);
  const v = await validateConfigDir(dir);
  for (const d of v.diagnostics) io.stdout(formatDiagnostic(d) + '\n');
  io.stdout(`${v.desired.guests.length} guests, ${v.errors} errors, ${v.warnings} warnings\n`);
  if (v.errors > 0) return 1;

  say('2. a fresh simulated Proxmox VE host');
  // The machine as the config describes it (disks, vmbr0, GPUs), with the estate's storages on it.
  const base = bareHostState(v.host.config, v.desired, { pveVersion: '9.1.2' }).state;
  await prepareSimHost(statePath, v.desired, { agentBootMs: 0, latency: { profile: 'zero' }, base });
  const storages = [...estateStorages(v.desired).keys()].sort().join(', ');
  io.stdout(
    `state file ${statePath}\nPVE 9.1.2, node pve, storages local, local-lvm, ${storages} (ZFS), bridge vmbr0\n`,
  );

  const env = { PHOENIX_SIM_LATENCY: 'zero' };
  const open = () => openHostPort(`sim:${statePath}`, { env });

  say('3. plan');
  const port = await open();
  const live = await port.readState().finally(() => port.close());
  const p = planAgainst(await loadPlanConfig(dir, v), { live });
  io.stdout(renderText(p, { color: useColor(io, values) }));
  if (p.errored) return 1;

  const options = {
    open,
    configDir: dir,
    lockTimeoutMs: 60_000,
    settings: { concurrency, healthIntervalScale: 0, agentPollMs: 10 },
    out: io.stdout,
    err: io.stderr,
  };
  say(`4. apply (concurrency ${concurrency})`);
  const first = (await applyToHost(options)).job;
  if (first.exitCode !== 0) return first.exitCode;

  say('5. apply again: the host already matches');
  const second = (await applyToHost(options)).job;
  if (second.status !== 'no-changes') {
    io.stderr(`the second apply should have found nothing to do, but it ended with '${second.status}'\n`);
    return 1;
  }
  io.stdout(
    `\nDone. The simulated host stays in ${statePath}; look at it with\n` +
      `  npx phoenix state --target sim:${statePath}\n` +
      `  npx phoenix plan --config-dir ${dir} --target sim:${statePath}\n`,
  );
  return 0;
}
