/**
 * `phoenix state --target URL [--out FILE] [--identity FILE] [--known-hosts FILE]
 *   [--fingerprint SHA256:...]`: reads the live state of a host (constant number of commands) and
 * writes it as versioned JSON. `--fingerprint` pins the SSH host key (with or instead of known_hosts).
 */
import { resolve } from 'node:path';
import type { LiveState } from '../../model/live-state.js';
import { serializeLiveState, writeStateFile } from '../../plan/state-file.js';
import { getErrorMessage, UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';
import { openHost, requireTarget } from '../target-options.js';

export async function runState(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('state', argv);
  const target = requireTarget('state', values);
  const { StateReadError } = await import('../../proxmox/state-reader.js');
  const port = await openHost('state', values, io);
  let state: LiveState;
  try {
    // A node whose listing failed is left unknown in the state; say why.
    state = await port.readState({ onWarning: (m) => io.stderr(`warning: ${m}\n`) });
  } catch (err) {
    if (err instanceof StateReadError) throw new UserError(err.message, 2);
    throw new UserError(`reading live state from ${target} failed: ${getErrorMessage(err)}`, 2);
  } finally {
    await port.close();
  }
  const out = stringOpt(values, 'out');
  if (out === undefined) io.stdout(serializeLiveState(state));
  else await writeStateFile(resolve(io.cwd, out), state);
  return 0;
}
