/**
 * The commands beyond validate/demo. Each line names the module that implements it; modules are
 * loaded lazily so `phoenix validate` never loads ssh2 or the simulator.
 */
import { registerCommand } from './main.js';

export function registerExtraCommands(): void {
  // Filled in as the host layer, planner, apply and hypervisor setup land.
  registerCommand(
    'ssh-exec',
    'ssh-exec --target ssh://USER@HOST[:PORT] [--identity F] [--known-hosts F] -- ARGV...   one command over SSH',
    async () => (await import('./commands/ssh-exec.js')).runSshExec,
  );
  registerCommand(
    'gh',
    'gh validate|plan|apply|setup-hypervisor [--config-dir DIR]   run as a GitHub Actions step (action.yml)',
    async () => (await import('./commands/gh.js')).runGh,
  );
  registerCommand(
    'plan',
    'plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [--format text|markdown|json] [--out FILE] [--allow-rebuild]',
    async () => (await import('./commands/plan.js')).runPlan,
  );
}
