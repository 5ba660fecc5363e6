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

/** Snapshot names Phoenix takes when `enable_lifecycle_snapshots` is on. */
export const LIFECYCLE_SNAPSHOTS = {
  /** After the features ran (only for guests with features). */
  features: 'phoenix-features',
  /** After application script and health check: the guest is ready. */
  ready: 'phoenix-ready',
} as const;

/** Prefix of every snapshot name Phoenix itself takes (lifecycle and safety snapshots). */
export const PHOENIX_SNAPSHOT_PREFIX = 'phoenix-';

/**
 * Snapshots a converged guest carries. A guest that ends as a template carries none: Proxmox
 * refuses to convert a guest with snapshots, and a template is cloned from itself, so its
 * `template_snapshot_name` is not needed.
 */
export function expectedSnapshots(guest: Guest): string[] {
  const out: string[] = [];
  if (guest.isTemplate) return out;
  if (guest.lifecycleSnapshots) {
    if (guest.features.length) out.push(LIFECYCLE_SNAPSHOTS.features);
    out.push(LIFECYCLE_SNAPSHOTS.ready);
  }
  if (guest.templateSnapshotName && !out.includes(guest.templateSnapshotName))
    out.push(guest.templateSnapshotName);
  return out;
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
}

export function planTail(input: TailInput): TailResult {
  const { guest: g, fresh } = input;
  const steps: Step[] = [];
  const reasons: string[] = [];
  const needsLiveGuest: string[] = [];
  const errors: string[] = [];
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

  const content = fresh || features.length > 0 || app !== undefined;
  // End-of-lifecycle snapshots are retaken when the guest changes in this plan, and when the
  // state they were taken at (`snap` in the done-record) is not the wanted one: a retake that
  // failed after the change itself landed is planned again. Templates take no snapshots.
  const retake = content || input.configChanged || done?.snap !== want.snap;
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
  if (execs && g.kind === 'qemu') steps.push({ op: 'wait-agent' });
  for (const f of features) {
    const script = featureScriptPath(f);
    steps.push({ hash: scriptToken(input.scriptHashes, script), name: f, op: 'feature', script });
    needsLiveGuest.push(`feature ${f}`);
  }
  const snapshotStep = (name: string, purpose: 'lifecycle' | 'template', retake: boolean) => {
    const exists = !fresh && input.snapshots.has(name);
    const broken = exists && (input.incompleteSnapshots?.has(name) ?? false);
    if (exists && !retake && !broken) return;
    steps.push({ name, op: 'snapshot', purpose, replace: exists });
    needsLiveGuest.push(`snapshot ${name}`);
    if (!fresh && !exists) reasons.push(`snapshot ${name} missing`);
    if (broken) reasons.push(`snapshot ${name} incomplete (interrupted): taken again`);
  };
  if (snapshots && g.lifecycleSnapshots && g.features.length)
    snapshotStep(LIFECYCLE_SNAPSHOTS.features, 'lifecycle', features.length > 0);
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
  if (snapshots && g.lifecycleSnapshots) snapshotStep(LIFECYCLE_SNAPSHOTS.ready, 'lifecycle', retake);
  if (snapshots && g.templateSnapshotName && g.templateSnapshotName !== LIFECYCLE_SNAPSHOTS.ready) {
    snapshotStep(g.templateSnapshotName, 'template', retake);
  }
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
    const own = present.filter((n) => n.startsWith(PHOENIX_SNAPSHOT_PREFIX) || n === g.templateSnapshotName);
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
  return { steps, reasons, execs, needsLiveGuest, errors };
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
