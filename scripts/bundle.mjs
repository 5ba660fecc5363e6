// Bundles src/main.ts into dist/ with ncc (ESM). Deterministic: CI rebuilds and diffs dist/.
//
// ssh2's optional native helpers (cpu-features, sshcrypto) and its Windows pageant helper are
// copied by ncc when they happen to be compiled in node_modules. They depend on the machine that
// ran `npm ci` and ssh2 falls back to pure JavaScript without them, so they are left out.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['ncc', 'build', 'src/main.ts', '-o', 'dist', '--target', 'es2022', '-q'], { stdio: 'inherit' });
rmSync('dist/pagent.exe', { force: true });
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.node')) rmSync(join(entry.parentPath ?? entry.path, entry.name));
}
for (const dir of ['dist/build', 'dist/lib']) rmSync(dir, { recursive: true, force: true });
chmodSync('dist/index.js', 0o755);
console.log(`dist/: ${readdirSync('dist').length} files`);
