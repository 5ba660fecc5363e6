/**
 * Output formats of the Proxmox CLIs (PVE::CLIFormatter): compact canonical JSON
 * (`--output-format json`), Perl JSON::PP's pretty form (3-space indent, ` : ` separators) for
 * `json-pretty` and agent results, YAML, and bordered text tables.
 */

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

export function canonicalJson(v: unknown): string {
  return JSON.stringify(sortKeys(v)) + '\n';
}

export function perlPrettyJson(v: unknown): string {
  const render = (x: unknown, indent: string): string => {
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      const inner = indent + '   ';
      return `[\n${x.map((e) => inner + render(e, inner)).join(',\n')}\n${indent}]`;
    }
    if (x && typeof x === 'object') {
      const keys = Object.keys(x).sort();
      if (keys.length === 0) return '{}';
      const inner = indent + '   ';
      return `{\n${keys
        .map((k) => `${inner}${JSON.stringify(k)} : ${render((x as Record<string, unknown>)[k], inner)}`)
        .join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(x) ?? 'null';
  };
  return render(v, '') + '\n';
}

export function yaml(v: unknown, indent = ''): string {
  const scalar = (x: unknown): string => {
    if (x === null || x === undefined) return '~';
    if (typeof x === 'string')
      return /^[\w./@:+-]+$/.test(x) && !/^(true|false|null|~|\d.*)$/i.test(x) ? x : JSON.stringify(x);
    return String(x);
  };
  if (Array.isArray(v)) {
    if (v.length === 0) return `${indent}[]\n`;
    return v
      .map((e) => {
        if (e && typeof e === 'object') {
          const body = yaml(e, indent + '  ');
          return `${indent}- ${body.slice(indent.length + 2)}`;
        }
        return `${indent}- ${scalar(e)}\n`;
      })
      .join('');
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    if (keys.length === 0) return `${indent}{}\n`;
    return keys
      .map((k) => {
        const x = (v as Record<string, unknown>)[k];
        if (x && typeof x === 'object') return `${indent}${k}:\n${yaml(x, indent + '  ')}`;
        return `${indent}${k}: ${scalar(x)}\n`;
      })
      .join('');
  }
  return `${indent}${scalar(v)}\n`;
}

function cell(x: unknown): string {
  if (x === undefined || x === null) return '';
  if (typeof x === 'object') return JSON.stringify(x);
  return String(x);
}

function table(header: string[], rows: string[][], border: boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    border
      ? `│ ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ')} │\n`
      : `${cells.map((c, i) => c.padEnd(widths[i]!)).join(' ')}\n`;
  const rule = (l: string, m: string, r: string, f: string): string =>
    `${l}${widths.map((w) => f.repeat(w + 2)).join(m)}${r}\n`;
  let out = border ? rule('┌', '┬', '┐', '─') : '';
  out += line(header);
  if (border) out += rule('╞', '╪', '╡', '═');
  for (const r of rows) out += line(r);
  if (border) out += rule('└', '┴', '┘', '─');
  return out;
}

/** `--output-format text`: a table for lists and objects, the value for scalars. */
export function textOutput(v: unknown, o: { noborder?: boolean; noheader?: boolean } = {}): string {
  const border = !o.noborder;
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    if (v.every((e) => e && typeof e === 'object' && !Array.isArray(e))) {
      const cols = [...new Set(v.flatMap((e) => Object.keys(e as object)))].sort();
      const rows = v.map((e) => cols.map((c) => cell((e as Record<string, unknown>)[c])));
      const t = table(cols, rows, border);
      return o.noheader
        ? t
            .split('\n')
            .slice(border ? 3 : 1)
            .join('\n')
        : t;
    }
    return v.map((e) => cell(e) + '\n').join('');
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return table(
      ['key', 'value'],
      keys.map((k) => [k, cell((v as Record<string, unknown>)[k])]),
      border,
    );
  }
  return v === undefined || v === null ? '' : `${cell(v)}\n`;
}

export function formatApiResult(
  v: unknown,
  format: string,
  o: { noborder?: boolean; noheader?: boolean } = {},
): string {
  switch (format) {
    case 'json':
      return canonicalJson(v);
    case 'json-pretty':
      return perlPrettyJson(v);
    case 'yaml':
      return yaml(v);
    default:
      return textOutput(v, o);
  }
}

/** `formatApiResult` as the CLI options `--output-format`, `--noborder` and `--noheader` ask. */
export function formatForOptions(v: unknown, opts: Readonly<Record<string, string>>): string {
  return formatApiResult(v, opts['output-format'] ?? 'text', {
    noborder: opts.noborder === '1',
    noheader: opts.noheader === '1',
  });
}
