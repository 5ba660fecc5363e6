/**
 * The drift check, on a schedule on the self-hosted runner: validate the config, read the live
 * host (read-only commands only), plan in `drift` mode, record the state for pull-request plans
 * (`<state-dir>/phoenix-state.json`, uploaded from this step as the `phoenix-state` artifact),
 * and keep ONE "Drift detected" issue in line with the result (drift-issue.ts): opened or edited
 * while the host differs, closed when it matches again. The job summary carries the plan.
 * Outputs: drifted, issue-number, issue-url, issue-action, plan-hash, to-create, to-change,
 * to-destroy, state-file. The step fails on an invalid config, an unreadable host, a GitHub API
 * failure, or, with `fail-on-drift: true`, on drift.
 */
import { join, relative, resolve } from 'node:path';
import type { HostPort } from '../host/port.js';
import { runDriftJob } from '../jobs/drift-job.js';
import type { Plan } from '../plan/types.js';
import { renderJobSummary } from '../render/markdown.js';
import { headline } from '../render/summary.js';
import { UserError } from '../util/errors.js';
import { withGroup, type Logger } from '../util/logger.js';
import { getIntInput, runUrl } from './apply-settings.js';
import {
  MAX_RETENTION_DAYS,
  singleFile,
  uploadRunArtifact,
  type ArtifactUploader,
  type UploadOutcome,
} from './artifact-upload.js';
import { resolveIdentity } from './comment.js';
import {
  DEFAULT_DRIFT_LABEL,
  DEFAULT_DRIFT_TITLE,
  syncDriftIssue,
  type DriftIssueOutcome,
} from './drift-issue.js';
import { createGitHubClient, GitHubApiError } from './github-client.js';
import {
  getHostTargetSettings,
  openHostTarget,
  type HostTargetSettings,
  type Masker,
} from './host-target.js';
import {
  getBooleanInput,
  getOptionalInput,
  getRunContext,
  requireDirectory,
  type RunContext,
} from './inputs.js';
import { createIssuesClient } from './issues-client.js';
import { readEventContext } from './pr-context.js';
import { setOutputs, type RunnerEnv } from './runner-files.js';
import { STATE_ARTIFACT_NAME } from './state-artifact.js';
import { writeStepSummary } from './summary.js';
import { LEAVE_FOR_NEXT_WRITER, validateAndReport } from './validate-action.js';

export interface DriftSettings {
  readonly configDir: string;
  readonly host: HostTargetSettings;
  /** Empty: no issue is kept (the summary and the state artifact still are). */
  readonly token: string;
  readonly commentAuthor?: string;
  readonly issueTitle: string;
  readonly issueLabel: string;
  readonly closeWhenResolved: boolean;
  readonly failOnDrift: boolean;
  readonly allowRebuild: boolean;
  readonly stateDir: string;
  /** Name the state is uploaded as, and the days it is kept (0: the repository's default). */
  readonly stateArtifact: string;
  readonly stateRetentionDays: number;
  readonly sha?: string;
  readonly run: RunContext;
}

export interface DriftOverrides {
  readonly configDir?: string;
  readonly target?: string;
  readonly stateDir?: string;
}

export function getDriftSettings(env: RunnerEnv, cwd: string, o: DriftOverrides = {}): DriftSettings {
  const configDir = o.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
  requireDirectory('config-dir', configDir, cwd);
  const label = getOptionalInput(env, 'issue-label') ?? DEFAULT_DRIFT_LABEL;
  if (label.length > 50 || /,/.test(label))
    throw new UserError(
      `input 'issue-label' must be one label name (no commas, at most 50 characters), got '${label}'`,
      2,
    );
  return {
    configDir,
    host: getHostTargetSettings(env, { target: o.target }),
    token: getOptionalInput(env, 'github-token') ?? '',
    commentAuthor: getOptionalInput(env, 'comment-author'),
    issueTitle: getOptionalInput(env, 'issue-title') ?? DEFAULT_DRIFT_TITLE,
    issueLabel: label,
    closeWhenResolved: getBooleanInput(env, 'close-when-resolved', true),
    failOnDrift: getBooleanInput(env, 'fail-on-drift', false),
    allowRebuild: getBooleanInput(env, 'allow-rebuild', false),
    stateDir: resolve(cwd, o.stateDir ?? join(env.RUNNER_TEMP || '/tmp', 'phoenix-state')),
    stateArtifact: getOptionalInput(env, 'state-artifact') ?? STATE_ARTIFACT_NAME,
    stateRetentionDays: getIntInput(env, 'state-retention-days', 90, 0, MAX_RETENTION_DAYS),
    sha: env.GITHUB_SHA?.trim() || undefined,
    run: getRunContext(env, cwd),
  };
}

export interface DriftActionIO {
  readonly mask?: Masker;
  readonly write?: (text: string) => void;
  /** For tests: open the host another way. */
  readonly openHost?: () => Promise<HostPort>;
  readonly now?: () => Date;
  /** For tests: upload the state artifact another way (default: @actions/artifact). */
  readonly upload?: ArtifactUploader;
}

export interface DriftActionResult {
  readonly exitCode: 0 | 1;
  readonly drifted?: boolean;
  readonly plan?: Plan;
  readonly issue?: DriftIssueOutcome;
  readonly stateFile?: string;
  readonly upload?: UploadOutcome;
}

function stateLine(name: string, upload: UploadOutcome): string {
  return upload.uploaded
    ? `The host's state is recorded as the \`${name}\` artifact.`
    : `The host's state was **not** uploaded as the \`${name}\` artifact (${upload.reason}).`;
}

