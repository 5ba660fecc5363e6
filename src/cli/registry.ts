/**
 * The commands beyond validate/demo. Each line names the module that implements it; modules are
 * loaded lazily so `phoenix validate` never loads ssh2 or the simulator.
 */
import { registerCommand } from './command-table.js';

export function registerExtraCommands(): void {
  // Filled in as the host layer, planner, apply and hypervisor setup land.
  registerCommand(
    'ssh-exec',
    'ssh-exec --target ssh://USER@HOST[:PORT] [--identity F] [--known-hosts F] -- ARGV...   one command over SSH',
    async () => (await import('./commands/ssh-exec.js')).runSshExec,
  );
  registerCommand(
    'gh',
    'gh validate|plan|apply|setup-hypervisor|drift [--config-dir DIR]   run as a GitHub Actions step (action.yml)',
    async () => (await import('./commands/gh.js')).runGh,
  );
  registerCommand(
    'plan',
    'plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [--format text|markdown|json] [--out FILE] [--allow-rebuild] [--allow-data-loss] [--allow-invalid]',
    async () => (await import('./commands/plan.js')).runPlan,
  );
  registerCommand(
    'state',
    'state --target URL [--out FILE]',
    async () => (await import('./commands/state.js')).runState,
  );
  registerCommand(
    'sim',
    'sim init|set|shims|exec --state FILE ...   the embedded Proxmox simulator',
    async () => (await import('./commands/sim.js')).runSim,
  );
  registerCommand(
    'apply',
    'apply [--config-dir DIR] --target URL [--plan FILE] [--concurrency N] [--audit-log FILE] [--state-out FILE] [--allow-rebuild] [--allow-data-loss] [--keep-safety-snapshots N] [--lock-timeout S]',
    async () => (await import('./commands/apply.js')).runApply,
  );
  registerCommand(
    'rollback',
    'rollback ID --target URL [--to SNAPSHOT] [--delete-newer]   restore a safety snapshot',
    async () => (await import('./commands/rollback.js')).runRollback,
  );
  registerCommand(
    'setup-hypervisor',
    'setup-hypervisor [--config-dir DIR] --target URL [--dry-run] [--steps a,b] [--audit-log FILE] [--confirm-destructive DISKS] [--format text|markdown|json] [--tokens-out FILE]',
    async () => (await import('./commands/setup-hypervisor.js')).runSetupHypervisor,
  );
  registerCommand(
    'sudoers',
    'sudoers [--user NAME]   the sudoers allow-list for a self-hosted runner (docs/runner-setup.md)',
    async () => (await import('./commands/sudoers.js')).runSudoers,
  );
}
