/**
 * Uploads a workflow artifact from inside the step, as actions/upload-artifact does, now that the
 * plan, apply and drift actions are node24 JavaScript actions (no composite step to upload after
 * them): @actions/artifact's DefaultArtifactClient talks to the Actions results service with the
 * runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives JavaScript actions.
 *
 * Same behaviour as the composites' `upload-artifact` steps had: an artifact of the same name in
 * this run is replaced (`overwrite: true`, so a re-run attempt replaces its own upload), the
 * retention input is honoured (0: the repository's default), and a failed upload fails the step.
 * Outside a JavaScript action (no runtime token: `phoenix gh plan` run by hand or from a `run:`
 * step) nothing is uploaded and the log says where the files are instead.
 */
import { basename, dirname } from 'node:path';
import { getErrorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { RunnerEnv } from './runner-files.js';

/** Longest retention GitHub allows (private repositories of an enterprise); 0 is the default. */
export const MAX_RETENTION_DAYS = 400;

export interface ArtifactUpload {
  readonly name: string;
  /** Absolute paths, each under `rootDirectory` (their paths in the zip are relative to it). */
  readonly files: readonly string[];
  readonly rootDirectory: string;
  /** 0: the repository's default retention. */
  readonly retentionDays: number;
}

/** Does one upload; returns the artifact's id. The default is @actions/artifact's client. */
export type ArtifactUploader = (upload: ArtifactUpload) => Promise<{ readonly id?: number }>;

export type UploadOutcome =
  | { readonly uploaded: true; readonly id?: number }
  | { readonly uploaded: false; readonly failed: boolean; readonly reason: string };

/**
 * @actions/artifact reads ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL from process.env; the
 * runner sets them there for a JavaScript action's process. Loaded on first use only (it also
 * pulls in the Azure blob client).
 */
const defaultUploader: ArtifactUploader = async (u) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  try {
    await client.deleteArtifact(u.name);
  } catch (err) {
    // Nothing of that name in this run yet: the usual case.
    if ((err as Error | undefined)?.name !== 'ArtifactNotFoundError') throw err;
  }
  const r = await client.uploadArtifact(u.name, [...u.files], u.rootDirectory, {
    retentionDays: u.retentionDays || undefined,
  });
  return { id: r.id };
};

/** The files of a single-file artifact (the state file): the file, rooted at its folder. */
export function singleFile(name: string, file: string, retentionDays: number): ArtifactUpload {
  return { name, files: [file], rootDirectory: dirname(file), retentionDays };
}

/**
 * Uploads `upload` (in a log group). Never throws: a failure is logged as an error and returned
 * with `failed: true`, so the caller fails the step after finishing its other reports.
 */
export async function uploadRunArtifact(
  env: RunnerEnv,
  upload: ArtifactUpload,
  logger: Logger,
  uploader: ArtifactUploader = defaultUploader,
): Promise<UploadOutcome> {
  const what = `the '${upload.name}' artifact (${upload.files.map((f) => basename(f)).join(', ')})`;
  if (uploader === defaultUploader && (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)) {
    const reason =
      'ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set (the runner gives them to JavaScript actions only)';
    const where = `the files stay in ${upload.rootDirectory}`;
    if (env.GITHUB_ACTIONS === 'true') logger.warning(`Did not upload ${what}: ${reason}; ${where}.`);
    else logger.info(`Not uploading ${what} outside GitHub Actions; ${where}.`);
    return { uploaded: false, failed: false, reason };
  }
  logger.startGroup(`Uploading ${what}`);
  try {
    const { id } = await uploader(upload);
    const kept = upload.retentionDays
      ? `kept ${upload.retentionDays} days`
      : "kept the repository's default time";
    logger.info(`Uploaded ${what}${id === undefined ? '' : ` as artifact ${id}`}, ${kept}.`);
    return { uploaded: true, id };
  } catch (err) {
    const reason = getErrorMessage(err);
    logger.error(`Could not upload ${what}: ${reason}`);
    return { uploaded: false, failed: true, reason };
  } finally {
    logger.endGroup();
  }
}
