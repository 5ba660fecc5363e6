/**
 * `pveum` (users, groups, roles, ACLs, API tokens, pools) on the access model, with the old
 * aliases (`useradd`, `usermod`, `aclmod`, ...). Token secrets are generated once and shown only
 * by `token add`, like on Proxmox.
 */
import { createHash } from 'node:crypto';
import { userEntry } from '../api.js';
import { parseArgs, type CommandSpec } from '../cli-parse.js';
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, unknownCommand } from '../errors.js';
import { formatForOptions } from '../output.js';
import { BOOL, int, oneOf, STR, splitList } from '../../dialect/pve-values.js';

const OUT = {
  'output-format': oneOf('json', 'json-pretty', 'text', 'yaml'),
  noborder: BOOL,
  noheader: BOOL,
  'human-readable': BOOL,
  quiet: BOOL,
};
const USER_OPTS = {
  comment: STR,
  email: STR,
  enable: BOOL,
  expire: int(0),
  firstname: STR,
  lastname: STR,
  groups: STR,
  keys: STR,
  password: STR,
};

const SPECS: Record<string, CommandSpec> = {
  'user add': { usage: 'pveum user add <userid> [OPTIONS]', args: ['userid'], options: USER_OPTS },
  'user modify': {
    usage: 'pveum user modify <userid> [OPTIONS]',
    args: ['userid'],
    options: { ...USER_OPTS, append: BOOL },
  },
  'user delete': { usage: 'pveum user delete <userid>', args: ['userid'], options: {} },
  'user list': {
    usage: 'pveum user list [OPTIONS]',
    args: [],
    options: { enabled: BOOL, full: BOOL, ...OUT },
  },
  'user token add': {
    usage: 'pveum user token add <userid> <tokenid> [OPTIONS]',
    args: ['userid', 'tokenid'],
    options: { comment: STR, expire: int(0), privsep: BOOL, ...OUT },
  },
  'user token list': { usage: 'pveum user token list <userid> [OPTIONS]', args: ['userid'], options: OUT },
  'user token remove': {
    usage: 'pveum user token remove <userid> <tokenid>',
    args: ['userid', 'tokenid'],
    options: {},
  },
  'group add': { usage: 'pveum group add <groupid> [OPTIONS]', args: ['groupid'], options: { comment: STR } },
  'group delete': { usage: 'pveum group delete <groupid>', args: ['groupid'], options: {} },
  'group list': { usage: 'pveum group list [OPTIONS]', args: [], options: OUT },
  'role add': { usage: 'pveum role add <roleid> [OPTIONS]', args: ['roleid'], options: { privs: STR } },
  'role modify': {
    usage: 'pveum role modify <roleid> [OPTIONS]',
    args: ['roleid'],
    options: { privs: STR, append: BOOL },
  },
  'role delete': { usage: 'pveum role delete <roleid>', args: ['roleid'], options: {} },
  'role list': { usage: 'pveum role list [OPTIONS]', args: [], options: OUT },
  'acl modify': {
    usage: 'pveum acl modify <path> --roles <string> [OPTIONS]',
    args: ['path'],
    options: { roles: STR, users: STR, groups: STR, tokens: STR, propagate: BOOL },
  },
  'acl delete': {
    usage: 'pveum acl delete <path> --roles <string> [OPTIONS]',
    args: ['path'],
    options: { roles: STR, users: STR, groups: STR, tokens: STR, propagate: BOOL },
  },
  'acl list': { usage: 'pveum acl list [OPTIONS]', args: [], options: OUT },
  'pool add': { usage: 'pveum pool add <poolid> [OPTIONS]', args: ['poolid'], options: { comment: STR } },
  'pool list': { usage: 'pveum pool list [OPTIONS]', args: [], options: OUT },
};

const ALIASES: Record<string, string> = {
  useradd: 'user add',
  usermod: 'user modify',
  userdel: 'user delete',
  groupadd: 'group add',
  groupdel: 'group delete',
  roleadd: 'role add',
  rolemod: 'role modify',
  roledel: 'role delete',
  aclmod: 'acl modify',
  acldel: 'acl delete',
};

const REALMS = new Set(['pam', 'pve']);

function user(ctx: SimCtx, id: string, verb: string) {
  const u = ctx.s.access.users[id];
  if (!u) throw new PveError(`${verb} failed: no such user ('${id}')`);
  return u;
}

function print(ctx: SimCtx, p: Record<string, string>, data: unknown): void {
  ctx.out(formatForOptions(data, p));
}

