/**
 * The commands beyond validate/demo. Each line names the module that implements it; modules are
 * loaded lazily so `phoenix validate` never loads ssh2 or the simulator.
 */
export function registerExtraCommands(): void {
  // Filled in as the host layer, planner, apply and hypervisor setup land.
}
