/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */
import { openHostPort, TARGET_HELP } from '../host/open-port.js';
import type { HostPort } from '../host/port.js';
import { UserError } from '../util/errors.js';
import { stringOpt } from './args.js';
import type { CliIO } from './io.js';

/** Declared with their help in specs/shared-options.ts; re-exported for the commands that spread them. */
export { AUDIT_OPTION, TARGET_OPTIONS } from './specs/shared-options.js';

/** The `--target` value, or a usage error naming the command. */
export function requireTarget(command: string, values: Record<string, unknown>): string {
  const target = stringOpt(values, 'target');
  if (!target) throw new UserError(`${command} needs --target URL (${TARGET_HELP})`, 2);
  return target;
}

/** Opens the host port for `--target` (its commands in the audit log when `--audit-log` is given). */
export async function openHost(
  command: string,
  values: Record<string, unknown>,
  io: CliIO,
): Promise<HostPort> {
  return openHostPort(requireTarget(command, values), {
    identity: stringOpt(values, 'identity'),
    knownHosts: stringOpt(values, 'known-hosts'),
    fingerprint: stringOpt(values, 'fingerprint'),
    env: io.env,
    cwd: io.cwd,
    auditLog: stringOpt(values, 'audit-log'),
  });
}
