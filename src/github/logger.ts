/**
 * The logging seam between the engine and where it runs ("CLI = CI"). Logic modules take a
 * `Logger`; the Actions-backed one speaks workflow commands (groups, annotations), the
 * console-backed one writes plain lines and gcc-style `FILE:LINE:COL: level: message [RULE]`.
 */
import { EOL } from 'node:os';
import { formatAnnotation, type Annotation } from './annotations.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** In Actions these three also create an unlocated annotation. */
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A located finding: an annotation in Actions, a gcc-style line on a console. */
  annotate(annotation: Annotation): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** Runs `fn` inside a collapsible log group; the group is closed even when `fn` throws. */
export async function withGroup<T>(logger: Logger, name: string, fn: () => Promise<T>): Promise<T> {
  logger.startGroup(name);
  try {
    return await fn();
  } finally {
    logger.endGroup();
  }
}

/** `FILE:LINE:COL: level: message [TITLE]` (the shape of `phoenix validate`), or less when unlocated. */
export function formatAnnotationAsText(a: Annotation): string {
  const message = a.message.replace(/\r?\n/g, ' ');
  const where = a.file ? `${a.file}:${a.line ?? 1}:${a.col ?? 1}: ` : '';
  return `${where}${a.level}: ${message}${a.title ? ` [${a.title}]` : ''}`;
}

export interface ConsoleSink {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** For runs outside Actions (`npx phoenix ...`): findings and progress on stdout, problems on stderr. */
export function createConsoleLogger(io: ConsoleSink, options: { debug?: boolean } = {}): Logger {
  let depth = 0;
  const indent = (): string => '  '.repeat(depth);
  return {
    debug: (m) => {
      if (options.debug) io.stderr(`${indent()}debug: ${m}\n`);
    },
    info: (m) => io.stdout(`${indent()}${m}\n`),
    notice: (m) => io.stdout(`${indent()}notice: ${m}\n`),
    warning: (m) => io.stderr(`${indent()}warning: ${m}\n`),
    error: (m) => io.stderr(`${indent()}error: ${m}\n`),
    annotate: (a) => io.stdout(`${formatAnnotationAsText(a)}\n`),
    startGroup: (name) => {
      io.stdout(`${indent()}${name}\n`);
      depth++;
    },
    endGroup: () => {
      depth = Math.max(0, depth - 1);
    },
  };
}

/**
 * Backed by @actions/core, loaded lazily so that CLI commands which never run in Actions do not
 * load the toolkit (and its HTTP client). Annotations are formatted by annotations.ts (file, line,
 * col, title, in that order) and written to the same stdout as the toolkit's commands.
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
