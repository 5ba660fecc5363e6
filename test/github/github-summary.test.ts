import type { Annotation } from '../../src/github/annotations.js';
import { blobUrl, budgetedTable, renderValidationSummary, tableHeader } from '../../src/github/summary.js';
import { escapeTableCell } from '../../src/render/cell.js';

const links = {
  serverUrl: 'https://github.com',
  repository: 'octo/estate',
  sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
};
const finding = (over: Partial<Annotation> = {}): Annotation => ({
  level: 'error',
  file: 'config/phoenix_lxc_configs.json',
  line: 12,
  col: 5,
  title: 'PHX-IP-DUPLICATE',
  message: 'IP 10.0.0.5 is also used by CT 951',
  ...over,
});

/** Splits a rendered Markdown table row into its cells, honouring `\|` escapes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('table cells', () => {
  it('escapes pipes, HTML and line breaks', () => {
    expect(escapeTableCell(' a|b <script>&\nnext\r\nlast ')).toBe(
      'a\\|b &lt;script&gt;&amp;<br>next<br>last',
    );
  });

  it('keeps a row with hostile text at exactly four cells', () => {
    const md = renderValidationSummary({
      configDir: 'config',
      guests: 1,
      errors: 1,
      warnings: 0,
      findings: [finding({ message: 'a | b | c\n| d', title: 'R|X' })],
      links,
    });
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| --- '));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(cells(r)).toHaveLength(4);
  });
});

describe('blob links', () => {
  it('links to the file and line at the commit, encoding path segments', () => {
    expect(blobUrl(links, 'config/my file.json', 3)).toBe(
      'https://github.com/octo/estate/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/config/my%20file.json#L3',
    );
  });
  it('gives no link without repository/sha or for absolute paths', () => {
    expect(blobUrl({ serverUrl: 'https://github.com' }, 'config/a.json', 1)).toBeUndefined();
    expect(blobUrl(links, '/tmp/a.json', 1)).toBeUndefined();
  });
});

describe('validation summary', () => {
  it('says no problems when clean, with guest count and short sha', () => {
    const md = renderValidationSummary({
      configDir: 'config',
      guests: 9,
      errors: 0,
      warnings: 0,
      findings: [],
      links,
    });
    expect(md).toContain('## Phoenix validate: :white_check_mark: no problems found');
    expect(md).toContain('Checked `config` (9 guests) at `ec26c3e`.');
    expect(md).not.toContain('| ');
  });

  it('renders a row per finding with severity, linked location, rule and message', () => {
    const md = renderValidationSummary({
      configDir: 'config',
      guests: 2,
      errors: 1,
      warnings: 1,
      findings: [
        finding(),
        finding({ level: 'warning', line: 30, col: 7, title: 'PHX-GPU-LIST', message: 'normalised' }),
      ],
      links,
    });
    expect(md).toContain('## Phoenix validate: :x: 1 error, 1 warning');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| --- '));
    expect(rows[0]).toBe('| Severity | Location | Rule | Message |');
    expect(cells(rows[1])).toEqual([
      ':x: error',
      `[config/phoenix_lxc_configs.json:12:5](https://github.com/octo/estate/blob/${links.sha}/config/phoenix_lxc_configs.json#L12)`,
      '`PHX-IP-DUPLICATE`',
      'IP 10.0.0.5 is also used by CT 951',
    ]);
    expect(cells(rows[2]).slice(0, 3)).toEqual([
      ':warning: warning',
      `[config/phoenix_lxc_configs.json:30:7](https://github.com/octo/estate/blob/${links.sha}/config/phoenix_lxc_configs.json#L30)`,
      '`PHX-GPU-LIST`',
    ]);
  });

  it('warns that GitHub shows only 10 annotations per step when there are more', () => {
    const many = Array.from({ length: 11 }, (_, i) => finding({ line: i + 1 }));
    const md = renderValidationSummary({
      configDir: 'c',
      guests: 1,
      errors: 11,
      warnings: 0,
      findings: many,
      links,
    });
    expect(md).toContain('only the first 10 errors');
    const few = renderValidationSummary({
      configDir: 'c',
      guests: 1,
      errors: 10,
      warnings: 0,
      findings: many.slice(0, 10),
      links,
    });
    expect(few).not.toContain('only the first 10');
  });

  it('stays within the byte budget and says how many rows were left out', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding({ line: i + 1, message: 'x'.repeat(200) }));
    const budget = 50_000;
    const md = renderValidationSummary({
      configDir: 'c',
      guests: 1,
      errors: 5000,
      warnings: 0,
      findings: many,
      links,
      budgetBytes: budget,
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
    const shown = md.split('\n').filter((l) => l.startsWith('| :x:')).length;
    expect(shown).toBeGreaterThan(10);
    expect(md).toContain(`…and ${5000 - shown} more findings not shown`);
  });

  it('keeps the default budget under the 1 MiB step-summary limit for a huge estate', () => {
    const many = Array.from({ length: 20000 }, (_, i) => finding({ line: i + 1, message: 'é'.repeat(100) }));
    const md = renderValidationSummary({
      configDir: 'c',
      guests: 1,
      errors: 20000,
      warnings: 0,
      findings: many,
      links,
    });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/…and \d+ more findings not shown/);
  });
});

describe('budgetedTable', () => {
  it('includes every row when they fit', () => {
    const t = budgetedTable(['a'], [['1'], ['2']], 1000, (n) => `${n} omitted`);
    expect(t).toBe(`${tableHeader(['a'])}| 1 |\n| 2 |\n`);
  });
  it('never exceeds the budget, counting the omission note', () => {
    for (let budget = 20; budget < 120; budget++) {
      const t = budgetedTable(
        ['a'],
        Array.from({ length: 30 }, (_, i) => [String(i)]),
        budget,
        (n) => `${n} omitted`,
      );
      expect(Buffer.byteLength(t)).toBeLessThanOrEqual(
        Math.max(budget, Buffer.byteLength(tableHeader(['a'])) + 20),
      );
    }
  });
});
