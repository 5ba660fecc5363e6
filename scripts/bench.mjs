#!/usr/bin/env node
/**
 * `npm run bench [-- NAME...]`: runs every `bench/*.bench.{ts,mjs}` in turn, each in its own
 * Node process (so one benchmark's heap never skews another's peak RSS).
 *
 * How TypeScript benchmarks run: the sources are TypeScript and there is no TS loader among the
 * dependencies, so this runner first compiles `bench/**\/*.ts` with `tsc -p tsconfig.bench.json`
 * into `build/` (git-ignored). tsc follows the imports, so only the modules a benchmark uses are
 * emitted (plus the JSON schemas they import), as ESM next to the same relative layout:
 * `bench/x.bench.ts` runs as `build/bench/x.bench.js` and imports `build/src/...`. The build is
 * incremental, so re-runs are quick. A type error elsewhere in the tree is printed but does not
 * stop the run as long as the files were emitted. Plain `.mjs` benchmarks run as they are.
 *
 * To add a benchmark (state read, plan, apply...), drop `bench/<name>.bench.ts` in; it should
 * print one line per measurement and set a non-zero exit code on failure.
 * Optional arguments filter by name: `npm run bench -- validate`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: no benchmark matches ${filters.join(', ') || '(none in bench/)'}`);
  process.exit(2);
}

if (benches.some((f) => f.endsWith('.ts'))) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.bench.json')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(`bench: tsc reported problems (running what was emitted anyway):\n${r.stdout}${r.stderr}`);
  }
}

let failed = 0;
for (const file of benches) {
  const target = file.endsWith('.ts')
    ? join(root, 'build', 'bench', file.replace(/\.ts$/, '.js'))
    : join(root, 'bench', file);
  console.log(`== ${file}`);
  if (!existsSync(target)) {
    console.error(`bench: ${target} was not built`);
    failed++;
    continue;
  }
  const r = spawnSync(process.execPath, ['--no-warnings', target], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
