/**
 * What feature scripts need from the container they run in, in one table, and the plan warnings
 * drawn from it: a container whose own settings lack what one of its features needs (typically a
 * clone that drops `nesting` its clone source has, then runs the docker feature). Pure.
 */
import type { Guest } from '../model/types.js';
import { guestAddress } from './types.js';

/** One `pct` feature flag a feature script needs, and why, for the reader. */
export interface FeatureNeed {
  readonly flag: string;
  readonly value: string;
  /** Only unprivileged containers need it. */
  readonly unprivilegedOnly?: boolean;
  readonly why: string;
}

/**
 * Feature script name -> the container settings it needs. Docker runs its own namespaces and
 * cgroups inside the container (nesting); in an unprivileged container its runtime also needs the
 * kernel keyring syscalls (keyctl).
 */
export const FEATURE_NEEDS: Readonly<Record<string, readonly FeatureNeed[]>> = {
  docker: [
    { flag: 'nesting', value: '1', why: 'Docker makes namespaces of its own inside the container' },
    {
      flag: 'keyctl',
      value: '1',
      unprivilegedOnly: true,
      why: "Docker's runtime uses the kernel keyring, which an unprivileged container blocks without it",
    },
  ],
};

/** The guest's AppArmor profile handles nesting (`apparmor_manages_nesting` with a profile set). */
export function managesNesting(g: Guest): boolean {
  return g.raw?.apparmor_manages_nesting === true && g.apparmorProfile !== undefined;
}

/** Needs of `g`'s features that its resulting `pct` features do not meet, with the feature name. */
export function unmetNeeds(g: Guest): { feature: string; need: FeatureNeed }[] {
  if (g.kind !== 'lxc') return [];
  const out: { feature: string; need: FeatureNeed }[] = [];
  for (const feature of g.features) {
    for (const need of FEATURE_NEEDS[feature] ?? []) {
      if (need.unprivilegedOnly && g.unprivileged === false) continue;
      // `apparmor_manages_nesting`: the container's own AppArmor profile allows nesting, so the
      // original tooling left `nesting=1` off; Phoenix does not ask for it either. In Proxmox,
      // `nesting` only shapes the generated AppArmor profile (pve-container
      // `PVE::LXC::make_apparmor_config`: `lxc.apparmor.allow_nesting`), which a profile of the
      // container's own (`lxc.apparmor.profile`) replaces.
      if (need.flag === 'nesting' && managesNesting(g)) continue;
      if (g.pctFeatures[need.flag] !== need.value) out.push({ feature, need });
    }
  }
  return out;
}

/**
 * A warning per feature need unmet, on the guest, or once for all the guests it applies to alike
 * (an estate of a thousand docker clones without nesting gets one warning, not a thousand); the
 * clone source is named when a clone drops a setting the source has (the clone's own `features`
 * replace the source's as a whole).
 */
export function featureNeedWarnings(
  desiredById: ReadonlyMap<number, Guest>,
): { address?: string; message: string }[] {
  const byMessage = new Map<string, string[]>();
  const note = (address: string, message: string) => {
    const list = byMessage.get(message);
    if (list) list.push(address);
    else byMessage.set(message, [address]);
  };
  for (const g of desiredById.values()) {
    const unmet = unmetNeeds(g);
    if (!unmet.length) continue;
    const src = g.cloneFrom === undefined ? undefined : desiredById.get(g.cloneFrom);
    for (const feature of [...new Set(unmet.map((u) => u.feature))]) {
      const needs = unmet.filter((u) => u.feature === feature).map((u) => u.need);
      const settings = needs.map((n) => `${n.flag}=${n.value}`);
      const dropped = needs
        .filter((n) => src?.kind === 'lxc' && src.pctFeatures[n.flag] === n.value)
        .map((n) => `${n.flag}=${n.value}`);
      const missing = settings.filter((x) => !dropped.includes(x));
      const what = [
        ...(dropped.length && src
          ? [
              `drops ${dropped.join(' and ')}, which its clone source ${guestAddress(src.kind, src.id)} has (its own pct features replace the source's)`,
            ]
          : []),
        ...(missing.length ? [`lacks ${missing.join(' and ')}`] : []),
      ];
      const drop = what.join(' and ');
      note(
        guestAddress(g.kind, g.id),
        `${drop}, but its feature ${feature} needs ${settings.length === 1 ? 'it' : 'them'}: ${needs.map((n) => n.why).join('; ')}. Add ${settings.join(',')} to its pct features`,
      );
    }
  }
  const out: { address?: string; message: string }[] = [];
  for (const [message, addresses] of byMessage) {
    if (addresses.length === 1) {
      out.push({ address: addresses[0], message });
      continue;
    }
    const shown = addresses.slice(0, 20).join(', ');
    const more = addresses.length > 20 ? `, and ${addresses.length - 20} more` : '';
    out.push({ message: `${addresses.length} containers (${shown}${more}) each: ${message}` });
  }
  return out;
}
