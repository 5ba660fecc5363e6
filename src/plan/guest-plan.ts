/**
 * Plans one desired guest against what the host has at its id: create or clone it, change it in
 * place, or rebuild it (refused unless allowed). Pure; `planner.ts` puts the pieces together.
 */
import type { Guest, NvidiaSettings } from '../model/types.js';
import type { LiveGuest, LiveState } from '../model/live-state.js';
import { sortKeys } from './canonical.js';
import { cloneSnapshotOf, sourceConfig } from './clone-base.js';
import { diffConfig } from './config-diff.js';
import { desiredConfig, rootDiskKey, type ConfigContext, type DesiredConfig } from './desired-config.js';
import { printedConfig } from './desired-to-live.js';
import { placeVolumeDeletes, rebuildLoss, volumeDeletes, type DataLossContext } from './data-loss.js';
import { cloneMountErrors, withHostDirs } from './host-dirs.js';
import * as keepVolumes from './keep-volumes.js';
import { classifyDiffs, configReason } from './last-applied.js';
import { incompleteReason, OWN_LOCKS, remakeIncomplete } from './incomplete.js';
import { diffWithPending } from './pending.js';
import { planTail, templateSnapshotsIgnored } from './lifecycle.js';
import { planCrossNodeClone, planMigration } from './migration.js';
import { placeGuest, templatesOn, unplacedError, type PlacementContext } from './placement.js';
import { configAfter, snapshotBlocker, sourceSnapshotErrors } from './snapshot-capable.js';
import { runsScripts, scriptInputHash } from './script-input.js';
import {
  birthKeys,
  hasTrackedSnapshots,
  isManaged,
  readMarker,
  snapshotToken,
  sourceToken,
} from './markers.js';
import {
  guestAddress,
  guestLabel,
  type FieldDiff,
  type GuestChange,
  type PlanAction,
  type Step,
} from './types.js';

export { scriptInputHash, scriptInputOf } from './script-input.js';
export { cloneSnapshotOf } from './clone-base.js';

export interface GuestPlanContext extends ConfigContext, DataLossContext {
  readonly desiredById: ReadonlyMap<number, Guest>;
  readonly live: LiveState;
  readonly liveById: ReadonlyMap<number, LiveGuest>;
  readonly allowRebuild: boolean;
  readonly scriptHashes?: Readonly<Record<string, string>>;
  /** Whether host facts (templates present) are known; false when planning config against config. */
  readonly hostKnown: boolean;
  /** Top-level NVIDIA settings, handed to container scripts unless the guest sets its own. */
  readonly nvidia: NvidiaSettings;
  /** Configs clones start from, by `source@storage` (see `sourceConfig`). */
  readonly sourceConfigs: Map<string, Readonly<Record<string, string>>>;
  /** What places guests on nodes (placement.ts): the hypervisor file's cluster block, the only node. */
  readonly placement: PlacementContext;
  /** The volume id (or absolute path) a VM's `template_image` is imported from. */
  readonly imageVolume: (file: string) => string;
}

/**
 * A guest change being built: every key present from the start and in sorted order, so all
 * changes share one object shape and the plan hash serialises them natively.
 */
export type DraftChange = { -readonly [K in keyof GuestChange]: GuestChange[K] };

export function draftChange(
  c: Pick<GuestChange, 'address' | 'cloneOf' | 'dependencies' | 'id' | 'kind' | 'name' | 'node' | 'template'>,
): DraftChange {
  return {
    action: 'no-op',
    address: c.address,
    cloneOf: c.cloneOf,
    dataLoss: undefined,
    dependencies: c.dependencies,
    diffs: [],
    id: c.id,
    kind: c.kind,
    layer: undefined,
    name: c.name,
    node: c.node,
    reasons: [],
    scriptInputHash: undefined,
    steps: [],
    template: c.template,
    waitFor: [],
  };
}

