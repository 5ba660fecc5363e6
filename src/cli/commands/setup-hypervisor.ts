/**
 * `phoenix setup-hypervisor [--config-dir DIR] --target URL [--dry-run] [--node NAME] [--steps a,b]
 * [--audit-log FILE] [--confirm-destructive DISKS] [--format text|markdown|json] [--tokens-out FILE]`
 *
 * Brings the Proxmox host in line with phoenix_hypervisor_config.json. Exit 0 when done (or the
 * dry run was shown), 1 when the config is invalid or a step failed or was blocked, 2 on usage or
 * I/O errors. Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD
 * and the variables `password_env` names), never from the config.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../../config/diagnostics.js';
import { renderSetupJson, renderSetupMarkdown, renderSetupText } from '../../hypervisor/render.js';
import { runSetupJob, SETUP_REFUSED, writeTokensFile } from '../../jobs/setup-job.js';
import { TARGET_HELP } from '../../host/open-port.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';

export async function runSetupHypervisor(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('setup-hypervisor', argv);
  const target = stringOpt(values, 'target');
  if (!target) throw new UserError(`--target URL is required (${TARGET_HELP})`, 2);
  const format = stringOpt(values, 'format')!;
  if (!['text', 'markdown', 'json'].includes(format))
    throw new UserError(`--format must be text, markdown or json, got '${format}'`, 2);
  const list = (name: string): string[] => (values[name] as string[] | undefined) ?? [];
  const outcome = await runSetupJob({
    configDir: stringOpt(values, 'config-dir')!,
    target,
    dryRun: values['dry-run'] === true,
    node: stringOpt(values, 'node'),
    steps: list('steps'),
    auditLog: stringOpt(values, 'audit-log'),
    confirmDestructive: list('confirm-destructive'),
    env: io.env,
    cwd: io.cwd,
  });
  for (const d of outcome.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
  if (!outcome.report) {
    io.stderr(`${SETUP_REFUSED}\n`);
    return outcome.exitCode;
  }
  const r = outcome.report;
  io.stdout(
    format === 'json'
      ? renderSetupJson(r)
      : format === 'markdown'
        ? renderSetupMarkdown(r)
        : renderSetupText(r),
  );
  const tokensOut = stringOpt(values, 'tokens-out');
  if (outcome.tokens.size > 0) {
    if (tokensOut) {
      writeTokensFile(resolve(io.cwd, tokensOut), outcome.tokens);
      io.stderr(
        `setup-hypervisor: the secrets of ${outcome.tokens.size} new API token(s) are in ${tokensOut}\n`,
      );
    } else
      io.stderr(
        `setup-hypervisor: ${outcome.tokens.size} API token(s) were created; Proxmox shows a token's secret only once and --tokens-out was not given, so it is lost (remove and re-create the token to get a new one)\n`,
      );
  }
  return outcome.exitCode;
}
