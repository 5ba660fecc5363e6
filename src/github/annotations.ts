/**
 * Workflow commands (`::error file=...,line=...::message`) for annotations. Pure: formatting and
 * path mapping only; the caller decides where the text goes (see logger.ts).
 *
 * Escaping follows the runner's rules: in the message (data) `%`, CR and LF are percent-encoded;
 * in property values `:` and `,` are encoded too, because they delimit properties.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../config/diagnostics.js';
import type { Annotation } from '../util/logger.js';

export type { Annotation } from '../util/logger.js';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::command k=v,k=v::message`. Properties keep the given order; empty or undefined values are
 * left out (the runner treats `line=` as invalid).
 */
export function formatWorkflowCommand(
  command: string,
  properties: ReadonlyArray<readonly [string, string | number | undefined]>,
  message: string,
): string {
  const props = properties
    .filter((p): p is readonly [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}

/** One annotation as a single stdout line (no trailing newline). */
export function formatAnnotation(a: Annotation): string {
  return formatWorkflowCommand(
    a.level,
    [
      ['file', a.file],
      ['line', a.line],
      ['endLine', a.endLine],
      ['col', a.col],
      ['endColumn', a.endColumn],
      ['title', a.title],
    ],
    a.message,
  );
}

/**
 * GitHub attaches an annotation to a diff line only when `file` is relative to the repository
 * root. Diagnostics carry the path as the user gave it (relative to the working directory or
 * absolute), so resolve it against `cwd` and make it relative to `workspace`. A file outside the
 * workspace keeps its absolute path (the annotation then shows in the log only).
 */
export function toWorkspacePath(file: string, workspace: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(resolve(workspace), absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

export function annotationFromDiagnostic(
  d: Diagnostic,
  paths: { readonly workspace: string; readonly cwd: string },
): Annotation {
  return {
    level: d.severity,
    message: d.message,
    file: toWorkspacePath(d.file, paths.workspace, paths.cwd),
    line: d.line,
    col: d.column,
    title: d.rule,
  };
}
