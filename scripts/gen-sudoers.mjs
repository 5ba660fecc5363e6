// Writes the sudoers allow-list for the self-hosted runner into docs/runner-setup.md, between
// the markers `<!-- BEGIN GENERATED SUDOERS -->` and `<!-- END GENERATED SUDOERS -->`.
// Usage: node scripts/gen-sudoers.mjs [--check] [--out FILE] [--user NAME] [--print]
//   --check     exit 1 (and write nothing) when the block in the file differs from a fresh render.
//   --out FILE  the Markdown file to update or check (default docs/runner-setup.md).
//   --user NAME the runner account named in the rules (default github-runner, as in the doc).
//   --print     print the sudoers text only.
// The rules come from HOST_PROGRAMS (src/proxmox/commands/programs.ts), rendered by
// src/proxmox/sudoers.ts; the sources are transpiled on the fly (no build needed).
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transpileSources } from './transpile-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT = arg('--out') ?? join(root, 'docs', 'runner-setup.md');
const USER = arg('--user') ?? 'github-runner';
export const BEGIN = '<!-- BEGIN GENERATED SUDOERS -->';
export const END = '<!-- END GENERATED SUDOERS -->';

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

async function render() {
  const out = mkdtempSync(join(tmpdir(), 'phoenix-sudoers-'));
  try {
    // src/proxmox holds the registry and the renderer; util/ the error classes some builders import.
    const files = [...tsFiles(join(root, 'src', 'proxmox')), ...tsFiles(join(root, 'src', 'util'))];
    transpileSources(root, files, out);
    symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
    const mod = await import(pathToFileURL(join(out, 'src', 'proxmox', 'sudoers.js')).href);
    return mod.renderSudoers({ user: USER });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The Markdown between the markers: the sudoers text in a fenced block. */
export function block(sudoers) {
  return `${BEGIN}\n\n\`\`\`sudoers\n${sudoers}\`\`\`\n\n${END}`;
}

const sudoers = await render();
if (process.argv.includes('--print')) {
  process.stdout.write(sudoers);
  process.exit(0);
}
const doc = readFileSync(OUT, 'utf8');
const start = doc.indexOf(BEGIN);
const end = doc.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${OUT}: markers ${BEGIN} ... ${END} not found`);
  process.exit(2);
}
const next = doc.slice(0, start) + block(sudoers) + doc.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== doc) {
    console.error(`${OUT}: the sudoers block is out of date; run: node scripts/gen-sudoers.mjs`);
    process.exit(1);
  }
  console.log(`${OUT}: sudoers block up to date`);
} else if (next !== doc) {
  writeFileSync(OUT, next);
  console.log(`${OUT}: sudoers block updated`);
} else {
  console.log(`${OUT}: sudoers block already up to date`);
}