function run(ctx: SimCtx, cmd: string, p: Record<string, string>): void {
  const a = ctx.s.access;
  switch (cmd) {
    case 'user add': {
      const id = p.userid!;
      const m = /^[^\s:/]+@([A-Za-z][A-Za-z0-9.\-_]+)$/.exec(id);
      if (!m)
        throw new ParamError({
          userid: `invalid format - value '${id}' does not look like a valid user name`,
        });
      if (!REALMS.has(m[1]!)) throw new PveError(`create user failed: domain '${m[1]}' does not exist`);
      if (a.users[id]) throw new PveError(`create user failed: user '${id}' already exists`);
      const groups = splitList(p.groups ?? '');
      for (const gid of groups)
        if (!a.groups[gid]) throw new PveError(`create user failed: no such group '${gid}'`);
      a.users[id] = {
        userid: id,
        enable: p.enable === '0' ? 0 : 1,
        expire: Number(p.expire ?? 0),
        groups,
        tokens: {},
        ...(p.email ? { email: p.email } : {}),
        ...(p.comment ? { comment: p.comment } : {}),
        ...(p.firstname ? { firstname: p.firstname } : {}),
        ...(p.lastname ? { lastname: p.lastname } : {}),
        ...(p.password ? { passwordSet: true } : {}),
      };
      return;
    }
    case 'user modify': {
      const u = user(ctx, p.userid!, 'update user');
      if (p.groups !== undefined) {
        const groups = splitList(p.groups);
        for (const gid of groups)
          if (!a.groups[gid]) throw new PveError(`update user failed: no such group '${gid}'`);
        u.groups = p.append === '1' ? [...new Set([...u.groups, ...groups])] : groups;
      }
      if (p.enable !== undefined) u.enable = Number(p.enable);
      if (p.expire !== undefined) u.expire = Number(p.expire);
      for (const k of ['email', 'comment', 'firstname', 'lastname'] as const)
        if (p[k] !== undefined) u[k] = p[k];
      return;
    }
    case 'user delete':
      user(ctx, p.userid!, 'delete user');
      delete a.users[p.userid!];
      a.acl = a.acl.filter((x) => x.ugid !== p.userid && !x.ugid.startsWith(`${p.userid}!`));
      return;
    case 'user list':
      return print(
        ctx,
        p,
        Object.values(a.users).map((u) => ({
          ...userEntry(u),
          tokens: Object.keys(u.tokens).map((t) => ({ tokenid: t })),
        })),
      );
    case 'user token add': {
      const u = user(ctx, p.userid!, 'create token');
      const tid = p.tokenid!;
      if (!/^[A-Za-z][A-Za-z0-9.\-_]+$/.test(tid))
        throw new ParamError({ tokenid: `invalid format - invalid token ID '${tid}'` });
      if (u.tokens[tid]) throw new ParamError({ tokenid: 'Token already exists.' });
      const h = createHash('sha256').update(`token:${ctx.seq()}:${u.userid}!${tid}`).digest('hex');
      const secret = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
      const privsep = p.privsep === undefined ? 1 : Number(p.privsep);
      u.tokens[tid] = {
        privsep,
        expire: Number(p.expire ?? 0),
        secret,
        ...(p.comment ? { comment: p.comment } : {}),
      };
      return print(ctx, p, {
        'full-tokenid': `${u.userid}!${tid}`,
        info: { privsep: String(privsep) },
        value: secret,
      });
    }
    case 'user token list': {
      const u = user(ctx, p.userid!, 'list tokens');
      return print(
        ctx,
        p,
        Object.entries(u.tokens).map(([tokenid, t]) => ({
          tokenid,
          privsep: t.privsep,
          expire: t.expire,
          ...(t.comment ? { comment: t.comment } : {}),
        })),
      );
    }
    case 'user token remove': {
      const u = user(ctx, p.userid!, 'delete token');
      if (!u.tokens[p.tokenid!]) throw new PveError(`no such token '${p.tokenid}' for user '${p.userid}'`);
      delete u.tokens[p.tokenid!];
      return;
    }
    case 'group add':
      if (a.groups[p.groupid!])
        throw new PveError(`create group failed: group '${p.groupid}' already exists`);
      a.groups[p.groupid!] = { groupid: p.groupid!, ...(p.comment ? { comment: p.comment } : {}) };
      return;
    case 'group delete':
      if (!a.groups[p.groupid!])
        throw new PveError(`delete group failed: group '${p.groupid}' does not exist`);
      delete a.groups[p.groupid!];
      return;
    case 'group list':
      return print(ctx, p, Object.values(a.groups));
    case 'role add':
      if (a.roles[p.roleid!]) throw new PveError(`create role failed: role '${p.roleid}' already exists`);
      a.roles[p.roleid!] = { roleid: p.roleid!, privs: splitList(p.privs ?? ''), special: 0 };
      return;
    case 'role modify': {
      const r = a.roles[p.roleid!];
      if (!r) throw new PveError(`update role failed: role '${p.roleid}' does not exist`);
      r.privs =
        p.append === '1' ? [...new Set([...r.privs, ...splitList(p.privs ?? '')])] : splitList(p.privs ?? '');
      return;
    }
    case 'role delete':
      if (!a.roles[p.roleid!]) throw new PveError(`delete role failed: role '${p.roleid}' does not exist`);
      delete a.roles[p.roleid!];
      return;
    case 'role list':
      return print(
        ctx,
        p,
        Object.values(a.roles).map((r) => ({
          roleid: r.roleid,
          privs: r.privs.join(','),
          special: r.special,
        })),
      );
    case 'acl modify':
    case 'acl delete':
      return acl(ctx, cmd === 'acl delete', p);
    case 'acl list':
      return print(ctx, p, a.acl);
    case 'pool add':
      if (a.pools[p.poolid!]) throw new PveError(`create pool failed: pool '${p.poolid}' already exists`);
      a.pools[p.poolid!] = { poolid: p.poolid!, members: [], ...(p.comment ? { comment: p.comment } : {}) };
      return;
    case 'pool list':
      return print(
        ctx,
        p,
        Object.values(a.pools).map((x) => ({
          poolid: x.poolid,
          ...(x.comment ? { comment: x.comment } : {}),
        })),
      );
  }
}

