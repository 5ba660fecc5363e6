/**
 * ssh2 (and a few other CommonJS dependencies) read `__dirname` at run time; an ncc ESM bundle
 * has none, so the first SSH handshake would crash. Define it from this module's URL before any
 * of them load. Imported first by the bundle entry.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string; __filename?: string };
if (typeof g.__dirname !== 'string') {
  g.__filename = fileURLToPath(import.meta.url);
  g.__dirname = dirname(g.__filename);
}
export {};
