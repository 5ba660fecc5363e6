// Shared by the doc generators (gen-sudoers.mjs, gen-cli-reference.mjs): transpiles TypeScript
// sources of this repository, one file at a time (no type check, no build), into a folder that
// Node can import as ES modules, keeping their layout relative to the repository root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** Writes each of `files` (under `root`) as `.js` into `out`, plus a package.json marking ESM. */
export function transpileSources(root, files, out) {
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
}
