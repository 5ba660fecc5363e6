/**
 * How Phoenix records on a guest what it manages and what it has done, so that a converged host
 * needs no command at all (not even an exec into a guest) to be recognised as converged.
 *
 * - The Proxmox tag `phoenix` marks a guest as managed. Only tagged guests are ever destroyed.
 * - One line of the guest's description holds the done-record, canonical JSON after `phoenix: `:
 *   `phoenix: {"app":"app.sh@1a2b..+3c4d..","features":{"docker":"5e6f.."},"fw":"7a8b..","src":"clone:900","v":1}`
 *   `src` says how the guest was made, `features` maps each completed feature to the short hash of
 *   its script, `app` names the completed application script with the hashes of its content and
 *   of the guest config it was run with, `fw` is the hash of the firewall settings written, `snap`
 *   is the state (`snapshotToken`: config, features, application script) the guest was in when its
 *   end-of-lifecycle snapshots (`phoenix-ready`, the template snapshot) were last taken, so a
 *   retake that failed after the change landed is planned again.
 *
 * Apply writes the record (`renderDescription`) only after a step finished, never ahead of it:
 * the description handed to `pct create`/`qm create`/`clone` carries a `phoenix-making:` line
 * instead (`renderMakingDescription`: what is being made, nothing done), and the first record, with
 * `src`, is written once the make step (create or clone, configure, disk import, resize) is over.
 * The planner reads both (`readMarker`, `readMaking`): a guest with a making line and no record,
 * or with a make lock left (`lock: create`/`clone`), is incomplete (incomplete.ts) and is
 * made again from its source, and plans only what is missing or out of date for the others.
 */
import type { FirewallRule, Guest } from '../model/types.js';
import type { LiveGuest } from '../model/live-state.js';
import { canonicalJson, shortHash, sortKeys, sortStrings } from './canonical.js';
import { desiredConfig, type ConfigContext, type DesiredConfig } from './desired-config.js';
import { appliedRecord } from './applied-record.js';

export const MANAGED_TAG = 'phoenix';
export const MARKER_PREFIX = 'phoenix: ';
/** The line a guest carries while Phoenix makes it (before its make step finished). */
export const MAKING_PREFIX = 'phoenix-making: ';
export const MARKER_VERSION = 1;
/** Token recorded when the content hash of a script was not known at plan time. */
export const UNKNOWN_HASH = 'unknown';

export interface GuestMarker {
  readonly v: typeof MARKER_VERSION;
  /** `ostemplate:ARCHIVE`, `image:FILE` or `clone:ID`. */
  readonly src?: string;
  /** Completed feature -> short hash of its script. */
  readonly features: Readonly<Record<string, string>>;
  /** `SCRIPT@CONTENT+CONFIG` of the completed application script. */
  readonly app?: string;
  /** Short hash of the firewall settings written. */
  readonly fw?: string;
  /** `snapshotToken` of the guest when its tracked snapshots were last taken. */
  readonly snap?: string;
  /**
   * What apply last set (last-applied.ts): config key -> short hash of the value in command
   * syntax, `lxc` for the raw `lxc.*` lines. Lets the planner tell a change made behind
   * Phoenix's back from a config edit. Absent on guests applied before it was recorded; empty
   * (`{}`) in the progress record of a guest being made, so its done-record is still written
   * when a killed apply is resumed (lifecycle.ts) while nothing is yet known as applied.
   */
  readonly applied?: Readonly<Record<string, string>>;
}

export const EMPTY_MARKER: GuestMarker = { v: MARKER_VERSION, features: {} };

/** Keys of `scriptHashes`: paths relative to the config dir. */
export function featureScriptPath(name: string): string {
  return `features/${name}.sh`;
}
export function appScriptPath(name: string): string {
  return `apps/${name}`;
}

export function testScriptPath(path: string): string {
  return `tests/${path}`;
}

/** Short token of a script's content hash (sha256 hex as given), or `unknown`. */
export function scriptToken(hashes: Readonly<Record<string, string>> | undefined, path: string): string {
  const h = hashes?.[path];
  return h ? h.slice(0, 16) : UNKNOWN_HASH;
}

export function sourceToken(guest: Guest): string | undefined {
  if (guest.cloneFrom !== undefined) return `clone:${guest.cloneFrom}`;
  if (guest.osTemplate) return `${guest.kind === 'lxc' ? 'ostemplate' : 'image'}:${guest.osTemplate}`;
  return undefined;
}

