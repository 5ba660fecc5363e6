/**
 * The files of a starter repository (`phoenix init [DIR]`): the config files and example scripts
 * (starter-config.ts), the three JSON Schemas they point at, the workflows of this release with
 * their actions pinned to it, and the actionlint config that declares the runner label. Pure:
 * the workflow texts come in, the files go out.
 */
import { SCHEMA_FILES, SCHEMAS } from '../../config/schemas.js';
import { CONFIG_FILES, type ConfigFileKey } from '../../model/types.js';
import { STARTER_HYPERVISOR, STARTER_LXC, STARTER_SCRIPTS, STARTER_VM } from './starter-config.js';

export interface StarterFile {
  /** Path inside the new repository. */
  readonly path: string;
  readonly text: string;
  readonly executable?: boolean;
}

/** The workflows a repository of the operator's gets (ci.yml is Phoenix's own). */
export const STARTER_WORKFLOWS = [
  'validate.yml',
  'plan.yml',
  'apply.yml',
  'drift.yml',
  'setup-hypervisor.yml',
] as const;

export interface StarterInput {
  /** Text of `.github/workflows/<name>` of this release, for each of STARTER_WORKFLOWS. */
  readonly workflows: Readonly<Record<string, string>>;
  /** Text of `.github/actionlint.yaml` (the self-hosted runner's label). */
  readonly actionlintConfig: string;
  /** `owner/name` of the Phoenix repository the actions come from. */
  readonly repo: string;
  /** `0.1.0`: actions are pinned to the tag `v0.1.0`. */
  readonly version: string;
}

const PIN_NOTE =
  '# Pinned to the Phoenix release `phoenix init` came from. On the self-hosted runner, pin the\n' +
  "# release's commit SHA instead, with the version as a comment (Phoenix's docs/releasing.md).";

/**
 * A workflow of this repository as another repository uses it: `./actions/X` (and the plan's
 * trusted checkout of `./.phoenix-trusted/actions/plan`) become `<repo>/actions/X@v<version>`.
 * A pinned release is not the pull request's code, so the plan needs no trusted checkout.
 */
export function pinWorkflow(name: string, text: string, repo: string, version: string): string {
  const ref = `v${version}`;
  let out = text.replace(
    /^([ \t]*)# In another repository, pin a release[^\n]*\n(?:\1#[^\n]*\n)*/gm,
    (_m, indent: string) => PIN_NOTE.replace(/^/gm, indent) + '\n',
  );
  // The plan's checkout of the base branch, and the step that guards its folder.
  out = out.replace(
    /^[ \t]*# The action code comes from the base branch[\s\S]*?path: \.phoenix-trusted\n[ \t]*persist-credentials: false\n/m,
    '',
  );
  out = out.replace(
    /The action code is the base branch's\n# \(checked out into \.phoenix-trusted\); the pull request's checkout is only read/,
    "The action is a pinned Phoenix\n# release; the pull request's checkout is only read",
  );
  out = out.replace(
    /uses: \.\/(?:\.phoenix-trusted\/)?actions\/([a-z-]+)\s*$/gm,
    (_m, action: string) => `uses: ${repo}/actions/${action}@${ref}`,
  );
  if (/\.\/actions\/|\.phoenix-trusted/.test(out))
    throw new Error(`workflow ${name}: a local action reference is left after pinning`);
  return `# From Phoenix ${ref} (phoenix init): its .github/workflows/${name}, actions pinned to ${ref}.\n${out}`;
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

export function starterFiles(input: StarterInput): StarterFile[] {
  const configs: Array<[ConfigFileKey, unknown]> = [
    ['hypervisor', STARTER_HYPERVISOR],
    ['lxc', STARTER_LXC],
    ['vm', STARTER_VM],
  ];
  return [
    ...configs.map(([key, value]) => ({ path: `config/${CONFIG_FILES[key]}`, text: json(value) })),
    ...Object.entries(STARTER_SCRIPTS).map(([p, text]) => ({ path: `config/${p}`, text, executable: true })),
    ...configs.map(([key]) => ({ path: `schemas/${SCHEMA_FILES[key]}`, text: json(SCHEMAS[key]) })),
    ...STARTER_WORKFLOWS.map((w) => {
      const text = input.workflows[w];
      if (text === undefined) throw new Error(`the workflow ${w} of this release was not found`);
      return { path: `.github/workflows/${w}`, text: pinWorkflow(w, text, input.repo, input.version) };
    }),
    { path: '.github/actionlint.yaml', text: input.actionlintConfig },
  ];
}
