/**
 * Where guests come from and what they wait for: clone sources, OS templates, dependencies,
 * and cycles in the combined clone + dependency graph.
 */
import { parseId } from '../../model/resolve.js';
import type { Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { GuestIndex } from './facts.js';
import { cloneKey, guestLabel, type Reporter } from './report.js';

/** The field that names a guest's OS template / cloud image, if one is written. */
function osTemplateField(g: Guest): string | undefined {
  const fields = g.kind === 'lxc' ? ['template', 'template_file'] : ['template_image'];
  return fields.find((f) => typeof g.raw[f] === 'string' && g.raw[f] !== '');
}

/**
 * PHX-CLONE-SOURCE, PHX-CLONE-KIND, PHX-CLONE-NOT-TEMPLATE, PHX-CLONE-AND-TEMPLATE (warning),
 * PHX-CLONE-BIND-MOUNT, PHX-NO-OS-SOURCE, PHX-DISK-SHRINK.
 */
export function checkClones(guests: readonly Guest[], idx: GuestIndex, r: Reporter): void {
  for (const g of guests) {
    const key = cloneKey(g);
    const templateField = osTemplateField(g);
    if (g.cloneFrom === undefined) {
      const written = g.raw[key] !== undefined && g.raw[key] !== null && g.raw[key] !== '';
      if (!written && !templateField) {
        const what =
          g.kind === 'lxc'
            ? "'clone_from_ctid' or an OS template ('template')"
            : "'clone_from_vmid' or a cloud image ('template_image')";
        r.guest(
          g,
          [],
          'error',
          'PHX-NO-OS-SOURCE',
          `${guestLabel(g)} has nothing to be created from: set ${what}`,
        );
      }
      continue;
    }
    if (templateField) {
      r.guest(
        g,
        [templateField],
        'warning',
        'PHX-CLONE-AND-TEMPLATE',
        `${guestLabel(g)} sets both '${key}' and '${templateField}'; it is cloned from ${g.cloneFrom} and '${templateField}' is ignored`,
      );
    }
    if (g.cloneFrom === g.id) continue; // reported as a cycle
    const source = idx.byKind[g.kind].get(g.cloneFrom);
    if (!source) {
      const other = idx.byKind[g.kind === 'lxc' ? 'qemu' : 'lxc'].get(g.cloneFrom);
      if (other) {
        r.guest(
          g,
          [key],
          'error',
          'PHX-CLONE-KIND',
          `${guestLabel(g)} cannot be cloned from ${guestLabel(other)}: containers clone from containers and VMs from VMs`,
        );
      } else {
        const kind = g.kind === 'lxc' ? 'container' : 'VM';
        r.guest(
          g,
          [key],
          'error',
          'PHX-CLONE-SOURCE',
          `clone source ${g.cloneFrom} of ${guestLabel(g)} does not exist: no ${kind} with that ID is defined`,
        );
      }
      continue;
    }
    if (!source.isTemplate && !source.templateSnapshotName) {
      r.guest(
        g,
        [key],
        'error',
        'PHX-CLONE-NOT-TEMPLATE',
        `${guestLabel(g)} clones ${guestLabel(source)}, which is neither a template ('is_template': true) nor names a 'template_snapshot_name'; Proxmox clones only templates or snapshots`,
      );
    }
    // pve-container `clone_vm` dies on a bind or device mount point ("unable to clone mountpoint").
    const binds = source.kind === 'lxc' ? source.mountPoints.filter((m) => m.source.startsWith('/')) : [];
    if (binds.length > 0) {
      r.guest(
        g,
        [key],
        'error',
        'PHX-CLONE-BIND-MOUNT',
        `${guestLabel(g)} clones ${guestLabel(source)}, which bind-mounts ${binds.map((m) => m.source).join(', ')}; Proxmox cannot clone a bind or device mount point ('unable to clone mountpoint'): give the mount to the clones instead`,
      );
    }
    if (g.diskSizeGb < source.diskSizeGb) {
      const field = g.kind === 'lxc' ? 'storage_size_gb' : 'disk_size_gb';
      r.guest(
        g,
        g.raw[field] !== undefined ? [field] : [key],
        'error',
        'PHX-DISK-SHRINK',
        `${guestLabel(g)} asks for a ${g.diskSizeGb} GB disk but its clone source ${guestLabel(source)} has ${source.diskSizeGb} GB; a clone starts with its source's disk and Proxmox can only grow disks`,
      );
    }
  }
}

interface Edge {
  readonly to: number;
  readonly sub: JsonPath;
}

/** Index of each dependency entry that parses to an ID, with its position in the array. */
function dependencyEntries(g: Guest): { id: number; index: number }[] {
  const raw = g.raw.dependencies;
  if (!Array.isArray(raw)) return [];
  const out: { id: number; index: number }[] = [];
  raw.forEach((v, index) => {
    const id = parseId(v);
    if (id !== undefined) out.push({ id, index });
  });
  return out;
}

/** PHX-DEPENDENCY-MISSING, PHX-DEPENDENCY-TEMPLATE (warning), PHX-BOOT-ORDER (warning). */
export function checkDependencies(guests: readonly Guest[], idx: GuestIndex, r: Reporter): void {
  for (const g of guests) {
    for (const { id, index } of dependencyEntries(g)) {
      if (id === g.id) continue; // reported as a cycle
      const dep = idx.byId.get(id);
      const at: JsonPath = ['dependencies', index];
      if (!dep) {
        r.guest(
          g,
          at,
          'error',
          'PHX-DEPENDENCY-MISSING',
          `${guestLabel(g)} depends on ${id}, which is not defined`,
        );
        continue;
      }
      if (dep.isTemplate) {
        r.guest(
          g,
          at,
          'warning',
          'PHX-DEPENDENCY-TEMPLATE',
          `${guestLabel(g)} depends on ${guestLabel(dep)}, a template, which never runs`,
        );
        continue;
      }
      if (!g.startAtBoot) continue;
      if (!dep.startAtBoot) {
        r.guest(
          g,
          at,
          'warning',
          'PHX-BOOT-ORDER',
          `${guestLabel(g)} starts at boot but its dependency ${guestLabel(dep)} does not ('start_at_boot' is false)`,
        );
      } else if (g.bootOrder !== undefined && dep.bootOrder !== undefined && g.bootOrder < dep.bootOrder) {
        r.guest(
          g,
          at,
          'warning',
          'PHX-BOOT-ORDER',
          `${guestLabel(g)} (boot_order ${g.bootOrder}) starts before its dependency ${guestLabel(dep)} (boot_order ${dep.bootOrder})`,
        );
      }
    }
  }
}

/** PHX-CYCLE: clones and dependencies together must form a DAG, or nothing can be ordered. */
export function checkCycles(guests: readonly Guest[], idx: GuestIndex, r: Reporter): void {
  const edges = new Map<number, Edge[]>();
  for (const g of idx.byId.values()) {
    const out: Edge[] = [];
    if (g.cloneFrom !== undefined && idx.byId.has(g.cloneFrom))
      out.push({ to: g.cloneFrom, sub: [cloneKey(g)] });
    for (const { id, index } of dependencyEntries(g)) {
      if (idx.byId.has(id)) out.push({ to: id, sub: ['dependencies', index] });
    }
    edges.set(g.id, out);
  }
  const state = new Map<number, 1 | 2>(); // 1: on the DFS stack, 2: finished
  for (const start of guests) {
    if (state.has(start.id) || idx.byId.get(start.id) !== start) continue;
    const stack: { id: number; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const out = edges.get(top.id) ?? [];
      if (top.next >= out.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const e = out[top.next++];
      const s = state.get(e.to);
      if (s === undefined) {
        state.set(e.to, 1);
        stack.push({ id: e.to, next: 0 });
      } else if (s === 1) {
        const from = stack.findIndex((f) => f.id === e.to);
        const cycle = [...stack.slice(from).map((f) => f.id), e.to].join(' -> ');
        const g = idx.byId.get(top.id)!;
        r.guest(
          g,
          e.sub,
          'error',
          'PHX-CYCLE',
          `clone/dependency cycle: ${cycle}; no guest in it can be created or started first`,
        );
      }
    }
  }
}
