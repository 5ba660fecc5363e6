/**
 * What every renderer says about a plan: the counts in the headline (counted here, never stored
 * in the plan, as Terraform's views do), the symbol of each action, and one-line descriptions.
 */
import { guestLabel, type GuestChange, type Plan, type PlanAction, type Step } from '../plan/types.js';

export interface PlanCounts {
  /** New guests, including the new half of rebuilds. */
  readonly create: number;
  readonly change: number;
  /** Destroyed guests, including the old half of rebuilds. */
  readonly destroy: number;
  readonly rebuild: number;
  readonly snapshots: number;
  readonly unchanged: number;
}

export function countPlan(plan: Plan): PlanCounts {
  let create = 0;
  let change = 0;
  let destroy = 0;
  let rebuild = 0;
  let snapshots = 0;
  let unchanged = 0;
  for (const c of plan.changes) {
    switch (c.action) {
      case 'create':
      case 'clone':
        create++;
        break;
      case 'update':
        change++;
        break;
      case 'replace':
        rebuild++;
        create++;
        destroy++;
        break;
      case 'delete':
        destroy++;
        break;
      default:
        unchanged++;
    }
    for (const s of c.steps) if (s.op === 'snapshot') snapshots++;
  }
  return { create, change, destroy, rebuild, snapshots, unchanged };
}

/** One entry per volume whose data the plan deletes, in plan order. */
export interface DataLossLine {
  readonly address: string;
  readonly text: string;
}

/**
 * `ct/950: mp0 /data local-lvm:vm-950-disk-1 (8G): destroyed by the rebuild` for every volume a
 * plan deletes; every renderer lists these (plan text, PR comment, apply summary).
 */
export function dataLossLines(plan: Pick<Plan, 'changes'>): DataLossLine[] {
  const out: DataLossLine[] = [];
  for (const c of plan.changes) {
    for (const v of c.dataLoss ?? []) {
      const where = `${v.key}${v.mountPath ? ` ${v.mountPath}` : ''} ${v.volume}${v.size ? ` (${v.size})` : ''}`;
      out.push({ address: c.address, text: `${where}: ${v.reason}` });
    }
  }
  return out;
}

export function hasChanges(counts: PlanCounts): boolean {
  return counts.create + counts.change + counts.destroy > 0;
}

