/**
 * `plan(desired, live, options) -> Plan`: pure. Plans every desired guest (guest-plan.ts), the
 * managed guests that left the config, lists unmanaged guests and host-level differences, orders
 * the changed guests in a DAG over clone sources and dependencies, and hashes the result.
 */
import type { DesiredState, Guest } from '../model/types.js';
import type { LiveGuest, LiveState } from '../model/live-state.js';
import { desiredToLiveState, type DesiredToLiveOptions } from './desired-to-live.js';
import { buildDag, topoLayers } from './graph.js';
import { draftChange, planGuest, type DraftChange } from './guest-plan.js';
import { checkHypervisor } from './hypervisor-check.js';
import { featureNeedWarnings } from './feature-needs.js';
import { staleCloneWarnings } from './stale-clones.js';
import { cloneSourceSettings } from './create-settings.js';
import { imageVolume } from '../model/host-config/image-volume.js';
import { backupStorageOf, deleteSteps } from './data-loss.js';
import { isManaged, UNKNOWN_HASH } from './markers.js';
import { markSorted } from './canonical.js';
import { clusterConfigOf } from '../model/cluster-config.js';
import { nodeErrors, rebuildMoveError } from './placement.js';
import { withHash } from './plan-file.js';
import { selectPlan } from './select.js';
import { runsScripts } from './script-input.js';
import { findSecretRefs, secretEnvName } from '../config/secret-refs.js';
import {
  guestAddress,
  guestLabel,
  PLAN_VERSION,
  type GuestChange,
  type Plan,
  type PlanBasis,
  type PlanMessage,
  type PlanMode,
  type RetainedGuest,
  type UnmanagedGuest,
} from './types.js';

export interface PlanOptions {
  /** Allow destroying and recreating guests whose changes Proxmox cannot make in place. */
  readonly allowRebuild?: boolean;
  /**
   * Allow steps that delete a volume's data: destroying or rebuilding a guest with data volumes,
   * deleting volumes that left the config (`allow_destroy_volumes`). A vzdump backup comes first.
   */
  readonly allowDataLoss?: boolean;
  /** sha256 (hex) of each script by path relative to the config dir (`features/docker.sh`, `apps/x.sh`). */
  readonly scriptHashes?: Readonly<Record<string, string>>;
  /** What `live` is (default `live-state`); `config-diff` skips host-level checks. */
  readonly basis?: PlanBasis;
  readonly mode?: PlanMode;
  /** Stored in `meta` (not hashed). */
  readonly createdAt?: string;
  /** `--only`: narrow the plan to these guest addresses and what they need (select.ts). */
  readonly only?: readonly string[];
  /**
   * Whether a secret a guest's config refers to (`{"secret": NAME}`) has a value where apply will
   * look (`PHOENIX_SECRET_<NAME>`). Given: a guest whose scripts run with a reference to a missing
   * secret is a plan error. Only the answer is used, never a value.
   */
  readonly secretAvailable?: (name: string) => boolean;
}

/** One error per secret a guest's scripts need that has no value (each name once). */
function missingSecrets(g: Guest, available: (name: string) => boolean): string[] {
  const out = new Map<string, string>();
  for (const ref of findSecretRefs(g.raw)) {
    if (out.has(ref.name) || available(ref.name)) continue;
    out.set(
      ref.name,
      `${guestLabel(g.kind, g.id)} (${g.name}): secret ${ref.name} (at '${ref.path.join('.')}') has no value: ` +
        `set ${secretEnvName(ref.name)} (in GitHub Actions: the apply action's \`secrets\` input)`,
    );
  }
  return [...out.values()];
}

