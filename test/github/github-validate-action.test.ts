/**
 * actions/validate and the root action.yml, run through the node-action harness against the bundle.
 * The bundle is the committed dist/ unless PHOENIX_TEST_DIST names another build (for testing the
 * sources before dist/ is rebuilt: `npx ncc build src/main.ts -o /tmp/d --target es2022`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GH_COMMANDS } from '../../src/cli/commands/gh.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { runAction, stageActionTree, type ActionRunResult } from '../helpers/node-action-runner.js';
import { loadWebhookExample } from '../helpers/runner-protocol.js';

const distOverride = process.env.PHOENIX_TEST_DIST;
let actionRoot = REPO_ROOT;
beforeAll(() => {
  if (distOverride) actionRoot = stageActionTree(REPO_ROOT, ['.', 'actions/validate'], distOverride);
  const usage = execFileSync('node', [bundle(), 'help'], { encoding: 'utf8' });
  if (!usage.includes('phoenix gh ')) {
    throw new Error(
      `${bundle()} has no 'phoenix gh' command: rebuild dist/ (npm run bundle) or point PHOENIX_TEST_DIST at a fresh build`,
    );
  }
});
afterAll(() => {
  if (distOverride) rmSync(actionRoot, { recursive: true, force: true });
});
const bundle = (): string => join(actionRoot, 'dist', 'index.js');

const BAD = 'test/fixtures/gh-bad';
/** The example estate when it exists, else a small valid fixture; both must pass. */
const GOOD_DIRS = ['config', 'test/fixtures/gh-good'].filter((d) =>
  existsSync(join(REPO_ROOT, d, 'phoenix_lxc_configs.json')),
);

interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}
function cliDiagnostics(configDir: string): CliDiagnostic[] {
  let out: string;
  try {
    out = execFileSync('node', [bundle(), 'validate', '--format', 'json', '--config-dir', configDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { diagnostics: CliDiagnostic[] }).diagnostics;
}

/** 1-based line of the n-th line containing `needle` in a fixture file. */
function lineOf(file: string, needle: string, nth = 1): number {
  const lines = readFileSync(join(REPO_ROOT, file), 'utf8').split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

const validate = (
  inputs: Record<string, string>,
  event?: { name: string; payload: Record<string, unknown> },
): Promise<ActionRunResult> =>
  runAction({
    actionDir: join(actionRoot, 'actions', 'validate'),
    workspace: REPO_ROOT,
    inputs,
    event,
  });
const root = (inputs: Record<string, string>): Promise<ActionRunResult> =>
  runAction({ actionDir: actionRoot, workspace: REPO_ROOT, inputs });

describe('actions/validate', () => {
  it.each(GOOD_DIRS)('passes the valid estate in %s: errors=0, no error annotations', async (dir) => {
    const r = await validate({ 'config-dir': dir });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.errors).toBe('0');
    expect(r.outputs.warnings).toMatch(/^\d+$/);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(r.annotations.filter((a) => a.command === 'warning')).toHaveLength(Number(r.outputs.warnings));
    expect(r.summary).toMatch(
      /^## Phoenix validate: (:white_check_mark: no problems found|:warning: \d+ warnings?, no errors)/,
    );
  });

  describe('on a config with mistakes', () => {
    let r: ActionRunResult;
    const file = `${BAD}/phoenix_lxc_configs.json`;
    beforeAll(async () => {
      r = await validate({ 'config-dir': BAD });
    });

    it('fails the step and reports the error count as an output', () => {
      expect(r.exitCode).toBe(1);
      expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(3);
      expect(r.outputs.errors).toBe(String(r.annotations.filter((a) => a.command === 'error').length));
    });

    it('emits one located annotation per finding, matching `phoenix validate` exactly', () => {
      const expected = cliDiagnostics(BAD).map((d) => ({
        command: d.severity,
        properties: { file: d.file, line: String(d.line), col: String(d.column), title: d.rule },
        message: d.message,
      }));
      expect(expected.length).toBeGreaterThan(0);
      expect(
        r.annotations.map(({ command, properties, message }) => ({ command, properties, message })),
      ).toEqual(expected);
      for (const line of r.stdoutLines.filter((l) => l.startsWith('::error'))) {
        expect(line).toMatch(
          new RegExp(
            `^::error file=${file.replace(/[/.]/g, '\\$&')},line=\\d+,col=\\d+,title=[A-Z0-9-]+::.+`,
          ),
        );
      }
    });

    it('points at the clone from a missing source, the duplicate key and the duplicate IP', () => {
      const lines = (rule: string): number[] =>
        r.annotations.filter((a) => a.properties.title === rule).map((a) => Number(a.properties.line));
      expect(lines('PHX-JSON-DUPLICATE-KEY')).toEqual([lineOf(file, '"memory_mb": 2048', 2)]);
      const clone = r.annotations.filter(
        (a) => Number(a.properties.line) === lineOf(file, '"clone_from_ctid": "999"'),
      );
      expect(clone.map((a) => a.command)).toEqual(['error']);
      expect(clone[0].message).toContain('999');
      const ipLines = [lineOf(file, '"ip": "10.0.0.150/24"', 1), lineOf(file, '"ip": "10.0.0.150/24"', 2)];
      const ipFindings = r.annotations.filter((a) => ipLines.includes(Number(a.properties.line)));
      expect(ipFindings.length).toBeGreaterThanOrEqual(1);
      expect(ipFindings.every((a) => a.command === 'error' && a.message.includes('10.0.0.150'))).toBe(true);
    });

    it('writes a job summary table with a row per finding linked to the PR head commit', () => {
      const sha = (r.event.payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
      expect(r.summary).toContain(`## Phoenix validate: :x: ${r.outputs.errors} errors`);
      expect(r.summary).toContain('| Severity | Location | Rule | Message |');
      const rows = r.summary.split('\n').filter((l) => l.startsWith('| :x: error'));
      expect(rows).toHaveLength(Number(r.outputs.errors));
      for (const a of r.annotations) {
        const link = `(https://github.com/${(r.event.payload as { repository: { full_name: string } }).repository.full_name}/blob/${sha}/${a.properties.file}#L${a.properties.line})`;
        expect(r.summary).toContain(link);
      }
    });
  });

  it('links the summary to the head sha of a synchronize event', async () => {
    const payload = loadWebhookExample('pull_request', 'synchronize');
    const r = await validate({ 'config-dir': BAD }, { name: 'pull_request', payload });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain(
      (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha,
    );
  });

  it('accepts an absolute config-dir and still annotates repository-relative paths', async () => {
    const r = await validate({ 'config-dir': join(REPO_ROOT, BAD) });
    expect(r.exitCode).toBe(1);
    expect(new Set(r.annotations.map((a) => a.properties.file))).toEqual(
      new Set([`${BAD}/phoenix_lxc_configs.json`]),
    );
  });

  it('fails with a clear message (exit 2) when the config dir does not exist', async () => {
    const r = await validate({ 'config-dir': 'no/such/dir' });
    expect(r.exitCode).toBe(2);
    expect(r.outputs.errors).toBe('');
    expect(r.annotations).toEqual([
      expect.objectContaining({
        command: 'error',
        message: expect.stringContaining("config-dir 'no/such/dir' is not a directory"),
      }),
    ]);
  });
});

describe('root action.yml', () => {
  it('runs validate through the command input with the same outputs', async () => {
    const r = await root({ command: 'validate', 'config-dir': BAD });
    const direct = await validate({ 'config-dir': BAD });
    expect(r.exitCode).toBe(1);
    const { errors, warnings, ...others } = r.outputs;
    expect({ errors, warnings }).toEqual({
      errors: direct.outputs.errors,
      warnings: direct.outputs.warnings,
    });
    // The other commands' outputs stay empty.
    expect(Object.values(others).filter((v) => v !== '')).toEqual([]);
    expect(r.annotations).toEqual(direct.annotations);
  });

  // Commands whose action side is not wired yet (GH_COMMANDS entries that are null).
  const pending = Object.keys(GH_COMMANDS).filter((name) => GH_COMMANDS[name] === null);
  const ready = Object.keys(GH_COMMANDS).filter((name) => GH_COMMANDS[name] !== null);
  (pending.length ? it.each(pending) : it.skip.each(['(none pending)']))(
    'fails clearly for %s, which is not implemented yet',
    async (command) => {
      const r = await root({ command });
      expect(r.exitCode).toBe(2);
      expect(r.annotations).toHaveLength(1);
      expect(r.annotations[0].command).toBe('error');
      expect(r.annotations[0].message).toBe(
        `phoenix ${command}: the '${command}' command is not implemented yet in this version of Phoenix; available now: ${ready.join(', ')}`,
      );
    },
  );

  it('rejects a missing or unknown command', async () => {
    const missing = await root({});
    expect(missing.warnings).toEqual(['Input required and not supplied: command']);
    expect(missing.exitCode).toBe(2);
    expect(missing.annotations[0].message).toContain(
      "input 'command' is required: one of validate, plan, apply, setup-hypervisor",
    );
    const unknown = await root({ command: 'destroy-everything' });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.annotations[0].message).toContain("unknown command 'destroy-everything'");
  });
});
