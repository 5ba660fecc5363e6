/**
 * Builders of container template commands (`pveam`): refresh the index, list what is available
 * and what a storage holds, download a template.
 */
import { fail as bad, options, ro, rw, show, type HostCommand } from './command.js';
import { checkStorageId } from './checks.js';

export const pveamUpdate = (): HostCommand => rw('pveam', 'update');

export function pveamAvailable(section?: 'system' | 'mail' | 'turnkeylinux'): HostCommand {
  return ro('pveam', 'available', ...options([['section', section]]));
}

/** Downloads `template` (a name from `pveam available`, e.g. `debian-12-standard_12.7-1_amd64.tar.zst`). */
export function pveamDownload(storage: string, template: string): HostCommand {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template))
    bad(
      `invalid template name ${show(template)}: expected a file name like debian-12-standard_12.7-1_amd64.tar.zst`,
    );
  return rw('pveam', 'download', checkStorageId(storage), template);
}

export const pveamList = (storage: string): HostCommand => ro('pveam', 'list', checkStorageId(storage));
