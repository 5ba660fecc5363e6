/**
 * Host needs of GPU and AppArmor-confined containers (entries of HOST_NEEDS, host-gaps.ts): the
 * NVIDIA device nodes a GPU guest's `devN` entries name, and the AppArmor profile its
 * `lxc.apparmor.profile` names. A state that did not list /dev or /etc/apparmor.d/lxc (an older
 * state file) knows nothing about them, and nothing is reported: unknown is not missing.
 */
import { BUILTIN_PROFILES } from '../model/host-config/guest-needs.js';
import { gpuDevices } from './desired-config.js';
import type { HostNeed } from './host-need.js';

/**
 * Proxmox stats every `devN` path when the entry is set (pve-container
 * `PVE::LXC::Config::update_pct_config` → `PVE::LXC::Tools::get_device_mode_and_rdev`) and again
 * at every start, when it writes the LXC config (`PVE::LXC::update_lxc_config`), failing with
 * "Device PATH does not exist". /dev/nvidia-uvm{,-tools} are made by
 * `nvidia-modprobe -u`, not by loading the driver, so they exist at boot only once
 * setup-hypervisor installs the rule that makes them.
 */
export const deviceNodes: HostNeed = {
  kind: 'device-node',
  check: (g, h) => {
    if (g.kind !== 'lxc' || g.gpus.length === 0 || !h.devPassthrough) return [];
    const present = h.deviceNodes;
    if (!present) return [];
    return gpuDevices(g.gpus)
      .filter((d) => !present.has(d))
      .map((d) => ({
        name: d,
        message:
          `device node ${d} does not exist ${h.node ? `on node ${h.node}` : 'on the host'}: Proxmox checks every passed-through device when it is set and at every start, so the guest could be neither configured nor started` +
          (d.startsWith('/dev/nvidia-uvm')
            ? ' (the nvidia-uvm module makes no nodes itself: nvidia-modprobe -u must run at boot)'
            : ''),
        blocking: true,
      }));
  },
};

/** LXC refuses to start a container whose `lxc.apparmor.profile` is not loaded. */
export const apparmorProfile: HostNeed = {
  kind: 'apparmor-profile',
  check: (g, h) => {
    const p = g.apparmorProfile;
    if (g.kind !== 'lxc' || !p || BUILTIN_PROFILES.has(p)) return [];
    if (!h.apparmorProfiles || h.apparmorProfiles.has(p)) return [];
    return [
      {
        name: p,
        message: `AppArmor profile ${p} is not installed ${h.node ? `on node ${h.node}` : 'on the host'} (/etc/apparmor.d/lxc/${p}), and the container cannot start without it`,
        blocking: true,
      },
    ];
  },
};
