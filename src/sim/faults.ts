/**
 * Fault injection: rules from the state file (`settings.faults`) and from PHOENIX_SIM_FAULTS
 * (a JSON array of rules, or one rule object). A rule names an operation key (`pct clone`,
 * `qm guest cmd`, `pvesh get`, `grep`, or `*`), optionally a regular expression the argv must
 * match, and fires on the `nth` matching call (counted in the state file, so across processes)
 * for `times` calls. It either fails the call with an exit code and Proxmox's message, or drops
 * the connection before or after the command ran.
 */
import type { SimFaultRule, SimState } from './model.js';

export class FaultConfigError extends Error {}

export function parseFaultEnv(text: string | undefined): SimFaultRule[] {
  if (text === undefined || text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new FaultConfigError(`PHOENIX_SIM_FAULTS is not valid JSON: ${(err as Error).message}`);
  }
  const rules = Array.isArray(parsed) ? parsed : [parsed];
  for (const r of rules) {
    if (typeof r !== 'object' || r === null || typeof (r as SimFaultRule).op !== 'string')
      throw new FaultConfigError('PHOENIX_SIM_FAULTS: every rule needs an "op" string');
  }
  return rules as SimFaultRule[];
}

export function ruleKey(rule: SimFaultRule): string {
  return `${rule.op}|${rule.match ?? ''}`;
}

export function ruleApplies(rule: SimFaultRule, op: string, argv: readonly string[]): boolean {
  if (rule.op !== '*' && rule.op !== op) return false;
  if (rule.match !== undefined && !new RegExp(rule.match).test(argv.join(' '))) return false;
  return true;
}

/**
 * Counts this call for every applicable rule (mutates `state.counters`) and returns the rule
 * that fires, if any.
 */
export function countAndPick(
  state: SimState,
  rules: readonly SimFaultRule[],
  op: string,
  argv: readonly string[],
): SimFaultRule | undefined {
  let fired: SimFaultRule | undefined;
  const counted = new Set<string>();
  for (const rule of rules) {
    if (!ruleApplies(rule, op, argv)) continue;
    const key = ruleKey(rule);
    if (!counted.has(key)) {
      state.counters[key] = (state.counters[key] ?? 0) + 1;
      counted.add(key);
    }
    const n = state.counters[key]!;
    const first = rule.nth ?? 1;
    const times = rule.times ?? (rule.nth === undefined ? Infinity : 1);
    if (!fired && n >= first && n < first + times) fired = rule;
  }
  return fired;
}

/** The default message of a failing rule: Proxmox's config lock timeout for the guest named in argv. */
export function defaultFaultMessage(argv: readonly string[]): string {
  const vmid = argv.slice(1).find((a) => /^[1-9]\d{2,8}$/.test(a));
  if (vmid === undefined) return 'simulated failure';
  return argv[0] === 'qm'
    ? `can't lock file '/var/lock/qemu-server/lock-${vmid}.conf' - got timeout`
    : `can't lock file '/run/lock/lxc/pve-config-${vmid}.lock' - got timeout`;
}
