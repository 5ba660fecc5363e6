/**
 * A runnable `phoenix` CLI from the current sources, without a bundle: every file under src/ is
 * transpiled (no type check, so helpers' unfinished files elsewhere do not block it) into a temp
 * folder, next to a copy of schemas/ and a link to node_modules. Simulator shims need such an
 * entry script (`phoenix sim exec`) when they run behind sshd. Free of jest globals (benchmarks
 * use it too).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root: the nearest folder above this file holding package.json and src/main.ts. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'main.ts'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${from}`);
    dir = up;
  }
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Transpiles src/ into OUT_DIR; returns the CLI entry (`OUT_DIR/src/main.js`). */
export function transpilePhoenix(outDir: string, root = findRepoRoot()): string {
  for (const file of tsFiles(join(root, 'src'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        verbatimModuleSyntax: false,
      },
    });
    const target = resolve(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  if (existsSync(join(root, 'schemas')))
    cpSync(join(root, 'schemas'), join(outDir, 'schemas'), { recursive: true });
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  if (!existsSync(join(outDir, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'));
  return join(outDir, 'src', 'main.js');
}
