/** Reads the three config files of a config dir into positioned JSON sources. No validation here. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILES, type ConfigFileKey } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import { decodeUtf8, parseJsonSource, type JsonSource } from './json-source.js';

export interface LoadedConfig {
  readonly dir: string;
  /** Parsed files; a file that is absent or unparseable is missing here. */
  readonly sources: Partial<Record<ConfigFileKey, JsonSource>>;
  /** Which files exist (even if they failed to parse). */
  readonly present: Partial<Record<ConfigFileKey, boolean>>;
  readonly diagnostics: Diagnostic[];
}

/** Display path: the dir as the user gave it, joined with the file name. */
export function displayPath(dir: string, fileName: string): string {
  return join(dir, fileName);
}

export async function loadConfigDir(dir: string): Promise<LoadedConfig> {
  const sources: Partial<Record<ConfigFileKey, JsonSource>> = {};
  const present: Partial<Record<ConfigFileKey, boolean>> = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    const file = displayPath(dir, CONFIG_FILES[key]);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'PHX-FILE-READ',
          message: `cannot read file: ${code ?? String(err)}`,
        });
        present[key] = true;
      }
      continue;
    }
    present[key] = true;
    const decoded = decodeUtf8(file, bytes);
    if (decoded.diagnostic) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const parsed = parseJsonSource(file, decoded.text!);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.source.value !== undefined && !parsed.diagnostics.some((d) => d.rule === 'PHX-JSON-SYNTAX')) {
      sources[key] = parsed.source;
    }
  }
  if (!present.lxc && !present.vm) {
    diagnostics.push({
      file: displayPath(dir, CONFIG_FILES.lxc),
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'PHX-FILE-MISSING',
      message: `no guests to manage: neither ${CONFIG_FILES.lxc} nor ${CONFIG_FILES.vm} exists in ${dir}`,
    });
  }
  return { dir, sources, present, diagnostics };
}
