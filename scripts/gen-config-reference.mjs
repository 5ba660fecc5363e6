// Generates docs/config-reference.md from the three JSON Schemas in schemas/.
// Usage: node scripts/gen-config-reference.mjs [--check] [--out FILE]
//   --check     exit 1 (and write nothing) when the file differs from a fresh render.
//   --out FILE  the file to write or check (default docs/config-reference.md).
// Output is deterministic: it depends only on the schema files.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const OUT =
  outIndex > 0 && process.argv[outIndex + 1]
    ? process.argv[outIndex + 1]
    : join(root, 'docs', 'config-reference.md');

const FILES = [
  { key: 'lxc', file: 'phoenix_lxc_configs.json', schema: 'phoenix_lxc_configs.schema.json' },
  { key: 'vm', file: 'phoenix_vm_configs.json', schema: 'phoenix_vm_configs.schema.json' },
  {
    key: 'hypervisor',
    file: 'phoenix_hypervisor_config.json',
    schema: 'phoenix_hypervisor_config.schema.json',
  },
];

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follow `$ref`s; annotations written next to a `$ref` win over the target's. */
function resolve(schema, rootSchema) {
  let s = schema;
  let site = {};
  for (let hops = 0; isObj(s) && typeof s.$ref === 'string' && hops < 16; hops++) {
    const { $ref, ...rest } = s;
    site = { ...rest, ...site };
    let target = rootSchema;
    for (const part of $ref.slice(2).split('/')) target = target?.[part];
    s = target;
  }
  return { schema: s ?? {}, merged: { ...(s ?? {}), ...site } };
}

/** What Phoenix does with a field (`x-phoenix` in the schemas; a nested field inherits its parent's). */
const USE = {
  'acted-on': 'acted on',
  scripts: 'passed to scripts',
  informational: 'informational',
  unsupported: 'not supported (validate warns)',
};
const useOf = (merged, inherited) => merged['x-phoenix'] ?? inherited ?? 'acted-on';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (v) => '`' + (typeof v === 'string' ? v : JSON.stringify(v)).replace(/`/g, "'") + '`';
const anchorOf = (fileKey, path) =>
  `${fileKey}-${path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');

/** An object whose keys get their own table. */
const hasTable = (s) => isObj(s) && isObj(s.properties);

function typeText(merged, rootSchema, link) {
  const types = Array.isArray(merged.type) ? merged.type : merged.type ? [merged.type] : [];
  const words = types.map((t) => {
    if (t === 'array') {
      if (!merged.items) return 'list';
      const item = resolve(merged.items, rootSchema).merged;
      return `list of ${typeText(item, rootSchema, link && hasTable(resolve(merged.items, rootSchema).schema) ? link : undefined)}`;
    }
    if (t === 'object') {
      if (link) return `object ([details](#${link}))`;
      if (!merged.properties && isObj(merged.additionalProperties)) {
        const value = resolve(merged.additionalProperties, rootSchema).merged;
        return `map of ${typeText(value, rootSchema)}`;
      }
      return 'object';
    }
    return t;
  });
  return words.length ? words.join(' or ') : 'any';
}

function constraints(merged, required, rootSchema) {
  const out = [];
  if (required) out.push('**required**');
  const lo =
    merged.minimum ?? (merged.exclusiveMinimum !== undefined ? `> ${merged.exclusiveMinimum}` : undefined);
  const hi = merged.maximum;
  if (typeof lo === 'number' && hi !== undefined) out.push(`${lo} to ${hi}`);
  else if (lo !== undefined) out.push(typeof lo === 'number' ? `>= ${lo}` : lo);
  else if (hi !== undefined) out.push(`<= ${hi}`);
  if (merged.enum) out.push(`one of ${merged.enum.map(code).join(', ')}`);
  if (merged.minLength > 1) out.push(`at least ${merged.minLength} characters`);
  if (merged.minLength === 1) out.push('not empty');
  if (merged.maxLength !== undefined) out.push(`at most ${merged.maxLength} characters`);
  if (merged.patternErrorMessage) out.push(merged.patternErrorMessage.replace(/^must be /, ''));
  else if (merged.pattern) out.push(`matches ${code(merged.pattern)}`);
  if (merged.uniqueItems) out.push('no duplicates');
  if (isObj(merged.items)) {
    const item = resolve(merged.items, rootSchema).merged;
    if (item.patternErrorMessage) out.push(`each ${item.patternErrorMessage.replace(/^must be /, '')}`);
  }
  if (!merged.properties && isObj(merged.additionalProperties)) {
    const value = resolve(merged.additionalProperties, rootSchema).merged;
    if (value.patternErrorMessage) out.push(`values: ${value.patternErrorMessage.replace(/^must be /, '')}`);
  }
  if (isObj(merged.propertyNames) && merged.propertyNames.patternErrorMessage) {
    out.push(`keys: ${merged.propertyNames.patternErrorMessage.replace(/^must be /, '')}`);
  }
  return out.join('; ');
}

function describeText(merged) {
  let text = merged.description ?? '';
  if (Array.isArray(merged.examples) && merged.examples.length) {
    text += `${text ? ' ' : ''}Example: ${merged.examples.map(code).join(', ')}.`;
  }
  return text;
}

