/**
 * `phoenix rollback <id> --target URL [--to SNAPSHOT] [--delete-newer] [--audit-log FILE]
 *   [--lock-timeout S] [--identity F] [--known-hosts F]`
 *
 * Restores a guest to the safety snapshot apply took before changing it (default: its newest
 * `phoenix-pre-*`). Exit 0 when rolled back, 1 when there is nothing to roll back to or Proxmox
 * refused, 2 on usage or I/O errors.
 */
import { rollbackGuest } from '../../apply/rollback.js';
import { HostCommandFailed } from '../../apply/host-run.js';
import { withAudit } from '../../proxmox/audit.js';
import { createTransport } from '../../proxmox/targets.js';
import type { HostTransport } from '../../proxmox/transport.js';
import { UserError } from '../../util/errors.js';
import { intOpt, parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../main.js';

export async function runRollback(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'rollback',
    argv,
    {
      target: { type: 'string' },
      to: { type: 'string' },
      'delete-newer': { type: 'boolean', default: false },
      'audit-log': { type: 'string' },
      'lock-timeout': { type: 'string' },
      identity: { type: 'string' },
      'known-hosts': { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1 || !/^[1-9]\d{2,8}$/.test(positionals[0]!)) {
    throw new UserError(
      'rollback needs exactly one guest id (100-999999999), e.g. phoenix rollback 950 --target URL',
      2,
    );
  }
  const target = stringOpt(values, 'target');
  if (!target)
    throw new UserError('rollback needs --target URL (sim:PATH, local or ssh://USER@HOST[:PORT])', 2);
  const lockTimeoutSec = intOpt(values, 'lock-timeout', 0, 86_400) ?? 600;
  let transport: HostTransport = await createTransport(target, {
    identity: stringOpt(values, 'identity'),
    knownHosts: stringOpt(values, 'known-hosts'),
    env: io.env,
    cwd: io.cwd,
  });
  const audit = stringOpt(values, 'audit-log');
  if (audit) transport = withAudit(transport, audit);
  try {
    const r = await rollbackGuest(transport, {
      id: Number(positionals[0]),
      to: stringOpt(values, 'to'),
      deleteNewer: values['delete-newer'] === true,
      lockTimeoutMs: lockTimeoutSec * 1000,
      out: io.stdout,
    });
    io.stdout(`Rolled back ${r.guest.kind === 'lxc' ? 'CT' : 'VM'} ${r.guest.id} to ${r.snapshot}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof HostCommandFailed)
      throw new UserError(`Proxmox refused the rollback: ${err.message}`, 1);
    throw err;
  } finally {
    await transport.close();
  }
}
