/**
 * The table of `phoenix` commands main dispatches from: each command's declaration
 * (command-specs.ts) with a lazy loader of the module that runs it. validate and demo are here;
 * registry.ts adds the rest. Commands import only io.ts, never main.ts, so there is no import cycle.
 */
import type { CommandSpec } from './command-spec.js';
import { COMMAND_SPECS, type CommandName } from './command-specs.js';
import type { CommandRunner } from './io.js';

export interface CommandEntry {
  readonly spec: CommandSpec;
  readonly load: () => Promise<CommandRunner>;
  /** Registered without a declaration (by name and summary only): its options have no help. */
  readonly undeclared?: boolean;
}

const COMMANDS = new Map<string, CommandEntry>();

/** Adds a declared command with the loader of the module that runs it. */
export function registerDeclared(name: CommandName, load: () => Promise<CommandRunner>): void {
  COMMANDS.set(name, { spec: COMMAND_SPECS[name], load });
}

/**
 * Adds a command by name and one-line summary. A name with a declaration in command-specs.ts
 * gets it; any other is marked `undeclared` (test/cli/help.test.ts refuses such a command among
 * the registered ones).
 */
export function registerCommand(name: string, summary: string, load: () => Promise<CommandRunner>): void {
  if (Object.hasOwn(COMMAND_SPECS, name)) return registerDeclared(name as CommandName, load);
  COMMANDS.set(name, {
    spec: { name, summary, usage: '[options]', options: {}, examples: [] },
    load,
    undeclared: true,
  });
}

registerDeclared('validate', async () => (await import('./commands/validate.js')).runValidate);
registerDeclared('demo', async () => (await import('./commands/demo.js')).runDemo);

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.get(name);
}

/** The registered commands, declared ones in the order of command-specs.ts, then the others. */
export function listCommands(): CommandEntry[] {
  const order = Object.keys(COMMAND_SPECS);
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return [...COMMANDS.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, e]) => e);
}
