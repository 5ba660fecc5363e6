/**
 * `phoenix plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [options]`
 * (options and their help: PLAN_SPEC in src/cli/specs/host-commands.ts).
 *
 * `--allow-invalid` plans a config that fails validation (diagnostics still printed), e.g. the
 * upstream estates, whose scripts are not part of the fixtures.
 *
 * Validates, gets the live state (read from a target, a recorded state file, or, with no recorded
 * state, the base branch's config), plans and renders. Exit 0 when the plan succeeded (with or
 * without changes), 1 when the config is invalid or the plan is errored, 2 on usage or I/O errors;
 * with `--detailed-exitcode`, 2 when the plan has changes. `--out FILE` writes the JSON plan file
 * (with its summary) whatever `--format` says.
 */
import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../../config/diagnostics.js';
import type { ValidationResult } from '../../config/validate.js';
import { baseConfigBasis, runPlanJob, stateFileBasis, type JobBasis } from '../../jobs/plan-job.js';
import type { LiveState } from '../../model/live-state.js';
import type { Plan } from '../../plan/types.js';
import { renderPlanJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { headline } from '../../render/summary.js';
import { renderText } from '../../render/text.js';
import { getErrorMessage, UserError } from '../../util/errors.js';
import { listOpt, parseCommandArgs, stringOpt } from '../args.js';
import { useColor, type CliIO } from '../io.js';
import { openHost } from '../target-options.js';

/** Read the live state of a target through its host port (the host layer loaded only when needed). */
async function readTarget(target: string, values: Record<string, unknown>, io: CliIO): Promise<LiveState> {
  const { StateReadError } = await import('../../proxmox/state-reader.js');
  const port = await openHost('plan', values, io);
  try {
    return await port.readState();
  } catch (err) {
    if (err instanceof StateReadError)
      throw new UserError(`cannot read the state of ${target}: ${err.message}`, 2);
    throw err;
  } finally {
    await port.close();
  }
}

/** A config with errors: its findings, then whether planning stops (the default) or goes on. */
function reportInvalid(v: ValidationResult, dir: string, allowInvalid: boolean, io: CliIO): void {
  if (v.errors === 0) return;
  for (const d of v.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
  const count = `${v.errors} error${v.errors === 1 ? '' : 's'}`;
  io.stderr(
    allowInvalid
      ? `${dir}: the config is invalid (${count}); planning anyway (--allow-invalid)\n`
      : `${dir}: the config is invalid (${count}); fix it before planning\n`,
  );
}

function render(p: Plan, format: string, color: boolean, sha: string | undefined): string {
  if (format === 'json') return renderPlanJson(p);
  if (format === 'markdown') return renderMarkdown(p, { sha });
  return renderText(p, { color });
}

/** `--detailed-exitcode`: 0 no changes, 2 changes, 1 errors (an errored plan is 1 either way). */
export function detailedExitCode(p: Plan): 0 | 1 | 2 {
  if (p.errored) return 1;
  return p.applyable ? 2 : 0;
}

export async function runPlan(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('plan', argv);
  const format = stringOpt(values, 'format')!;
  if (!['text', 'markdown', 'json'].includes(format)) {
    throw new UserError(`--format must be text, markdown or json, got '${format}'`, 2);
  }
  const target = stringOpt(values, 'target');
  const state = stringOpt(values, 'state');
  const base = stringOpt(values, 'base-config-dir');
  const sources = [target, state, base].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    throw new UserError('give exactly one of --target URL, --state FILE or --base-config-dir DIR', 2);
  }
  const dir = stringOpt(values, 'config-dir')!;
  const allowInvalid = values['allow-invalid'] === true;
  const basis: () => Promise<JobBasis> =
    base !== undefined
      ? baseConfigBasis(base)
      : state !== undefined
        ? stateFileBasis(state)
        : async () => ({ live: await readTarget(target!, values, io) });
  const job = await runPlanJob({
    configDir: dir,
    allowInvalid,
    onValidated: (v) => reportInvalid(v, dir, allowInvalid, io),
    basis,
    allowRebuild: values['allow-rebuild'] === true,
    allowDataLoss: values['allow-data-loss'] === true,
    only: listOpt(values, 'only'),
  });
  if (job.status === 'invalid') return 1;
  const p = job.plan;
  const out = stringOpt(values, 'out');
  // `--out` always writes the plan file apply --plan reads; `--format` is what stdout shows.
  if (out !== undefined) {
    try {
      await writeFile(out, renderPlanJson(p));
    } catch (err) {
      throw new UserError(
        `cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? getErrorMessage(err)}`,
        2,
      );
    }
  }
  io.stdout(render(p, format, useColor(io, values), stringOpt(values, 'sha')));
  if (out !== undefined) {
    io.stderr(
      `${headline(job.counts)}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`,
    );
  }
  if (p.errored && format !== 'text') {
    for (const e of p.errors) io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
  }
  return values['detailed-exitcode'] === true ? detailedExitCode(p) : job.exitCode;
}
