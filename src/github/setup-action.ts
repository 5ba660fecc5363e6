/**
 * The setup-hypervisor action: settings from inputs (dry run unless `dry-run: false`), secrets
 * masked before anything runs, config findings as annotations, one log group per step, the
 * Markdown report in the job summary, and outputs `changed`, `problems`, `reboot-required` and
 * `api-tokens` (JSON of the tokens created, masked). Fails (exit 1) when the config is invalid or a
 * step failed or was blocked.
 *
 * Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD, and the
 * variables `password_env` names) or the inputs `admin-password-hash` and `samba-password`. For an
 * ssh:// target the inputs `ssh-key`, `ssh-key-passphrase` and `known-hosts` reach the transport as
 * PHOENIX_SSH_KEY, PHOENIX_SSH_KEY_PASSPHRASE and PHOENIX_KNOWN_HOSTS (masked first), as for apply.
 */
import { EOL } from 'node:os';
import { relative, resolve } from 'node:path';
import { SECRET_ENV } from '../hypervisor/setup-config.js';
import { countReport, renderSetupMarkdown } from '../hypervisor/render.js';
import { parseStepList, type SetupOptions } from '../hypervisor/setup.js';
import { runSetupJob, SETUP_REFUSED } from '../jobs/setup-job.js';
import { annotationFromDiagnostic, formatWorkflowCommand } from './annotations.js';
import { getHostTargetSettings, secretValues, withSshCredentials } from './host-target.js';
import {
  getBooleanInput,
  getOptionalInput,
  getRunContext,
  requireDirectory,
  type RunContext,
} from './inputs.js';
import type { Logger } from '../util/logger.js';
import { setOutputs, type RunnerEnv } from './runner-files.js';
import { writeStepSummary } from './summary.js';

export interface SetupActionSettings {
  readonly configDir: string;
  /** `local` on the self-hosted runner on the host; `sim:PATH` or `ssh://...` otherwise. */
  readonly target: string;
  readonly dryRun: boolean;
  /** The one cluster node to set up (input `node`); every listed node when absent. */
  readonly node?: string;
  readonly steps: readonly string[];
  readonly confirmDestructive: readonly string[];
  readonly auditLog?: string;
  /** The process environment plus secrets given as inputs (under their PHOENIX_* names). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Secret input values (the SSH key, its lines, its passphrase) to mask before anything runs. */
  readonly secrets?: readonly string[];
  readonly run: RunContext;
}

export interface SetupOverrides {
  readonly configDir?: string;
  readonly target?: string;
  readonly dryRun?: boolean;
  readonly node?: string;
  readonly steps?: readonly string[];
  readonly confirmDestructive?: readonly string[];
  readonly auditLog?: string;
}

const nodeOf = (node: string | undefined): { node?: string } => (node ? { node } : {});

const words = (v: string | undefined): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean);

export function getSetupSettings(env: RunnerEnv, cwd: string, o: SetupOverrides = {}): SetupActionSettings {
  const configDir = o.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
  requireDirectory('config-dir', configDir, cwd);
  const steps = o.steps ?? words(getOptionalInput(env, 'steps'));
  parseStepList(steps); // unknown step names fail before anything else
  const ssh = getHostTargetSettings(env);
  const merged = withSshCredentials(ssh, env);
  const hash = getOptionalInput(env, 'admin-password-hash');
  const samba = getOptionalInput(env, 'samba-password');
  if (hash && !merged[SECRET_ENV.adminPasswordHash]) merged[SECRET_ENV.adminPasswordHash] = hash;
  if (samba && !merged[SECRET_ENV.sambaPassword]) merged[SECRET_ENV.sambaPassword] = samba;
  return {
    configDir,
    target: o.target ?? getOptionalInput(env, 'target') ?? 'local',
    dryRun: o.dryRun ?? getBooleanInput(env, 'dry-run', true),
    ...nodeOf(o.node ?? getOptionalInput(env, 'node')),
    steps,
    confirmDestructive: o.confirmDestructive ?? words(getOptionalInput(env, 'confirm-destructive')),
    auditLog: o.auditLog ?? getOptionalInput(env, 'audit-log'),
    env: merged,
    secrets: secretValues(ssh),
    run: getRunContext(env, cwd),
  };
}

export interface SetupActionResult {
  readonly exitCode: 0 | 1;
  readonly changed: number;
  readonly problems: number;
  readonly rebootRequired: boolean;
}

export interface SetupActionIO {
  /** Where workflow commands (`::add-mask::`) go; default: stdout. */
  readonly write?: (text: string) => void;
  /** For tests: open the target another way. */
  readonly openTransport?: SetupOptions['openTransport'];
}

export async function runSetupAction(
  settings: SetupActionSettings,
  logger: Logger,
  runnerEnv: RunnerEnv,
  io: SetupActionIO = {},
): Promise<SetupActionResult> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const masked = new Set<string>();
  const mask = (value: string): void => {
    if (!value || masked.has(value)) return;
    masked.add(value);
    write(formatWorkflowCommand('add-mask', [], value) + EOL);
  };
  for (const secret of settings.secrets ?? []) mask(secret);
  const { run } = settings;
  const configDir = relative(process.cwd(), resolve(run.cwd, settings.configDir)) || '.';
  logger.info(
    `setup-hypervisor ${settings.dryRun ? '(dry run: read-only commands only) ' : ''}on ${settings.target}` +
      `${settings.node ? `, node ${settings.node}` : ''}` +
      `${settings.steps.length ? `, steps ${settings.steps.join(', ')}` : ''}`,
  );
  const outcome = await runSetupJob({
    configDir,
    target: settings.target,
    dryRun: settings.dryRun,
    ...nodeOf(settings.node),
    steps: settings.steps,
    auditLog: settings.auditLog && resolve(run.cwd, settings.auditLog),
    confirmDestructive: settings.confirmDestructive,
    env: settings.env,
    cwd: run.cwd,
    openTransport: io.openTransport,
    onSecret: mask,
    logger,
  });
  for (const d of outcome.diagnostics)
    logger.annotate(annotationFromDiagnostic(d, { workspace: run.workspace, cwd: run.cwd }));
  if (outcome.otherFindings > 0)
    logger.info(
      `${outcome.otherFindings} finding(s) in the guest config files do not concern the host setup (see the validate workflow).`,
    );
  if (!outcome.report) {
    logger.error(SETUP_REFUSED);
    setOutputs(runnerEnv, {
      changed: 0,
      problems: outcome.diagnostics.filter((d) => d.severity === 'error').length,
      'reboot-required': false,
      'api-tokens': '{}',
    });
    return { exitCode: 1, changed: 0, problems: 1, rebootRequired: false };
  }
  for (const secret of outcome.tokens.values()) mask(secret);
  const counts = countReport(outcome.report);
  const report = outcome.report;
  writeStepSummary(runnerEnv, (budgetBytes) => renderSetupMarkdown(report, budgetBytes));
  setOutputs(runnerEnv, {
    changed: counts.changed,
    problems: counts.problems,
    'reboot-required': counts.reboot,
    'api-tokens': JSON.stringify(Object.fromEntries(outcome.tokens)),
  });
  if (counts.reboot) logger.warning('setup-hypervisor: reboot the host for some changes to take effect.');
  return {
    exitCode: outcome.exitCode,
    changed: counts.changed,
    problems: counts.problems,
    rebootRequired: counts.reboot,
  };
}
