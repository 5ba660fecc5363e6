/**
 * The text protocols between a step and the runner, as the runner reads them: file commands
 * (GITHUB_OUTPUT / GITHUB_ENV), workflow commands on stdout (`::error file=...::msg`), and real
 * webhook payloads for GITHUB_EVENT_PATH from @octokit/webhooks-examples.
 */
import { createRequire } from 'node:module';

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
  readonly raw: string;
}

const require = createRequire(import.meta.url);
interface WebhookGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}
let webhookExamples: WebhookGroup[] | undefined;

/** A real payload from @octokit/webhooks-examples, e.g. (`pull_request`, `opened`) or (`push`). */
export function loadWebhookExample(event: string, action?: string): Record<string, unknown> {
  webhookExamples ??= require('@octokit/webhooks-examples') as WebhookGroup[];
  const group = webhookExamples.find((g) => g.name === event);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (!example)
    throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`invalid file-command line: ${JSON.stringify(line)}`);
    const name = line.slice(0, heredoc);
    const delim = line.slice(heredoc + 2);
    const value: string[] = [];
    for (i++; ; i++) {
      if (i >= lines.length) throw new Error(`heredoc for '${name}' is not closed by '${delim}'`);
      if (lines[i] === delim) break;
      value.push(lines[i]);
    }
    out[name] = value.join('\n');
  }
  return out;
}

function unescape(value: string, isProperty: boolean): string {
  const pattern = isProperty ? /%(25|0D|0A|3A|2C)/gi : /%(25|0D|0A)/gi;
  const map: Record<string, string> = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' };
  return value.replace(pattern, (_m, code: string) => map[code.toUpperCase()]);
}

/** `::name k=v,k=v::message` with the runner's unescaping; undefined for other lines. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { command: m[1], properties, message: unescape(m[3], false), raw: line };
}

/** Workflow commands in output order, honouring `::stop-commands::TOKEN` ... `::TOKEN::`. */
export function parseCommandLines(lines: readonly string[]): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of lines) {
    const cmd = parseWorkflowCommand(line);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      if (cmd.command === stopToken) stopToken = undefined;
      continue;
    }
    if (cmd.command === 'stop-commands') {
      stopToken = cmd.message;
      continue;
    }
    commands.push(cmd);
  }
  return commands;
}

/** What a step's stdout says to the runner: its lines, the workflow commands, the annotations. */
export function stdoutCommands(stdout: string): {
  stdoutLines: string[];
  commands: WorkflowCommand[];
  annotations: WorkflowCommand[];
} {
  const stdoutLines = stdout.split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);
  const commands = parseCommandLines(stdoutLines);
  const annotations = commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
  return { stdoutLines, commands, annotations };
}
