/**
 * Feature and application scripts as apply pushes them: read from the config dir once, and
 * checked against the content hash the plan recorded, so apply never runs a script other than the
 * one the reviewed plan names.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UNKNOWN_HASH } from '../plan/markers.js';
import { readLibHelpers, scriptDigest, type LibHelper } from '../plan/script-hashes.js';

export class ScriptError extends Error {
  /** The script file does not exist (a test reported as not run). */
  missing = false;
}

export class ScriptStore {
  private readonly cache = new Map<string, Promise<{ text: string; sha: string }>>();
  private libCache: Promise<LibHelper[]> | undefined;

  constructor(private readonly configDir: string) {}

  /** The shared helpers of `<config-dir>/lib/`, pushed beside every script (read once). */
  libs(): Promise<readonly LibHelper[]> {
    this.libCache ??= readLibHelpers(this.configDir).catch((err: NodeJS.ErrnoException) => {
      throw new ScriptError(`cannot read ${join(this.configDir, 'lib')}: ${err.code ?? err.message}`);
    });
    return this.libCache;
  }

  private load(path: string): Promise<{ text: string; sha: string }> {
    let p = this.cache.get(path);
    if (!p) {
      p = Promise.all([readFile(join(this.configDir, path)), this.libs()]).then(
        ([bytes, libs]) => ({ text: bytes.toString('utf8'), sha: scriptDigest(bytes, libs) }),
        (err: NodeJS.ErrnoException) => {
          if (err instanceof ScriptError) throw err;
          const e = new ScriptError(`cannot read ${join(this.configDir, path)}: ${err.code ?? err.message}`);
          e.missing = err.code === 'ENOENT';
          throw e;
        },
      );
      this.cache.set(path, p);
    }
    return p;
  }

  /**
   * The script at `path` (relative to the config dir). `token` is the short content hash (script
   * and `lib/` helpers) the plan recorded (`features/x.sh` steps) or `unknown` when the plan could not hash it.
   */
  async read(path: string, token: string): Promise<string> {
    const { text, sha } = await this.load(path);
    if (token !== UNKNOWN_HASH && !sha.startsWith(token)) {
      throw new ScriptError(
        `${path} changed after the plan was made (plan: ${token}, now: ${sha.slice(0, token.length)}); plan again`,
      );
    }
    return text;
  }
}

/** The content token inside an application step's hash `SCRIPT@CONTENT+CONFIG`. */
export function appContentToken(appHash: string): string {
  const m = /@([^+]*)\+/.exec(appHash);
  return m ? m[1]! : UNKNOWN_HASH;
}
