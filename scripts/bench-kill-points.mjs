#!/usr/bin/env node
/**
 * The full kill-point sweep (issue 10, item 3): runs test/e2e/kill-point.test.ts with every kill
 * point of the example estate (PHOENIX_KILL_POINTS=all) instead of npm test's sample, and prints
 * the figures the test writes (kill points tried, resumed applies, time).
 * Usage: node scripts/bench-kill-points.mjs
 */
import { spawnSync } from 'node:child_process';

const started = Date.now();
const r = spawnSync('npx', ['jest', 'test/e2e/kill-point.test.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  env: {
    ...process.env,
    PHOENIX_KILL_POINTS: 'all',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  },
});
for (const line of (r.stdout ?? '').split('\n'))
  if (/kill-point sweep|kill point \d+/.test(line)) console.log(line);
console.log(`total ${Math.round((Date.now() - started) / 1000)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
