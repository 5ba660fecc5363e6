/** The runner harness's readers: expressions, file commands and workflow commands (node-action-harness: the runs). */
import { evaluate, evaluateCondition, interpolate } from '../helpers/actions-expression.js';
import { loadWebhookExample, parseCommandLines, parseFileCommands } from '../helpers/runner-protocol.js';

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
