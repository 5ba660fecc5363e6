// Bundles src/main.ts into dist/index.js with ncc (ESM). Deterministic: CI rebuilds and diffs dist/.
import { execFileSync } from 'node:child_process';
import { rmSync, readdirSync, chmodSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['ncc', 'build', 'src/main.ts', '-o', 'dist', '--target', 'es2022', '-q'], { stdio: 'inherit' });
chmodSync('dist/index.js', 0o755);
console.log('dist/:', readdirSync('dist').join(' '));