export interface GuestPlanResult {
  /** `layer` and `waitFor` are left for the planner to fill in. */
  readonly change: DraftChange;
  readonly errors: string[];
  readonly warnings: string[];
}

interface NewGuestSteps {
  steps: Step[];
  diffs: FieldDiff[];
  errors: string[];
  action: 'create' | 'clone';
}

/**
 * `diffConfig` of `g` against `onto` (the live guest, or what a clone inherits): mount points keep
 * the slots that hold their paths there (volume-slots.ts). The positional `cfg` still serves the
 * snapshot token, which must not depend on the host.
 */
function diffOnto(g: Guest, cfg: DesiredConfig, ctx: ConfigContext, onto: Readonly<Record<string, string>>) {
  return diffConfig(g.kind, g.mountPoints.length ? desiredConfig(g, ctx, onto) : cfg, onto);
}

/** Steps that make a guest exist and configured: `pct create`/`qm create`, or clone + configure + resize. */
function newGuestSteps(g: Guest, cfg: DesiredConfig, ctx: GuestPlanContext, node?: string): NewGuestSteps {
  const errors: string[] = [];
  if (g.cloneFrom === undefined) {
    if (!g.osTemplate) {
      errors.push(
        `${g.kind === 'lxc' ? 'no template (template/template_file)' : 'no template_image'} and no clone source`,
      );
    }
    const source = g.kind === 'qemu' && g.osTemplate ? ctx.imageVolume(g.osTemplate) : (g.osTemplate ?? '');
    const download =
      ctx.hostKnown &&
      g.kind === 'lxc' &&
      /^[^/:]+:vztmpl\//.test(source) &&
      !templatesOn(ctx.live, node).includes(source);
    const step: Step = {
      config: sortKeys({ ...cfg.keys, ...cfg.createOnly, ...birthKeys(g) }),
      diskGb: g.diskSizeGb,
      download,
      lxcRaw: cfg.lxcRaw,
      op: 'create',
      source,
      storage: g.storagePool,
    };
    return { steps: [step], diffs: [], errors, action: 'create' };
  }
  const srcId = g.cloneFrom;
  const srcDesired = ctx.desiredById.get(srcId);
  const srcLive = ctx.liveById.get(srcId);
  let snapshot: string | undefined;
  let base: Readonly<Record<string, string>> | undefined;
  if (srcDesired) {
    if (srcDesired.kind !== g.kind)
      errors.push(
        `clone source ${guestLabel(srcDesired.kind, srcId)} is not a ${g.kind === 'lxc' ? 'container' : 'VM'}`,
      );
    snapshot = cloneSnapshotOf(srcDesired);
    if (!snapshot && !srcDesired.isTemplate) {
      errors.push(
        `clone source ${guestLabel(srcDesired.kind, srcId)} is neither a template nor names a template_snapshot_name`,
      );
    }
    base = sourceConfig(srcId, g.storagePool, ctx.sourceConfigs, () => printedConfig(srcDesired, ctx));
  } else if (srcLive) {
    if (srcLive.kind !== g.kind)
      errors.push(
        `clone source ${guestLabel(srcLive.kind, srcId)} is not a ${g.kind === 'lxc' ? 'container' : 'VM'}`,
      );
    if (!srcLive.template)
      errors.push(`clone source ${guestLabel(srcLive.kind, srcId)} is not in the config and not a template`);
    base = sourceConfig(srcId, g.storagePool, ctx.sourceConfigs, () => srcLive.config);
  } else {
    errors.push(`clone source ${srcId} is neither in the config nor on the host`);
  }
  if (base) errors.push(...cloneMountErrors(guestLabel(g.kind, srcId), base));
  const srcNode = srcDesired ? placeGuest(srcDesired, srcLive, ctx.placement) : srcLive?.node || undefined;
  const cross = planCrossNodeClone(g.kind, g.storagePool, srcNode, node, ctx.live, () =>
    srcDesired ? printedConfig(srcDesired, ctx) : srcLive?.config,
  );
  errors.push(...cross.errors);
  const desiredSrc = () => srcDesired && desiredConfig(srcDesired, ctx).keys;
  errors.push(...sourceSnapshotErrors(g.kind, srcId, snapshot, ctx.live.storages, srcLive, desiredSrc));
  const steps: Step[] = [
    { name: g.name, op: 'clone', snapshot, source: srcId, storage: g.storagePool, target: cross.target },
    ...(cross.migrate ? [cross.migrate] : []),
  ];
  const diffs: FieldDiff[] = [];
  const d = base ? diffOnto(g, cfg, ctx, base) : undefined;
  if (d) {
    for (const r of d.rebuild) errors.push(`the clone inherits a setting it cannot change: ${r}`);
    errors.push(...d.errors.map((e) => `clone source's ${e}`));
    diffs.push(...d.diffs);
  }
  // Always configure a clone: at least its own tag and done-record replace the source's.
  steps.push({
    delete: d?.delete ?? [],
    lxcRaw: d?.lxcRaw,
    op: 'configure',
    set: sortKeys({ ...(d?.set ?? {}), ...birthKeys(g) }),
  });
  for (const r of d?.resize ?? []) steps.push({ disk: r.disk, op: 'resize', size: r.size });
  for (const m of d?.move ?? []) steps.push({ disk: m.disk, op: 'move-volume', storage: m.storage });
  return { steps, diffs, errors, action: 'clone' };
}

