/**
 * Every command's declaration (command-spec.ts), in the order `phoenix help` lists them. Pure
 * data, so the parser, the help text and the README generator read it without loading any
 * command. A command is added with one entry here and its loader in registry.ts (command-table.ts
 * for validate/demo); a declaration without a loader, or a loader without one, does not compile.
 */
import type { CommandSpec } from './command-spec.js';
import {
  ADOPT_SPEC,
  APPLY_SPEC,
  DRIFT_SPEC,
  PLAN_SPEC,
  ROLLBACK_SPEC,
  SETUP_HYPERVISOR_SPEC,
  STATE_SPEC,
  UNLOCK_SPEC,
} from './specs/host-commands.js';
import {
  DEMO_SPEC,
  GH_SPEC,
  INIT_SPEC,
  SIM_SPEC,
  SSH_EXEC_SPEC,
  SUDOERS_SPEC,
  VALIDATE_SPEC,
} from './specs/tool-commands.js';

export const COMMAND_SPECS = {
  validate: VALIDATE_SPEC,
  plan: PLAN_SPEC,
  apply: APPLY_SPEC,
  drift: DRIFT_SPEC,
  adopt: ADOPT_SPEC,
  rollback: ROLLBACK_SPEC,
  unlock: UNLOCK_SPEC,
  state: STATE_SPEC,
  'setup-hypervisor': SETUP_HYPERVISOR_SPEC,
  init: INIT_SPEC,
  demo: DEMO_SPEC,
  sim: SIM_SPEC,
  'ssh-exec': SSH_EXEC_SPEC,
  sudoers: SUDOERS_SPEC,
  gh: GH_SPEC,
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

/** The declaration of `plan`, or of a subcommand such as `gh plan` / `sim init`. */
export function findSpec(name: string): CommandSpec | undefined {
  const [head, ...rest] = name.split(' ');
  const top: CommandSpec | undefined = Object.hasOwn(COMMAND_SPECS, head!)
    ? COMMAND_SPECS[head as CommandName]
    : undefined;
  if (!top || rest.length === 0) return top;
  return top.subcommands?.find((s) => s.name === name);
}
