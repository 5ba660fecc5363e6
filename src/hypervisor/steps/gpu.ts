/**
 * PCI passthrough and the NVIDIA driver. VFIO: modules loaded at boot (and now), vfio-pci bound to
 * the configured device ids, IOMMU on the kernel command line (systemd-boot's /etc/kernel/cmdline
 * when present, else GRUB); a reboot is needed. NVIDIA: the installed module version is checked
 * first (`modinfo`, which works whether or not it is loaded) and `nvidia-smi` tells the loaded one;
 * only a missing or different version is (re)installed from the runfile, with nouveau blacklisted.
 */
import {
  curlDownload,
  lsmod,
  mkdirP,
  modinfoVersion,
  modprobe,
  nvidiaModprobeUvm,
  nvidiaRunfileInstall,
  nvidiaSmiDriverVersion,
  proxmoxBootToolRefresh,
  updateGrub,
} from '../../proxmox/commands.js';
import { MANAGED_HEADER } from '../text.js';
import type { Finding, SetupStep } from '../types.js';
import { fileChange, writeBootFiles, type FileWrite } from './common.js';

export const VFIO_MODULES_FILE = '/etc/modules-load.d/phoenix-vfio.conf';
export const VFIO_MODPROBE = '/etc/modprobe.d/phoenix-vfio.conf';
export const KERNEL_CMDLINE = '/etc/kernel/cmdline';
export const GRUB_DEFAULT = '/etc/default/grub';
const VFIO_MODULES = ['vfio', 'vfio_iommu_type1', 'vfio_pci'];

/** The command line with `params` present (existing values of the same keys replaced). */
export function withKernelParams(cmdline: string, params: readonly string[]): string {
  const words = cmdline.trim().split(/\s+/).filter(Boolean);
  for (const p of params) {
    const key = p.split('=')[0]!;
    const i = words.findIndex((w) => w.split('=')[0] === key);
    if (i >= 0) words[i] = p;
    else words.push(p);
  }
  return words.join(' ');
}

/** /etc/default/grub with `params` added to GRUB_CMDLINE_LINUX_DEFAULT. */
export function grubWithParams(text: string, params: readonly string[]): string {
  const re = /^GRUB_CMDLINE_LINUX_DEFAULT=(["']?)(.*)\1\s*$/m;
  const m = re.exec(text);
  if (!m) return text.replace(/\n*$/, '\n') + `GRUB_CMDLINE_LINUX_DEFAULT="${params.join(' ')}"\n`;
  return text.replace(re, `GRUB_CMDLINE_LINUX_DEFAULT="${withKernelParams(m[2]!, params)}"`);
}

/** Boot-time module and kernel settings, and the VFIO modules to load now. */
export type VfioPayload = FileWrite | { readonly op: 'load-modules'; readonly modules: readonly string[] };

export const vfioStep: SetupStep<VfioPayload> = {
  id: 'vfio',
  title: 'VFIO / IOMMU for PCI passthrough',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    const v = cfg.vfio;
    if (!v) return [];
    const files = await host.readFiles([VFIO_MODULES_FILE, VFIO_MODPROBE, KERNEL_CMDLINE, GRUB_DEFAULT]);
    const params = [v.iommu === 'intel' ? 'intel_iommu=on' : 'amd_iommu=on', 'iommu=pt'];
    const changes: Finding<VfioPayload>[] = [
      ...fileChange(
        VFIO_MODULES_FILE,
        files.get(VFIO_MODULES_FILE),
        MANAGED_HEADER + VFIO_MODULES.join('\n') + '\n',
        'load the VFIO modules at boot',
        { reboot: true },
      ),
    ];
    if (v.pciIds.length > 0 || files.get(VFIO_MODPROBE) !== undefined)
      changes.push(
        ...fileChange(
          VFIO_MODPROBE,
          files.get(VFIO_MODPROBE),
          MANAGED_HEADER + (v.pciIds.length > 0 ? `options vfio-pci ids=${v.pciIds.join(',')}\n` : ''),
          `bind ${v.pciIds.join(', ') || 'no devices'} to vfio-pci at boot`,
          { reboot: true },
        ),
      );
    const cmdline = files.get(KERNEL_CMDLINE);
    if (cmdline !== undefined)
      changes.push(
        ...fileChange(
          KERNEL_CMDLINE,
          cmdline,
          withKernelParams(cmdline, params) + '\n',
          `turn the IOMMU on (${params.join(' ')}, systemd-boot)`,
          { reboot: true },
        ),
      );
    else
      changes.push(
        ...fileChange(
          GRUB_DEFAULT,
          files.get(GRUB_DEFAULT),
          grubWithParams(files.get(GRUB_DEFAULT) ?? '', params),
          `turn the IOMMU on (${params.join(' ')}, GRUB)`,
          { reboot: true },
        ),
      );
    const loaded = new Set(
      (await host.ok(lsmod(), 'lsmod'))
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s+/)[0]),
    );
    const missing = VFIO_MODULES.filter((m) => !loaded.has(m));
    if (missing.length > 0)
      changes.push({
        kind: 'run',
        target: 'kernel modules',
        summary: `load ${missing.join(', ')} now`,
        data: { op: 'load-modules', modules: missing },
      });
    return changes;
  },
  async apply(host, _cfg, changes) {
    const files = changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));
    const written = await writeBootFiles(host, files);
    if (written.includes(KERNEL_CMDLINE))
      await host.ok(proxmoxBootToolRefresh(), 'proxmox-boot-tool refresh');
    if (written.includes(GRUB_DEFAULT)) await host.ok(updateGrub(), 'update-grub');
    for (const { data } of changes)
      if (data.op === 'load-modules')
        for (const m of data.modules) await host.ok(modprobe(m), `modprobe ${m}`);
  },
};