const NO_TAGS: readonly string[] = [];
const NO_SNAPSHOTS: ReadonlySet<string> = new Set();

export function planGuest(g: Guest, ctx: GuestPlanContext): GuestPlanResult {
  const address = guestAddress(g.kind, g.id);
  const live = ctx.liveById.get(g.id);
  const errors: string[] = [];
  const warnings: string[] = [];
  const change = draftChange({
    address,
    cloneOf:
      g.cloneFrom === undefined
        ? undefined
        : { id: g.cloneFrom, snapshot: cloneSnapshotOf(ctx.desiredById.get(g.cloneFrom)) },
    dependencies: [...g.dependencies],
    id: g.id,
    kind: g.kind,
    name: g.name,
    node: placeGuest(g, live, ctx.placement),
    template: g.isTemplate,
  });
  const ignored = templateSnapshotsIgnored(g);
  if (ignored) warnings.push(ignored);
  const cfg = desiredConfig(g, ctx);
  const snapToken = hasTrackedSnapshots(g) ? snapshotToken(g, ctx.scriptHashes, { config: cfg }) : undefined;
  // Data volumes parked by this plan's rebuild, or by an interrupted one, go back (keep-volumes.ts).
  const holder = g.kind === 'lxc' && ctx.hostKnown ? keepVolumes.liveHolderOf(g.id, ctx.liveById) : undefined;
  let parking: keepVolumes.KeepPlan['kept'] = [];
  const finish = (action: PlanAction, reasons: string[], diffs: readonly FieldDiff[], steps: Step[]) => {
    change.action = action;
    change.reasons = reasons;
    change.diffs = diffs;
    change.steps = withHostDirs(g, steps);
    keepVolumes.finishKeep(change, g.id, holder, parking, live);
    change.scriptInputHash = runsScripts(steps) ? scriptInputHash(g, ctx.nvidia) : undefined;
    return { change, errors, warnings };
  };

  const fresh = (reasons: string[], destroy?: Step[]): GuestPlanResult => {
    const made = newGuestSteps(g, cfg, ctx, change.node);
    errors.push(...made.errors);
    const tail = planTail({
      guest: g,
      scriptHashes: ctx.scriptHashes,
      fresh: true,
      running: false,
      isTemplate: false,
      tags: NO_TAGS,
      snapshots: NO_SNAPSHOTS,
      configChanged: true,
      needsRestart: false,
      snapToken,
      rebuilt: destroy !== undefined,
      config: cfg,
      snapshotBlocker: snapshotBlocker(g.kind, { ...cfg.createOnly, ...cfg.keys }, ctx.live.storages),
    });
    for (const e of tail.errors) errors.push(e);
    if (ctx.hostKnown) warnings.push(...tail.notes); // a config-to-config plan has no host to snapshot on
    const steps = destroy ? [...destroy, ...made.steps, ...tail.steps] : made.steps.concat(tail.steps);
    return finish(destroy ? 'replace' : made.action, reasons.concat(tail.reasons), made.diffs, steps);
  };

  if (!live) {
    if (change.node === undefined && ctx.hostKnown && ctx.live.nodes.length > 1)
      errors.push(unplacedError(ctx.live.nodes));
    return fresh([]);
  }
  const incomplete = incompleteReason(live);
  if (incomplete) {
    if (live.config.protection === '1')
      errors.push(`${address} is incomplete but has protection set; remove protection first`);
    const remake = remakeIncomplete(g, live, incomplete);
    return fresh([remake.reason], [remake.destroy]);
  }
  if (!isManaged(live)) {
    errors.push(
      `id ${g.id} is taken by ${guestLabel(live.kind, live.id)}${live.name ? ` (${live.name})` : ''}, which Phoenix does not manage (no 'phoenix' tag); tag it to adopt it, or pick another id`,
    );
    return finish('no-op', ['id taken by an unmanaged guest'], [], []);
  }
  const ownLock = live.lock && OWN_LOCKS.has(live.lock) ? live.lock : undefined;
  if (live.lock && !ownLock) {
    warnings.push(
      `${address} is locked (${live.lock}) by an operation that is not Phoenix's; apply waits for it (bounded) and changes nothing while it holds`,
    );
  }
  // A node change migrates (migration.ts), first of all the steps: the rest runs on the new node.
  const move =
    change.node && live.node && live.node !== change.node
      ? planMigration(live, change.node, ctx.live)
      : undefined;
  const marker = readMarker(live);
  const rebuild: string[] = [];
  const rebuildDiffs: FieldDiff[] = [];
  if (live.kind !== g.kind)
    rebuild.push(`the host has a ${live.kind === 'lxc' ? 'container' : 'VM'} at this id`);
  const src = sourceToken(g);
  if (marker?.src && src && marker.src !== src) {
    rebuild.push(`made from ${marker.src}, the config now says ${src}`);
    rebuildDiffs.push({ effect: 'rebuild', from: marker.src, key: 'source', to: src });
  }
  if (live.template && !g.isTemplate) rebuild.push('it is a template and the config no longer makes it one');

  const d = live.kind === g.kind ? diffWithPending(live, (on) => diffOnto(g, cfg, ctx, on)) : undefined;
  if (d) {
    rebuild.push(...d.rebuild);
    errors.push(...d.errors);
  }
  const steps: Step[] = [];
  // An existing guest without its root disk is never given a blank one in its place.
  const root = rootDiskKey(g.kind);
  if (d && d.set[root] !== undefined && live.config[root] === undefined) {
    errors.push(
      `${address} has no ${root} although it was made; Phoenix does not attach a blank disk in its place: restore the disk, or destroy the guest to have it made again`,
    );
  }
  if (ownLock) steps.push({ lock: ownLock, op: 'unlock' });
  if (move) steps.push(move.step);
  if (d && (Object.keys(d.set).length || d.delete.length || d.lxcRaw)) {
    steps.push({ delete: d.delete, lxcRaw: d.lxcRaw, op: 'configure', set: sortKeys(d.set) });
  }
  for (const r of d?.resize ?? []) steps.push({ disk: r.disk, op: 'resize', size: r.size });
  for (const m of d?.move ?? []) steps.push({ disk: m.disk, op: 'move-volume', storage: m.storage });
  if (live.template && d?.resize.length) rebuild.push("a template's disks cannot be resized");
  // Volumes leaving the config are detached (kept as unusedN) unless the guest allows deleting them.
  const deletes =
    d && g.allowDestroyVolumes ? volumeDeletes(address, d, live.config, ctx, errors) : undefined;
  if (deletes) steps.unshift(deletes.backup);
  const configChanged = steps.some((s) => s.op !== 'unlock' && s.op !== 'migrate');
  const tail = planTail({
    guest: g,
    scriptHashes: ctx.scriptHashes,
    fresh: false,
    running: live.status === 'running',
    isTemplate: live.template,
    marker,
    tags: live.tags,
    snapshots: new Set(live.snapshots.map((s) => s.name)),
    incompleteSnapshots: live.snapshots.some((s) => s.snapstate)
      ? new Set(live.snapshots.filter((s) => s.snapstate).map((s) => s.name))
      : undefined,
    configChanged,
    needsRestart: (d?.diffs ?? []).some((x) => x.effect === 'restart'),
    snapToken,
    config: cfg,
    snapshotBlocker: snapshotBlocker(g.kind, configAfter(live.config, d), ctx.live.storages),
  });
  if (ctx.hostKnown) warnings.push(...tail.notes);
  // Which changes were made behind Phoenix's back (last-applied.ts).
  const classified = d ? classifyDiffs(g.kind, d.diffs, cfg, live.config, marker?.applied) : [];
  const diffs = move ? [move.diff, ...classified] : classified;
  if (live.template && g.isTemplate && tail.needsLiveGuest.length) {
    rebuild.push(`a template cannot run again (${tail.needsLiveGuest.join(', ')})`);
  }

  if (rebuild.length) {
    const reasons = rebuild.map((r) => `rebuild: ${r}`);
    const keep =
      live.kind === 'lxc' && g.kind === 'lxc'
        ? keepVolumes.planPark(
            live,
            ctx.live,
            holder,
            keepVolumes.holderTemplate(g.osTemplate, ctx.live),
            g.storagePool,
            keepVolumes.incompleteHolderOf(g.id, ctx.liveById) !== undefined,
          )
        : undefined;
    parking = keep?.kept ?? [];
    const loss = rebuildLoss(address, live, ctx, errors, keep?.unkept);
    if (!ctx.allowRebuild) {
      errors.push(
        `${address} needs a rebuild (${rebuild.join('; ')}); it is refused unless rebuilds are allowed (--allow-rebuild)`,
      );
    }
    if (live.config.protection === '1') {
      errors.push(`${address} needs a rebuild but has protection set; remove protection first`);
    }
    const result = fresh(reasons, [
      ...loss.steps,
      // Parking deletes its snapshots: a lock a killed delete left goes first.
      ...(keep?.park ? [...(ownLock ? [{ lock: ownLock, op: 'unlock' as const }] : []), keep.park] : []),
      { op: 'destroy', running: live.status === 'running', ...(ownLock ? { unlock: true as const } : {}) },
    ]);
    change.diffs = [...rebuildDiffs, ...diffs];
    change.dataLoss = loss.lost.length ? loss.lost : undefined;
    return result;
  }
  errors.push(...tail.errors, ...(move?.errors ?? []));
  steps.push(...tail.steps);
  if (deletes) {
    placeVolumeDeletes(steps, live.status === 'running', deletes.steps);
    change.dataLoss = deletes.lost;
  }
  const reasons = [...tail.reasons];
  if (configChanged) reasons.unshift(configReason(classified));
  if (move)
    reasons.unshift(
      `migrate from node ${live.node} to ${change.node}${g.node ? '' : ' (cluster.default_node)'}`,
    );
  if (ownLock) reasons.unshift(`lock '${ownLock}' left by an interrupted Phoenix run; apply clears it`);
  return finish(steps.length ? 'update' : 'no-op', reasons, diffs, steps);
}
