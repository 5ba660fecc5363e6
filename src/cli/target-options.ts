/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and turned into a transport in one place. The host layer is imported lazily so commands
 * that never reach a host (validate, plan --state) do not load ssh2.
 */
import { TARGET_HELP } from '../jobs/target-help.js';
import type { HostTransport } from '../proxmox/transport.js';
import { UserError } from '../util/errors.js';
import { stringOpt, type OptionSpec } from './args.js';
import type { CliIO } from './io.js';

export const TARGET_OPTIONS = {
  target: { type: 'string' },
  identity: { type: 'string' },
  'known-hosts': { type: 'string' },
  fingerprint: { type: 'string' },
} as const satisfies OptionSpec;

export const AUDIT_OPTION = { 'audit-log': { type: 'string' } } as const satisfies OptionSpec;

/** The `--target` value, or a usage error naming the command. */
export function requireTarget(command: string, values: Record<string, unknown>): string {
  const target = stringOpt(values, 'target');
  if (!target) throw new UserError(`${command} needs --target URL (${TARGET_HELP})`, 2);
  return target;
}

/** Opens the transport for `--target` (wrapped in the audit log when `--audit-log` is given). */
export async function openTarget(
  command: string,
  values: Record<string, unknown>,
  io: CliIO,
): Promise<HostTransport> {
  const target = requireTarget(command, values);
  const { createTransport } = await import('../proxmox/targets.js');
  const transport = await createTransport(target, {
    identity: stringOpt(values, 'identity'),
    knownHosts: stringOpt(values, 'known-hosts'),
    fingerprint: stringOpt(values, 'fingerprint'),
    env: io.env,
    cwd: io.cwd,
  });
  const audit = stringOpt(values, 'audit-log');
  if (!audit) return transport;
  const { withAudit } = await import('../proxmox/audit.js');
  return withAudit(transport, audit);
}
