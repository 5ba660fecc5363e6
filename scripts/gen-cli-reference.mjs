// Writes the CLI reference into README.md between the markers
// `<!-- BEGIN GENERATED CLI (scripts/gen-cli-reference.mjs) -->` and `<!-- END GENERATED CLI -->`.
// Usage: node scripts/gen-cli-reference.mjs [--check] [--out FILE] [--print]
//   --check     exit 1 (and write nothing) when the block in the file differs from a fresh render.
//   --out FILE  the Markdown file to update or check (default README.md).
//   --print     print the block only.
// The reference comes from the command declarations (src/cli/command-specs.ts, src/cli/specs/),
// rendered by src/cli/cli-reference.ts; the sources are transpiled on the fly (no build needed).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transpileSources } from './transpile-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT = arg('--out') ?? join(root, 'README.md');

/** The modules the reference needs: the declarations and the renderer (they import nothing else). */
function sources() {
  const cli = join(root, 'src', 'cli');
  const specs = join(cli, 'specs');
  return [
    join(cli, 'command-spec.ts'),
    join(cli, 'command-specs.ts'),
    join(cli, 'cli-reference.ts'),
    ...readdirSync(specs)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(specs, f)),
  ];
}

async function render() {
  const out = mkdtempSync(join(tmpdir(), 'phoenix-cli-ref-'));
  try {
    transpileSources(root, sources(), out);
    const mod = await import(pathToFileURL(join(out, 'src', 'cli', 'cli-reference.js')).href);
    return { block: mod.renderCliReference(), begin: mod.CLI_BEGIN, end: mod.CLI_END };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const { block, begin, end: END } = await render();
if (process.argv.includes('--print')) {
  process.stdout.write(block + '\n');
  process.exit(0);
}
const doc = readFileSync(OUT, 'utf8');
const start = doc.indexOf(begin);
const end = doc.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${OUT}: markers ${begin} ... ${END} not found`);
  process.exit(2);
}
const next = doc.slice(0, start) + block + doc.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== doc) {
    console.error(`${OUT}: the CLI reference is out of date; run: node scripts/gen-cli-reference.mjs`);
    process.exit(1);
  }
  console.log(`${OUT}: CLI reference up to date`);
} else if (next !== doc) {
  writeFileSync(OUT, next);
  console.log(`${OUT}: CLI reference updated`);
} else {
  console.log(`${OUT}: CLI reference already up to date`);
}
