/**
 * `phoenix ssh-exec --target ssh://USER@HOST[:PORT] [--identity FILE] [--known-hosts FILE]
 * [--fingerprint SHA256:...] [--timeout-ms N] [--read-only] -- ARGV...`
 *
 * Runs one command through the SSH transport exactly as Phoenix would (same key and host key
 * checks, same quoting) and passes its output through: a connectivity check for operators, and
 * the test that the committed bundle can speak SSH. Exits with the remote command's exit code.
 */
import { UserError } from '../../util/errors.js';
import { intOpt, parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';

export async function runSshExec(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('ssh-exec', argv);
  const target = stringOpt(values, 'target');
  if (!target) throw new UserError('--target ssh://USER@HOST[:PORT] is required', 2);
  if (positionals.length === 0)
    throw new UserError('no command given: phoenix ssh-exec --target URL -- ARGV...', 2);
  const timeoutMs = intOpt(values, 'timeout-ms', 1, 86_400_000);
  const identity = stringOpt(values, 'identity');
  const knownHosts = stringOpt(values, 'known-hosts');
  const fingerprint = stringOpt(values, 'fingerprint');

  const { openShellTransport } = await import('../../host/open-port.js');
  const transport = await openShellTransport(
    target,
    { identity, knownHosts, fingerprint, env: io.env },
    'ssh',
  );
  try {
    const result = await transport.run(positionals, {
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      readOnly: values['read-only'] === true,
    });
    io.stdout(result.stdout);
    io.stderr(result.stderr);
    return result.exitCode;
  } finally {
    await transport.close();
  }
}
