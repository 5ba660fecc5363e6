/**
 * Runs a JavaScript (`using: node24`) action the way the GitHub runner does, for tests of the
 * actions under actions/ and the root action.yml:
 * - checks action.yml against SchemaStore's github-action schema (when ../shared is there);
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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { evaluateCondition, interpolate, type ExprValue } from './actions-expression.js';
import type { CompositeRunOptions, CompositeRunResult, StepRecord } from './composite-runner.js';
import { baseEnvironment, defaultEvent, githubContext, runProcess, runnerVariables } from './runner-env.js';
import { parseFileCommands, stdoutCommands } from './runner-protocol.js';
import { hasShared, sharedPath } from './shared.js';

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
  opts: CompositeRunOptions,
  manifest: NodeActionManifest,
): Promise<CompositeRunResult> {
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
