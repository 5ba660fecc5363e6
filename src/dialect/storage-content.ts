/**
 * The content types a Proxmox VE storage can hold (`pvesm add --content`, storage.cfg `content`),
 * as PVE::Storage::Plugin's `content` format lists them for the kinds Phoenix uses.
 */
export type StorageContent = 'images' | 'rootdir' | 'vztmpl' | 'iso' | 'backup' | 'snippets' | 'import';
