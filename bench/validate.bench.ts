/**
 * Validation benchmark: parse the three files from text, JSON Schema check, resolve, semantic
 * rules; in-process, no disk I/O. Without arguments it runs each size in its own child process
 * (so peak RSS is per size); with `--guests N` it measures one size and prints one line.
 * Target: 10,000 guests under 1 s per run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/config/diagnostics.js';
import { parseJsonSource } from '../src/config/json-source.js';
import type { LoadedConfig } from '../src/config/load.js';
import { runRules } from '../src/config/rules/index.js';
import { checkSchemas } from '../src/config/schema-check.js';
import { validateLoaded } from '../src/config/validate.js';
import { resolveDesiredState } from '../src/model/resolve.js';
import { CONFIG_FILES, type ConfigFileKey } from '../src/model/types.js';
import { generateEstate, type GeneratedEstate } from './generate-estate.js';

const SIZES = [100, 1_000, 10_000];
const TARGET_MS = { guests: 10_000, ms: 1_000 };

function load(estate: GeneratedEstate): LoadedConfig {
  const sources: LoadedConfig['sources'] = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    const parsed = parseJsonSource(`bench/${CONFIG_FILES[key]}`, estate.texts[key]);
    diagnostics.push(...parsed.diagnostics);
    sources[key] = parsed.source;
  }
  return { dir: 'bench', sources, present: { lxc: true, vm: true, hypervisor: true }, diagnostics };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measureOne(guests: number): void {
  const estate = generateEstate(guests);
  const bytes = Object.values(estate.texts).reduce((n, t) => n + t.length, 0);
  const runs = guests <= 100 ? 50 : guests <= 1_000 ? 20 : 7;
  const total: number[] = [];
  const phases = { parse: [] as number[], schema: [] as number[], rules: [] as number[] };
  for (let r = 0; r < runs + 2; r++) {
    // The pipeline of `phoenix validate` after reading the files (validateLoaded), in phases.
    const t0 = performance.now();
    const loaded = load(estate);
    const t1 = performance.now();
    checkSchemas(loaded);
    const t2 = performance.now();
    const desired = resolveDesiredState({
      lxc: loaded.sources.lxc?.value,
      vm: loaded.sources.vm?.value,
      hypervisor: loaded.sources.hypervisor?.value,
    });
    runRules({ loaded, desired, scripts: estate.scripts });
    const t3 = performance.now();
    if (r < 2) continue; // warm-up
    total.push(t3 - t0);
    phases.parse.push(t1 - t0);
    phases.schema.push(t2 - t1);
    phases.rules.push(t3 - t2);
  }
  const findings = validateLoaded(load(estate), estate.scripts).diagnostics.length;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const ms = median(total);
  const checks = median(phases.schema) + median(phases.rules);
  const verdict =
    guests === TARGET_MS.guests
      ? `\n  target ${TARGET_MS.guests} guests < ${TARGET_MS.ms} ms: schema+rules ${checks.toFixed(0)} ms ` +
        `${checks < TARGET_MS.ms ? 'met' : 'MISSED'}; with parsing ${ms.toFixed(0)} ms ${ms < TARGET_MS.ms ? 'met' : 'MISSED'}`
      : '';
  console.log(
    `validate ${String(guests).padStart(6)} guests ${(bytes / 1e6).toFixed(1).padStart(5)} MB: ` +
      `${ms.toFixed(1).padStart(7)} ms/run (parse ${median(phases.parse).toFixed(1)}, schema ${median(phases.schema).toFixed(1)}, ` +
      `resolve+rules ${median(phases.rules).toFixed(1)}; median of ${runs})  peak RSS ${rssMb.toFixed(0)} MB  findings ${findings}${verdict}`,
  );
  if (findings !== 0) {
    console.log('  unexpected findings in the generated estate:');
    for (const d of validateLoaded(load(estate), estate.scripts).diagnostics.slice(0, 5)) {
      console.log(`  ${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);
    }
    process.exitCode = 1;
  }
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
