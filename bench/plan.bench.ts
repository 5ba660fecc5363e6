/**
 * Plan and render benchmark, in-process (no I/O): for 100 / 1,000 / 10,000 generated guests,
 * `plan()` against an empty host (everything created) and against a converged host where 1% of
 * the guests drifted, then the PR comment (Markdown), the job summary, the terminal text and the
 * plan file (JSON with its hash). Each size runs in its own child process so peak RSS is per size;
 * with `--guests N` it measures one size. Target: 10,000 guests planned and rendered (comment)
 * in under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveDesiredState } from '../src/model/resolve.js';
import type { DesiredState } from '../src/model/types.js';
import type { LiveState } from '../src/model/live-state.js';
import { desiredToLiveState } from '../src/plan/desired-to-live.js';
import { serializePlan } from '../src/plan/plan-file.js';
import { plan } from '../src/plan/planner.js';
import { byteLength, COMMENT_LIMIT_CHARS } from '../src/render/budget.js';
import { renderJobSummary, renderMarkdown } from '../src/render/markdown.js';
import { countPlan } from '../src/render/summary.js';
import { renderText } from '../src/render/text.js';
import { generateEstate } from './generate-estate.js';

const SIZES = [100, 1_000, 10_000];
const TARGET = { guests: 10_000, ms: 1_000 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Resolves the generated estate anew on every call (fresh Guest objects, as a real run has). */
function desiredOf(guests: number): () => DesiredState {
  const e = generateEstate(guests);
  return () =>
    resolveDesiredState({
      lxc: JSON.parse(e.texts.lxc),
      vm: JSON.parse(e.texts.vm),
      hypervisor: JSON.parse(e.texts.hypervisor),
    });
}

function emptyHost(desired: DesiredState): LiveState {
  const shape = desiredToLiveState(desired);
  return { ...shape, guests: [], templates: [], readAt: '2025-06-01T12:00:00Z', target: 'bench' };
}

/** Converged, except every 100th guest has less memory than configured. */
function driftedHost(desired: DesiredState): LiveState {
  const live = desiredToLiveState(desired);
  const guests = live.guests.map((g, i) =>
    i % 100 === 50 ? { ...g, config: { ...g.config, memory: '256' } } : g,
  );
  return { ...live, guests, readAt: '2025-06-01T12:00:00Z', target: 'bench' };
}

interface Scenario {
  readonly name: string;
  readonly live: LiveState;
}

function measureOne(guests: number): void {
  const resolve = desiredOf(guests);
  const desired = resolve();
  const scenarios: Scenario[] = [
    { name: 'empty host', live: emptyHost(desired) },
    { name: '1% drift  ', live: driftedHost(desired) },
  ];
  const runs = guests <= 100 ? 30 : guests <= 1_000 ? 10 : 5;
  for (const s of scenarios) {
    const t = {
      plan: [] as number[],
      comment: [] as number[],
      summary: [] as number[],
      text: [] as number[],
      json: [] as number[],
      total: [] as number[],
    };
    let facts = '';
    for (let r = 0; r < runs + 1; r++) {
      // A freshly resolved desired state per run: the planner memoises per-guest work (canonical
      // JSON of the guest, config and firewall hashes) on the Guest objects, which a real run
      // computes once; planning the same objects again would leave that work out.
      const fresh = resolve();
      const t0 = performance.now();
      const p = plan(fresh, s.live);
      const t1 = performance.now();
      const comment = renderMarkdown(p, { sha: 'bench' });
      const t2 = performance.now();
      const summary = renderJobSummary(p, { sha: 'bench' });
      const t3 = performance.now();
      renderText(p);
      const t4 = performance.now();
      const json = serializePlan(p);
      const t5 = performance.now();
      if (r === 0) {
        const c = countPlan(p);
        facts = `+${c.create} ~${c.change} -${c.destroy}, comment ${(byteLength(comment) / 1024).toFixed(1)} KiB, summary ${(byteLength(summary) / 1024).toFixed(0)} KiB, plan file ${(json.length / 1e6).toFixed(1)} MB`;
        if (p.errored || byteLength(comment) >= COMMENT_LIMIT_CHARS) {
          console.log(
            `  unexpected: errored=${p.errored} comment=${byteLength(comment)} bytes ${p.errors
              .slice(0, 3)
              .map((e) => e.message)
              .join('; ')}`,
          );
          process.exitCode = 1;
        }
        continue; // warm-up
      }
      t.plan.push(t1 - t0);
      t.comment.push(t2 - t1);
      t.summary.push(t3 - t2);
      t.text.push(t4 - t3);
      t.json.push(t5 - t4);
      t.total.push(t2 - t0);
    }
    const total = median(t.total);
    const verdict =
      guests === TARGET.guests
        ? total < TARGET.ms
          ? `  (target < ${TARGET.ms} ms: met)`
          : `  (target < ${TARGET.ms} ms: MISSED)`
        : '';
    console.log(
      `plan ${String(guests).padStart(6)} guests, ${s.name}: plan+comment ${total.toFixed(1).padStart(7)} ms ` +
        `(plan ${median(t.plan).toFixed(1)}, comment ${median(t.comment).toFixed(1)}; summary ${median(t.summary).toFixed(1)}, ` +
        `text ${median(t.text).toFixed(1)}, plan file ${median(t.json).toFixed(1)}; median of ${runs})  ${facts}${verdict}`,
    );
  }
  console.log(
    `plan ${String(guests).padStart(6)} guests: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

const at = process.argv.indexOf('--guests');
if (at >= 0) {
  measureOne(Number(process.argv[at + 1]));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const guests of SIZES) {
    const r = spawnSync(process.execPath, [self, '--guests', String(guests)], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}
