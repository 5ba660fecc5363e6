#!/usr/bin/env node
/**
 * The simulator scaling benchmark alone (issue 11, item 6): compiles the benchmarks as
 * `npm run bench` does (scripts/bench.mjs, `tsc -p tsconfig.bench.json` into build/) and runs
 * bench/sim.bench.ts, which applies 300 and 1,000 generated guests from scratch on the simulator
 * and prints wall time and commands. `npm run bench` runs it with the others;
 * `npm run bench -- sim` runs only it. Usage: node scripts/bench-sim.mjs [GUESTS...]
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const built = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.bench.json')], {
  cwd: root,
  encoding: 'utf8',
});
if (built.status !== 0)
  console.error(
    `bench-sim: tsc reported problems (running what was emitted anyway):\n${built.stdout}${built.stderr}`,
  );
const r = spawnSync(
  process.execPath,
  ['--no-warnings', join(root, 'build', 'bench', 'sim.bench.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
