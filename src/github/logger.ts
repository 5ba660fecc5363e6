/**
 * The Actions implementation of the `Logger` seam (src/util/logger.ts): messages and groups go
 * through @actions/core, annotations are workflow commands formatted by annotations.ts.
 */
import { EOL } from 'node:os';
import type { Logger } from '../util/logger.js';
import { formatAnnotation } from './annotations.js';

/**
 * Backed by @actions/core, loaded lazily so that CLI commands which never run in Actions do not
 * load the toolkit (and its HTTP client). Annotations are formatted by annotations.ts (file, line,
 * col, title, in that order) and written to the same stdout as the toolkit's commands. A group's
 * `stamp` is left out: the runner times every line itself.
 */
export async function createActionsLogger(
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<Logger> {
  const core = await import('@actions/core');
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    annotate: (a) => write(formatAnnotation(a) + EOL),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
  };
}
