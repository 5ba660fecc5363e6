/**
 * The small helpers every command builder module uses: `ro`/`rw` make a read-only or a changing
 * `HostCommand` from argv, `bad` rejects input (throws `HostCommandInputError`), `show` quotes a
 * value for that message. Not re-exported by `commands.ts`.
 */
import type { HostCommand } from './commands.js';

export { fail as bad, show } from './pve-options.js';

export const ro = (...argv: string[]): HostCommand => ({ argv, readOnly: true });
export const rw = (...argv: string[]): HostCommand => ({ argv, readOnly: false });