/** `Plan: 2 to create, 1 to change, 0 to destroy (3 snapshots).` */
export function headline(counts: PlanCounts): string {
  if (!hasChanges(counts)) return 'No changes. The host matches the configuration.';
  const extras: string[] = [];
  if (counts.rebuild) extras.push(`${counts.rebuild} rebuild${counts.rebuild === 1 ? '' : 's'}`);
  if (counts.snapshots) extras.push(`${counts.snapshots} snapshot${counts.snapshots === 1 ? '' : 's'}`);
  return `Plan: ${counts.create} to create, ${counts.change} to change, ${counts.destroy} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}

/**
 * The one word for each action, in every rendering (plan text, PR comment, apply summary): guests
 * and volumes are "destroyed" (never "deleted"), a destroy-then-create is a "rebuild" (never
 * "replace").
 */
export const ACTION_WORD: Record<PlanAction, string> = {
  create: 'create',
  clone: 'clone',
  update: 'update in place',
  replace: 'rebuild',
  delete: 'destroy',
  'no-op': 'no change',
};

export const ACTION_SYMBOL: Record<PlanAction, string> = {
  create: '+',
  clone: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
  'no-op': ' ',
};

export function label(c: Pick<GuestChange, 'kind' | 'id'>): string {
  return guestLabel(c.kind, c.id);
}

function shortSource(source: string): string {
  const base = source.split('/').pop() ?? source;
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

/** `create from ubuntu-24.04-standard_24.04-2_amd64.tar.zst`, `clone of CT 900 @ pre-configured`, ... */
export function describeAction(c: GuestChange): string {
  const made = c.steps.find((s) => s.op === 'create' || s.op === 'clone');
  const how = (s: Step | undefined): string => {
    if (s?.op === 'create') return `from ${shortSource(s.source)}`;
    if (s?.op === 'clone')
      return `clone of ${c.kind === 'lxc' ? 'CT' : 'VM'} ${s.source}${s.snapshot ? ` @ ${s.snapshot}` : ''}`;
    return '';
  };
  switch (c.action) {
    case 'create':
      return `create ${how(made)}`;
    case 'clone':
      return how(made);
    case 'replace':
      return `${ACTION_WORD.replace} (${how(made)})`;
    default:
      return ACTION_WORD[c.action];
  }
}

/** What runs besides creating/configuring: `features docker, nvidia · app · health · snapshot x · template`. */
export function describeWork(c: GuestChange): string {
  const parts: string[] = [];
  const keys = c.diffs.length;
  if (c.action === 'update' && keys) {
    const restart = c.diffs.some((d) => d.effect === 'restart') ? ', restart' : '';
    parts.push(`${keys} setting${keys === 1 ? '' : 's'}${restart}`);
  }
  const features = c.steps.filter((s) => s.op === 'feature').map((s) => (s.op === 'feature' ? s.name : ''));
  if (features.length) parts.push(`feature${features.length === 1 ? '' : 's'} ${features.join(', ')}`);
  if (c.steps.some((s) => s.op === 'app-script')) parts.push('app script');
  if (c.steps.some((s) => s.op === 'health-check')) parts.push('health check');
  const tests = c.steps.filter((s) => s.op === 'test').length;
  if (tests) parts.push(`${tests} test${tests === 1 ? '' : 's'}`);
  if (c.steps.some((s) => s.op === 'start') && c.action === 'update') parts.push('start');
  const snaps = c.steps.filter((s) => s.op === 'snapshot').map((s) => (s.op === 'snapshot' ? s.name : ''));
  if (snaps.length) parts.push(`snapshot${snaps.length === 1 ? '' : 's'} ${snaps.join(', ')}`);
  if (c.steps.some((s) => s.op === 'template')) parts.push('make template');
  if (!parts.length && c.steps.length === 1 && c.steps[0].op === 'record') parts.push('update done-record');
  return parts.join(' · ');
}

/** One short line per step, for details and terminal output. */
export function describeStep(s: Step): string {
  switch (s.op) {
    case 'destroy':
      if (s.incomplete)
        return `${s.unlock ? 'unlock and ' : ''}destroy the unfinished guest (it holds no data yet)`;
      return s.running ? 'stop and destroy' : 'destroy';
    case 'unlock':
      return `clear lock '${s.lock}' left by an interrupted Phoenix run`;
    case 'create':
      return `${s.download ? 'download template, ' : ''}create from ${shortSource(s.source)} on ${s.storage} (${s.diskGb}G)`;
    case 'clone':
      return `full clone of ${s.source}${s.snapshot ? ` @ ${s.snapshot}` : ''} onto ${s.storage}${s.target ? ` on node ${s.target}` : ''}`;
    case 'migrate': {
      const how = [
        s.online ? 'live' : s.restart ? 'restart' : '',
        s.withLocalDisks ? 'with local disks' : '',
      ].filter(Boolean);
      return `migrate from node ${s.from} to ${s.to}${how.length ? ` (${how.join(', ')})` : ''}`;
    }
    case 'configure': {
      const n = Object.keys(s.set).length + s.delete.length;
      return `set ${n} key${n === 1 ? '' : 's'}${s.lxcRaw ? ' and raw lxc lines' : ''}`;
    }
    case 'resize':
      return `grow ${s.disk} to ${s.size}`;
    case 'move-volume':
      return `move ${s.disk} to ${s.storage}`;
    case 'backup':
      return `vzdump backup onto ${s.storage} (${s.mode} mode)`;
    case 'destroy-volume':
      return `destroy ${s.key} (${s.volume}) and its data`;
    case 'park-volumes': {
      const what = s.volumes.map((v) => v.from).join(', ');
      const snaps = s.deleteSnapshots.length ? `delete snapshots ${s.deleteSnapshots.join(', ')}, ` : '';
      return `${snaps}move data volumes ${what} aside to ${s.create ? 'new ' : ''}holder CT ${s.holder}`;
    }
    case 'unpark-volumes':
      return s.volumes.length
        ? `attach kept volumes ${s.volumes.map((v) => `${v.to}${v.mountPath ? ` ${v.mountPath}` : ''}`).join(', ')} from holder CT ${s.holder}, then destroy the empty holder`
        : `destroy the empty holder CT ${s.holder}`;
    case 'firewall':
      return `firewall ${s.enabled ? 'on' : 'off'}, ${s.rules.length} rule${s.rules.length === 1 ? '' : 's'}`;
    case 'feature':
      return `feature ${s.name}`;
    case 'app-script':
      return `application script ${s.script.replace(/^apps\//, '')}`;
    case 'health-check':
      return `health check (${s.retries} tries)`;
    case 'test':
      return `test ${s.suite}/${s.name}${s.blocking ? '' : ' (non-blocking)'}`;
    case 'snapshot':
      return `${s.replace ? 'retake' : 'take'} ${s.purpose} snapshot ${s.name}`;
    case 'template':
      return s.seal
        ? 'seal (cloud-init clean, empty machine id) and convert to template'
        : 'convert to template';
    case 'record':
      return 'record done';
    case 'wait-agent':
      return 'wait for guest agent';
    default:
      return s.op;
  }
}

function listed(addresses: readonly string[], max = 30): string {
  const shown = addresses.slice(0, max).join(', ');
  return addresses.length > max ? `${shown}, ... (${addresses.length} in all)` : shown;
}

/**
 * The lines that say a plan was narrowed with `--only`: what was asked, what was added because
 * it is needed, and the changed guests left out. Empty for a full plan.
 */
export function selectionLines(plan: Plan): string[] {
  const s = plan.selection;
  if (!s) return [];
  const out = [
    `Only ${s.only.join(', ')} (--only)${s.added.length ? `, with what they need: ${listed(s.added)}` : ''}.`,
  ];
  out.push(
    `left out by --only: ${s.leftOut.length ? listed(s.leftOut) : 'nothing (no other guest has changes)'}`,
  );
  return out;
}
