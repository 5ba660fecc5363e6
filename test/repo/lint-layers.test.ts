/**
 * The lint rules that keep the layers (eslint.config.js): each case lints a one-line module as
 * if it sat at a path in src/ and expects the layer rule to refuse it, or to let it through.
 */
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../helpers/shared.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const use = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('layer boundaries', () => {
  test.each([
    ['src/plan/some-module.ts', '../proxmox/commands.js'],
    ['src/plan/some-module.ts', '../apply/executor.js'],
    ['src/render/some-module.ts', '../github/comment.js'],
    ['src/config/rules/some-module.ts', '../../sim/index.js'],
    ['src/model/host-config/some-module.ts', '../../hypervisor/setup.js'],
    ['src/dialect/some-module.ts', '../model/types.js'],
    ['src/util/some-module.ts', '../config/diagnostics.js'],
    ['src/sim/some-module.ts', '../proxmox/transport.js'],
    ['src/sim/programs/some-module.ts', '../../model/types.js'],
    ['src/github/some-module.ts', '../cli/commands/plan.js'],
    ['src/jobs/some-module.ts', '../github/comment.js'],
    ['src/apply/some-module.ts', '../jobs/plan-job.js'],
    ['src/host/some-module.ts', '../apply/executor.js'],
  ])('%s may not import %s', async (file, spec) => {
    const found = await problems(file, use(spec));
    expect(found.some((p) => p.startsWith('no-restricted-imports:'))).toBe(true);
  });

  test.each([
    ['src/plan/some-module.ts', '../model/types.js'],
    ['src/plan/some-module.ts', '../dialect/guest-keys.js'],
    ['src/sim/some-module.ts', '../dialect/pve-values.js'],
    ['src/sim/programs/some-module.ts', '../context.js'],
    ['src/sim/programs/some-module.ts', '../../util/errors.js'],
    ['src/apply/some-module.ts', '../host/port.js'],
    ['src/cli/commands/some-module.ts', '../../jobs/plan-job.js'],
    ['src/main.ts', './cli/command-table.js'],
  ])('%s may import %s', async (file, spec) => {
    expect(await problems(file, use(spec))).toEqual([]);
  });
});

describe('file names', () => {
  test('a module name in camelCase is refused', async () => {
    const found = await problems('src/plan/someModule.ts', 'export const y = 1;\n');
    expect(found.some((p) => p.startsWith('check-file/filename-naming-convention:'))).toBe(true);
  });

  test('kebab-case names, with .test before the extension, pass', async () => {
    expect(await problems('src/plan/some-module.ts', 'export const y = 1;\n')).toEqual([]);
    expect(await problems('test/plan/some-module.test.ts', 'export const y = 1;\n')).toEqual([]);
  });
});
