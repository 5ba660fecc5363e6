/**
 * The two steps that keep a container's data volumes across a rebuild (plan/keep-volumes.ts): hand
 * them to a holder container before the destroy, hand them back once the guest is made again.
 * Each host command leaves every volume listed by one of the two configs (`pct move-volume
 * --target-vmid` removes the key from the source and writes it into the target in one Proxmox
 * task), so a run killed between commands loses none and the next plan picks up the rest.
 */
import type { GuestRef, HostPort } from '../host/port.js';
import { holderName } from '../plan/keep-volumes.js';
import type { Step } from '../plan/types.js';

type Park = Extract<Step, { op: 'park-volumes' }>;
type Unpark = Extract<Step, { op: 'unpark-volumes' }>;

/** Never started, never tagged `phoenix` (so never planned for deletion), found again by name. */
const HOLDER_TAGS = ['phoenix-keep'];

export async function parkVolumes(
  host: HostPort,
  guest: GuestRef,
  step: Park,
  stopGuest: () => Promise<unknown>,
  deleteSnapshot: (name: string) => Promise<void>,
): Promise<void> {
  const holder: GuestRef = { kind: 'lxc', id: step.holder, ...(guest.node ? { node: guest.node } : {}) };
  if (step.remake) {
    await host.unlock(holder);
    await host.destroy(holder, { unreferenced: true });
  }
  if (step.create)
    await host.createContainer(holder, step.template, {
      description: `Holds the data volumes of CT ${guest.id} while Phoenix rebuilds it; Phoenix hands them back and destroys it.`,
      hostname: holderName(guest.id),
      rootfs: `${step.storage}:1`,
      tags: HOLDER_TAGS,
    });
  // Stopped even when the plan does not know it runs (a remade guest's `running` is false).
  // Proxmox moves a mount point only off a stopped container, and no volume a snapshot uses
  // (`PVE::API2::LXC::move_volume`); the rebuild's destroy would delete those snapshots anyway.
  await stopGuest();
  for (const name of step.deleteSnapshots) await deleteSnapshot(name);
  for (const v of step.volumes) await host.reassignVolume(guest, v.from, step.holder, v.to);
}

/** The holder lives beside the guest: `pct move-volume --target-vmid` works within one node. */
export async function unparkVolumes(host: HostPort, guest: GuestRef, step: Unpark): Promise<void> {
  const holder: GuestRef = { kind: 'lxc', id: step.holder, ...(guest.node ? { node: guest.node } : {}) };
  for (const v of step.volumes) await host.reassignVolume(holder, v.from, guest.id, v.to);
  // Only its own root disk is left: every volume it held went back above.
  await host.destroy(holder);
}
