/**
 * NFS and Samba on the simulated host. `exportfs -ra` reads /etc/exports and /etc/exports.d/*.exports
 * and refuses paths that do not exist (a ZFS dataset's mount point or a folder below one); the
 * tools exist only once their package is installed. `testparm -s` parses smb.conf and its
 * includes; `pdbedit -L -u` and `smbpasswd -a -s` manage Samba's user database.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { hostDirExists } from '../host-paths.js';
import { exit, fileText, filesIn, hostSetup, requirePackage } from './state.js';

/** A dataset's mount point, a folder made with mkdir/install, or one a fresh host has. */
const pathExists = hostDirExists;

function exportfs(ctx: SimCtx): void {
  requirePackage(ctx, 'nfs-kernel-server', 'exportfs');
  if (!ctx.rt.args.some((a) => /^-[a-z]*r/.test(a))) exit(1, 'exportfs: only -ra is simulated');
  const files = ['/etc/exports', ...filesIn(ctx, '/etc/exports.d').filter((f) => f.endsWith('.exports'))];
  const problems: string[] = [];
  for (const f of files) {
    (fileText(ctx, f) ?? '').split('\n').forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (line === '') return;
      const [path, ...clients] = line.split(/\s+/);
      if (!path?.startsWith('/')) problems.push(`exportfs: ${f}:${i + 1}: bad path ${path ?? ''}`);
      else if (!pathExists(ctx, path))
        problems.push(`exportfs: Failed to stat ${path}: No such file or directory`);
      for (const c of clients)
        if (!/^[A-Za-z0-9.:/*@_-]+(\([a-z_=0-9,:./-]*\))?$/.test(c))
          problems.push(`exportfs: ${f}:${i + 1}: bad client specification ${c}`);
    });
  }
  if (problems.length > 0) exit(1, problems.join('\n'));
}

function pdbedit(ctx: SimCtx): void {
  requirePackage(ctx, 'samba', 'pdbedit');
  const a = ctx.rt.args;
  const user = a.includes('-u') ? a[a.indexOf('-u') + 1] : undefined;
  const hs = hostSetup(ctx);
  const list = user ? [user] : hs.sambaUsers;
  for (const u of list) {
    if (!hs.sambaUsers.includes(u)) exit(255, 'Username not found!');
    ctx.out(`${u}:${hs.users[u]?.uid ?? 0}:\n`);
  }
}

function smbpasswd(ctx: SimCtx): void {
  requirePackage(ctx, 'samba', 'smbpasswd');
  const a = ctx.rt.args;
  const user = a[a.length - 1] ?? '';
  const hs = hostSetup(ctx);
  if (!a.includes('-a')) exit(1, 'smbpasswd: only -a is simulated');
  const [p1, p2] = ctx.rt.stdin.toString('utf8').split('\n');
  if (!p1 || p1 !== p2) exit(1, 'Mismatch - password unchanged.\nUnable to get new password.');
  if (!hs.users[user]) exit(1, `Failed to add entry for user ${user}.`);
  if (!hs.sambaUsers.includes(user)) hs.sambaUsers.push(user);
  ctx.out(`Added user ${user}.\n`);
}

function testparm(ctx: SimCtx): void {
  requirePackage(ctx, 'samba', 'testparm');
  const seen = new Set<string>();
  const dump: string[] = [];
  let bad = false;
  const load = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fileText(ctx, file);
    if (text === undefined) {
      ctx.err(`Can't find include file ${file}\n`);
      return;
    }
    text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
      if (/^\[[^\]]+\]$/.test(line)) dump.push(line);
      else if (/^include\s*=\s*(\S+)$/.test(line)) load(/^include\s*=\s*(\S+)$/.exec(line)![1]!);
      else if (/^[a-z][a-z0-9 :]*[a-z0-9]\s*=/.test(line)) dump.push(`\t${line.replace(/\s*=\s*/, ' = ')}`);
      else {
        ctx.err(`Ignoring badly formed line in configuration file ${file}:${i + 1}: ${line}\n`);
        bad = true;
      }
    });
  };
  load('/etc/samba/smb.conf');
  if (bad) exit(1, 'Error loading services.');
  ctx.err('Load smb config files from /etc/samba/smb.conf\nLoaded services file OK.\n');
  ctx.out(dump.join('\n') + '\n');
}

export function registerSharePrograms(): void {
  registerSimProgram('exportfs', { op: () => 'exportfs', readOnly: () => false, run: exportfs });
  registerSimProgram('pdbedit', { op: () => 'pdbedit', readOnly: (a) => a.includes('-L'), run: pdbedit });
  registerSimProgram('smbpasswd', { op: () => 'smbpasswd', readOnly: () => false, run: smbpasswd });
  registerSimProgram('testparm', { op: () => 'testparm', readOnly: () => true, run: testparm });
}
