/**
 * `phoenix rollback <id> --target URL [--to SNAPSHOT] [--delete-newer] [--yes] [--audit-log FILE]
 *   [--lock-timeout S] [--identity F] [--known-hosts F]`
 *
 * Restores a guest to the safety snapshot apply took before changing it (default: its newest
 * `phoenix-pre-*`). Shows what it will do (the snapshot, the newer snapshots deleted or kept, the
 * snapshots clones were built from) and asks for `yes` on a terminal (`--yes` skips; without a
 * terminal `--yes` is needed). Exit 0 when rolled back, 1 when there is nothing to roll back to,
 * the rollback was refused (by Phoenix or Proxmox) or not approved, 2 on usage or I/O errors.
 */
import { rollbackGuest } from '../../apply/rollback.js';
import { HostCommandFailed } from '../../host/failure.js';
import { UserError } from '../../util/errors.js';
import { intOpt, parseCommandArgs, stringOpt } from '../args.js';
import { confirm, processTerminal } from '../confirm.js';
import type { CliIO } from '../io.js';
import { AUDIT_OPTION, openHost, requireTarget, TARGET_OPTIONS } from '../target-options.js';

export async function runRollback(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'rollback',
    argv,
    {
      ...TARGET_OPTIONS,
      ...AUDIT_OPTION,
      to: { type: 'string' },
      'delete-newer': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      'lock-timeout': { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1 || !/^[1-9]\d{2,8}$/.test(positionals[0]!)) {
    throw new UserError(
      'rollback needs exactly one guest id (100-999999999), e.g. phoenix rollback 950 --target URL',
      2,
    );
  }
  requireTarget('rollback', values);
  const lockTimeoutSec = intOpt(values, 'lock-timeout', 0, 86_400) ?? 600;
  const port = await openHost('rollback', values, io);
  try {
    const r = await rollbackGuest(port, {
      id: Number(positionals[0]),
      to: stringOpt(values, 'to'),
      deleteNewer: values['delete-newer'] === true,
      lockTimeoutMs: lockTimeoutSec * 1000,
      out: io.stdout,
      confirm: (plan) =>
        confirm({
          command: 'rollback',
          question: `Roll ${plan.label} back to '${plan.snapshot}'?`,
          yes: values.yes === true,
          out: io.stdout,
          terminal: processTerminal(io.isTTY),
        }),
    });
    if (!r.done) return 1;
    io.stdout(`Rolled back ${r.guest.kind === 'lxc' ? 'CT' : 'VM'} ${r.guest.id} to ${r.snapshot}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof HostCommandFailed)
      throw new UserError(`Proxmox refused the rollback: ${err.message}`, 1);
    throw err;
  } finally {
    await port.close();
  }
}
