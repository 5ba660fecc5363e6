/**
 * The one Markdown text escaper: text made safe inside a table cell or a summary line (no raw
 * HTML, no `|` that ends the cell, no line break that ends the row). Pure.
 */

export interface CellOptions {
  /**
   * What a line break becomes: `' '` (default; a run of breaks is one space) or `'<br>'` (each
   * break kept, for cells whose lines matter, such as findings and step notes).
   */
  readonly lineBreak?: ' ' | '<br>';
  /** Drop leading and trailing white space first. */
  readonly trim?: boolean;
}

const CELL_SPECIALS = /[&<>|\r\n]/;

export function escapeCell(text: string, options: CellOptions = {}): string {
  const s = options.trim ? text.trim() : text;
  if (!CELL_SPECIALS.test(s)) return s;
  const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
  return options.lineBreak === '<br>'
    ? escaped.replace(/\r?\n|\r/g, '<br>')
    : escaped.replace(/[\r\n]+/g, ' ');
}

/** A job-summary table cell: trimmed, each line break kept as `<br>`. */
export function escapeTableCell(text: string): string {
  return escapeCell(text, { lineBreak: '<br>', trim: true });
}
