/**
 * `phoenix sudoers [--user NAME]`: prints the sudoers allow-list for a self-hosted runner that
 * runs Phoenix as its own user with the `local+sudo` target (docs/runner-setup.md). The same text
 * as the block in the doc, generated from the registry of host programs of this version.
 */
import { renderSudoers } from '../../proxmox/sudoers.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';

export async function runSudoers(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('sudoers', argv);
  const user = stringOpt(values, 'user')!;
  let text: string;
  try {
    text = renderSudoers({ user });
  } catch (err) {
    throw new UserError((err as Error).message, 2);
  }
  io.stdout(text);
  return 0;
}
