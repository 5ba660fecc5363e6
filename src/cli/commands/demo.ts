/**
 * `phoenix demo [--config-dir DIR] [--state FILE] [--concurrency N]`: the README's `npm start`.
 * Runs the operator's whole journey against the embedded simulator: validate the estate, make a
 * bare simulated Proxmox host shaped like the machine the config describes (`sim init
 * --from-config`; `.phoenix-sim/demo.json` by default), run setup-hypervisor on it, plan, apply
 * with progress output, then apply again, which must report no changes. Nothing is planted on the
 * host: storages, images, profiles and device nodes are there because setup made them. Zero
 * latency: a few seconds.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../../config/diagnostics.js';
import { validateConfigDir } from '../../config/validate.js';
import { bareHostState } from '../../sim-seed/host-from-config.js';
import { SimStore } from '../../sim/index.js';
import { renderSetupText } from '../../hypervisor/render.js';
import { runSetupJob } from '../../jobs/setup-job.js';
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

  say('2. a bare simulated Proxmox VE host, shaped like the machine the config describes');
  const built = bareHostState(v.host.config, v.desired, { pveVersion: '9.1.2' });
  const bare = built.state;
  bare.settings.latency = { profile: 'zero' };
  bare.settings.agentBootMs = 0;
  await new SimStore(statePath).update((s) => {
    for (const k of Object.keys(s)) delete (s as unknown as Record<string, unknown>)[k];
    Object.assign(s, bare);
  });
  const { shape } = built;
  io.stdout(
    `state file ${statePath}\nPVE 9.1.2, node ${bare.localNode}, vmbr0 ${shape.address ?? '(installer address)'}, ` +
      `${shape.disks.length} blank disk(s), ${shape.gpus} GPU(s); no storages, templates or images yet\n`,
  );

  const env = { PHOENIX_SIM_LATENCY: 'zero' };
  say('3. setup-hypervisor');
  const setup = await runSetupJob({
    configDir: dir,
    target: `sim:${statePath}`,
    dryRun: false,
    env: { ...io.env, ...env },
    cwd: io.cwd,
  });
  for (const d of setup.diagnostics) io.stdout(formatDiagnostic(d) + '\n');
  if (setup.report) io.stdout(renderSetupText(setup.report));
  if (setup.exitCode !== 0) return setup.exitCode;
  const open = () => openHostPort(`sim:${statePath}`, { env });

  say('4. plan');
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
  say(`5. apply (concurrency ${concurrency})`);
  const first = (await applyToHost(options)).job;
  if (first.exitCode !== 0) return first.exitCode;

  say('6. apply again: the host already matches');
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
