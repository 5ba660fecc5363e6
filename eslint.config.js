import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import tseslint from 'typescript-eslint';

/*
 * Layers (docs/architecture.md). The pure core reads and computes; only the edges reach a host,
 * GitHub or the terminal. Import cycles are checked by madge in `npm run lint` (it resolves the
 * `.js` specifiers back to the `.ts` sources, which eslint's import plugins need a resolver for).
 */
const CORE = ['util', 'dialect', 'config', 'model', 'plan', 'render'];
const EDGE = ['proxmox', 'host', 'sim', 'sim-seed', 'apply', 'hypervisor', 'jobs', 'github', 'cli'];

/** What each folder of src/ may not import (relative imports, from any depth). */
const FORBIDDEN = {
  util: [...CORE.filter((f) => f !== 'util'), ...EDGE],
  dialect: [...CORE.filter((f) => f !== 'util' && f !== 'dialect'), ...EDGE],
  config: EDGE,
  model: EDGE,
  plan: EDGE,
  render: EDGE,
  proxmox: ['host', 'sim-seed', 'apply', 'hypervisor', 'jobs', 'github', 'cli'],
  'sim-seed': ['proxmox', 'host', 'hypervisor', 'jobs', 'github', 'cli'],
  host: ['sim-seed', 'apply', 'hypervisor', 'jobs', 'github', 'cli'],
  apply: ['sim', 'sim-seed', 'hypervisor', 'jobs', 'github', 'cli'],
  hypervisor: ['sim', 'sim-seed', 'apply', 'jobs', 'github', 'cli'],
  jobs: ['github', 'cli'],
  github: ['cli'],
};

/** One rule per folder, its message naming what that folder may not reach. */
const restrict = (files, regex, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
});

const SIM = 'The simulator depends only on src/dialect (what Proxmox accepts and prints) and src/util.';

const layerRules = [
  ...Object.entries(FORBIDDEN).map(([folder, banned]) =>
    restrict(
      [`src/${folder}/**/*.ts`],
      `^(\\.\\./)+(${banned.join('|')})/`,
      `src/${folder}/ may not import ${banned.join(', ')} (layers: docs/architecture.md).`,
    ),
  ),
  // The simulator, by depth: `../` leaves src/sim from src/sim/*.ts, `../../` from one folder down.
  restrict(['src/sim/*.ts'], '^\\.\\./(?!dialect/|util/)', SIM),
  restrict(['src/sim/*/*.ts'], '^\\.\\./\\.\\./(?!dialect/|util/)', SIM),
  restrict(['src/sim/*/*/*.ts'], '^\\.\\./\\.\\./\\.\\./(?!dialect/|util/)', SIM),
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  ...layerRules,
);
