/**
 * `phoenix plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR)
 *   [--format text|markdown|json] [--out FILE] [--allow-rebuild] [--allow-data-loss] [--sha SHA]
 *   [--identity FILE] [--known-hosts FILE] [--fingerprint SHA256:...] [--allow-invalid]`
 *
 * `--allow-invalid` plans a config that fails validation (diagnostics still printed), e.g. the
 * upstream estates, whose scripts are not part of the fixtures.
 *
 * Validates, gets the live state (read from a target, a recorded state file, or, with no recorded
 * state, the base branch's config), plans and renders. Exit 0 when the plan succeeded (with or
 * without changes), 1 when the config is invalid or the plan is errored, 2 on usage or I/O errors.
 */
import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../../config/diagnostics.js';
import type { ValidationResult } from '../../config/validate.js';
import { baseConfigBasis, runPlanJob, stateFileBasis, type JobBasis } from '../../jobs/plan-job.js';
import type { LiveState } from '../../model/live-state.js';
import { serializePlan } from '../../plan/plan-file.js';
import type { Plan } from '../../plan/types.js';
import { renderMarkdown } from '../../render/markdown.js';
import { headline } from '../../render/summary.js';
import { renderText } from '../../render/text.js';
import { getErrorMessage, UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';
import { AUDIT_OPTION, openHost, TARGET_OPTIONS } from '../target-options.js';

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
  if (format === 'json') return serializePlan(p);
  if (format === 'markdown') return renderMarkdown(p, { sha });
  return renderText(p, { color });
}

export async function runPlan(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('plan', argv, {
    'config-dir': { type: 'string', default: 'config' },
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
    state: { type: 'string' },
    'base-config-dir': { type: 'string' },
    format: { type: 'string', default: 'text' },
    out: { type: 'string' },
    'allow-rebuild': { type: 'boolean', default: false },
    'allow-data-loss': { type: 'boolean', default: false },
    'allow-invalid': { type: 'boolean', default: false },
    sha: { type: 'string' },
  });
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
  });
  if (job.status === 'invalid') return 1;
  const p = job.plan;
  const out = stringOpt(values, 'out');
  const text = render(p, format, io.isTTY && out === undefined, stringOpt(values, 'sha'));
  if (out !== undefined) {
    try {
      await writeFile(out, text);
    } catch (err) {
      throw new UserError(
        `cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? getErrorMessage(err)}`,
        2,
      );
    }
    io.stderr(
      `${headline(job.counts)}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`,
    );
  } else {
    io.stdout(text);
  }
  if (p.errored && !(format === 'text' && out === undefined)) {
    for (const e of p.errors) io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
  }
  return job.exitCode;
}
