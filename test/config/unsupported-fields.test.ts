/**
 * Fields of the original tooling's files: every one the upstream estates use has an answer in
 * the schemas (acted on, passed to scripts, informational, not supported), and the ones the
 * original orchestrator acted on and Phoenix does not are reported by validate once per field
 * (PHX-UNSUPPORTED-FIELD), at the key of its first use. Reads ../shared/fixtures/upstream.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSUPPORTED_FIELDS } from '../../src/config/rules/unsupported-fields.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { SCHEMAS } from '../../src/config/schemas.js';
import { plan } from '../../src/plan/planner.js';
import type { ConfigFileKey } from '../../src/model/types.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';
import { describeShared, REPO_ROOT, sharedPath } from '../helpers/shared.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const REVISIONS = ['35c465b', '829c047', '7ee84fb', '569d257'];
const FILES: Record<ConfigFileKey, string> = {
  lxc: 'phoenix_lxc_configs.json',
  vm: 'phoenix_vm_configs.json',
  hypervisor: 'phoenix_hypervisor_config.json',
};
const USES = new Set(['acted-on', 'scripts', 'informational', 'unsupported']);

/** The properties of a schema object, through `$ref`s. */
function props(file: ConfigFileKey, schema: unknown): Obj {
  const root = SCHEMAS[file] as Obj;
  let s = schema;
  while (isObj(s) && typeof s.$ref === 'string') s = (root.definitions as Obj)[s.$ref.split('/').pop()!];
  return isObj(s) && isObj(s.properties) ? s.properties : {};
}
function guestProps(file: ConfigFileKey): Obj {
  const defs = (SCHEMAS[file] as Obj).definitions as Obj;
  return props(file, file === 'lxc' ? defs.lxcGuest : defs.vm);
}
const use = (p: unknown): unknown => (isObj(p) ? (p['x-phoenix'] ?? 'acted-on') : undefined);

describe('the schemas and the rule agree on what is not supported', () => {
  it('every field the rule reports is marked unsupported in its schema, and every such guest field is in the rule', () => {
    for (const f of UNSUPPORTED_FIELDS) {
      let p: unknown =
        f.where === 'guest' ? guestProps(f.file)[f.path[0]!] : props(f.file, SCHEMAS[f.file])[f.path[0]!];
      for (const part of f.path.slice(1)) p = props(f.file, p)[part];
      expect([f.file, f.path.join('.'), use(p)]).toEqual([f.file, f.path.join('.'), 'unsupported']);
    }
    for (const file of ['lxc', 'vm'] as const)
      for (const [k, p] of Object.entries(guestProps(file))) {
        expect(USES).toContain(use(p));
        if (use(p) === 'unsupported')
          expect([file, k, UNSUPPORTED_FIELDS.some((f) => f.file === file && f.path[0] === k)]).toEqual([
            file,
            k,
            true,
          ]);
      }
  });
});

describeShared('upstream estates', () => {
  const text = (rev: string, file: string) =>
    readFileSync(sharedPath('fixtures', 'upstream', rev, file), 'utf8');
  const exists = (rev: string, file: string) => {
    try {
      text(rev, file);
      return true;
    } catch {
      return false;
    }
  };

  it.each(REVISIONS)('%s: every guest and top-level key it uses has an answer in the schema', (rev) => {
    for (const file of ['lxc', 'vm', 'hypervisor'] as const) {
      if (!exists(rev, FILES[file])) continue;
      const json = JSON.parse(text(rev, FILES[file])) as Obj;
      const top = props(file, SCHEMAS[file]);
      for (const k of Object.keys(json))
        expect([rev, file, k, USES.has(use(top[k]) as string)]).toEqual([rev, file, k, true]);
      const guests =
        file === 'lxc' ? Object.values(json.lxc_configs as Obj) : file === 'vm' ? (json.vms as Obj[]) : [];
      const known = guestProps(file === 'hypervisor' ? 'lxc' : file);
      // A key the guest schema does not list is free-form application data: passed to scripts.
      for (const g of guests as Obj[])
        for (const k of Object.keys(g))
          expect([rev, file, k, USES.has((use(known[k]) ?? 'scripts') as string)]).toEqual([
            rev,
            file,
            k,
            true,
          ]);
    }
  });

  it.each(REVISIONS)(
    '%s: validate warns once per unsupported field, at the key of its first use',
    async (rev) => {
      const dir = sharedPath('fixtures', 'upstream', rev);
      const v = await validateConfigDir(dir);
      const found = v.diagnostics.filter((d) => d.rule === 'PHX-UNSUPPORTED-FIELD');
      const names = found.map((d) => /^'([^']+)'/.exec(d.message)?.[1]);
      // Once per field and file.
      const keys = found.map((d, i) => `${d.file}|${names[i]}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const d of found) {
        expect(d.severity).toBe('warning');
        const name = /^'([^']+)'/.exec(d.message)![1]!;
        const line = readFileSync(d.file.startsWith('/') ? d.file : join(dir, d.file), 'utf8').split('\n')[
          d.line - 1
        ]!;
        expect(line.slice(d.column - 1)).toMatch(new RegExp(`^"${name.split('.').pop()}"`));
        expect(d.message).toMatch(/: the original Phoenix tooling .+; .*Phoenix/);
      }
      // Values that ask for nothing are not reported: 829c047's containers say portainer_role "none"
      // except the two that name a role.
      if (rev === '829c047')
        expect(found.find((d) => d.message.startsWith("'portainer_role'"))?.message).toMatch(
          /also set in 1 other guest/,
        );
      if (rev === '35c465b')
        expect(names.sort()).toEqual(
          [
            'docker_stacks',
            'id_maps',
            'node_labels',
            'nvidia_driver.cuda_version',
            'nvidia_driver.install_vllm_libs',
            'portainer_agent_hostname',
            'portainer_environment_name',
            'portainer_role',
            'portainer_role',
            'swarm_role',
            'traefik_service',
            'traefik_service',
            'trigger_sync_on_completion',
            'trigger_sync_on_completion',
            'volumes',
          ].sort(),
        );
    },
  );
});

describe("Phoenix's own example", () => {
  it('uses no field Phoenix does not act on', async () => {
    const v = await validateConfigDir(join(REPO_ROOT, 'config'));
    expect(v.diagnostics.filter((d) => d.rule === 'PHX-UNSUPPORTED-FIELD')).toEqual([]);
  });
});

describe('apparmor_manages_nesting is acted on', () => {
  const docker = (extra: Obj) =>
    estate({
      '950': ct('web', { template: TEMPLATE, features: ['docker'], pct_options: ['keyctl=1'], ...extra }),
    });
  const nestingWarnings = (d: ReturnType<typeof estate>) =>
    plan(d, host()).warnings.filter((w) => /nesting=1/.test(w.message));

  it('a profile that manages nesting needs no nesting=1 for docker, as in the original tooling', () => {
    expect(nestingWarnings(docker({}))).toHaveLength(1);
    expect(
      nestingWarnings(docker({ apparmor_profile: 'lxc-phoenix-v2', apparmor_manages_nesting: true })),
    ).toEqual([]);
    // Without a profile of its own there is nothing to manage nesting: the warning stays.
    expect(nestingWarnings(docker({ apparmor_manages_nesting: true }))).toHaveLength(1);
  });
});
