/**
 * What a pull-request plan is compared with, in order: a state file given explicitly; the newest
 * `phoenix-state` artifact recorded on the default branch; else the base branch's config (a
 * config-to-config diff). Never the Proxmox host itself.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBaseConfig, type BaseConfig, type JobBasis } from '../jobs/plan-job.js';
import type { DesiredState } from '../model/types.js';
import { readStateFile } from '../plan/state-file.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { fetchBaseConfig, repoRelativeDir } from './base-config.js';
import type { GitHubClient } from './github-client.js';
import type { PlanSettings } from './plan-settings.js';
import type { EventContext } from './pr-context.js';
import { downloadStateArtifact } from './state-artifact.js';

export interface BasisInfo {
  readonly kind: 'state-file' | 'state-artifact' | 'config-diff';
  /** One sentence for the log and the summary. */
  readonly description: string;
}

/** The basis with what the log and the summary say about it. */
export type Basis = BasisInfo & JobBasis;

async function recordedState(
  workDir: string,
  settings: PlanSettings,
  event: EventContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<Basis | undefined> {
  if (settings.stateFile) {
    return {
      kind: 'state-file',
      description: `recorded state from ${settings.stateFile}`,
      live: await readStateFile(settings.stateFile),
    };
  }
  if (!client || !event.repository) return undefined;
  const defaultBranch = event.defaultBranch ?? 'main';
  let download;
  try {
    download = await downloadStateArtifact(client, event.repository, {
      name: settings.stateArtifact,
      defaultBranch,
      repositoryId: event.repositoryId,
    });
  } catch (err) {
    logger.warning(
      `Could not read the recorded state (artifact '${settings.stateArtifact}'): ${getErrorMessage(err)}`,
    );
    return undefined;
  }
  if (!download.found) {
    logger.info(download.reason);
    return undefined;
  }
  const file = join(workDir, 'recorded-state.json');
  await writeFile(file, download.text);
  try {
    const live = await readStateFile(file);
    const a = download.artifact;
    return {
      kind: 'state-artifact',
      description:
        `recorded state from the '${a.name}' artifact ${a.id} (${download.file}) of run ${a.workflowRun?.id ?? '?'} ` +
        `on ${defaultBranch}${a.createdAt ? `, uploaded ${a.createdAt}` : ''}`,
      live,
    };
  } catch (err) {
    logger.warning(
      `The '${settings.stateArtifact}' artifact ${download.artifact.id} is not usable: ${getErrorMessage(err)}`,
    );
    return undefined;
  }
}

async function configDiffBasis(
  workDir: string,
  current: DesiredState,
  settings: PlanSettings,
  event: EventContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<Basis> {
  let what: string;
  let base: BaseConfig | undefined;
  if (settings.baseConfigDir) {
    base = await loadBaseConfig(settings.baseConfigDir);
    what = `the config in ${settings.baseConfigDir}`;
  } else {
    const pr = event.pullRequest;
    const ref = pr?.baseSha ?? pr?.baseRef ?? event.defaultBranch;
    if (!ref)
      throw new UserError(
        'cannot tell the base branch to compare with (no pull request and no default branch in the event)',
        2,
      );
    const repoDir = repoRelativeDir(settings.configDir, settings.run.workspace, settings.run.cwd);
    const target = join(workDir, 'base-config');
    let fetched;
    try {
      fetched = await fetchBaseConfig({
        target,
        repoDir,
        ref,
        workspace: settings.run.workspace,
        client,
        repo: event.repository,
      });
    } catch (err) {
      throw new UserError(
        `cannot read the base branch's config (${repoDir} at ${ref}): ${getErrorMessage(err)}`,
        2,
      );
    }
    const label = pr ? `${pr.baseRef || 'base'} at ${ref.slice(0, 7)}` : ref;
    what = fetched.empty
      ? `the base branch (${label}), which has no config in ${repoDir}: every guest is new`
      : `the base branch's config (${label}, read via ${fetched.via === 'git' ? 'the local clone' : 'the contents API'})`;
    logger.info(`Comparing with ${what}.`);
    if (fetched.desired) base = await loadBaseConfig(fetched.dir, fetched.desired);
  }
  return {
    kind: 'config-diff',
    description: `no recorded state: compared with ${what}`,
    // No config at the base: the same settings with no guests, so every guest plans as new.
    base: base ?? { desired: { ...current, guests: [] }, scriptHashes: {} },
  };
}

/** The recorded state when there is a usable one, else the base branch's config. */
export async function findBasis(
  workDir: string,
  current: DesiredState,
  settings: PlanSettings,
  event: EventContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<Basis> {
  return (
    (await recordedState(workDir, settings, event, client, logger)) ??
    (await configDiffBasis(workDir, current, settings, event, client, logger))
  );
}