const canonicalRaws = new WeakMap<Guest, string>();

/** Canonical JSON of the guest object as written (computed once per guest). */
export function canonicalRaw(guest: Guest): string {
  let text = canonicalRaws.get(guest);
  if (text === undefined) {
    text = canonicalJson(guest.raw);
    canonicalRaws.set(guest, text);
  }
  return text;
}

const configTokens = new WeakMap<Guest, string>();

/** The guest config handed to scripts, hashed: an application script re-runs when it changes. */
export function configToken(guest: Guest): string {
  let token = configTokens.get(guest);
  if (token === undefined) {
    token = shortHash(canonicalRaw(guest));
    configTokens.set(guest, token);
  }
  return token;
}

export function appToken(
  guest: Guest,
  hashes: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (!guest.applicationScript) return undefined;
  return `${guest.applicationScript}@${scriptToken(hashes, appScriptPath(guest.applicationScript))}+${configToken(guest)}`;
}

type FirewallSettings = { readonly enabled: boolean; readonly rules: readonly FirewallRule[] };
const firewallTokens = new WeakMap<FirewallSettings, string>();

/** Firewall settings Phoenix writes; undefined when the guest has none (or only a disabled, empty one). */
export function firewallToken(fw: FirewallSettings | undefined): string | undefined {
  if (!fw || (!fw.enabled && fw.rules.length === 0)) return undefined;
  let token = firewallTokens.get(fw);
  if (token === undefined) {
    token = shortHash(canonicalJson(fw));
    firewallTokens.set(fw, token);
  }
  return token;
}

/**
 * Whether the guest carries snapshots that stand for its finished state and are retaken when that
 * state changes: `phoenix-ready` (lifecycle snapshots on) and the template snapshot. A guest that
 * ends as a template carries none: Proxmox refuses to convert a guest with snapshots (`unable to
 * create template, because CT contains snapshots`, the same for VMs), and clones start from the
 * template itself.
 */
export function hasTrackedSnapshots(guest: Guest): boolean {
  return !guest.isTemplate && (guest.lifecycleSnapshots || guest.templateSnapshotName !== undefined);
}

/**
 * Short hash of what a guest's end-of-lifecycle snapshots capture: the config Phoenix sets on it
 * (keys and raw `lxc.*` lines), its features' script hashes and its application script token
 * (which covers the guest config handed to the script). `config` may be passed when computed already.
 */
export function snapshotToken(
  guest: Guest,
  hashes: Readonly<Record<string, string>> | undefined,
  o: { readonly config?: DesiredConfig; readonly ctx?: ConfigContext } = {},
): string {
  const cfg = o.config ?? desiredConfig(guest, o.ctx);
  return shortHash(
    canonicalJson({
      app: appToken(guest, hashes),
      config: cfg.keys,
      features: featureTokens(guest, hashes),
      lxc: cfg.lxcRaw,
    }),
  );
}

function featureTokens(guest: Guest, hashes: Readonly<Record<string, string>> | undefined) {
  const features: Record<string, string> = {};
  for (const f of sortStrings([...guest.features])) features[f] = scriptToken(hashes, featureScriptPath(f));
  return features;
}

/**
 * The record a guest carries once everything in its config is done. `snap` is the guest's
 * `snapshotToken` (computed here unless given) when it has tracked snapshots.
 */
export function expectedMarker(
  guest: Guest,
  hashes: Readonly<Record<string, string>> | undefined,
  o: { readonly snap?: string; readonly ctx?: ConfigContext; readonly config?: DesiredConfig } = {},
): GuestMarker {
  const cfg = o.config ?? desiredConfig(guest, o.ctx);
  return {
    app: appToken(guest, hashes),
    applied: appliedRecord(cfg),
    features: featureTokens(guest, hashes),
    fw: firewallToken(guest.firewall),
    snap: hasTrackedSnapshots(guest) ? (o.snap ?? snapshotToken(guest, hashes, { config: cfg })) : undefined,
    src: sourceToken(guest),
    v: MARKER_VERSION,
  };
}

export function formatMarker(marker: GuestMarker): string {
  return MARKER_PREFIX + canonicalJson(marker);
}

export function markersEqual(a: GuestMarker, b: GuestMarker): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The record without what was last applied (compared when the guest has no such record yet). */
export function withoutApplied(marker: GuestMarker): GuestMarker {
  return marker.applied === undefined ? marker : { ...marker, applied: undefined };
}