function issueLine(outcome: DriftIssueOutcome | undefined, why: string | undefined): string {
  if (!outcome) return `Drift issue: not kept (${why ?? 'no GitHub token'}).`;
  const ref = outcome.issue ? `[#${outcome.issue.number}](${outcome.issue.htmlUrl})` : '';
  switch (outcome.action) {
    case 'created':
      return `Drift issue: opened ${ref}.`;
    case 'updated':
      return `Drift issue: updated ${ref}.`;
    case 'unchanged':
      return `Drift issue: ${ref} is up to date.`;
    case 'closed':
      return `Drift issue: ${ref} closed, the host matches again.`;
    default:
      return outcome.issue
        ? `Drift issue: ${ref} left open (close-when-resolved is false).`
        : 'Drift issue: none open.';
  }
}

export async function runDriftAction(
  settings: DriftSettings,
  logger: Logger,
  env: RunnerEnv,
  io: DriftActionIO = {},
): Promise<DriftActionResult> {
  const { run } = settings;
  const write = io.write ?? ((t: string) => void process.stdout.write(t));
  const mask = io.mask ?? ((s: string) => write(`::add-mask::${s}\n`));
  const empty = {
    drifted: false,
    'issue-number': '',
    'issue-url': '',
    'issue-action': '',
    'plan-hash': '',
    'to-create': 0,
    'to-change': 0,
    'to-destroy': 0,
    'state-file': '',
  };
  const { gate, validation } = await validateAndReport(
    { configDir: settings.configDir, failOnWarnings: false, run },
    logger,
    env,
    LEAVE_FOR_NEXT_WRITER,
  );
  if (gate.exitCode !== 0) {
    logger.error('phoenix drift: the config is invalid; the host was not checked.');
    setOutputs(env, empty);
    return { exitCode: 1 };
  }
  const { plan, counts, drifted, stateFile } = await runDriftJob({
    configDir: relative(process.cwd(), resolve(run.cwd, settings.configDir)) || '.',
    validation,
    open: () => (io.openHost ? io.openHost() : openHostTarget(settings.host, env, run.cwd, mask)),
    stateDir: settings.stateDir,
    allowRebuild: settings.allowRebuild,
    logger,
  });
  logger.info(`${headline(counts)} Plan ${plan.hash}.`);
  if (drifted)
    logger.warning(`Drift: the host ${settings.host.target} differs from the config. ${headline(counts)}`);
  const upload = await uploadRunArtifact(
    env,
    singleFile(settings.stateArtifact, stateFile, settings.stateRetentionDays),
    logger,
    io.upload,
  );

  const event = readEventContext(env);
  const link = runUrl(run.serverUrl, run.repository, env);
  let outcome: DriftIssueOutcome | undefined;
  let why: string | undefined;
  let apiFailed = false;
  if (!settings.token) why = 'no github-token was given';
  else if (!event.repository) why = 'the repository is unknown (no GITHUB_REPOSITORY)';
  else {
    const repo = event.repository;
    try {
      outcome = await withGroup(logger, `Drift issue '${settings.issueTitle}'`, async () => {
        const client = createGitHubClient({ token: settings.token, env });
        const identity = await resolveIdentity(client, settings.commentAuthor);
        logger.info(`Looking for the open drift issue written by ${identity.login} (${identity.source}).`);
        const o = await syncDriftIssue(
          createIssuesClient({ token: settings.token, env }),
          client,
          repo,
          identity,
          plan,
          {
            sha: settings.sha ?? '',
            target: settings.host.target,
            checkedAt: (io.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            runLink: link,
            branch: event.defaultBranch,
          },
          {
            title: settings.issueTitle,
            label: settings.issueLabel,
            closeWhenResolved: settings.closeWhenResolved,
          },
        );
        for (const n of o.notes) logger.warning(n);
        logger.info(issueLine(o, undefined));
        return o;
      });
    } catch (err) {
      if (!(err instanceof GitHubApiError)) throw err;
      apiFailed = true;
      why = err.message;
      logger.error(
        `Could not keep the drift issue: ${err.message}${err.status === 403 ? " (grant 'issues: write')" : ''}`,
      );
    }
  }

  setOutputs(env, {
    ...empty,
    drifted,
    'issue-number': outcome?.issue?.number ?? '',
    'issue-url': outcome?.issue?.htmlUrl ?? '',
    'issue-action': outcome?.action ?? '',
    'plan-hash': plan.hash,
    'to-create': counts.create,
    'to-change': counts.change,
    'to-destroy': counts.destroy,
    'state-file': stateFile,
  });
  const verdict = drifted ? ':warning: drift detected' : ':white_check_mark: no drift';
  const head =
    `\n## Phoenix drift check: ${verdict}\n\n- Host \`${settings.host.target}\`, config at \`${(settings.sha ?? '').slice(0, 7)}\`.\n` +
    `- ${issueLine(outcome, why)}\n- ${stateLine(settings.stateArtifact, upload)}\n\n`;
  writeStepSummary(
    env,
    (budgetBytes) =>
      head +
      (drifted
        ? renderJobSummary(plan, {
            sha: settings.sha,
            title: 'What apply would do',
            budgetBytes: Math.max(0, budgetBytes - Buffer.byteLength(head)),
          })
        : ''),
  );
  const failed = apiFailed || (drifted && settings.failOnDrift) || (!upload.uploaded && upload.failed);
  if (drifted && settings.failOnDrift)
    logger.error('phoenix drift: drift detected and fail-on-drift is true.');
  return { exitCode: failed ? 1 : 0, drifted, plan, issue: outcome, stateFile, upload };
}