const BUILTIN_ROLES = new Set([
  'Administrator',
  'NoAccess',
  'PVEAdmin',
  'PVEAuditor',
  'PVEDatastoreAdmin',
  'PVEDatastoreUser',
  'PVEMappingAdmin',
  'PVEMappingUser',
  'PVEPoolAdmin',
  'PVEPoolUser',
  'PVESDNAdmin',
  'PVESDNUser',
  'PVESysAdmin',
  'PVETemplateUser',
  'PVEUserAdmin',
  'PVEVMAdmin',
  'PVEVMUser',
]);

function acl(ctx: SimCtx, del: boolean, p: Record<string, string>): void {
  const a = ctx.s.access;
  if (p.roles === undefined) throw new ParamError({ roles: 'property is missing and it is not optional' });
  const roles = splitList(p.roles);
  for (const r of roles)
    if (!BUILTIN_ROLES.has(r) && !a.roles[r]) throw new PveError(`role '${r}' does not exist`);
  const subjects: Array<{ type: 'user' | 'group' | 'token'; ugid: string }> = [
    ...splitList(p.users ?? '').map((ugid) => ({ type: 'user' as const, ugid })),
    ...splitList(p.groups ?? '').map((ugid) => ({ type: 'group' as const, ugid })),
    ...splitList(p.tokens ?? '').map((ugid) => ({ type: 'token' as const, ugid })),
  ];
  if (subjects.length === 0) throw new PveError("either 'users', 'groups' or 'tokens' is required");
  for (const s of subjects) {
    if (s.type === 'user' && !a.users[s.ugid]) throw new PveError(`user '${s.ugid}' does not exist`);
    if (s.type === 'group' && !a.groups[s.ugid]) throw new PveError(`group '${s.ugid}' does not exist`);
    if (s.type === 'token') {
      const [uid, tid] = s.ugid.split('!');
      if (!a.users[uid ?? '']?.tokens[tid ?? ''])
        throw new PveError(`no such token '${tid}' for user '${uid}'`);
    }
    for (const roleid of roles) {
      a.acl = a.acl.filter(
        (x) => !(x.path === p.path && x.type === s.type && x.ugid === s.ugid && x.roleid === roleid),
      );
      if (!del)
        a.acl.push({
          path: p.path!,
          type: s.type,
          ugid: s.ugid,
          roleid,
          propagate: p.propagate === '0' ? 0 : 1,
        });
    }
  }
}

function runPveum(ctx: SimCtx): void {
  const args = ctx.rt.args;
  let words = 2;
  let cmd = `${args[0] ?? ''} ${args[1] ?? ''}`;
  if (args[0] === 'user' && args[1] === 'token') {
    cmd = `user token ${args[2] ?? ''}`;
    words = 3;
  } else if (args[0] !== undefined && ALIASES[args[0]]) {
    cmd = ALIASES[args[0]]!;
    words = 1;
  }
  const spec = SPECS[cmd];
  if (!spec) throw unknownCommand('pveum', args.slice(0, words).join(' '));
  run(ctx, cmd, parseArgs(spec, args.slice(words)).params);
}

export function registerPveum(): void {
  registerSimProgram('pveum', {
    op: (args) => `pveum ${args[0] ?? ''}`.trim(),
    readOnly: (args) => args.includes('list'),
    run: runPveum,
  });
}
