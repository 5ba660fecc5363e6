/**
 * The README's CLI section is generated from the command declarations: README.md holds exactly
 * what renderCliReference gives, every declared option appears in it, and
 * scripts/gen-cli-reference.mjs --check fails on a stale copy and rewrites it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BEGIN, CLI_END, renderCliReference } from '../../src/cli/cli-reference.js';
import { optionLabel, type CommandSpec } from '../../src/cli/command-spec.js';
import { COMMAND_SPECS } from '../../src/cli/command-specs.js';
import { REPO_ROOT } from '../helpers/shared.js';

const README = join(REPO_ROOT, 'README.md');
const GEN = join(REPO_ROOT, 'scripts', 'gen-cli-reference.mjs');

function block(doc: string): string {
  const start = doc.indexOf(CLI_BEGIN);
  const end = doc.indexOf(CLI_END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return doc.slice(start, end + CLI_END.length);
}

describe('README CLI reference', () => {
  test('README.md is current (run node scripts/gen-cli-reference.mjs after changing a declaration)', () => {
    expect(block(readFileSync(README, 'utf8'))).toBe(renderCliReference());
  });

  test('lists every command and every option of each', () => {
    const ref = renderCliReference();
    const specs: CommandSpec[] = Object.values(COMMAND_SPECS).flatMap((s: CommandSpec) => [
      s,
      ...(s.subcommands ?? []),
    ]);
    for (const s of specs) {
      expect(ref).toContain(`phoenix ${s.name} ${s.usage}`);
      for (const [name, o] of Object.entries(s.options))
        expect(ref).toContain(`\`${optionLabel(name, o).replace(/\|/g, '\\|')}\``);
    }
  });

  test('the script checks a stale copy (exit 1) and rewrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-cli-ref-test-'));
    try {
      const stale = join(dir, 'README.md');
      writeFileSync(stale, `# x\n\n${CLI_BEGIN}\nold\n${CLI_END}\n\ntail\n`);
      const check = spawnSync('node', [GEN, '--check', '--out', stale], { encoding: 'utf8' });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('out of date');
      const fix = spawnSync('node', [GEN, '--out', stale], { encoding: 'utf8' });
      expect(fix.status).toBe(0);
      const doc = readFileSync(stale, 'utf8');
      expect(block(doc)).toBe(renderCliReference());
      expect(doc.endsWith('\n\ntail\n')).toBe(true);
      expect(spawnSync('node', [GEN, '--check', '--out', stale]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
