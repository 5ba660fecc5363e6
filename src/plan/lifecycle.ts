/**
 * The part of a guest's lifecycle after it exists and is configured: firewall, start or restart,
 * features, application script, health check, snapshots, template conversion, done-record.
 * Decides from the done-record and the live snapshots which of these still have to run.
 */
import type { Guest } from '../model/types.js';
import {
  appScriptPath,
  appToken,
  expectedMarker,
  featureScriptPath,
  firewallToken,
  managedTags,
  markersEqual,
  withoutApplied,
  scriptToken,
  testScriptPath,
  type GuestMarker,
} from './markers.js';
import { sortKeys } from './canonical.js';
import type { DesiredConfig } from './desired-config.js';
import { sameApplied } from './applied-record.js';
import type { Step } from './types.js';

/**
 * Default names of the lifecycle snapshots every guest gets, as the original tooling named them
 * (its `enable_lifecycle_snapshots`: "create 'pre-configured' and 'final-form' snapshots during
 * the create lifecycle"). A guest's `snapshots` object renames them (`pre-features`,
 * `post-features`, the upstream VM schema's keys); `enable_lifecycle_snapshots: false` turns both off.
 */
export const LIFECYCLE_SNAPSHOTS = {
  /** After configuration, before the features and scripts run. */
  preConfigured: 'pre-configured',
  /** After the health check and the tests: the guest in its finished form. */
  finalForm: 'final-form',
} as const;

/**
 * Names earlier Phoenix releases took with `enable_lifecycle_snapshots: true`. No longer taken; a
 * guest that has them keeps them (they are Phoenix's own: deleted before a template conversion).
 */
export const LEGACY_LIFECYCLE_SNAPSHOTS = ['phoenix-features', 'phoenix-ready'] as const;

/** The description apply gives a lifecycle snapshot (`Phoenix <purpose> snapshot`, guest-run.ts). */
export const LIFECYCLE_SNAPSHOT_DESCRIPTION = 'Phoenix lifecycle snapshot';

/** Prefix of every snapshot name Phoenix itself takes (safety snapshots, the legacy lifecycle ones). */
export const PHOENIX_SNAPSHOT_PREFIX = 'phoenix-';

/**
 * The lifecycle snapshots a guest takes, in the order taken, without the one its template
 * snapshot stands for (a name used for both is one snapshot, taken where the template snapshot is:
 * after the tests, before `final-form`). None for a guest
 * that ends as a template or has them turned off.
 */
export function lifecycleSnapshotNames(guest: Guest): { pre?: string; final?: string } {
  if (guest.isTemplate || !guest.lifecycleSnapshots) return {};
  const final = guest.lifecycleSnapshotNames?.finalForm ?? LIFECYCLE_SNAPSHOTS.finalForm;
  const pre = guest.lifecycleSnapshotNames?.preConfigured ?? LIFECYCLE_SNAPSHOTS.preConfigured;
  const tmpl = guest.templateSnapshotName;
  return {
    ...(pre !== final && pre !== tmpl ? { pre } : {}),
    ...(final !== tmpl ? { final } : {}),
  };
}

/**
 * Snapshots a converged guest carries. A guest that ends as a template carries none: Proxmox
 * refuses to convert a guest with snapshots, and a template is cloned from itself, so its
 * `template_snapshot_name` is not needed.
 */
export function expectedSnapshots(guest: Guest): string[] {
  if (guest.isTemplate) return [];
  const { pre, final } = lifecycleSnapshotNames(guest);
  return [pre, guest.templateSnapshotName, final].filter((n): n is string => n !== undefined);
}

/**
 * The warning for a template that names snapshots. Lifecycle snapshots are on by default, so only
 * a template that asks for them (`enable_lifecycle_snapshots: true`, `snapshots`) is told.
 */
export function templateSnapshotsIgnored(g: Guest): string | undefined {
  const askedLifecycle = g.raw?.enable_lifecycle_snapshots === true || g.lifecycleSnapshotNames !== undefined;
  if (!g.isTemplate || (g.templateSnapshotName === undefined && !askedLifecycle)) return undefined;
  const what = [
    ...(g.templateSnapshotName !== undefined ? [`template_snapshot_name '${g.templateSnapshotName}'`] : []),
    ...(askedLifecycle ? ['lifecycle snapshots'] : []),
  ];
  return `${what.join(' and ')} ignored: a template carries no snapshots (Proxmox refuses to convert a guest that has any) and clones start from the template itself`;
}

