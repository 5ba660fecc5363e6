/** Guest identity: IDs unique across containers and VMs; hostnames valid DNS names. */
import type { Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import { hostnameProblem } from './net-addr.js';
import { guestFileKey, guestLabel, type Reporter } from './report.js';

function idPath(g: Guest): { path: JsonPath; sub: JsonPath } {
  return g.kind === 'lxc'
    ? { path: g.origin.path, sub: [] }
    : { path: [...g.origin.path, 'vmid'], sub: ['vmid'] };
}

/** PHX-ID-DUPLICATE: Proxmox has one ID space for CTs and VMs. */
export function checkIds(guests: readonly Guest[], r: Reporter): void {
  const first = new Map<number, Guest>();
  for (const g of guests) {
    const prev = first.get(g.id);
    if (!prev) {
      first.set(g.id, g);
      continue;
    }
    const prevWhere = r.where(guestFileKey(prev), idPath(prev).path);
    const both =
      prev.kind === g.kind ? '' : '; containers and VMs share one ID space in Proxmox, so they collide';
    r.guest(
      g,
      idPath(g).sub,
      'error',
      'PHX-ID-DUPLICATE',
      `ID ${g.id} is already used by ${guestLabel(prev)} (${prevWhere})${both}`,
    );
  }
}

/** PHX-HOSTNAME (error) and PHX-HOSTNAME-DUPLICATE (warning). */
export function checkHostnames(guests: readonly Guest[], r: Reporter): void {
  const seen = new Map<string, Guest>();
  for (const g of guests) {
    const raw = g.raw.name;
    if (typeof raw !== 'string') continue;
    const problem = hostnameProblem(raw);
    if (problem) {
      const hint = /_/.test(raw) ? ` (try '${raw.replace(/_/g, '-')}')` : '';
      r.guest(
        g,
        ['name'],
        'error',
        'PHX-HOSTNAME',
        `name '${raw}' of ${guestLabel(g)} is not a valid DNS name: it ${problem}${hint}; Proxmox uses it as the hostname`,
      );
      continue;
    }
    const key = raw.toLowerCase();
    const prev = seen.get(key);
    if (prev) {
      r.guest(
        g,
        ['name'],
        'warning',
        'PHX-HOSTNAME-DUPLICATE',
        `${guestLabel(g)} has the same name '${raw}' as ${guestLabel(prev)}; DNS and proxies cannot tell them apart`,
      );
    } else seen.set(key, g);
  }
}
