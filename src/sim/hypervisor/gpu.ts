/**
 * The NVIDIA driver on the simulated host: `curl` downloads (a placeholder file with the URL in
 * it), the `.run` installer run by `sh` (needs the kernel headers and dkms, refuses while nouveau
 * is loaded; loads the new module unless another version is loaded, which then needs a reboot) and
 * `nvidia-smi` (not found before the install, exit 9 while no module is loaded).
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { exit, fileText, hostSetup, setFileText } from './state.js';

function curl(ctx: SimCtx): void {
  const a = ctx.rt.args;
  const o = a.indexOf('-o');
  const dest = o >= 0 ? a[o + 1] : undefined;
  const url = a.filter((x, i) => !x.startsWith('-') && a[i - 1] !== '-o' && a[i - 1] !== '--retry').pop();
  if (!url || !/^https?:\/\/[^/\s]+\/\S*$/.test(url))
    exit(3, `curl: (3) URL rejected: Malformed input to a URL function`);
  if (/\/(404|missing|notfound)\//.test(url)) exit(22, `curl: (22) The requested URL returned error: 404`);
  const body = `#!/bin/sh\n# simulated download of ${url}\n`;
  if (dest) setFileText(ctx, dest, body);
  else ctx.out(body);
}

function runfile(ctx: SimCtx): void {
  const [file, ...flags] = ctx.rt.args;
  if (!file) exit(2, 'sh: 0: no script given');
  if (file === '-c') exit(2, 'sh: -c: only NVIDIA installers are simulated');
  const text = fileText(ctx, file);
  if (text === undefined) exit(2, `sh: 0: cannot open ${file}: No such file`);
  const m = /NVIDIA-Linux-[A-Za-z0-9_]+-([0-9.]+)\.run$/.exec(file);
  if (!m) exit(2, `sh: 1: ${file}: only NVIDIA installers are simulated`);
  const version = m[1]!;
  const node = ctx.node;
  const headers =
    node.packages[`proxmox-headers-${node.kernel}`] ?? node.packages[`pve-headers-${node.kernel}`];
  if (!headers)
    exit(
      1,
      `ERROR: Unable to find the kernel source tree for the currently running kernel. Please make sure you have installed the kernel source files for your kernel (${node.kernel}).`,
    );
  if (flags.includes('--dkms') && !node.packages.dkms)
    exit(1, 'ERROR: Failed to run `dkms status`: dkms is not installed.');
  if (node.kernelModules.includes('nouveau'))
    exit(
      1,
      'ERROR: The Nouveau kernel driver is currently in use by your system. Blacklist it and reboot first.',
    );
  const hs = hostSetup(ctx);
  hs.nvidia.installed = version;
  if (hs.nvidia.loaded === undefined) {
    hs.nvidia.loaded = version;
    if (!node.kernelModules.includes('nvidia')) node.kernelModules.push('nvidia');
  }
  ctx.out(
    `Verifying archive integrity... OK\nUncompressing NVIDIA Accelerated Graphics Driver for Linux-x86_64 ${version}\n`,
  );
}

function nvidiaSmi(ctx: SimCtx): void {
  const hs = hostSetup(ctx);
  if (!hs.nvidia.installed) exit(127, 'sh: 1: nvidia-smi: not found');
  if (!hs.nvidia.loaded)
    exit(
      9,
      "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    );
  if (ctx.rt.args.some((a) => a.startsWith('--query-gpu=driver_version'))) {
    for (let i = 0; i < hs.nvidia.gpus; i++) ctx.out(`${hs.nvidia.loaded}\n`);
    return;
  }
  ctx.out(`NVIDIA-SMI ${hs.nvidia.loaded}    Driver Version: ${hs.nvidia.loaded}\n`);
}

/** Installed with the driver; loads nvidia-uvm and makes its device nodes (needs the driver loaded). */
function nvidiaModprobe(ctx: SimCtx): void {
  const hs = hostSetup(ctx);
  if (!hs.nvidia.installed) exit(127, 'sh: 1: nvidia-modprobe: not found');
  if (!hs.nvidia.loaded) exit(1, 'nvidia-modprobe: the NVIDIA kernel module is not loaded');
  if (ctx.rt.args.includes('-u')) hs.nvidia.uvmNodes = true;
}

export function registerGpuPrograms(): void {
  registerSimProgram('nvidia-modprobe', {
    op: () => 'nvidia-modprobe',
    readOnly: () => false,
    run: nvidiaModprobe,
  });
  registerSimProgram('curl', { op: () => 'curl', readOnly: (a) => !a.includes('-o'), run: curl });
  registerSimProgram('sh', { op: () => 'sh', readOnly: () => false, run: runfile });
  registerSimProgram('nvidia-smi', { op: () => 'nvidia-smi', readOnly: () => true, run: nvidiaSmi });
}
