/**
 * `phoenix adopt ADDR [--config-dir DIR] --target URL [--write] [--yes]` (ADOPT_SPEC): brings a
 * guest Phoenix does not manage under the config. Reads the host (the one state read), derives the
 * guest's config entry from its live config (plan/adopt-entry.ts), shows what the next plan would
 * change for it once adopted (planned with the entry in the config and the guest tagged) and
 * prints the entry. With `--write`, after confirmation (confirm.ts), adds the entry to the config
 * file, the rest of the file unchanged (config/add-entry.ts), and tags the guest `phoenix`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addGuestEntry } from '../../config/add-entry.js';
import { validateConfigDir } from '../../config/validate.js';
import { resolveDesiredState } from '../../model/resolve.js';
import { CONFIG_FILES } from '../../model/types.js';
import { adoptEntry } from '../../plan/adopt-entry.js';
import { isManaged, managedTags } from '../../plan/markers.js';
import { plan as makePlan } from '../../plan/planner.js';
import { hashScripts } from '../../plan/script-hashes.js';
import { guestAddress, type GuestChange } from '../../plan/types.js';
import { describeStep } from '../../render/summary.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import { confirm, processTerminal } from '../confirm.js';
import type { CliIO } from '../io.js';
import { openHost, requireTarget } from '../target-options.js';

function parseAddress(positionals: readonly string[]): { kind: 'lxc' | 'qemu'; id: number } {
  if (positionals.length !== 1)
    throw new UserError('adopt takes one guest address, ct/ID or vm/ID (e.g. phoenix adopt ct/955)', 2);
  const m = /^(ct|vm)\/(\d+)$/.exec(positionals[0]!);
  if (!m) throw new UserError(`adopt: '${positionals[0]}' is not a guest address (ct/ID or vm/ID)`, 2);
  return { kind: m[1] === 'ct' ? 'lxc' : 'qemu', id: Number(m[2]) };
}

/** What the plan would do to the adopted guest, as the plan text shows a guest. */
function previewLines(c: GuestChange | undefined): string[] {
  if (!c || c.action === 'no-op') return ['Once adopted, the next plan changes nothing on it.'];
  const verb =
    c.action === 'update' ? 'update it in place' : c.action === 'replace' ? 'rebuild it' : `${c.action} it`;
  const out = [`Once adopted, the next plan would ${verb}:`];
  for (const r of c.reasons) out.push(`  # ${r}`);
  for (const d of c.diffs)
    out.push(
      d.from !== undefined && d.to !== undefined
        ? `  ~ ${d.key}: ${d.from} -> ${d.to}${d.note ? ` [${d.note}]` : ''}`
        : d.to !== undefined
          ? `  + ${d.key}: ${d.to}`
          : `  - ${d.key}: ${d.from}`,
    );
  if (c.steps.length) out.push(`  steps: ${c.steps.map(describeStep).join(' -> ')}`);
  return out;
}

export async function runAdopt(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('adopt', argv);
  const { kind, id } = parseAddress(positionals);
  const address = guestAddress(kind, id);
  requireTarget('adopt', values);
  const dir = stringOpt(values, 'config-dir')!;
  const validation = await validateConfigDir(dir);
  if (validation.errors > 0)
    throw new UserError(
      `${dir}: the config is invalid (${validation.errors} error(s)); run phoenix validate`,
      1,
    );
  const inConfig = validation.desired.guests.find((g) => g.id === id);
  if (inConfig) {
    io.stderr(`${address}: id ${id} is in the config already (${inConfig.name}); nothing to adopt.\n`);
    return 1;
  }
  const port = await openHost('adopt', values, io);
  try {
    const live = await port.readState();
    const guest = live.guests.find((g) => g.id === id);
    if (!guest || guest.kind !== kind) {
      io.stderr(`${address}: no such guest on ${port.description}.\n`);
      return 1;
    }
    if (isManaged(guest)) {
      io.stderr(`${address} already carries the 'phoenix' tag; add its entry to the config by hand.\n`);
      return 1;
    }
    const { key, entry, notes } = adoptEntry(guest, live.templates);
    const file = kind === 'lxc' ? CONFIG_FILES.lxc : CONFIG_FILES.vm;
    const path = join(dir, file);
    const text = await readFile(path, 'utf8').catch(() => {
      throw new UserError(`${path}: cannot be read; adopt adds the entry to the existing file`, 2);
    });
    const updated = addGuestEntry(text, kind, key, entry, path);

    // The next plan, as it would be once the entry is in the config and the guest tagged.
    const raw = JSON.parse(updated) as unknown;
    const desired = resolveDesiredState({
      lxc: kind === 'lxc' ? raw : validation.loaded.sources.lxc?.value,
      vm: kind === 'qemu' ? raw : validation.loaded.sources.vm?.value,
      hypervisor: validation.loaded.sources.hypervisor?.value,
    });
    const tagged = {
      ...live,
      guests: live.guests.map((g) => (g.id === id ? { ...g, tags: managedTags(g.tags) } : g)),
    };
    const next = makePlan(desired, tagged, {
      scriptHashes: await hashScripts(dir, desired),
      only: [address],
    });
    io.stdout(
      `${address} ${guest.name ?? ''}: not managed by Phoenix.\n` +
        `${previewLines(next.changes.find((c) => c.id === id)).join('\n')}\n`,
    );
    for (const e of next.errors.filter((x) => x.address === address)) io.stdout(`error: ${e.message}\n`);
    io.stdout(`\nEntry for ${file}${kind === 'lxc' ? ` (under lxc_configs."${key}")` : ' (in vms)'}:\n`);
    io.stdout(JSON.stringify(kind === 'lxc' ? { [key]: entry } : entry, null, 2) + '\n');
    if (notes.length) io.stdout(`\nTo check:\n${notes.map((n) => `  - ${n}`).join('\n')}\n`);
    if (values.write !== true) {
      io.stdout(`\nRun again with --write to add it to ${path} and tag ${address} 'phoenix'.\n`);
      return 0;
    }
    const ok = await confirm({
      command: 'adopt',
      question: `\nAdd ${address} to ${path} and tag it 'phoenix' on ${port.description}?`,
      yes: values.yes === true,
      out: io.stdout,
      terminal: io.terminal ?? processTerminal(io.isTTY),
    });
    if (!ok) {
      io.stdout('Nothing changed.\n');
      return 1;
    }
    await writeFile(path, updated);
    await port.setMeta({ kind, id, node: guest.node }, { tags: managedTags(guest.tags) });
    io.stdout(`Added ${address} to ${path} and tagged it 'phoenix'. Review with phoenix plan.\n`);
    return 0;
  } finally {
    await port.close();
  }
}
