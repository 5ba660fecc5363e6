/**
 * Access to `../shared` (upstream configs, PVE API schema, SchemaStore schemas). Tests that need
 * it call `describeShared`, which skips with a clear message when the folder is absent so a clone
 * elsewhere still passes.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.PHOENIX_SHARED_DIR ?? resolve(REPO_ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED_DIR, 'pve-api')) && existsSync(join(SHARED_DIR, 'fixtures'));

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** `describe` that skips (and says why) when ../shared is not there. */
export const describeShared: jest.Describe = hasShared
  ? describe
  : (((name: string) => {
      // The body is not run: it may read ../shared while collecting its tests.
      describe(name, () => {
        it.skip(`skipped: ${SHARED_DIR} not found; these tests read the shared upstream data`, () => {});
      });
    }) as unknown as jest.Describe);
