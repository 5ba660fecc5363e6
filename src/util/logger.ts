/**
 * The logging seam between the engine and where it runs ("CLI = CI"). Jobs, reporters and actions
 * take a `Logger`; the Actions-backed one (src/github/logger.ts) speaks workflow commands (groups,
 * annotations), the terminal one here writes plain lines and gcc-style
 * `FILE:LINE:COL: level: message [RULE]`. Nothing outside src/github writes workflow commands.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** A finding, located in a file when `file` is set. */
export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  /** Path relative to the repository root (GITHUB_WORKSPACE), with `/` separators. */
  readonly file?: string;
  /** 1-based. */
  readonly line?: number;
  readonly endLine?: number;
  /** 1-based. */
  readonly col?: number;
  readonly endColumn?: number;
  /** Shown as the annotation's heading; Phoenix puts the rule id here. */
  readonly title?: string;
}

export interface GroupOptions {
  /**
   * How long the run has taken, e.g. `[   1.2s]`. A terminal shows it before the group's name;
   * Actions leaves it out, because the runner times every log line itself.
   */
  readonly stamp?: string;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** In Actions these three also create an unlocated annotation. */
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A located finding: an annotation in Actions, a gcc-style line on a terminal. */
  annotate(annotation: Annotation): void;
  /** Opens a group: collapsible in Actions, a heading line on a terminal. */
  startGroup(name: string, options?: GroupOptions): void;
  endGroup(): void;
}

/** Runs `fn` inside a log group; the group is closed even when `fn` throws. */
export async function withGroup<T>(logger: Logger, name: string, fn: () => Promise<T>): Promise<T> {
  logger.startGroup(name);
  try {
    return await fn();
  } finally {
    logger.endGroup();
  }
}

/** A finished block of text (its lines joined by `\n`) as one group. */
export function logGroup(logger: Logger, name: string, body: string, options?: GroupOptions): void {
  logger.startGroup(name, options);
  logger.info(body);
  logger.endGroup();
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

/**
 * Whether terminal output may use ANSI colour: only on a terminal, and never when `NO_COLOR` is
 * set to a non-empty value (https://no-color.org) or `--no-color` was given.
 */
export function colorEnabled(o: {
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly noColorFlag?: boolean;
}): boolean {
  return o.isTTY && !o.noColorFlag && !o.env.NO_COLOR;
}

export interface ConsoleLoggerOptions {
  readonly debug?: boolean;
  /** Colour the `warning:` and `error:` prefixes (decide with `colorEnabled`). Default off. */
  readonly color?: boolean;
  /**
   * Indent what is logged inside a group by two spaces per level (default). Off for blocks whose
   * lines carry their own indentation, such as apply's per-guest step lists.
   */
  readonly indentGroups?: boolean;
}

/** For runs on a terminal (`npx phoenix ...`): findings and progress on stdout, problems on stderr. */
export function createConsoleLogger(io: ConsoleSink, options: ConsoleLoggerOptions = {}): Logger {
  const step = options.indentGroups === false ? 0 : 1;
  let depth = 0;
  const indent = (): string => '  '.repeat(depth * step);
  const paint = (code: number, s: string): string => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    debug: (m) => {
      if (options.debug) io.stderr(`${indent()}debug: ${m}\n`);
    },
    info: (m) => io.stdout(`${indent()}${m}\n`),
    notice: (m) => io.stdout(`${indent()}notice: ${m}\n`),
    warning: (m) => io.stderr(`${indent()}${paint(33, 'warning:')} ${m}\n`),
    error: (m) => io.stderr(`${indent()}${paint(31, 'error:')} ${m}\n`),
    annotate: (a) => io.stdout(`${formatAnnotationAsText(a)}\n`),
    startGroup: (name, o) => {
      io.stdout(`${indent()}${o?.stamp ? `${o.stamp} ` : ''}${name}\n`);
      depth++;
    },
    endGroup: () => {
      depth = Math.max(0, depth - 1);
    },
  };
}