export interface TailInput {
  readonly guest: Guest;
  readonly scriptHashes?: Readonly<Record<string, string>>;
  /** The guest is new in this plan (create, clone or rebuild). */
  readonly fresh: boolean;
  /** Live state before this plan (ignored when fresh). */
  readonly running: boolean;
  readonly isTemplate: boolean;
  readonly marker?: GuestMarker;
  readonly tags: readonly string[];
  readonly snapshots: ReadonlySet<string>;
  /** Snapshots whose taking or deletion was interrupted (`snapstate` left): retaken when wanted. */
  readonly incompleteSnapshots?: ReadonlySet<string>;
  /** Config keys change in this plan. */
  readonly configChanged: boolean;
  /** Some change takes effect only after a restart. */
  readonly needsRestart: boolean;
  /** The guest's `snapshotToken` (markers.ts), when it has tracked snapshots. */
  readonly snapToken?: string;
  /** A fresh guest that replaces an existing one (rebuild): its scripts run again, said so. */
  readonly rebuilt?: boolean;
  /** The guest's desired config, when computed already (its `applied` record goes in the done-record). */
  readonly config?: DesiredConfig;
  /** Why Proxmox cannot snapshot this guest (snapshot-capable.ts): its snapshots are skipped, said so. */
  readonly snapshotBlocker?: string;
}

export interface TailResult {
  readonly steps: Step[];
  readonly reasons: string[];
  /** The tail runs something inside the guest (features, app, health check). */
  readonly execs: boolean;
  /** Steps that need a live (non-template) guest: start, features, app, snapshots. */
  readonly needsLiveGuest: string[];
  /** Why the plan cannot do what the config asks (e.g. a template conversion Proxmox would refuse). */
  readonly errors: string[];
  /** Notes for the plan (snapshots skipped on storage that cannot take them). */
  readonly notes: string[];
}

