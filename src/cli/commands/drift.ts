/**
 * `phoenix drift [--config-dir DIR] --target URL [options]` (DRIFT_SPEC): the drift job
 * (src/jobs/drift-job.ts) from a terminal: validate, read the host with read-only commands, plan
 * in drift mode and show the plan. Exit 0 when the check ran, 1 when the config is invalid or the
 * plan is errored or the host cannot be read, 2 on usage or I/O errors; with
 * `--detailed-exitcode`, 2 when the host has drifted (changes, host-level gaps).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '../../config/diagnostics.js';
import { validateConfigDir } from '../../config/validate.js';
import { runDriftJob } from '../../jobs/drift-job.js';
import { driftLines } from '../../render/drift.js';
import { renderPlanJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';
import { UserError } from '../../util/errors.js';
import { createConsoleLogger } from '../../util/logger.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import { useColor, type CliIO } from '../io.js';
import { openHost, requireTarget } from '../target-options.js';

export async function runDrift(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('drift', argv);
  const format = stringOpt(values, 'format')!;
  if (!['text', 'markdown', 'json'].includes(format))
    throw new UserError(`--format must be text, markdown or json, got '${format}'`, 2);
  requireTarget('drift', values);
  const dir = stringOpt(values, 'config-dir')!;
  const validation = await validateConfigDir(dir);
  if (validation.errors > 0) {
    for (const d of validation.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
    io.stderr(
      `${dir}: the config is invalid (${validation.errors} error(s)); fix it before checking drift\n`,
    );
    return 1;
  }
  const color = useColor(io, values);
  // Progress goes to stderr, so that stdout holds only the plan (JSON stays parseable).
  const logger = createConsoleLogger({ stdout: io.stderr, stderr: io.stderr }, { color });
  const given = stringOpt(values, 'state-dir');
  const stateDir = given ?? (await mkdtemp(join(tmpdir(), 'phoenix-drift-')));
  try {
    const job = await runDriftJob({
      configDir: dir,
      validation,
      open: () => openHost('drift', values, io),
      stateDir,
      allowRebuild: false,
      logger,
    });
    const p = job.plan;
    io.stdout(
      format === 'json'
        ? renderPlanJson(p)
        : format === 'markdown'
          ? renderMarkdown(p)
          : renderText(p, { color }),
    );
    const outside = driftLines(p).length;
    io.stderr(
      job.drifted
        ? `Drift: the host differs from ${dir}${outside ? ` (${outside} setting${outside === 1 ? '' : 's'} changed outside Phoenix)` : ''}.\n`
        : `No drift: the host matches ${dir}.\n`,
    );
    if (p.errored) return 1;
    if (values['detailed-exitcode'] === true) return job.drifted ? 2 : 0;
    return 0;
  } finally {
    if (given === undefined) await rm(stateDir, { recursive: true, force: true });
  }
}