/** Parse the record line out of a description; undefined when absent or unreadable. */
export function parseMarker(description: string | undefined): GuestMarker | undefined {
  if (!description) return undefined;
  for (const line of description.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith(MARKER_PREFIX.trim())) continue;
    const json = trimmed.slice(MARKER_PREFIX.trim().length).trim();
    try {
      const v = JSON.parse(json) as Record<string, unknown>;
      if (typeof v !== 'object' || v === null || v.v !== MARKER_VERSION) return undefined;
      const features: Record<string, string> = {};
      if (typeof v.features === 'object' && v.features !== null) {
        for (const [k, h] of Object.entries(v.features)) if (typeof h === 'string') features[k] = h;
      }
      // Written sorted by apply; kept as parsed when every value is a string (read on every plan).
      const rec = v.applied as Record<string, unknown> | null | undefined;
      const applied =
        typeof rec === 'object' && rec !== null && Object.values(rec).every((h) => typeof h === 'string')
          ? (rec as Record<string, string>)
          : undefined;
      return {
        app: typeof v.app === 'string' ? v.app : undefined,
        applied,
        features: sortKeys(features),
        fw: typeof v.fw === 'string' ? v.fw : undefined,
        snap: typeof v.snap === 'string' ? v.snap : undefined,
        src: typeof v.src === 'string' ? v.src : undefined,
        v: MARKER_VERSION,
      };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function readMarker(live: LiveGuest): GuestMarker | undefined {
  return parseMarker(live.config.description);
}

/** The description handed to create/clone: the guest is being made from `src`, nothing is done. */
export function renderMakingDescription(src: string | undefined): string {
  return `Managed by Phoenix; being made, not finished.\n${MAKING_PREFIX}${canonicalJson({ src: src ?? null })}`;
}

/** The `src` of the making line (null when none was known); undefined when the line is absent. */
export function readMaking(live: LiveGuest): { src: string | null } | undefined {
  for (const line of (live.config.description ?? '').split('\n')) {
    const t = line.trim();
    if (!t.startsWith(MAKING_PREFIX.trim())) continue;
    try {
      const v = JSON.parse(t.slice(MAKING_PREFIX.trim().length)) as { src?: unknown };
      return { src: typeof v.src === 'string' ? v.src : null };
    } catch {
      return { src: null };
    }
  }
  return undefined;
}

/** The description apply writes: one line for people, one for Phoenix. */
export function renderDescription(marker: GuestMarker): string {
  return `Managed by Phoenix; edit the config in Git, not here.\n${formatMarker(marker)}`;
}

export function isManaged(live: LiveGuest): boolean {
  return live.tags.includes(MANAGED_TAG);
}

/** Live tags plus the managed tag, in Proxmox's order (sorted, unique). */
export function managedTags(tags: readonly string[]): string[] {
  if (tags.length === 0) return [MANAGED_TAG];
  return [...new Set([...tags, MANAGED_TAG])].sort();
}

/** Proxmox stores tags separated by `;` (older versions also wrote `,` or spaces). */
export function parseTags(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;, ]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

// ---- incremental updates, for apply to record progress after each step ----

export function withFeatureDone(marker: GuestMarker, name: string, hash: string): GuestMarker {
  return { ...marker, features: sortKeys({ ...marker.features, [name]: hash }) };
}

export function withAppDone(marker: GuestMarker, app: string): GuestMarker {
  return { ...marker, app };
}

export function withFirewall(marker: GuestMarker, fw: string | undefined): GuestMarker {
  return { ...marker, fw };
}

export function withSource(marker: GuestMarker, src: string | undefined): GuestMarker {
  return { ...marker, src };
}

const births = new Map<string | undefined, string>();
/**
 * The managed tag and the making line (what is being made, nothing done; cached in `births` by
 * source token, as a handful of sources serve thousands of guests), written when the guest
 * is created or cloned: a run that stops before the make step finished leaves a guest the next
 * plan knows as Phoenix's and incomplete. The done-record follows only once the make step is over.
 */
export function birthKeys(g: Guest): Record<string, string> {
  const src = sourceToken(g);
  let description = births.get(src);
  if (description === undefined) {
    description = renderMakingDescription(src);
    if (births.size >= 1000) births.clear();
    births.set(src, description);
  }
  return { description, tags: MANAGED_TAG };
}