export function planTail(input: TailInput): TailResult {
  const { guest: g, fresh } = input;
  const steps: Step[] = [];
  const reasons: string[] = [];
  const needsLiveGuest: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  const done = fresh ? undefined : input.marker;
  const want = expectedMarker(g, input.scriptHashes, { snap: input.snapToken, config: input.config });

  const features = g.features.filter((f) => done?.features[f] !== want.features[f]);
  if (!fresh) {
    for (const f of features) {
      reasons.push(
        done?.features[f] === undefined
          ? `feature ${f} runs: it never ran on this guest`
          : `feature ${f} runs again: script ${featureScriptPath(f)} changed since its last run`,
      );
    }
    for (const f of Object.keys(done?.features ?? {})) {
      if (!g.features.includes(f)) reasons.push(`feature ${f} left the config (not uninstalled)`);
    }
  }
  const app = g.applicationScript && done?.app !== want.app ? g.applicationScript : undefined;
  if (app && !fresh) reasons.push(appReason(app, done?.app, want.app));
  if (fresh && input.rebuilt && (features.length || app)) {
    const what = [...features.map((f) => `feature ${f}`), ...(app ? [`application script ${app}`] : [])];
    reasons.push(`${what.join(', ')} run${what.length === 1 ? 's' : ''} again: the guest is rebuilt`);
  }
  const fw = want.fw !== done?.fw && (want.fw !== undefined || done?.fw !== undefined);
  if (fw) {
    steps.push({
      enabled: g.firewall?.enabled ?? false,
      op: 'firewall',
      rules: (g.firewall?.rules ?? []).map(sortKeys),
    });
    if (!fresh) reasons.push('firewall settings changed');
  }

  const skipped: string[] = [];
  const snapshotStep = (name: string, purpose: 'lifecycle' | 'template', retake: boolean) => {
    const exists = !fresh && input.snapshots.has(name);
    const broken = exists && (input.incompleteSnapshots?.has(name) ?? false);
    if (exists && !retake && !broken) return;
    if (input.snapshotBlocker) {
      // Said when the guest is made or changed; a converged guest's plan stays quiet.
      if (fresh || retake) skipped.push(name);
      return;
    }
    steps.push({ name, op: 'snapshot', purpose, replace: exists });
    needsLiveGuest.push(`snapshot ${name}`);
    if (!fresh && !exists) reasons.push(`snapshot ${name} missing`);
    if (broken) reasons.push(`snapshot ${name} incomplete (interrupted): taken again`);
  };
  const lifecycleNames = lifecycleSnapshotNames(g);
  const content = fresh || features.length > 0 || app !== undefined;
  // End-of-lifecycle snapshots are retaken when the guest changes in this plan, and when the
  // state they were taken at (`snap` in the done-record) is not the wanted one: a retake that
  // failed after the change itself landed is planned again. Templates take no snapshots.
  // A config change shows in `snap` (the token covers the config Phoenix sets); setting back a
  // value changed outside Phoenix (drift) does not, as the snapshots hold the config's state.
  const retake = content || done?.snap !== want.snap;
  const snapshots = !g.isTemplate;
  // An apply that stopped before the guest's done-record (its progress record has an empty
  // `applied`, guest-run.ts) has not checked it yet: the resumed apply runs the checks.
  const unfinished = done?.applied !== undefined && Object.keys(done.applied).length === 0;
  const checks = content || unfinished || (!g.isTemplate && (input.configChanged || !input.running));
  const health = g.healthCheck !== undefined && checks;
  const tests = g.tests.length > 0 && checks;
  const execs = features.length > 0 || app !== undefined || health || tests;
  let running = fresh ? false : input.running;
  const stayUp = !g.isTemplate;
  if ((stayUp || execs) && !running) {
    steps.push({ op: 'start' });
    if (!fresh && stayUp) reasons.push(`not running (${input.isTemplate ? 'template' : 'stopped'})`);
    needsLiveGuest.push('start');
    running = true;
  } else if (running && input.needsRestart) {
    steps.push({ op: 'restart' });
  }
  // After configuration, before anything runs inside the guest; after the (re)start, which makes
  // pending values (a mount point removed from a running container) current.
  if (snapshots && lifecycleNames.pre) snapshotStep(lifecycleNames.pre, 'lifecycle', retake);
  if (execs && g.kind === 'qemu') steps.push({ op: 'wait-agent' });
  for (const f of features) {
    const script = featureScriptPath(f);
    steps.push({ hash: scriptToken(input.scriptHashes, script), name: f, op: 'feature', script });
    needsLiveGuest.push(`feature ${f}`);
  }
  if (app) {
    const script = appScriptPath(app);
    steps.push({ hash: appToken(g, input.scriptHashes)!, op: 'app-script', script });
    needsLiveGuest.push('application script');
  }
  if (health && g.healthCheck) {
    const { command, retries, interval } = g.healthCheck;
    steps.push({ command, interval, op: 'health-check', retries });
  }
  // Post-deployment tests: after the health check, whenever the guest was changed or started.
  if (tests)
    for (const t of g.tests) {
      const script = testScriptPath(t.path);
      const hash = scriptToken(input.scriptHashes, script);
      steps.push({ blocking: t.blocking, hash, name: t.name, op: 'test', script, suite: t.suite });
      needsLiveGuest.push(`test ${t.name}`);
    }
  // The template snapshot (what clones start from), then `final-form`, the last thing taken.
  if (snapshots && g.templateSnapshotName) snapshotStep(g.templateSnapshotName, 'template', retake);
  if (snapshots && lifecycleNames.final) snapshotStep(lifecycleNames.final, 'lifecycle', retake);
  if (skipped.length && input.snapshotBlocker)
    notes.push(
      `snapshot${skipped.length === 1 ? '' : 's'} ${skipped.join(', ')} skipped: ${input.snapshotBlocker}`,
    );
  const tags = managedTags(input.tags);
  // A guest recorded before Phoenix kept what it applied gets the record with its next config
  // change, never a record-only step of its own.
  const known = done?.applied !== undefined || input.configChanged;
  const upToDate =
    !fresh &&
    done !== undefined &&
    markersEqual(withoutApplied(done), withoutApplied(want)) &&
    (!known || sameApplied(done.applied, want.applied)) &&
    tags.length === input.tags.length;
  if (!upToDate) {
    steps.push({ marker: want, op: 'record', tags });
    if (!fresh && reasons.length === 0 && steps.length === 1) reasons.push('done-record out of date');
  }
  if (g.isTemplate && (fresh || !input.isTemplate)) {
    // Proxmox refuses to convert a guest that has snapshots: Phoenix's own go first, others stop the plan.
    const present = fresh ? [] : [...input.snapshots].sort();
    const lifecycle = new Set<string>([
      ...Object.values(LIFECYCLE_SNAPSHOTS),
      ...Object.values(g.lifecycleSnapshotNames ?? {}),
    ]);
    const own = present.filter(
      (n) => n.startsWith(PHOENIX_SNAPSHOT_PREFIX) || n === g.templateSnapshotName || lifecycle.has(n),
    );
    const foreign = present.filter((n) => !own.includes(n));
    if (foreign.length) {
      errors.push(
        `cannot become a template while it has snapshots Phoenix did not take (${foreign.join(', ')}); Proxmox refuses to convert a guest with snapshots: delete them first`,
      );
    }
    // Only a VM made from a cloud image carries the vendor data and cloud-init that sealing needs.
    const seal = g.kind === 'qemu' && g.cloneFrom === undefined ? { seal: true as const } : {};
    steps.push(own.length ? { deleteSnapshots: own, op: 'template', ...seal } : { op: 'template', ...seal });
    if (!fresh) reasons.push('not yet a template');
    if (own.length) reasons.push(`snapshots ${own.join(', ')} deleted first (a template has none)`);
  }
  return { steps, reasons, execs, needsLiveGuest, errors, notes };
}

/** Why the application script runs again, from the recorded and the wanted `SCRIPT@CONTENT+CONFIG`. */
function appReason(app: string, recorded: string | undefined, wanted: string | undefined): string {
  if (!recorded) return `application script ${app} runs: it never ran on this guest`;
  const parse = (t: string) => /^(.*)@([^@+]*)\+([^+]*)$/.exec(t) ?? [t, t, '', ''];
  const [, oldName, oldScript] = parse(recorded);
  const [, , newScript] = parse(wanted ?? '');
  if (oldName !== app) return `application script ${app} runs: the config named ${oldName} before`;
  if (oldScript !== newScript)
    return `application script ${app} runs again: script ${appScriptPath(app)} changed since its last run`;
  return `application script ${app} runs again: the guest config it reads changed since its last run`;
}

/** Whether the firewall settings in the config are anything Phoenix writes. */
export function hasFirewall(guest: Guest): boolean {
  return firewallToken(guest.firewall) !== undefined;
}
