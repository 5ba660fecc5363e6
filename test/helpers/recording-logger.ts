/** A `Logger` that records every call as one line (`group NAME [STAMP]`, `info TEXT`, ...), for job tests. */
import type { Logger } from '../../src/util/logger.js';

export interface RecordingLogger extends Logger {
  readonly lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (m) => lines.push(`info ${m}`),
    notice: (m) => lines.push(`notice ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    annotate: (a) => lines.push(`annotate ${a.level} ${a.message}`),
    startGroup: (name, o) => lines.push(`group ${name}${o?.stamp ? ` ${o.stamp}` : ''}`),
    endGroup: () => lines.push('endgroup'),
  };
}
