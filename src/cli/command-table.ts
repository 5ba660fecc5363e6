/**
 * The table of `phoenix` commands: name, usage line and a lazy loader of the module that runs it.
 * `main` dispatches from it and `help` lists it; registry.ts adds the commands beyond
 * validate/demo. Commands import only io.ts, never main.ts, so there is no import cycle.
 */
import type { CommandRunner } from './io.js';

interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<CommandRunner>;
}

const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'validate [--config-dir DIR] [--format text|json]',
    load: async () => (await import('./commands/validate.js')).runValidate,
  },
  demo: {
    summary: 'demo [--config-dir DIR]          run the main job against the embedded simulator',
    load: async () => (await import('./commands/demo.js')).runDemo,
  },
};

/** Commands added by other modules register here (kept in one table so `help` lists them all). */
export function registerCommand(name: string, summary: string, load: () => Promise<CommandRunner>): void {
  COMMANDS[name] = { summary, load };
}

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS[name];
}

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  phoenix ${c.summary}`);
  return `Phoenix: infrastructure-as-code for Proxmox VE\n\nUsage:\n${lines.join('\n')}\n\nExit codes: 0 success, 1 problems found, 2 usage or I/O error.\n`;
}
