/** `phoenix validate [--config-dir DIR] [--format text|json]` */
import { stat } from 'node:fs/promises';
import { countBySeverity, formatDiagnostic } from '../../config/diagnostics.js';
import { validateConfigDir } from '../../config/validate.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';

export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('validate', argv);
  const format = stringOpt(values, 'format');
  if (format !== 'text' && format !== 'json')
    throw new UserError(`--format must be text or json, got '${format}'`, 2);
  const dir = stringOpt(values, 'config-dir')!;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new UserError(`config dir '${dir}' not found (set it with --config-dir DIR)`, 2);
  const result = await validateConfigDir(dir);
  const { errors, warnings } = countBySeverity(result.diagnostics);
  if (format === 'json') {
    io.stdout(JSON.stringify({ errors, warnings, diagnostics: result.diagnostics }, null, 2) + '\n');
  } else {
    for (const d of result.diagnostics) io.stdout(formatDiagnostic(d) + '\n');
    const guests = result.desired.guests.length;
    io.stderr(
      `${dir}: ${guests} guest${guests === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
