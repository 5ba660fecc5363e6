/**
 * Runs an action the way the GitHub runner does: `using: node24` actions through
 * node-action-runner.ts, and composite actions here, for tests of actions/<command>/ and
 * the root action.yml:
 * - parses action.yml and checks it against SchemaStore's github-action schema; resolves `inputs` (given values, else defaults, which may be expressions);
 * - for each step evaluates `if:` (default `success()`), then `${{ }}` in `run`, `env`, `with`
 *   and `working-directory` with the contexts inputs, github (action_path, workspace, event ...),
 *   env, steps (`steps.<id>.outputs.*`, `outcome`, `conclusion`) and runner;
 * - gives each step fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH /
 *   GITHUB_STATE files and the job's GITHUB_EVENT_PATH (a real webhook payload from
 *   @octokit/webhooks-examples), plus GITHUB_ACTION_PATH and the runner's other variables;
 * - runs `run` steps from a script file with `bash --noprofile --norc -eo pipefail {0}`
 *   (shell: bash) or `sh -e {0}`; applies GITHUB_ENV / GITHUB_PATH to later steps;
 * - `uses:` steps run a handler the test supplies, else are recorded as skipped with a note;
 * - evaluates the action's `outputs:` mapping at the end (also after a failure, as the runner does).
 * The result carries outputs, stdout lines, parsed workflow commands (annotations), the job
 * summary and the exit code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateCondition, interpolate, type ExprContext, type ExprValue } from './actions-expression.js';
import {
  loadWebhookExample,
  parseFileCommands,
  stdoutCommands,
  type WorkflowCommand,
} from './runner-protocol.js';
import { actionSchemaProblems, runNodeAction, type NodeActionManifest } from './node-action-runner.js';
import { baseEnvironment, githubContext, runProcess, runnerVariables } from './runner-env.js';

export {
  loadWebhookExample,
  parseCommandLines,
  parseFileCommands,
  parseWorkflowCommand,
} from './runner-protocol.js';
export type { WorkflowCommand } from './runner-protocol.js';

export interface UsesContext {
  readonly workspace: string;
  readonly env: Readonly<Record<string, string>>;
}
export type UsesHandler = (
  withInputs: Readonly<Record<string, string>>,
  ctx: UsesContext,
) => Promise<{ outputs?: Record<string, string>; exitCode?: number }>;

export interface CompositeRunOptions {
  /** Folder holding action.yml; becomes `github.action_path` / GITHUB_ACTION_PATH. */
  readonly actionDir: string;
  /** Repository checkout: GITHUB_WORKSPACE and the default working directory. */
  readonly workspace: string;
  readonly inputs?: Readonly<Record<string, string>>;
  /** Job-level environment (workflow/job `env:`, secrets passed as env). */
  readonly env?: Readonly<Record<string, string>>;
  /** `env:` of the workflow step that uses this action. */
  readonly callerEnv?: Readonly<Record<string, string>>;
  /** Event name and payload; defaults to the `pull_request` `opened` example. */
  readonly event?: { readonly name: string; readonly payload: Record<string, unknown> };
  /** Handlers for `uses:` steps, keyed by action without `@ref` (e.g. `actions/upload-artifact`). */
  readonly uses?: Readonly<Record<string, UsesHandler>>;
  /** What `${{ github.token }}` evaluates to (the job's token); default ''. */
  readonly token?: string;
  /** Per step; default 60 s. */
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
  readonly note?: string;
}