function compareChanges(a: { id: number; kind: string }, b: { id: number; kind: string }): number {
  return a.id - b.id || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

export function plan(desired: DesiredState, live: LiveState, options: PlanOptions = {}): Plan {
  const basis = options.basis ?? 'live-state';
  const errors: PlanMessage[] = [];
  const warnings: PlanMessage[] = [];
  const desiredById = new Map<number, Guest>();
  for (const g of desired.guests) {
    const address = guestAddress(g.kind, g.id);
    if (desiredById.has(g.id))
      errors.push({ address, message: `id ${g.id} is used by more than one guest in the config` });
    else desiredById.set(g.id, g);
  }
  const liveById = new Map<number, LiveGuest>();
  for (const l of live.guests) liveById.set(l.id, l);

  const ctx = {
    desiredById,
    live,
    liveById,
    allowRebuild: options.allowRebuild ?? false,
    allowDataLoss: options.allowDataLoss ?? false,
    backupStorage: backupStorageOf(live),
    scriptHashes: options.scriptHashes,
    hostKnown: basis === 'live-state',
    pveVersion: live.pveVersion,
    nvidia: desired.nvidia,
    sourceConfigs: new Map(),
    placement: {
      cluster: clusterConfigOf(desired.hypervisor),
      onlyNode: basis === 'live-state' && live.nodes.length === 1 ? live.nodes[0] : undefined,
    },
    imageVolume: (file: string) => imageVolume(file, desired.hypervisor),
  };
  const planned: DraftChange[] = [];
  const nodeById = new Map<number, string | undefined>();
  // Facts about the steps, gathered in one pass: clone sources used, guests created, scripts
  // without a content hash.
  const clonedFrom = new Set<number>();
  const creating = new Set<number>();
  const unknownScripts = new Set<string>();
  for (const g of desiredById.values()) {
    const r = planGuest(g, ctx);
    const c = r.change;
    planned.push(c);
    nodeById.set(g.id, c.node);
    for (const m of r.errors) errors.push({ address: c.address, message: m });
    if (ctx.hostKnown && c.action !== 'no-op') {
      const from = c.steps.find((s) => s.op === 'migrate');
      for (const m of nodeErrors(live, c.node, from?.op === 'migrate' ? from.from : undefined))
        errors.push({ address: c.address, message: m });
    }
    const was = liveById.get(g.id)?.node;
    if (c.action === 'replace' && was && c.node && was !== c.node)
      errors.push({ address: c.address, message: rebuildMoveError(was, c.node) });
    if (options.secretAvailable && runsScripts(c.steps))
      for (const m of missingSecrets(g, options.secretAvailable))
        errors.push({ address: c.address, message: m });
    for (const m of r.warnings) warnings.push({ address: c.address, message: m });
    for (const s of c.steps) {
      if (s.op === 'clone') {
        if (c.cloneOf) clonedFrom.add(c.cloneOf.id);
        creating.add(c.id);
      } else if (s.op === 'create') creating.add(c.id);
      else if (
        (s.op === 'feature' && s.hash === UNKNOWN_HASH) ||
        (s.op === 'app-script' && s.hash.includes(`@${UNKNOWN_HASH}+`))
      ) {
        unknownScripts.add(s.script);
      }
    }
  }

  // Managed guests that left the config; unmanaged guests.
  const retained: RetainedGuest[] = [];
  const unmanaged: UnmanagedGuest[] = [];
  for (const l of live.guests) {
    if (desiredById.has(l.id)) continue;
    const address = guestAddress(l.kind, l.id);
    const name = l.name ?? '';
    if (!isManaged(l)) {
      unmanaged.push({ address, id: l.id, kind: l.kind, name, template: l.template });
      continue;
    }
    const kindWord = l.kind === 'lxc' ? 'containers' : 'VMs';
    let reason: string | undefined;
    if (!desired.allowDestroy[l.kind])
      reason = `removed from the config; allow_destroy is off for ${kindWord}`;
    else if (l.config.protection === '1') reason = 'removed from the config; protection is set on the guest';
    else if (clonedFrom.has(l.id))
      reason = 'removed from the config, but a guest in this plan is cloned from it';
    const del = reason ? undefined : deleteSteps(l, ctx);
    reason ??= del?.refused;
    if (reason || !del) {
      retained.push({ address, id: l.id, kind: l.kind, name, reason: reason ?? '' });
      continue;
    }
    const c = draftChange({
      address,
      dependencies: [],
      id: l.id,
      kind: l.kind,
      name,
      node: l.node || undefined,
      template: l.template,
    });
    c.action = 'delete';
    c.reasons = ['removed from the config'];
    c.steps = del.steps;
    if (del.lost.length) c.dataLoss = del.lost;
    for (const m of del.errors) errors.push({ address, message: m });
    planned.push(c);
  }
  planned.sort(compareChanges);
  warnings.push(
    ...featureNeedWarnings(desiredById),
    ...staleCloneWarnings(planned, (id) => liveById.has(id)),
  );

  // Dependencies that point nowhere.
  for (const g of desiredById.values()) {
    for (const dep of g.dependencies) {
      if (!desiredById.has(dep) && !liveById.has(dep)) {
        errors.push({
          address: guestAddress(g.kind, g.id),
          message: `depends on ${dep}, which is neither in the config nor on the host`,
        });
      }
    }
  }

  // Order: the full DAG decides precedence; changed guests wait for the nearest changed ancestors.
  const edges: [string, string][] = [];
  for (const g of desiredById.values()) {
    const to = guestAddress(g.kind, g.id);
    const edge = (id: number) => {
      const from = desiredById.get(id);
      if (from) edges.push([guestAddress(from.kind, from.id), to]);
    };
    if (g.cloneFrom !== undefined) edge(g.cloneFrom);
    for (const id of g.dependencies) edge(id);
  }
  const full = buildDag(
    planned.map((c) => c.address),
    edges,
  );
  const fullLayers = topoLayers(full);
  if (fullLayers.cycles.length) {
    const byAddress = new Map<string, DraftChange>();
    for (const c of planned) if (!byAddress.has(c.address)) byAddress.set(c.address, c);
    const label = (a: string) => {
      const c = byAddress.get(a)!;
      return guestLabel(c.kind, c.id);
    };
    for (const cycle of fullLayers.cycles) {
      errors.push({
        message: `dependency cycle: ${cycle.map(label).join(' -> ')} (each must come before the next)`,
      });
    }
  }
  const changedSet = new Set<string>();
  for (const c of planned) if (c.action !== 'no-op') changedSet.add(c.address);
  const frontier = new Map<string, string[]>();
  const nearestChanged = (node: string, visiting: Set<string>): string[] => {
    const preds = full.preds.get(node) ?? [];
    let direct = true;
    for (const p of preds) if (!changedSet.has(p)) direct = false;
    if (direct) return [...preds]; // the usual case; preds are distinct
    const out = new Set<string>();
    for (const p of preds) {
      if (changedSet.has(p)) out.add(p);
      else if (!visiting.has(p)) {
        let f = frontier.get(p);
        if (!f) {
          visiting.add(p);
          f = nearestChanged(p, visiting);
          visiting.delete(p);
          frontier.set(p, f);
        }
        for (const x of f) out.add(x);
      }
    }
    return [...out];
  };
  const blocked = new Set(fullLayers.blocked);
  const waitFor = new Map<string, string[]>();
  const changedOrder: string[] = [];
  const reducedEdges: [string, string][] = [];
  const visiting = new Set<string>();
  for (const c of planned) {
    if (!changedSet.has(c.address) || blocked.has(c.address)) continue;
    changedOrder.push(c.address);
    if (waitFor.has(c.address)) continue;
    visiting.add(c.address);
    const froms = nearestChanged(c.address, visiting).sort();
    visiting.delete(c.address);
    waitFor.set(c.address, froms);
    for (const f of froms) reducedEdges.push([f, c.address]);
  }
  // When every guest changes (and none is blocked), the reduced DAG is the full one: same nodes in
  // the same order, each waiting for all its predecessors, so its layers are already known.
  const { layers, level } =
    changedOrder.length === full.nodes.length && waitFor.size === changedOrder.length
      ? fullLayers
      : topoLayers(buildDag(changedOrder, reducedEdges));

  for (const c of planned) {
    c.layer = level.get(c.address);
    c.waitFor = waitFor.get(c.address) ?? [];
    markSorted(c);
  }
  const changes: readonly GuestChange[] = planned;

  const hostCheck =
    basis === 'live-state'
      ? checkHypervisor(desired, live, creating, ctx.imageVolume, (g) => nodeById.get(g.id))
      : undefined;
  const hypervisor = hostCheck?.diffs ?? [];
  if (hostCheck) errors.push(...hostCheck.errors);

  if (unknownScripts.size) {
    const list = [...unknownScripts].sort();
    warnings.push({
      message: `no content hash for ${list.length} script${list.length === 1 ? '' : 's'} (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}): changes to them will not show in plans`,
    });
  }

  const errored = errors.length > 0;
  const whole: Omit<Plan, 'hash'> = {
    version: PLAN_VERSION,
    mode: options.mode ?? 'normal',
    basis,
    changes,
    layers,
    retained: retained.sort(compareChanges),
    unmanaged: unmanaged.sort(compareChanges),
    hypervisor,
    errors,
    warnings,
    cloneSources: cloneSourceSettings(changes, ctx.sourceConfigs),
    errored,
    applyable: !errored && changes.some((c) => c.action !== 'no-op'),
    complete: blocked.size === 0,
    meta: {
      target: live.target || undefined,
      readAt: live.readAt || undefined,
      pveVersion: live.pveVersion,
      createdAt: options.createdAt,
      nodes: basis === 'live-state' && live.nodes.length > 1 ? live.nodes : undefined,
    },
  };
  return withHash(options.only ? selectPlan(whole, options.only) : whole);
}

/** Plan the new config against the live state the old config would have produced. */
export function planConfigDiff(
  desiredNew: DesiredState,
  desiredOld: DesiredState,
  options: PlanOptions &
    Pick<DesiredToLiveOptions, 'pveVersion'> & {
      readonly oldScriptHashes?: Readonly<Record<string, string>>;
    } = {},
): Plan {
  const live = desiredToLiveState(desiredOld, {
    scriptHashes: options.oldScriptHashes ?? options.scriptHashes,
    pveVersion: options.pveVersion,
    target: 'config-diff',
  });
  return plan(desiredNew, live, { ...options, basis: 'config-diff' });
}
