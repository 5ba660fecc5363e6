/** A finding about the configuration, located in the file the user wrote. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file as the user named it (config dir joined with the file name). */
  readonly file: string;
  /** 1-based line and column of the offending value or key. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** Stable identifier of the rule, e.g. `PHX-CLONE-SOURCE`. */
  readonly rule: string;
  readonly message: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : 1;
}

/** The gcc shape GitHub problem matchers read: `FILE:LINE:COL: error|warning: MESSAGE [RULE]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const message = d.message.replace(/\r?\n/g, ' ');
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.rule}]`;
}

export function countBySeverity(diags: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diags) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
