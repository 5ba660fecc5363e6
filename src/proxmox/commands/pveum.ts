/**
 * Builders of user, group, ACL and API token commands (`pveum`). Token secrets come back in the
 * JSON output, never in argv.
 */
import { fail as bad, options, ro, rw, show, type HostCommand } from './command.js';
import { checkInteger, checkSingleLine } from './checks.js';

const USERID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const TOKENID = /^[A-Za-z][A-Za-z0-9.\-_]+$/;

const checkUserId = (u: string): string =>
  USERID.test(u) ? u : bad(`invalid user id ${show(u)}: expected NAME@REALM`);
const checkGroupId = (g: string): string => (GROUPID.test(g) ? g : bad(`invalid group id ${show(g)}`));

export function pveumUserAdd(
  userid: string,
  o: {
    comment?: string;
    email?: string;
    enable?: boolean;
    expire?: number;
    firstname?: string;
    lastname?: string;
    groups?: readonly string[];
  } = {},
): HostCommand {
  return rw(
    'pveum',
    'user',
    'add',
    checkUserId(userid),
    ...options([
      ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
      [
        'email',
        o.email === undefined
          ? undefined
          : /^[^\s@]+@[^\s@]+$/.test(o.email)
            ? o.email
            : bad(`invalid email ${show(o.email)}`),
      ],
      ['enable', o.enable],
      ['expire', o.expire === undefined ? undefined : checkInteger(o.expire, 'expire', 0)],
      ['firstname', o.firstname === undefined ? undefined : checkSingleLine(o.firstname, 'first name')],
      ['lastname', o.lastname === undefined ? undefined : checkSingleLine(o.lastname, 'last name')],
      ['groups', o.groups && o.groups.length > 0 ? o.groups.map(checkGroupId).join(',') : undefined],
    ]),
  );
}

export function pveumGroupAdd(groupid: string, o: { comment?: string } = {}): HostCommand {
  return rw(
    'pveum',
    'group',
    'add',
    checkGroupId(groupid),
    ...options([['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')]]),
  );
}

/** Grants roles on an ACL path (`/`, `/vms/100`, `/storage/local`...) to users, groups or tokens. */
export function pveumAclModify(
  path: string,
  o: {
    roles: readonly string[];
    users?: readonly string[];
    groups?: readonly string[];
    tokens?: readonly string[];
    propagate?: boolean;
  },
): HostCommand {
  if (!/^\/[A-Za-z0-9/_.-]*$/.test(path)) bad(`invalid ACL path ${show(path)}`);
  if (o.roles.length === 0) bad('an ACL needs at least one role');
  for (const r of o.roles) if (!/^[A-Za-z0-9.\-_]+$/.test(r)) bad(`invalid role ${show(r)}`);
  const users = o.users ?? [];
  const groups = o.groups ?? [];
  const tokens = o.tokens ?? [];
  if (users.length + groups.length + tokens.length === 0) bad('an ACL needs users, groups or tokens');
  for (const t of tokens)
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(t))
      bad(`invalid token id ${show(t)}`);
  return rw(
    'pveum',
    'acl',
    'modify',
    path,
    ...options([
      ['roles', o.roles.join(',')],
      ['users', users.length > 0 ? users.map(checkUserId).join(',') : undefined],
      ['groups', groups.length > 0 ? groups.map(checkGroupId).join(',') : undefined],
      ['tokens', tokens.length > 0 ? tokens.join(',') : undefined],
      ['propagate', o.propagate],
    ]),
  );
}

/** Creates an API token; the secret is in the JSON output (never in argv). */
export function pveumUserTokenAdd(
  userid: string,
  tokenid: string,
  o: { comment?: string; expire?: number; privsep?: boolean } = {},
): HostCommand {
  if (!TOKENID.test(tokenid)) bad(`invalid token name ${show(tokenid)}`);
  return rw(
    'pveum',
    'user',
    'token',
    'add',
    checkUserId(userid),
    tokenid,
    ...options([
      ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
      ['expire', o.expire === undefined ? undefined : checkInteger(o.expire, 'expire', 0)],
      ['privsep', o.privsep],
      ['output-format', 'json'],
    ]),
  );
}

export const pveumUserList = (): HostCommand => ro('pveum', 'user', 'list', '--output-format', 'json');
export const pveumGroupList = (): HostCommand => ro('pveum', 'group', 'list', '--output-format', 'json');
export const pveumAclList = (): HostCommand => ro('pveum', 'acl', 'list', '--output-format', 'json');
export const pveumUserTokenList = (userid: string): HostCommand =>
  ro('pveum', 'user', 'token', 'list', checkUserId(userid), '--output-format', 'json');

/** Changes an existing user's groups (replacing the list), comment or enabled state. */
export function pveumUserModify(
  userid: string,
  o: { groups?: readonly string[]; comment?: string; enable?: boolean },
): HostCommand {
  if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid)) bad(`invalid user id ${show(userid)}`);
  for (const g of o.groups ?? []) if (!/^[A-Za-z0-9.\-_]+$/.test(g)) bad(`invalid group id ${show(g)}`);
  if (o.comment !== undefined) checkSingleLine(o.comment, 'comment');
  const rest = options([
    ['groups', o.groups === undefined ? undefined : o.groups.join(',')],
    ['comment', o.comment],
    ['enable', o.enable],
  ]);
  if (rest.length === 0) bad(`pveum user modify ${userid}: nothing to change`);
  return rw('pveum', 'user', 'modify', userid, ...rest);
}
