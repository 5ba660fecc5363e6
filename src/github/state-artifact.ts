/**
 * The recorded live state for pull-request plans: every apply and drift run uploads the host's
 * state as the workflow artifact `phoenix-state`; a PR plan downloads the newest one recorded on
 * the default branch (REST, `actions: read`) and plans against it, never touching the host.
 *
 * Which artifact counts: the exact name, not expired, made by a run on the default branch of THIS
 * repository. A run for a fork's pull request can upload an artifact too, and its head branch can
 * be called `main` as well; its `head_repository_id` differs from the repository's, so it is
 * ignored and cannot poison the state other PRs plan against.
 */
import { unzipSync } from 'fflate';
import type { Artifact, GitHubClient, RepoRef } from './github-client.js';

export const STATE_ARTIFACT_NAME = 'phoenix-state';
/** Refuse anything bigger: a state document for 10 000 guests is a few MB. */
export const MAX_STATE_BYTES = 256 * 1024 * 1024;

export interface ArtifactChoice {
  readonly artifact?: Artifact;
  /** How many listed artifacts were passed over, by reason (for the log). */
  readonly skipped: Readonly<Record<'name' | 'expired' | 'branch' | 'fork', number>>;
}

function time(a: Artifact): number {
  const t = a.createdAt ? Date.parse(a.createdAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/** Pure: the newest usable artifact (ties: the higher id, i.e. uploaded later). */
export function pickStateArtifact(
  artifacts: readonly Artifact[],
  want: { readonly name: string; readonly defaultBranch: string; readonly repositoryId?: number },
): ArtifactChoice {
  const skipped = { name: 0, expired: 0, branch: 0, fork: 0 };
  let best: Artifact | undefined;
  for (const a of artifacts) {
    const run = a.workflowRun;
    if (a.name !== want.name) skipped.name++;
    else if (a.expired) skipped.expired++;
    else if (run?.headBranch !== want.defaultBranch) skipped.branch++;
    else if (
      run.headRepositoryId === undefined ||
      run.headRepositoryId !== (want.repositoryId ?? run.repositoryId)
    )
      skipped.fork++;
    else if (!best || time(a) > time(best) || (time(a) === time(best) && a.id > best.id)) best = a;
  }
  return { artifact: best, skipped };
}

/**
 * The state document inside an artifact zip: the only `.json` file, else `phoenix-state.json` or
 * `state.json` at the top. Throws with the file list when it cannot tell.
 */
export function extractStateJson(zip: Uint8Array): { readonly file: string; readonly text: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => !f.name.endsWith('/') && f.originalSize <= MAX_STATE_BYTES,
    });
  } catch (err) {
    throw new Error(`the artifact is not a valid zip archive (${(err as Error).message})`);
  }
  const names = Object.keys(files).sort();
  const json = names.filter((n) => n.toLowerCase().endsWith('.json'));
  const file =
    json.length === 1
      ? json[0]
      : (['phoenix-state.json', 'state.json'].find((n) => json.includes(n)) ?? undefined);
  if (!file) {
    throw new Error(
      json.length === 0
        ? `the artifact holds no JSON file (files: ${names.join(', ') || 'none'})`
        : `the artifact holds several JSON files and none is named phoenix-state.json: ${json.join(', ')}`,
    );
  }
  return { file, text: new TextDecoder('utf-8', { fatal: false }).decode(files[file]) };
}

/** The file `name` (at the top or in a folder) inside an artifact zip, or undefined when absent. */
export function extractFile(zip: Uint8Array, name: string): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => (f.name === name || f.name.endsWith(`/${name}`)) && f.originalSize <= MAX_STATE_BYTES,
    });
  } catch (err) {
    throw new Error(`the artifact is not a valid zip archive (${(err as Error).message})`);
  }
  const file = Object.keys(files).sort((a, b) => a.length - b.length)[0];
  return file === undefined ? undefined : new TextDecoder('utf-8', { fatal: false }).decode(files[file]);
}

/** The `appliedCommit` of a recorded state document, if it names one. */
export function appliedCommitOf(stateJson: string): string | undefined {
  try {
    const v = JSON.parse(stateJson) as { appliedCommit?: unknown };
    return typeof v.appliedCommit === 'string' && /^[0-9a-f]{7,64}$/i.test(v.appliedCommit)
      ? v.appliedCommit
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The commit of the last successful apply, from the newest recorded states: a drift run records
 * the host without it, so up to `depth` usable artifacts are read, newest first, until one names it.
 * The default reaches back a month of daily drift runs; beyond it apply covers only the pushed
 * pull request (it fails closed: an older merge's changes are then refused as unreviewed).
 */
export async function findAppliedCommit(
  client: GitHubClient,
  repo: RepoRef,
  want: { readonly name: string; readonly defaultBranch: string; readonly repositoryId?: number },
  depth = 32,
): Promise<{ readonly commit?: string; readonly artifact?: Artifact }> {
  let listed = await client.listArtifacts(repo, want.name);
  for (let i = 0; i < depth; i++) {
    const { artifact } = pickStateArtifact(listed, want);
    if (!artifact || artifact.sizeInBytes > MAX_STATE_BYTES) return {};
    const commit = appliedCommitOf(extractStateJson(await client.downloadArtifact(repo, artifact.id)).text);
    if (commit) return { commit, artifact };
    listed = listed.filter((a) => a.id !== artifact.id);
  }
  return {};
}

export type StateDownload =
  | {
      readonly found: true;
      readonly artifact: Artifact;
      readonly file: string;
      readonly text: string;
    }
  | { readonly found: false; readonly reason: string };

/** Lists the artifacts named `name`, picks the newest usable one, downloads and unpacks it. */
export async function downloadStateArtifact(
  client: GitHubClient,
  repo: RepoRef,
  want: { readonly name: string; readonly defaultBranch: string; readonly repositoryId?: number },
): Promise<StateDownload> {
  const listed = await client.listArtifacts(repo, want.name);
  const { artifact, skipped } = pickStateArtifact(listed, want);
  if (!artifact) {
    const passed = Object.entries(skipped)
      .filter(([, n]) => n > 0)
      .map(
        ([why, n]) =>
          `${n} ${why === 'branch' ? `not from ${want.defaultBranch}` : why === 'fork' ? 'from forks' : why}`,
      );
    return {
      found: false,
      reason:
        `no usable '${want.name}' artifact from the default branch ${want.defaultBranch}` +
        (passed.length ? ` (${listed.length} listed: ${passed.join(', ')})` : ''),
    };
  }
  if (artifact.sizeInBytes > MAX_STATE_BYTES) {
    return { found: false, reason: `artifact ${artifact.id} is too large (${artifact.sizeInBytes} bytes)` };
  }
  const zip = await client.downloadArtifact(repo, artifact.id);
  const { file, text } = extractStateJson(zip);
  return { found: true, artifact, file, text };
}
