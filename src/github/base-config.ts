/**
 * The base branch's config, for plans made without a recorded state (config-to-config diff). The
 * three config files and the scripts they refer to are copied into a temporary folder, read from
 * the local clone when it has the base commit (`git show`; a shallow checkout usually does not),
 * else through the contents API (`contents: read`).
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { validateConfigDir } from '../config/validate.js';
import { CONFIG_FILES, type ConfigFileKey, type DesiredState } from '../model/types.js';
import { appScriptPath, featureScriptPath } from '../plan/markers.js';
import type { GitHubClient, RepoRef } from './github-client.js';

export interface BaseConfig {
  /** Folder holding the copied files. */
  readonly dir: string;
  /** Neither the LXC nor the VM file exists at the base: everything in the config is new. */
  readonly empty: boolean;
  readonly via: 'git' | 'api';
  readonly desired?: DesiredState;
}

type Fetch = (repoPath: string) => Promise<Uint8Array | undefined>;

function git(cwd: string, args: string[]): Promise<Buffer | undefined> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout) =>
      done(err ? undefined : stdout),
    );
  });
}

/** True when the clone at `workspace` has the commit `ref` (a sha or branch name). */
export async function gitHasCommit(workspace: string, ref: string): Promise<boolean> {
  return (await git(workspace, ['cat-file', '-e', `${ref}^{commit}`])) !== undefined;
}

/** The config dir as a repository path (`config`, `estates/prod`); throws when outside the workspace. */
export function repoRelativeDir(configDir: string, workspace: string, cwd: string): string {
  const rel = relative(resolve(workspace), resolve(cwd, configDir));
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`config-dir ${configDir} is outside the repository (${workspace})`);
  }
  return rel.split(sep).join('/');
}

const joinRepo = (dir: string, file: string): string => (dir ? `${dir}/${file}` : file);

async function copyInto(target: string, rel: string, fetch: Fetch, repoDir: string): Promise<boolean> {
  const bytes = await fetch(joinRepo(repoDir, rel));
  if (bytes === undefined) return false;
  const out = join(target, ...rel.split('/'));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bytes);
  return true;
}

/** Copies the config files, then the feature and application scripts the base config refers to. */
export async function materializeConfig(
  target: string,
  repoDir: string,
  fetch: Fetch,
): Promise<{ empty: boolean; desired?: DesiredState }> {
  await mkdir(target, { recursive: true });
  const keys = Object.keys(CONFIG_FILES) as ConfigFileKey[];
  const present = await Promise.all(keys.map((k) => copyInto(target, CONFIG_FILES[k], fetch, repoDir)));
  const has = new Set(keys.filter((_, i) => present[i]));
  if (!has.has('lxc') && !has.has('vm')) return { empty: true };
  const { desired } = await validateConfigDir(target);
  const scripts = new Set<string>();
  for (const g of desired.guests) {
    for (const f of g.features) scripts.add(featureScriptPath(f));
    if (g.applicationScript) scripts.add(appScriptPath(g.applicationScript));
  }
  // Paths come from the config: keep them inside the folder.
  const safe = [...scripts].filter((p) => !p.split('/').some((part) => part === '..' || part === ''));
  await Promise.all(safe.map((p) => copyInto(target, p, fetch, repoDir)));
  return { empty: false, desired };
}

export interface BaseConfigRequest {
  readonly target: string;
  /** Repository path of the config dir. */
  readonly repoDir: string;
  /** Base commit (PR base sha) or branch. */
  readonly ref: string;
  readonly workspace: string;
  readonly client?: GitHubClient;
  readonly repo?: RepoRef;
}

export async function fetchBaseConfig(req: BaseConfigRequest): Promise<BaseConfig> {
  if (await gitHasCommit(req.workspace, req.ref)) {
    const fetch: Fetch = async (path) => {
      const out = await git(req.workspace, ['show', `${req.ref}:${path}`]);
      return out === undefined ? undefined : new Uint8Array(out);
    };
    return { dir: req.target, via: 'git', ...(await materializeConfig(req.target, req.repoDir, fetch)) };
  }
  const { client, repo } = req;
  if (!client || !repo) {
    throw new Error(
      `the base commit ${req.ref} is not in the local clone and no GitHub token was given to fetch it`,
    );
  }
  const fetch: Fetch = (path) => client.getFile(repo, path, req.ref);
  return { dir: req.target, via: 'api', ...(await materializeConfig(req.target, req.repoDir, fetch)) };
}
