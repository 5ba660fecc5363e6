/**
 * The README's CLI reference, rendered from the command declarations (command-specs.ts):
 * the synopsis of every command, then each command's options in a table. Written between the
 * markers in README.md by scripts/gen-cli-reference.mjs; test/cli/cli-reference.test.ts checks
 * that README.md is current.
 */
import { GLOBAL_OPTIONS, optionHelp, optionLabel, type CommandSpec } from './command-spec.js';
import { COMMAND_SPECS } from './command-specs.js';

export const CLI_BEGIN = '<!-- BEGIN GENERATED CLI (scripts/gen-cli-reference.mjs) -->';
export const CLI_END = '<!-- END GENERATED CLI -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function optionsTable(spec: CommandSpec): string[] {
  const rows = Object.entries(spec.options).map(
    ([name, o]) => `| \`${cell(optionLabel(name, o))}\` | ${cell(optionHelp(o))} |`,
  );
  return rows.length ? ['| option | |', '| --- | --- |', ...rows] : [];
}

function section(spec: CommandSpec): string[] {
  const out = [
    `<details><summary><code>phoenix ${spec.name}</code>: ${spec.summary}</summary>`,
    '',
    '```',
    `phoenix ${spec.name} ${spec.usage}`,
    '```',
    '',
  ];
  const table = optionsTable(spec);
  if (table.length) out.push(...table, '');
  for (const sub of spec.subcommands ?? []) {
    out.push(`\`phoenix ${sub.name} ${sub.usage}\`: ${sub.summary}`, '');
    const t = optionsTable(sub);
    if (t.length) out.push(...t, '');
  }
  if (spec.notes?.length) out.push(spec.notes.join(' '), '');
  out.push('Examples:', '', '```sh');
  for (const e of spec.examples) out.push(`# ${e.what}`, e.command);
  out.push('```', '', '</details>');
  return out;
}

/** The Markdown between the markers (the markers included). */
export function renderCliReference(): string {
  const specs: CommandSpec[] = Object.values(COMMAND_SPECS);
  const synopsis = specs.map((s) => `phoenix ${s.name} ${s.usage}`);
  const globals = Object.entries(GLOBAL_OPTIONS).map(([n, o]) => `- \`${optionLabel(n, o)}\`: ${o.help}`);
  const body = [
    '```',
    ...synopsis,
    '```',
    '',
    `Every command takes these, and \`phoenix help COMMAND\` prints what follows for one command:`,
    '',
    ...globals,
    '',
    ...specs.flatMap((s) => [...section(s), '']),
  ];
  return `${CLI_BEGIN}\n\n${body.join('\n').trimEnd()}\n\n${CLI_END}`;
}
