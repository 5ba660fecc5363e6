/**
 * The runner's file commands: step outputs (GITHUB_OUTPUT), the job summary (GITHUB_STEP_SUMMARY),
 * environment for later steps (GITHUB_ENV) and PATH additions (GITHUB_PATH).
 *
 * Same file format as @actions/core, but the environment is passed in instead of read from
 * `process.env`, so every action (validate, plan, apply, setup) and its tests use one writer, and
 * outside Actions (variable unset) nothing is written rather than falling back to the deprecated
 * `::set-output` stdout command.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export type RunnerEnv = Readonly<Record<string, string | undefined>>;
export type OutputValue = string | number | boolean;

/**
 * `name<<DELIM` / value / `DELIM`, the multi-line form the runner parses. Refuses a name or value
 * that contains the delimiter (which would let a value inject further outputs).
 */
export function formatKeyValue(name: string, value: string, delimiter: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new Error(`invalid output or variable name '${name}'`);
  }
  if (value.includes(delimiter)) throw new Error(`value of '${name}' contains the file-command delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function appendTo(env: RunnerEnv, variable: string, text: string): boolean {
  const path = env[variable];
  if (!path) return false;
  // The runner creates these files; a missing one means a misconfigured environment, not "skip".
  if (!existsSync(path)) throw new Error(`${variable} points at ${path}, which does not exist`);
  appendFileSync(path, text, { encoding: 'utf8' });
  return true;
}

const newDelimiter = (): string => `phoenix_${randomUUID()}`;

/** Writes step outputs. Returns false when GITHUB_OUTPUT is not set (not running in Actions). */
export function setOutputs(env: RunnerEnv, outputs: Readonly<Record<string, OutputValue>>): boolean {
  const text = Object.entries(outputs)
    .map(([name, value]) => formatKeyValue(name, String(value), newDelimiter()))
    .join('');
  return appendTo(env, 'GITHUB_OUTPUT', text);
}

/** Appends Markdown to this step's job summary. Returns false when GITHUB_STEP_SUMMARY is unset. */
export function appendStepSummary(env: RunnerEnv, markdown: string): boolean {
  return appendTo(env, 'GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + EOL);
}

/** Sets an environment variable for the following steps of the job. */
export function exportVariable(env: RunnerEnv, name: string, value: string): boolean {
  return appendTo(env, 'GITHUB_ENV', formatKeyValue(name, value, newDelimiter()));
}

/** Prepends a directory to PATH for the following steps of the job. */
export function addPath(env: RunnerEnv, dir: string): boolean {
  if (/[\r\n]/.test(dir)) throw new Error('a PATH entry cannot contain a line break');
  return appendTo(env, 'GITHUB_PATH', dir + EOL);
}
