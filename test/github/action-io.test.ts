/**
 * Every input an action's code reads is declared in its action.yml, and every output the code
 * sets is declared too (the root action covers all commands). The code paths are found from
 * each action's module by following relative imports inside src/github/; input reads are calls
 * to get*Input(env, 'name'), outputs the keys of setOutputs(env, {...}) (spreads and named
 * objects followed within the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/shared.js';

const GITHUB_SRC = join(REPO_ROOT, 'src', 'github');
/**
 * Modules other actions import for one helper but that read one action's inputs: inputs.ts
 * (validate's settings) and apply-settings.ts (drift uses its runUrl). Followed only from the
 * action they belong to, where they are listed as roots.
 */
const SHARED_READERS = new Set(['inputs.ts', 'apply-settings.ts'].map((f) => join(GITHUB_SRC, f)));
const ROOTS: Record<string, string[]> = {
  validate: ['validate-action.ts', 'inputs.ts'],
  plan: ['plan-action.ts'],
  apply: ['apply-action.ts', 'apply-settings.ts'],
  drift: ['drift-action.ts'],
  'setup-hypervisor': ['setup-action.ts'],
};

function codePath(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from '(\.\/[\w-]+)\.js'/g)) {
      const next = resolve(dirname(file), `${m[1]}.ts`);
      if (!SHARED_READERS.has(next)) visit(next);
    }
  };
  for (const r of roots) visit(join(GITHUB_SRC, r));
  return [...seen];
}

function objectKeys(node: ts.Expression, objects: Map<string, ts.ObjectLiteralExpression>): string[] {
  const literal = ts.isIdentifier(node) ? objects.get(node.text) : node;
  if (!literal || !ts.isObjectLiteralExpression(literal)) return [];
  const keys: string[] = [];
  for (const p of literal.properties) {
    if (ts.isSpreadAssignment(p)) keys.push(...objectKeys(p.expression, objects));
    else if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) keys.push(p.name.text);
  }
  return keys;
}

function scan(files: readonly string[]): { inputs: Set<string>; outputs: Set<string> } {
  const inputs = new Set<string>();
  const outputs = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const objects = new Map<string, ts.ObjectLiteralExpression>();
    const calls: ts.CallExpression[] = [];
    const walk = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init: ts.Expression = node.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) objects.set(node.name.text, init);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) calls.push(node);
      ts.forEachChild(node, walk);
    };
    walk(source);
    for (const call of calls) {
      const name = (call.expression as ts.Identifier).text;
      const [, second] = call.arguments;
      if (/^get\w*Input$/.test(name) && second && ts.isStringLiteral(second)) inputs.add(second.text);
      if (name === 'setOutputs' && second) for (const k of objectKeys(second, objects)) outputs.add(k);
    }
  }
  return { inputs, outputs };
}

interface Manifest {
  inputs?: Record<string, object>;
  outputs?: Record<string, object>;
}
const manifest = (dir: string): Manifest =>
  parseYaml(readFileSync(join(REPO_ROOT, dir, 'action.yml'), 'utf8')) as Manifest;

const missing = (used: Set<string>, declared: Record<string, object> | undefined): string[] =>
  [...used].filter((n) => !Object.hasOwn(declared ?? {}, n)).sort();

describe('action inputs and outputs match the code', () => {
  it('finds the reads and writes it looks for (guards against a scan that finds nothing)', () => {
    const { inputs, outputs } = scan(codePath(ROOTS.apply));
    expect([...inputs]).toEqual(expect.arrayContaining(['config-dir', 'ssh-key-passphrase', 'lock-timeout']));
    expect([...outputs]).toEqual(expect.arrayContaining(['status', 'plan-hash', 'state-file']));
  });

  it.each(Object.keys(ROOTS))('actions/%s declares every input it reads and output it sets', (action) => {
    const { inputs, outputs } = scan(codePath(ROOTS[action]));
    const m = manifest(`actions/${action}`);
    expect({ inputs: missing(inputs, m.inputs), outputs: missing(outputs, m.outputs) }).toEqual({
      inputs: [],
      outputs: [],
    });
  });

  it('the root action declares every input and output of every command', () => {
    const { inputs, outputs } = scan(codePath(Object.values(ROOTS).flat()));
    const m = manifest('.');
    expect({ inputs: missing(inputs, m.inputs), outputs: missing(outputs, m.outputs) }).toEqual({
      inputs: [],
      outputs: [],
    });
  });
});