export interface CompositeRunResult {
  /** 0 when every step succeeded (or continued on error), else the first failing step's code. */
  readonly exitCode: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly steps: readonly StepRecord[];
  readonly stdout: string;
  readonly stdoutLines: readonly string[];
  readonly stderr: string;
  readonly commands: readonly WorkflowCommand[];
  /** The `error`, `warning` and `notice` commands. */
  readonly annotations: readonly WorkflowCommand[];
  /** All steps' job summaries, concatenated. */
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
 * Copies action folders (relative to `repoRoot`, e.g. `actions/validate`, `.`) and a bundle dir
 * into a temporary tree with the repository's layout, so actions that run
 * `$GITHUB_ACTION_PATH/../../dist/index.js` use `distDir` instead of the committed dist/.
 */
export function stageActionTree(repoRoot: string, actionDirs: readonly string[], distDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'phoenix-actions-'));
  for (const dir of actionDirs) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(repoRoot, dir, 'action.yml'), join(root, dir, 'action.yml'));
    // A node action's entry module (main.mjs next to it, or actions/main.mjs for the root action).
    const entry = /^\s*main:\s*'?([^'\s]+)/m.exec(
      readFileSync(join(repoRoot, dir, 'action.yml'), 'utf8'),
    )?.[1];
    if (entry && existsSync(join(repoRoot, dir, entry)) && !entry.includes('dist/')) {
      mkdirSync(dirname(join(root, dir, entry)), { recursive: true });
      cpSync(join(repoRoot, dir, entry), join(root, dir, entry));
    }
  }
  cpSync(distDir, join(root, 'dist'), { recursive: true });
  return root;
}

interface ActionStep {
  id?: string;
  name?: string;
  if?: string | boolean;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

interface ActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  outputs?: Record<string, { value?: string }>;
  runs?: { using?: string; steps?: ActionStep[] } & NodeActionManifest['runs'];
}

function shellCommand(shell: string | undefined, script: string): [string, string[]] {
  const template =
    shell === 'bash' ? 'bash --noprofile --norc -eo pipefail {0}' : shell === 'sh' ? 'sh -e {0}' : shell;
  if (!template || !template.includes('{0}')) {
    throw new Error(
      `composite run steps need 'shell: bash', 'shell: sh' or a template with {0}; got ${shell}`,
    );
  }
  const [cmd, ...args] = template.split(/\s+/);
  return [cmd, args.map((a) => (a === '{0}' ? script : a))];
}

