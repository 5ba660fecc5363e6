/**
 * Runs a JavaScript (`using: node24`) action the way the GitHub runner does, for tests of the
 * actions under actions/ and the root action.yml (all of them are node24 actions; there is no
 * composite left to run):
 * - reads action.yml (`runAction`) and checks it against SchemaStore's github-action schema (when
 *   ../shared is there);
 * - resolves inputs (given values, else declared defaults, which may be expressions such as
 *   `${{ github.token }}`) into `INPUT_<NAME>` variables: upper-cased, spaces to underscores,
 *   dashes kept;
 * - runs `main` with the Node binary the tests run under (PHOENIX_TEST_NODE to pick another),
 *   with fresh GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH
 *   files, then `post` (when declared and `post-if`, default `always()`, holds) with the state
 *   main saved as `STATE_<name>`;
 * - the outputs are what main wrote to GITHUB_OUTPUT, and '' for a declared one it did not set
 *   (a node action's `outputs:` carry no value).
 * GITHUB_ACTION_PATH is not set: the runner sets it for composite actions only.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateCondition, interpolate, type ExprValue } from './actions-expression.js';
import { baseEnvironment, defaultEvent, githubContext, runProcess, runnerVariables } from './runner-env.js';
import { parseFileCommands, stdoutCommands, type WorkflowCommand } from './runner-protocol.js';
import { hasShared, sharedPath } from './shared.js';

export interface ActionRunOptions {
  /** Folder holding action.yml; becomes `github.action_path`. */
  readonly actionDir: string;
  /** Repository checkout: GITHUB_WORKSPACE and the working directory. */
  readonly workspace: string;
  readonly inputs?: Readonly<Record<string, string>>;
  /** Job-level environment (workflow/job `env:`, secrets passed as env, the runtime token). */
  readonly env?: Readonly<Record<string, string>>;
  /** `env:` of the workflow step that uses this action. */
  readonly callerEnv?: Readonly<Record<string, string>>;
  /** Event name and payload; defaults to the `pull_request` `opened` example. */
  readonly event?: { readonly name: string; readonly payload: Record<string, unknown> };
  /** What `${{ github.token }}` evaluates to (the job's token); default ''. */
  readonly token?: string;
  /** Per phase (main, post); default 60 s. */
  readonly timeoutMs?: number;
}

export interface StepRecord {
  readonly id?: string;
  readonly name: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly exitCode?: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ActionRunResult {
  /** 0 when main (and post) succeeded, else the first failing phase's code. */
  readonly exitCode: number;
  readonly outputs: Readonly<Record<string, string>>;
  /** The `main` and `post` phases. */
  readonly steps: readonly StepRecord[];
  readonly stdout: string;
  readonly stdoutLines: readonly string[];
  readonly stderr: string;
  readonly commands: readonly WorkflowCommand[];
  /** The `error`, `warning` and `notice` commands. */
  readonly annotations: readonly WorkflowCommand[];
  /** The phases' job summaries, concatenated. */
  readonly summary: string;
  /** Variables exported through GITHUB_ENV and directories added through GITHUB_PATH. */
  readonly exportedEnv: Readonly<Record<string, string>>;
  readonly addedPath: readonly string[];
  /** Things the runner would warn about (unexpected or missing required inputs). */
  readonly warnings: readonly string[];
  /** The event the run saw (GITHUB_EVENT_NAME and the payload behind GITHUB_EVENT_PATH). */
  readonly event: { readonly name: string; readonly payload: Record<string, unknown> };
}

/**
 * Copies action folders (relative to `repoRoot`, e.g. `actions/validate`, `.`) with their entry
 * modules and a bundle dir into a temporary tree with the repository's layout, so the entries'
 * `import('../../dist/index.js')` loads `distDir` instead of the committed dist/.
 */
export function stageActionTree(repoRoot: string, actionDirs: readonly string[], distDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'phoenix-actions-'));
  for (const dir of actionDirs) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(repoRoot, dir, 'action.yml'), join(root, dir, 'action.yml'));
    // The entry module (main.mjs next to action.yml, or actions/main.mjs for the root action).
    const manifest = parseYaml(readFileSync(join(repoRoot, dir, 'action.yml'), 'utf8')) as NodeActionManifest;
    for (const entry of [manifest.runs?.main, manifest.runs?.post]) {
      if (!entry || !existsSync(join(repoRoot, dir, entry))) continue;
      mkdirSync(dirname(join(root, dir, entry)), { recursive: true });
      cpSync(join(repoRoot, dir, entry), join(root, dir, entry));
    }
  }
  cpSync(distDir, join(root, 'dist'), { recursive: true });
  return root;
}

