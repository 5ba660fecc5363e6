/**
 * Builders of Linux and Samba account commands: look users up (`getent`, `id`, `pdbedit`), create
 * them, add them to groups, set passwords. Password hashes and passwords travel only on stdin and
 * in `secrets` (masked in logs), never in argv.
 */
import { fail as bad, ro, rw, show, type HostCommand } from './command.js';
import { checkAbsolutePath, checkLinuxUser } from './checks.js';

// ---- Linux users ----

export const getentPasswd = (user: string): HostCommand => ro('getent', 'passwd', checkLinuxUser(user));
/** The shadow entry holds the password hash: callers must treat the output as secret. */
export const getentShadow = (user: string): HostCommand => ro('getent', 'shadow', checkLinuxUser(user));
export const idGroups = (user: string): HostCommand => ro('id', '-nG', '--', checkLinuxUser(user));

export function useradd(
  user: string,
  o: { shell?: string; createHome?: boolean; system?: boolean; comment?: string } = {},
): HostCommand {
  if (o.comment !== undefined && !/^[^:\n\r,]*$/.test(o.comment))
    bad(`invalid user comment ${show(o.comment)}`);
  return rw(
    'useradd',
    ...(o.createHome === false ? ['--no-create-home'] : ['--create-home']),
    ...(o.system ? ['--system'] : []),
    '--shell',
    checkAbsolutePath(o.shell ?? '/bin/bash', 'shell'),
    ...(o.comment ? ['--comment', o.comment] : []),
    '--',
    checkLinuxUser(user),
  );
}

export function usermodAppendGroups(user: string, groups: readonly string[]): HostCommand {
  if (groups.length === 0) bad('usermod: no groups');
  return rw(
    'usermod',
    '--append',
    '--groups',
    groups.map(checkLinuxUser).join(','),
    '--',
    checkLinuxUser(user),
  );
}

/** Sets a password from its crypt(3) hash; the hash goes on stdin, never in argv. */
export function chpasswdEncrypted(user: string, hash: string): HostCommand {
  if (!/^\$[A-Za-z0-9]+\$[^\s:]+$/.test(hash)) bad('the password hash is not a crypt(3) hash like $6$...');
  return {
    ...rw('chpasswd', '--encrypted'),
    stdin: `${checkLinuxUser(user)}:${hash}\n`,
    secrets: [hash],
  };
}

// ---- Samba users ----

/** Exit 0 and one line when the Samba user exists in the passdb. */
export const pdbeditUser = (user: string): HostCommand => ro('pdbedit', '-L', '-u', checkLinuxUser(user));

/** Adds a Samba user; the password goes on stdin twice (`-s`), never in argv. */
export function smbpasswdAdd(user: string, password: string): HostCommand {
  if (password === '' || /[\r\n]/.test(password)) bad('the Samba password must be one non-empty line');
  return {
    ...rw('smbpasswd', '-a', '-s', checkLinuxUser(user)),
    stdin: `${password}\n${password}\n`,
    secrets: [password],
  };
}