/** Render one file's schema as markdown sections. */
function renderFile({ key, file, schema: schemaFile }) {
  const rootSchema = JSON.parse(readFileSync(join(root, 'schemas', schemaFile), 'utf8'));
  const lines = [];
  const seen = new Map(); // schema object -> anchor of its section (each object is described once)
  let pending = []; // sections discovered by the table being rendered

  const sectionFor = (schema, path, use) => {
    if (!seen.has(schema)) {
      const anchor = anchorOf(key, path);
      seen.set(schema, anchor);
      pending.push({ schema, path, anchor, use: use === 'acted-on' ? undefined : use });
    }
    return seen.get(schema);
  };

  /** Find the object schema (with properties) a property leads to, and the path suffix to name it. */
  const nested = (target, merged) => {
    if (hasTable(target)) return { target, suffix: '' };
    if (merged.type === 'array' || (Array.isArray(merged.type) && merged.type.includes('array'))) {
      const item = merged.items && resolve(merged.items, rootSchema);
      if (item && hasTable(item.schema)) return { target: item.schema, suffix: '[]' };
    }
    if (!merged.properties && isObj(merged.additionalProperties)) {
      const keyName = /CTID/.test(merged.propertyNames?.patternErrorMessage ?? '') ? '<CTID>' : '<name>';
      const value = resolve(merged.additionalProperties, rootSchema);
      if (hasTable(value.schema)) return { target: value.schema, suffix: `.${keyName}` };
      const valueItems = value.merged.items && resolve(value.merged.items, rootSchema);
      if (valueItems && hasTable(valueItems.schema))
        return { target: valueItems.schema, suffix: `.${keyName}[]` };
    }
    return undefined;
  };

  const table = (schema, path, inherited) => {
    const required = new Set(schema.required ?? []);
    const rows = [
      '| Key | Type | Default | Constraints | Phoenix | Description |',
      '|---|---|---|---|---|---|',
    ];
    for (const [prop, raw] of Object.entries(schema.properties)) {
      const { schema: target, merged } = resolve(raw, rootSchema);
      const sub = nested(target, merged);
      const childPath = `${path ? `${path}.` : ''}${prop}${sub?.suffix ?? ''}`;
      const use = useOf(merged, inherited);
      const link = sub ? sectionFor(sub.target, childPath, use) : undefined;
      const type = typeText(merged, rootSchema, link);
      const dflt = merged.default !== undefined ? code(merged.default) : '';
      rows.push(
        `| ${code(prop)} | ${cell(type)} | ${cell(dflt)} | ${cell(constraints(merged, required.has(prop), rootSchema))} | ${USE[use]} | ${cell(describeText(merged))} |`,
      );
    }
    return rows;
  };

  lines.push(`<a id="${key}"></a>`, '', `## ${file}`, '', rootSchema.description ?? '', '');
  lines.push(
    `Schema: [\`schemas/${schemaFile}\`](../schemas/${schemaFile}). Reference it from the file with`,
  );
  lines.push(
    `\`"$schema": "../schemas/${schemaFile}"\` (from \`config/\`) for completion and checks in your editor.`,
    '',
  );
  lines.push(`### ${file}: top level`, '');
  lines.push(...table(rootSchema, ''), '');
  lines.push(
    rootSchema.additionalProperties === false ? 'No other keys are allowed.' : 'Other keys are allowed.',
    '',
  );

  // Each object's section comes right after the section that links to it (depth first).
  const renderChildren = () => {
    const children = pending;
    pending = [];
    for (const { schema, path, anchor, use } of children) {
      lines.push(`<a id="${anchor}"></a>`, '', `### ${file}: \`${path}\``, '');
      if (schema.description) lines.push(schema.description, '');
      lines.push(...table(schema, path, use), '');
      if (schema.additionalProperties === false) lines.push('No other keys are allowed.', '');
      else lines.push('Other keys are allowed: they are kept and handed to scripts as-is.', '');
      renderChildren();
    }
  };
  renderChildren();
  return lines;
}

export function render() {
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated by scripts/gen-config-reference.mjs from schemas/*.schema.json. Do not edit: run `npm run docs`. -->',
    '',
    'An estate is a config directory (default `config/`) with up to three JSON files in the upstream Phoenix',
    'format. Every file is checked against its JSON Schema, then by the semantic rules (clone sources,',
    'unique IDs, IPs and MACs, storages, bridges, scripts). A key one typo away from a known key is an',
    'error with a "did you mean" hint; other unknown keys on guests are free-form application data,',
    'handed unchanged to feature and application scripts.',
    '',
    'Defaults are the values Phoenix uses when a key is left out.',
    '',
    'The **Phoenix** column says what Phoenix does with each field: *acted on* (it shapes the host or',
    "the guests), *passed to scripts* (only the guest's scripts read it, from the guest config JSON;",
    'host tests get the hypervisor file), *informational* (kept, used by nothing) or *not supported*',
    '(the original tooling acted on it, Phoenix does not: `phoenix validate` warns with',
    'PHX-UNSUPPORTED-FIELD, saying what Phoenix does instead). Fields of a section inherit its',
    "parent field's answer. Keys not listed on guests are free-form application data: passed to scripts.",
    '',
    ...FILES.map((f) => `- [${f.file}](#${f.key})`),
    '',
  ];
  for (const f of FILES) lines.push(...renderFile(f));
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = render();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing file: stale
    }
    if (current !== text) {
      console.error(`${OUT} is out of date with schemas/: run \`npm run docs\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
