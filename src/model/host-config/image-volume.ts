/**
 * The one place VM cloud images live: setup-hypervisor downloads each into a storage's `import`
 * content and apply imports the disk from that volume id (`import-from=`). Proxmox parses only
 * .ova/.ovf/.qcow2/.raw/.vmdk names as `import` volumes (`PVE::Storage::Plugin::parse_volname`,
 * `IMPORT_EXT_RE_1`), so an Ubuntu `.img` (a qcow2 image) is stored as `.qcow2`. The storage is
 * the hypervisor config's `cloud_images[].storage` for the file, else `local` (a fresh install's
 * `local` has `import` content on Proxmox VE 8.4 and later).
 */

/** The file name an image is stored under in `import` content. */
export function importFileName(file: string): string {
  return file.replace(/\.img$/i, '.qcow2');
}

/** The storage a cloud image is kept on, from the raw hypervisor config. */
export function imageStorageOf(
  file: string,
  hypervisor: Readonly<Record<string, unknown>> | undefined,
): string {
  const list = hypervisor?.cloud_images;
  if (Array.isArray(list))
    for (const e of list as unknown[]) {
      const o = e as { file?: unknown; storage?: unknown } | null;
      if (o && o.file === file && typeof o.storage === 'string') return o.storage;
    }
  return 'local';
}

/** The volume id apply imports a VM's disk from (`local:import/noble-server-cloudimg-amd64.qcow2`). */
export function imageVolume(file: string, hypervisor?: Readonly<Record<string, unknown>>): string {
  if (file.startsWith('/') || /^[^/:]+:/.test(file)) return file;
  return `${imageStorageOf(file, hypervisor)}:import/${importFileName(file)}`;
}

/**
 * A stock cloud image has no qemu-guest-agent: VMs made from one get this cloud-init vendor data
 * (`cicustom: vendor=...`), which setup-hypervisor writes on `local` after enabling its `snippets`
 * content (a fresh install's `local` has none).
 */
export const AGENT_SNIPPET = {
  storage: 'local',
  path: '/var/lib/vz/snippets/phoenix-agent.yaml',
  volume: 'local:snippets/phoenix-agent.yaml',
  text:
    '#cloud-config\n' +
    '# Written by phoenix setup-hypervisor: installs the QEMU guest agent Phoenix waits for.\n' +
    'packages:\n' +
    '  - qemu-guest-agent\n' +
    'runcmd:\n' +
    '  - [systemctl, enable, --now, qemu-guest-agent]\n',
} as const;
