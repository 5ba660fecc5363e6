/**
 * `phoenix demo`: the README's `npm start`. Until the simulator, planner and apply land it
 * validates the example estate and prints its guests.
 */
import { formatDiagnostic } from '../../config/diagnostics.js';
import { validateConfigDir } from '../../config/validate.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../main.js';

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, { 'config-dir': { type: 'string', default: 'config' } });
  const dir = stringOpt(values, 'config-dir')!;
  const result = await validateConfigDir(dir);
  io.stdout(`== validate ${dir}\n`);
  for (const d of result.diagnostics) io.stdout(formatDiagnostic(d) + '\n');
  io.stdout(`${result.errors} errors, ${result.warnings} warnings\n\n== estate\n`);
  for (const g of result.desired.guests) {
    const how =
      g.cloneFrom !== undefined ? `clone of ${g.cloneFrom}` : `from ${g.osTemplate ?? '(no template)'}`;
    io.stdout(
      `${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id} ${g.name}${g.isTemplate ? ' [template]' : ''}: ${how}\n`,
    );
  }
  return result.errors > 0 ? 1 : 0;
}