/** Reads `actionDir/action.yml` and runs it as a node24 action (the only kind left here). */
export async function runAction(opts: ActionRunOptions): Promise<ActionRunResult> {
  const manifest = parseYaml(
    readFileSync(join(resolve(opts.actionDir), 'action.yml'), 'utf8'),
  ) as NodeActionManifest;
  return runNodeAction(opts, manifest);
}

/** A text of artifact-upload.ts: a bundle that holds it uploads artifacts in-process. */
export const IN_PROCESS_UPLOAD_MARKER = 'the runner gives them to JavaScript actions only';

export interface NodeActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  outputs?: Record<string, object | null>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
}

/** The variable the runner passes input NAME in: `INPUT_` + upper case, spaces to `_`. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

let actionSchema: ValidateFunction | undefined;
/** Problems SchemaStore's github-action schema finds in a manifest ([] without ../shared). */
export function actionSchemaProblems(manifest: unknown): string[] {
  if (!hasShared || !existsSync(sharedPath('schemastore', 'github-action.json'))) return [];
  if (!actionSchema) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    formatsModule.default(ajv);
    actionSchema = ajv.compile(
      JSON.parse(readFileSync(sharedPath('schemastore', 'github-action.json'), 'utf8')) as object,
    );
  }
  return actionSchema(manifest)
    ? []
    : (actionSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

export async function runNodeAction(
  opts: ActionRunOptions,
  manifest: NodeActionManifest,
): Promise<ActionRunResult> {
  const actionDir = resolve(opts.actionDir);
  const problems = actionSchemaProblems(manifest);
  if (problems.length) throw new Error(`${actionDir}/action.yml: ${problems.join('; ')}`);
  const runs = manifest.runs ?? {};
  if (runs.using !== 'node24' || !runs.main)
    throw new Error(`${actionDir}/action.yml: expected node24 with a main`);
  const temp = mkdtempSync(join(tmpdir(), 'phoenix-node-runner-'));
  try {
    const event = opts.event ?? defaultEvent();
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(event.payload));
    const gh = githubContext(event, eventPath);
    const github: Record<string, ExprValue> = {
      ...gh,
      event: event.payload as ExprValue,
      workspace: opts.workspace,
      action_path: actionDir,
      token: opts.token ?? '',
    };
    const dirs = { temp: join(temp, 'runner-temp'), toolCache: join(temp, 'tool-cache') };
    mkdirSync(dirs.temp);
    const runner = { os: 'Linux', arch: 'X64', temp: dirs.temp, tool_cache: dirs.toolCache };

    const warnings: string[] = [];
    const declared = manifest.inputs ?? {};
    const inputEnv: Record<string, string> = {};
    for (const [name, value] of Object.entries(opts.inputs ?? {})) {
      if (!Object.hasOwn(declared, name)) warnings.push(`Unexpected input '${name}'`);
      inputEnv[inputVariable(name)] = value;
    }
    for (const [name, spec] of Object.entries(declared)) {
      if (opts.inputs?.[name] !== undefined) continue;
      const fallback =
        spec?.default === undefined ? '' : interpolate(String(spec.default), { github, runner });
      inputEnv[inputVariable(name)] = fallback;
      if (spec?.required && fallback === '') warnings.push(`Input required and not supplied: ${name}`);
    }

    const node = process.env.PHOENIX_TEST_NODE ?? process.execPath;
    const exportedEnv: Record<string, string> = {};
    const addedPath: string[] = [];
    const records: StepRecord[] = [];
    let state: Record<string, string> = {};
    let outputs: Record<string, string> = {};
    let exitCode = 0;
    let stdout = '';
    let stderr = '';
    let summary = '';

    const phases: Array<['main' | 'post', string | undefined]> = [
      ['main', runs.main],
      ['post', runs.post],
    ];
    for (const [phase, script] of phases) {
      if (!script) continue;
      if (phase === 'post') {
        const ctx = { github, runner, env: { ...opts.env }, inputs: {}, steps: {} };
        if (!evaluateCondition(runs['post-if'] ?? 'always()', ctx, { failed: exitCode !== 0 })) {
          records.push({ id: phase, name: phase, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' });
          continue;
        }
      }
      const files = {
        GITHUB_OUTPUT: join(temp, `output-${phase}`),
        GITHUB_STEP_SUMMARY: join(temp, `summary-${phase}`),
        GITHUB_ENV: join(temp, `env-${phase}`),
        GITHUB_PATH: join(temp, `path-${phase}`),
        GITHUB_STATE: join(temp, `state-${phase}`),
      };
      for (const f of Object.values(files)) writeFileSync(f, '');
      const base = baseEnvironment();
      const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
      const env: Record<string, string> = {
        ...base,
        ...runnerVariables(gh, opts.workspace, dirs),
        ...files,
        PATH: [...addedPath, base.PATH ?? ''].join(delimiter),
        ...opts.env,
        ...exportedEnv,
        ...opts.callerEnv,
        ...inputEnv,
        ...stateEnv,
      };
      const r = await runProcess(
        node,
        [resolve(actionDir, script)],
        env,
        opts.workspace,
        opts.timeoutMs ?? 60_000,
      );
      const stepOutputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      if (phase === 'main') {
        // A declared output main did not set reads as '' in `steps.<id>.outputs.<name>`.
        outputs = {
          ...Object.fromEntries(Object.keys(manifest.outputs ?? {}).map((k) => [k, ''])),
          ...stepOutputs,
        };
        state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
      }
      Object.assign(exportedEnv, parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')));
      addedPath.unshift(...readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean).reverse());
      summary += readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
      stdout += r.stdout;
      stderr += r.stderr;
      if (r.code !== 0 && exitCode === 0) exitCode = r.code;
      records.push({
        id: phase,
        name: phase,
        outcome: r.code === 0 ? 'success' : 'failure',
        exitCode: r.code,
        outputs: stepOutputs,
        stdout: r.stdout,
        stderr: r.stderr,
      });
    }

    return {
      exitCode,
      outputs,
      steps: records,
      stdout,
      ...stdoutCommands(stdout),
      stderr,
      summary,
      exportedEnv,
      addedPath,
      warnings,
      event,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Throws, naming the fix, unless `actionRoot`'s dist/ has `phoenix gh <command>` and every text in
 * `markers` (strings of newer sources) somewhere in its chunks: the committed dist/ may predate the
 * sources until it is rebuilt; PHOENIX_TEST_DIST points the tests at a fresh build instead.
 */
export function requireBundle(actionRoot: string, command: string, markers: readonly string[] = []): void {
  const dist = join(actionRoot, 'dist');
  const fix = 'rebuild dist/ (npm run bundle) or point PHOENIX_TEST_DIST at a fresh build';
  const r = spawnSync(process.execPath, [join(dist, 'index.js'), 'gh', command, '--no-such-flag'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  if (!String(r.stdout).includes('no-such-flag'))
    throw new Error(`${join(dist, 'index.js')} has no 'phoenix gh ${command}': ${fix}`);
  const text = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('\n');
  const missing = markers.filter((m) => !text.includes(m));
  if (missing.length)
    throw new Error(`${dist} predates the sources (no ${missing.map((m) => `'${m}'`).join(', ')}): ${fix}`);
}