export async function runCompositeAction(opts: CompositeRunOptions): Promise<CompositeRunResult> {
  const actionDir = resolve(opts.actionDir);
  const manifest = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionManifest;
  if (manifest.runs?.using?.startsWith('node')) return runNodeAction(opts, manifest);
  const problems = actionSchemaProblems(manifest);
  if (problems.length) throw new Error(`${actionDir}/action.yml: ${problems.join('; ')}`);
  if (manifest.runs?.using !== 'composite')
    throw new Error(`${actionDir}/action.yml is neither a composite nor a node action`);
  const temp = mkdtempSync(join(tmpdir(), 'phoenix-runner-'));
  try {
    const event = opts.event ?? {
      name: 'pull_request',
      payload: loadWebhookExample('pull_request', 'opened'),
    };
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
    const runner = {
      os: 'Linux',
      arch: 'X64',
      temp: join(temp, 'runner-temp'),
      tool_cache: join(temp, 'tool-cache'),
    };
    mkdirSync(runner.temp);

    const warnings: string[] = [];
    const declared = manifest.inputs ?? {};
    for (const name of Object.keys(opts.inputs ?? {})) {
      if (!Object.hasOwn(declared, name)) warnings.push(`Unexpected input '${name}'`);
    }
    const inputs: Record<string, ExprValue> = {};
    for (const [name, spec] of Object.entries(declared)) {
      const given = opts.inputs?.[name];
      const fallback =
        spec?.default === undefined ? '' : interpolate(String(spec.default), { github, runner });
      inputs[name] = given ?? fallback;
      if (spec?.required && given === undefined && fallback === '') {
        warnings.push(`Input required and not supplied: ${name}`);
      }
    }

    const baseEnv = baseEnvironment();
    const runnerEnv: Record<string, string> = {
      ...runnerVariables(gh, opts.workspace, { temp: runner.temp, toolCache: runner.tool_cache }),
      GITHUB_ACTION_PATH: actionDir,
    };

    const exportedEnv: Record<string, string> = {};
    const addedPath: string[] = [];
    const steps: Record<string, ExprValue> = {};
    const records: StepRecord[] = [];
    let failed = false;
    let exitCode = 0;
    let stdout = '';
    let stderr = '';
    let summary = '';

    const allSteps = manifest.runs.steps ?? [];
    for (let index = 0; index < allSteps.length; index++) {
      const step = allSteps[index];
      const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
      const envContext: Record<string, ExprValue> = { ...opts.env, ...exportedEnv, ...opts.callerEnv };
      const ctx = (): ExprContext => ({ inputs, github, env: envContext, steps, runner });
      const status = { failed };
      if (!evaluateCondition(step.if, ctx(), status)) {
        records.push({ id: step.id, name, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' });
        if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        continue;
      }
      for (const [k, v] of Object.entries(step.env ?? {}))
        envContext[k] = interpolate(String(v ?? ''), ctx(), status);

      const files = {
        GITHUB_OUTPUT: join(temp, `output-${index}`),
        GITHUB_STEP_SUMMARY: join(temp, `summary-${index}`),
        GITHUB_ENV: join(temp, `env-${index}`),
        GITHUB_PATH: join(temp, `path-${index}`),
        GITHUB_STATE: join(temp, `state-${index}`),
      };
      for (const f of Object.values(files)) writeFileSync(f, '');
      const pathValue = [...addedPath, baseEnv.PATH ?? ''].join(delimiter);
      const env: Record<string, string> = { ...baseEnv, ...runnerEnv, ...files, PATH: pathValue };
      for (const [k, v] of Object.entries(envContext)) env[k] = String(v);

      let code = 0;
      let out = '';
      let err = '';
      let note: string | undefined;
      if (step.run !== undefined) {
        const script = join(temp, `step-${index}.sh`);
        writeFileSync(script, interpolate(step.run, ctx(), status));
        const [cmd, args] = shellCommand(step.shell, script);
        const wd = step['working-directory']
          ? resolve(opts.workspace, interpolate(step['working-directory'], ctx(), status))
          : opts.workspace;
        ({ code, stdout: out, stderr: err } = await runProcess(cmd, args, env, wd, opts.timeoutMs ?? 60_000));
      } else if (step.uses) {
        const withInputs: Record<string, string> = {};
        for (const [k, v] of Object.entries(step.with ?? {}))
          withInputs[k] = interpolate(String(v ?? ''), ctx(), status);
        const handler = opts.uses?.[step.uses.replace(/@.*$/, '')];
        if (handler) {
          const r = await handler(withInputs, { workspace: opts.workspace, env });
          code = r.exitCode ?? 0;
          for (const [k, v] of Object.entries(r.outputs ?? {}))
            writeFileSync(files.GITHUB_OUTPUT, `${k}=${v}\n`, { flag: 'a' });
        } else {
          note = `not run by the harness: uses ${step.uses} with ${JSON.stringify(withInputs)}`;
        }
      } else {
        throw new Error(`step ${name} has neither run nor uses`);
      }

      const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      Object.assign(exportedEnv, parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')));
      addedPath.unshift(...readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean).reverse());
      summary += readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
      stdout += out;
      stderr += err;
      const continueOnError =
        step['continue-on-error'] === true ||
        (typeof step['continue-on-error'] === 'string' &&
          interpolate(step['continue-on-error'], ctx(), status).trim() === 'true');
      const outcome = note ? 'skipped' : code === 0 ? 'success' : 'failure';
      const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
      if (outcome === 'failure' && !continueOnError) {
        failed = true;
        if (exitCode === 0) exitCode = code;
      }
      records.push({
        id: step.id,
        name,
        outcome,
        exitCode: step.run !== undefined ? code : undefined,
        outputs,
        stdout: out,
        stderr: err,
        note,
      });
      if (step.id) steps[step.id] = { outputs, outcome, conclusion };
    }

    const outputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(manifest.outputs ?? {})) {
      outputs[name] = interpolate(
        String(spec?.value ?? ''),
        { inputs, github, env: {}, steps, runner },
        { failed },
      );
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
