/** The composite-action harness itself: expressions, file commands, step semantics. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, evaluateCondition, interpolate } from '../helpers/actions-expression.js';
import {
  loadWebhookExample,
  parseCommandLines,
  parseFileCommands,
  runCompositeAction,
} from '../helpers/composite-runner.js';

describe('expressions', () => {
  const ctx = {
    inputs: { 'config-dir': 'config', flag: 'true', empty: '' },
    steps: { a: { outputs: { n: '3', json: '{"k":[1,2]}' }, outcome: 'success' } },
    github: { event: { pull_request: { head: { sha: 'abc' } } }, action_path: '/x' },
    env: { MODE: 'Dry' },
  };
  it('reads contexts with dots, brackets and dashed names, case-insensitively', () => {
    expect(evaluate('inputs.config-dir', ctx)).toBe('config');
    expect(evaluate("inputs['config-dir']", ctx)).toBe('config');
    expect(evaluate('GitHub.Event.pull_request.head.SHA', { ...ctx, GitHub: ctx.github })).toBe('abc');
    expect(evaluate('steps.missing.outputs.n', ctx)).toBeNull();
    expect(() => evaluate('secrets.TOKEN', ctx)).toThrow(/unknown context 'secrets'/);
  });
  it('compares like GitHub: strings ignore case, mixed types as numbers', () => {
    expect(evaluate("env.MODE == 'dry'", ctx)).toBe(true);
    expect(evaluate('steps.a.outputs.n == 3', ctx)).toBe(true);
    expect(evaluate('steps.a.outputs.n > 2 && steps.a.outputs.n < 10', ctx)).toBe(true);
    expect(evaluate("inputs.empty || 'fallback'", ctx)).toBe('fallback');
    expect(evaluate("!(inputs.flag == 'true')", ctx)).toBe(false);
    expect(evaluate('null == 0', ctx)).toBe(true);
  });
  it('supports the common functions', () => {
    expect(evaluate("format('{0}-{1} {{x}}', 'a', 2)", ctx)).toBe('a-2 {x}');
    expect(evaluate("contains('Hello', 'ELL')", ctx)).toBe(true);
    expect(evaluate("startsWith(inputs.config-dir, 'CON')", ctx)).toBe(true);
    expect(evaluate('fromJSON(steps.a.outputs.json).k[1]', ctx)).toBe(2);
    expect(evaluate("join(fromJSON(steps.a.outputs.json).k, '+')", ctx)).toBe('1+2');
    expect(evaluate('contains(fromJSON(\'["a","b"]\'), \'B\')', ctx)).toBe(true);
    expect(() => evaluate("hashFiles('**')", ctx)).toThrow(/not supported/);
  });
  it('interpolates and evaluates conditions with implicit success()', () => {
    expect(interpolate('dir=${{ inputs.config-dir }} n=${{ steps.a.outputs.n }}', ctx)).toBe(
      'dir=config n=3',
    );
    expect(evaluateCondition(undefined, ctx, { failed: true })).toBe(false);
    expect(evaluateCondition("inputs.flag == 'true'", ctx, { failed: true })).toBe(false);
    expect(evaluateCondition("${{ always() && inputs.flag == 'true' }}", ctx, { failed: true })).toBe(true);
    expect(evaluateCondition('failure()', ctx, { failed: false })).toBe(false);
  });
});

describe('file commands and workflow commands', () => {
  it('parses name=value and heredoc entries', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nx\ny=z\nEOF\nc=\n')).toEqual({ a: '1', b: 'x\ny=z', c: '' });
    expect(() => parseFileCommands('b<<EOF\nnever closed\n')).toThrow(/not closed/);
  });
  it('skips commands between stop-commands and its token', () => {
    const cmds = parseCommandLines([
      '::stop-commands::tok1',
      '::error::hidden',
      '::tok1::',
      '::warning file=a%2Cb::shown',
    ]);
    expect(cmds.map((c) => [c.command, c.properties, c.message])).toEqual([
      ['warning', { file: 'a,b' }, 'shown'],
    ]);
  });
  it('loads real webhook payloads', () => {
    const pr = loadWebhookExample('pull_request', 'opened') as {
      action: string;
      pull_request: { head: { sha: string } };
    };
    expect(pr.action).toBe('opened');
    expect(pr.pull_request.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(() => loadWebhookExample('pull_request', 'no-such-action')).toThrow(/no @octokit/);
  });
});

describe('runCompositeAction', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-harness-'));
    writeFileSync(
      join(dir, 'action.yml'),
      `name: probe
description: harness probe
inputs:
  who: { description: who, default: 'world' }
  must: { description: required one, required: true }
  fail: { description: fail the second step, default: 'false' }
outputs:
  greeting: { description: g, value: '\${{ steps.first.outputs.greeting }}' }
  multi: { description: m, value: '\${{ steps.first.outputs.multi }}' }
  after: { description: a, value: '\${{ steps.third.outcome }}' }
runs:
  using: composite
  steps:
    - id: first
      shell: bash
      env:
        WHO: \${{ inputs.who }}
      run: |
        echo "greeting=hello $WHO" >> "$GITHUB_OUTPUT"
        { echo 'multi<<EOT'; echo 'line 1'; echo 'line=2'; echo 'EOT'; } >> "$GITHUB_OUTPUT"
        echo "FROM_FIRST=exported" >> "$GITHUB_ENV"
        mkdir -p "$RUNNER_TEMP/bin" && echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
        echo "### summary from first" >> "$GITHUB_STEP_SUMMARY"
        echo "::warning file=a.txt,line=2::careful"
        echo "path=\${{ github.action_path }} sha=\${{ github.event.pull_request.head.sha }}"
    - id: second
      shell: bash
      run: |
        echo "env=$FROM_FIRST caller=$CALLER event=$GITHUB_EVENT_NAME ws=$PWD"
        test "$(jq -r .action "$GITHUB_EVENT_PATH" 2>/dev/null || node -e 'console.log(require(process.env.GITHUB_EVENT_PATH).action)')" = opened
        case ":$PATH:" in *":$RUNNER_TEMP/bin:"*) echo on-path ;; esac
        if [ "\${{ inputs.fail }}" = true ]; then false | true; false; echo not-reached; fi
    - id: third
      if: steps.first.outputs.greeting != ''
      shell: bash
      run: echo third-ran
    - id: cleanup
      if: failure()
      shell: bash
      run: echo cleanup-ran
    - id: upload
      if: always()
      uses: actions/upload-artifact@v4
      with:
        name: state-\${{ inputs.who }}
        path: x
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs steps with inputs, env, outputs, GITHUB_ENV/PATH and the event payload', async () => {
    const r = await runCompositeAction({
      actionDir: dir,
      workspace: dir,
      inputs: { who: 'phoenix', must: 'x' },
      callerEnv: { CALLER: 'c' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ greeting: 'hello phoenix', multi: 'line 1\nline=2', after: 'success' });
    const sha = (r.event.payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
    expect(r.stdoutLines).toContain(`path=${dir} sha=${sha}`);
    expect(r.stdoutLines).toContain(`env=exported caller=c event=pull_request ws=${dir}`);
    expect(r.stdoutLines).toContain('on-path');
    expect(r.stdoutLines).toContain('third-ran');
    expect(r.stdoutLines).not.toContain('cleanup-ran');
    expect(r.annotations).toEqual([
      expect.objectContaining({
        command: 'warning',
        properties: { file: 'a.txt', line: '2' },
        message: 'careful',
      }),
    ]);
    expect(r.summary).toBe('### summary from first\n');
    expect(r.exportedEnv).toEqual({ FROM_FIRST: 'exported' });
    expect(r.warnings).toEqual([]);
    const upload = r.steps.find((s) => s.id === 'upload')!;
    expect(upload.outcome).toBe('skipped');
    expect(upload.note).toContain('uses actions/upload-artifact@v4 with {"name":"state-phoenix","path":"x"}');
  });

  it('stops at the first failing command (bash -eo pipefail) and runs only failure() steps after it', async () => {
    const seen: Record<string, string>[] = [];
    const r = await runCompositeAction({
      actionDir: dir,
      workspace: dir,
      inputs: { fail: 'true' },
      uses: { 'actions/upload-artifact': async (w) => (seen.push(w), { outputs: { 'artifact-id': '7' } }) },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdoutLines).not.toContain('not-reached');
    expect(r.stdoutLines).not.toContain('third-ran');
    expect(r.stdoutLines).toContain('cleanup-ran');
    expect(r.outputs.after).toBe('skipped');
    expect(r.steps.map((s) => s.outcome)).toEqual(['success', 'failure', 'skipped', 'success', 'success']);
    expect(seen).toEqual([{ name: 'state-world', path: 'x' }]);
    expect(r.steps[4].outputs).toEqual({ 'artifact-id': '7' });
    expect(r.warnings).toEqual(['Input required and not supplied: must']);
  });

  it('flags inputs the action does not declare', async () => {
    const r = await runCompositeAction({ actionDir: dir, workspace: dir, inputs: { must: 'x', typo: '1' } });
    expect(r.warnings).toEqual(["Unexpected input 'typo'"]);
  });
});
