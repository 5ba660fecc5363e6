/**
 * Checks HTTP requests (and the fake's own JSON responses) against GitHub's OpenAPI description of
 * api.github.com from @octokit/openapi: the route must exist (method + path template), path and
 * query parameters must be declared and match their schemas, required ones present, and a JSON
 * body must match the operation's request schema. Schemas are compiled lazily with ajv.
 *
 * OpenAPI 3.0 differs from JSON Schema in `nullable`; ajv understands `nullable` next to `type`,
 * and the few schemas that carry `nullable` without `type` are rewritten to `anyOf [null, ...]`.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const addFormats = formatsModule.default;
type Json = Record<string, unknown>;

interface ParamSpec {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: Json;
}

export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly params: readonly ParamSpec[];
  readonly body?: { readonly required: boolean; readonly schema?: Json };
  /** JSON response schema by status code ('200', '201', ...); null when the response has no JSON body. */
  readonly responses: Readonly<Record<string, Json | null>>;
}

interface Route {
  readonly op: Operation;
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly literals: number;
}

export interface RequestCheck {
  readonly op?: Operation;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly problems: readonly string[];
}

const SPEC_ID = 'https://fake-github.invalid/openapi';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function openApiPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
}

/** `nullable: true` without `type` (which ajv refuses) becomes `anyOf: [{type: null}, rest]`. */
function fixNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fixNullable);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) out[k] = fixNullable(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

/** Local refs (`#/components/...`) point into the spec registered under SPEC_ID. */
function globalRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as T;
}

export class OpenApiChecker {
  private readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<Json, ValidateFunction>();

  constructor(doc: Json) {
    const components = fixNullable(doc.components) as Json;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);
    const deref = (node: unknown): Json => {
      let n = node as Json;
      for (let i = 0; i < 5 && typeof n?.$ref === 'string'; i++) {
        const parts = (n.$ref as string).replace(/^#\//, '').split('/');
        n = parts.reduce<Json>(
          (o, p) => (o as Record<string, Json>)[p.replace(/~1/g, '/').replace(/~0/g, '~')],
          {
            components,
          } as Json,
        );
      }
      return n;
    };
    for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
      const shared = ((item.parameters as unknown[]) ?? []).map(deref);
      for (const method of HTTP_METHODS) {
        const raw = item[method] as Json | undefined;
        if (!raw) continue;
        const params = [...shared, ...((raw.parameters as unknown[]) ?? []).map(deref)].map((p) => ({
          name: String(p.name),
          in: String(p.in),
          required: p.required === true,
          schema: (p.schema as Json) ?? {},
        }));
        const rb = raw.requestBody ? deref(raw.requestBody) : undefined;
        const responses: Record<string, Json | null> = {};
        for (const [status, r] of Object.entries((raw.responses as Json) ?? {})) {
          const content = deref(r).content as Record<string, { schema?: Json }> | undefined;
          responses[status] = content?.['application/json']?.schema ?? null;
        }
        const op: Operation = {
          id: String(raw.operationId),
          method: method.toUpperCase(),
          template,
          params,
          body: rb
            ? {
                required: rb.required === true,
                schema: (rb.content as Record<string, { schema?: Json }> | undefined)?.['application/json']
                  ?.schema,
              }
            : undefined,
          responses,
        };
        const names: string[] = [];
        const pattern = template
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace(/\{([^}]+)\}/g, (_m, name: string) => {
            names.push(name);
            return '([^/]+)';
          });
        const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
        this.routes.push({ op, regex: new RegExp(`^${pattern}$`), names, literals });
      }
    }
    // The most specific template wins (`/repos/{o}/{r}/issues/comments/{id}` over `.../{issue_number}/...`).
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  static load(path = openApiPath()): OpenApiChecker {
    return new OpenApiChecker(JSON.parse(readFileSync(path, 'utf8')) as Json);
  }

  private validator(schema: Json): ValidateFunction {
    let v = this.compiled.get(schema);
    if (!v) {
      v = this.ajv.compile(globalRefs(fixNullable(schema) as Json));
      this.compiled.set(schema, v);
    }
    return v;
  }

  private schemaProblems(where: string, schema: Json, value: unknown): string[] {
    const v = this.validator(schema);
    if (v(value)) return [];
    return (v.errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath} ${e.message}`);
  }

  /** The operation for a method and a raw (still percent-encoded) path, with decoded path params. */
  match(method: string, rawPath: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const r of this.routes) {
      if (r.op.method !== method.toUpperCase()) continue;
      const m = r.regex.exec(rawPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { op: r.op, params };
    }
    return undefined;
  }

  checkRequest(
    method: string,
    rawPath: string,
    query: URLSearchParams,
    body: unknown,
    hasBody: boolean,
  ): RequestCheck {
    const hit = this.match(method, rawPath);
    if (!hit)
      return { params: {}, problems: [`no operation ${method} ${rawPath} in GitHub's OpenAPI description`] };
    const { op, params } = hit;
    const problems: string[] = [];
    const coerce = (value: string, schema: Json): unknown => {
      const t = schema.type;
      if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
      if (t === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
      return value;
    };
    for (const p of op.params.filter((x) => x.in === 'path')) {
      problems.push(
        ...this.schemaProblems(`path parameter ${p.name}`, p.schema, coerce(params[p.name], p.schema)),
      );
    }
    const declared = new Map(op.params.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, value] of query) {
      const spec = declared.get(name);
      if (!spec) {
        problems.push(`query parameter '${name}' is not declared for ${op.id}`);
        continue;
      }
      problems.push(
        ...this.schemaProblems(`query parameter ${name}`, spec.schema, coerce(value, spec.schema)),
      );
    }
    for (const p of declared.values()) {
      if (p.required && !query.has(p.name)) problems.push(`required query parameter '${p.name}' is missing`);
    }
    if (hasBody) {
      if (!op.body) problems.push(`${op.id} takes no request body`);
      else if (op.body.schema) problems.push(...this.schemaProblems('body', op.body.schema, body));
    } else if (op.body?.required) {
      problems.push(`${op.id} requires a request body`);
    }
    return { op, params, problems: problems.map((p) => `${op.id}: ${p}`) };
  }

  /** Problems with a JSON response the fake is about to send (status must be documented). */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    if (!Object.hasOwn(op.responses, String(status))) {
      return [`${op.id}: status ${status} is not a documented response`];
    }
    const schema = op.responses[String(status)];
    if (!schema) return [];
    return this.schemaProblems(`${op.id} response ${status}`, schema, body);
  }
}