export const NOUVEAU_BLACKLIST = '/etc/modprobe.d/blacklist-nouveau.conf';
const NOUVEAU_TEXT = `${MANAGED_HEADER}blacklist nouveau\noptions nouveau modeset=0\n`;
export const RUNFILE_DIR = '/var/cache/phoenix';

/**
 * The NVIDIA modules load at boot, but nothing makes /dev/nvidia-uvm{,-tools}: the module creates
 * no node, and a container passing them through (`devN`) then fails to start (Proxmox stats each
 * device, `PVE::LXC::Tools::get_device_mode_and_rdev`). A udev rule runs `nvidia-modprobe -u` as
 * the modules load; apply also runs it once now.
 */
export const NVIDIA_MODULES_FILE = '/etc/modules-load.d/phoenix-nvidia.conf';
export const NVIDIA_UVM_RULES = '/etc/udev/rules.d/70-phoenix-nvidia-uvm.rules';
const NVIDIA_MODULES_TEXT = `${MANAGED_HEADER}nvidia\nnvidia_uvm\n`;
export const NVIDIA_UVM_RULES_TEXT =
  `${MANAGED_HEADER}KERNEL=="nvidia", RUN+="/usr/bin/nvidia-modprobe -c0"\n` +
  `KERNEL=="nvidia_uvm", RUN+="/usr/bin/nvidia-modprobe -c0 -u"\n`;

/** The nouveau blacklist, and the driver runfile to download and install. */
export type NvidiaPayload =
  | FileWrite
  | { readonly op: 'install-driver'; readonly url: string; readonly runfile: string }
  | { readonly op: 'uvm-nodes' };

export const nvidiaStep: SetupStep<NvidiaPayload> = {
  id: 'nvidia',
  title: 'NVIDIA driver',
  dependsOn: ['apt'],
  scope: 'node',
  async check(host, cfg) {
    const n = cfg.nvidia;
    if (!n) return [];
    const changes: Finding<NvidiaPayload>[] = [];
    const files = await host.readFiles([NOUVEAU_BLACKLIST, NVIDIA_MODULES_FILE, NVIDIA_UVM_RULES]);
    changes.push(
      ...fileChange(
        NOUVEAU_BLACKLIST,
        files.get(NOUVEAU_BLACKLIST),
        NOUVEAU_TEXT,
        'keep nouveau from claiming the GPU',
        { reboot: true },
      ),
      ...fileChange(
        NVIDIA_MODULES_FILE,
        files.get(NVIDIA_MODULES_FILE),
        NVIDIA_MODULES_TEXT,
        'load nvidia and nvidia_uvm at boot',
      ),
    );
    const rules = fileChange(
      NVIDIA_UVM_RULES,
      files.get(NVIDIA_UVM_RULES),
      NVIDIA_UVM_RULES_TEXT,
      'make /dev/nvidia-uvm and /dev/nvidia-uvm-tools at boot (containers pass them through)',
    );
    changes.push(...rules);
    if (rules.length > 0)
      changes.push({
        kind: 'run',
        target: '/dev/nvidia-uvm',
        summary: 'make the NVIDIA UVM device nodes now (nvidia-modprobe -c0 -u)',
        data: { op: 'uvm-nodes' },
      });
    const mod = await host.run(modinfoVersion('nvidia'));
    const installed = mod.exitCode === 0 ? mod.stdout.trim() : undefined;
    const smi = await host.run(nvidiaSmiDriverVersion());
    const loaded = smi.exitCode === 0 ? smi.stdout.split('\n')[0]?.trim() || undefined : undefined;
    if (installed !== n.version) {
      const runfile = `${RUNFILE_DIR}/${n.runfileUrl.split('/').pop()}`;
      changes.push({
        kind: installed ? 'update' : 'create',
        target: 'NVIDIA driver',
        summary: installed
          ? `upgrade the NVIDIA driver from ${installed} to ${n.version} (reboot needed)`
          : `install NVIDIA driver ${n.version} (reboot needed)`,
        diff: [...(installed ? [`- ${installed}`] : []), `+ ${n.version}`],
        reboot: true,
        data: { op: 'install-driver', url: n.runfileUrl, runfile },
      });
    } else if (loaded !== n.version)
      changes.push({
        kind: 'run',
        target: 'reboot',
        summary: `driver ${n.version} is installed but ${loaded ? `${loaded} is loaded` : 'not loaded (nvidia-smi fails)'}: reboot the host`,
        info: true,
        reboot: true,
      });
    return changes;
  },
  async apply(host, _cfg, changes) {
    await writeBootFiles(
      host,
      changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : [])),
    );
    for (const { data } of changes) {
      if (data.op !== 'install-driver') continue;
      const { url, runfile } = data;
      await host.ok(mkdirP(RUNFILE_DIR));
      await host.ok(curlDownload(url, runfile), `downloading ${url}`);
      await host.ok(nvidiaRunfileInstall(runfile), 'the NVIDIA installer');
    }
    // Only once a driver is loaded (a fresh install may need its reboot first; the rule does it then).
    if (changes.some(({ data }) => data.op === 'uvm-nodes')) {
      const smi = await host.run(nvidiaSmiDriverVersion());
      if (smi.exitCode === 0) await host.ok(nvidiaModprobeUvm(), 'nvidia-modprobe -c0 -u');
    }
  },
};
