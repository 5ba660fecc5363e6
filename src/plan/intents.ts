/**
 * Canonical intents of a plan: what it would change, one item per (guest, operation, field, target
 * value), independent of how the work is split into steps or which guests are already done. Apply
 * holds a fresh plan to the reviewed ones by containment: every intent of the fresh plan must be in
 * the union of the reviewed plans' intents. A re-plan after a half-way failure (finished guests
 * drop out, a created guest now only needs `configure`) and a plan that covers several merged pull
 * requests are then still recognised, while any change nobody reviewed is not. Pure.
 *
 * Create and configure both yield `set` intents per config key, so a guest created half-way and
 * re-planned as an update is contained in its reviewed create. Steps that change nothing by
 * themselves (waiting for the agent, health checks, the done-record, safety snapshots) carry no
 * intent.
 */
import { canonicalJson } from './canonical.js';
import type { GuestChange, Plan, Step } from './types.js';

export type IntentOp =
  | 'create'
  | 'clone'
  | 'destroy'
  | 'unlock'
  | 'set'
  | 'delete'
  | 'lxc-raw'
  | 'resize'
  | 'move-volume'
  | 'migrate'
  | 'backup'
  | 'destroy-volume'
  | 'keep-volume'
  | 'firewall'
  | 'power'
  | 'feature'
  | 'app-script'
  | 'script-input'
  | 'snapshot'
  | 'template'
  | 'health-check'
  | 'test';

export interface PlanIntent {
  /** Guest address, `ct/950`. */
  readonly guest: string;
  readonly op: IntentOp;
  /** The config key, disk, script or snapshot name; empty when the operation has none. */
  readonly field: string;
  /** The target value in a canonical text form; empty when the operation has none. */
  readonly value: string;
}

/** One line per intent, the form used for sets and in messages: `ct/950 set memory = 4096`. */
export function intentKey(i: PlanIntent): string {
  return `${i.guest} ${i.op}${i.field ? ` ${i.field}` : ''}${i.value ? ` = ${i.value}` : ''}`;
}

function stepIntents(guest: string, step: Step): PlanIntent[] {
  const it = (op: IntentOp, field = '', value = ''): PlanIntent => ({ guest, op, field, value });
  const sets = (config: Readonly<Record<string, string>>): PlanIntent[] =>
    Object.keys(config)
      .sort()
      .map((k) => it('set', k, config[k]));
  switch (step.op) {
    case 'destroy':
      // Destroying a running guest stops it first: a guest found running was not what was reviewed.
      return [it('destroy', '', (step.running ? 'running' : '') + (step.incomplete ? ' incomplete' : ''))];
    case 'unlock':
      return [it('unlock', '', step.lock)];
    case 'create':
      return [
        it('create', 'source', step.source),
        ...(step.download ? [it('create', 'download', step.source)] : []),
        it('create', 'storage', `${step.storage}:${step.diskGb}`),
        ...sets(step.config),
        ...(step.lxcRaw.length ? [it('lxc-raw', '', step.lxcRaw.join('\n'))] : []),
      ];
    case 'clone':
      return [
        it('clone', 'source', `${step.source}${step.snapshot ? `@${step.snapshot}` : ''}`),
        it('clone', 'storage', step.storage),
        it('clone', 'name', step.name),
        ...(step.target ? [it('clone', 'target', step.target)] : []),
      ];
    case 'migrate':
      return [it('migrate', 'node', step.to)];
    case 'configure':
      return [
        ...sets(step.set),
        ...[...step.delete].sort().map((k) => it('delete', k)),
        ...(step.lxcRaw ? [it('lxc-raw', '', step.lxcRaw.join('\n'))] : []),
      ];
    case 'resize':
      return [it('resize', step.disk, step.size)];
    case 'move-volume':
      return [it('move-volume', step.disk, step.storage)];
    case 'backup':
      // Which storage takes it is a host fact a config-to-config plan cannot know.
      return [it('backup', '', [...step.volumes].sort().join(','))];
    case 'destroy-volume':
      return [it('destroy-volume', step.key, step.volume)];
    case 'park-volumes':
      // Handing a volume away (by its id now) and the snapshots deleted for it must be reviewed.
      return [
        it('keep-volume', 'holder', String(step.holder)),
        ...(step.remake ? [it('keep-volume', 'remake-holder', String(step.holder))] : []),
        ...(step.deleteSnapshots.length
          ? [it('keep-volume', 'delete-snapshots', [...step.deleteSnapshots].sort().join(','))]
          : []),
        ...step.volumes.map((v) => it('keep-volume', `from ${v.from}`, v.volume)),
      ];
    case 'unpark-volumes':
      // The parked volume's id changes with the hand-over: its slot and path identify it.
      return [
        it('keep-volume', 'holder', String(step.holder)),
        ...step.volumes.map((v) => it('keep-volume', `to ${v.to}`, v.mountPath ?? '')),
      ];
    case 'firewall':
      return [it('firewall', '', canonicalJson({ enabled: step.enabled, rules: step.rules }))];
    case 'start':
    case 'stop':
    case 'restart':
      return [it('power', '', step.op)];
    case 'feature':
      return [it('feature', step.name, step.hash)];
    case 'app-script':
      return [it('app-script', step.script, step.hash)];
    case 'snapshot':
      // A replaced snapshot is deleted first: that deletion must have been reviewed too.
      return step.purpose === 'template'
        ? [it('snapshot', step.name)]
        : [it('snapshot', step.name, step.replace ? 'replace' : '')];
    case 'template':
      return [it('template', '', [...(step.deleteSnapshots ?? [])].sort().join(','))];
    case 'health-check':
      // It runs a command inside the guest.
      return [
        it(
          'health-check',
          '',
          canonicalJson({ command: step.command, retries: step.retries, interval: step.interval }),
        ),
      ];
    case 'test':
      // A test runs a script inside the guest; whether it may fail the guest is reviewed too.
      return [it('test', step.script, `${step.hash}${step.blocking ? '' : ' non-blocking'}`)];
    case 'wait-agent':
    case 'record':
      return [];
  }
}

/** The intents of one guest's change (none for a no-op). */
export function changeIntents(change: GuestChange): PlanIntent[] {
  if (change.action === 'no-op') return [];
  const out = change.steps.flatMap((s) => stepIntents(change.address, s));
  const runsScripts = change.steps.some((s) => s.op === 'feature' || s.op === 'app-script');
  if (runsScripts && change.scriptInputHash)
    out.push({ guest: change.address, op: 'script-input', field: '', value: change.scriptInputHash });
  return out;
}

/** Every intent of a plan, deduplicated, in plan order. */
export function planIntents(plan: Plan): PlanIntent[] {
  const seen = new Set<string>();
  const out: PlanIntent[] = [];
  for (const c of plan.changes) {
    for (const i of changeIntents(c)) {
      const key = intentKey(i);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(i);
    }
  }
  return out;
}

/** The intents of `fresh` that none of the `reviewed` plans holds (empty: `fresh` is covered). */
export function unreviewedIntents(fresh: Plan, reviewed: readonly Plan[]): PlanIntent[] {
  const union = new Set(reviewed.flatMap((p) => planIntents(p).map(intentKey)));
  return planIntents(fresh).filter((i) => !union.has(intentKey(i)));
}
