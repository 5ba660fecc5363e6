/**
 * The loaders of the commands beyond validate/demo (those are in command-table.ts), keyed by
 * their declaration's name: adding a command is one declaration in src/cli/specs/ with its
 * help, its entry in command-specs.ts, and one loader here (the `satisfies` below refuses a
 * declared command without a loader). Modules are loaded lazily so `phoenix validate` never
 * loads ssh2 or the simulator.
 */
import { registerDeclared } from './command-table.js';
import type { CommandName } from './command-specs.js';
import type { CommandRunner } from './io.js';

const LOADERS = {
  plan: async () => (await import('./commands/plan.js')).runPlan,
  apply: async () => (await import('./commands/apply.js')).runApply,
  drift: async () => (await import('./commands/drift.js')).runDrift,
  adopt: async () => (await import('./commands/adopt.js')).runAdopt,
  rollback: async () => (await import('./commands/rollback.js')).runRollback,
  unlock: async () => (await import('./commands/unlock.js')).runUnlock,
  state: async () => (await import('./commands/state.js')).runState,
  'setup-hypervisor': async () => (await import('./commands/setup-hypervisor.js')).runSetupHypervisor,
  init: async () => (await import('./commands/init.js')).runInit,
  sim: async () => (await import('./commands/sim.js')).runSim,
  'ssh-exec': async () => (await import('./commands/ssh-exec.js')).runSshExec,
  sudoers: async () => (await import('./commands/sudoers.js')).runSudoers,
  gh: async () => (await import('./commands/gh.js')).runGh,
} as const satisfies Record<Exclude<CommandName, 'validate' | 'demo'>, () => Promise<CommandRunner>>;

export function registerExtraCommands(): void {
  for (const [name, load] of Object.entries(LOADERS)) registerDeclared(name as CommandName, load);
}
