/**
 * Builder of `vzdump`, the Proxmox VE backup tool: one guest, onto a storage that takes backups
 * (`backup` content), taken by apply before any step that deletes a volume's data. Options follow
 * the `/nodes/{node}/vzdump` API schema.
 */
import { HostCommandInputError, options, rw, type HostCommand } from './command.js';
import { checkStorageId, checkVmid } from './checks.js';

export type VzdumpMode = 'snapshot' | 'suspend' | 'stop';

/** `vzdump VMID --storage STORAGE --mode MODE --compress zstd`. */
export function vzdump(vmid: number, o: { storage: string; mode: VzdumpMode }): HostCommand {
  if (!['snapshot', 'suspend', 'stop'].includes(o.mode))
    throw new HostCommandInputError(`invalid backup mode ${JSON.stringify(o.mode)}`);
  return rw(
    'vzdump',
    checkVmid(vmid),
    ...options([
      ['storage', checkStorageId(o.storage)],
      ['mode', o.mode],
      ['compress', 'zstd'],
    ]),
  );
}
