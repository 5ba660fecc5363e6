/**
 * A stand-in on 127.0.0.1 for the Actions results service that @actions/artifact (v2 and later)
 * uploads to, for tests of the node24 actions that upload artifacts in-process:
 * - Twirp JSON at `/twirp/github.actions.results.api.v1.ArtifactService/<Method>` for
 *   CreateArtifact, FinalizeArtifact, ListArtifacts and DeleteArtifact. Requests carry proto field
 *   names (`workflow_run_backend_id`, `expires_at`, ...; the client sends them with
 *   `useProtoFieldName`), answers use them too. The bearer token must be the runtime token and the
 *   backend ids those in its `scp` claim (`Actions.Results:<run>:<job>`), as the real service
 *   checks; a second artifact of one name in a run is refused (`already_exists`).
 * - The signed upload URL CreateArtifact returns, served as an Azure block blob: staged blocks
 *   (`comp=block&blockid=`) committed by a block list (`comp=blocklist`, the XML body), which is
 *   what @azure/storage-blob's uploadStream sends, or one Put Blob.
 * - FinalizeArtifact checks the size and `sha256:` hash the client reports against the bytes
 *   received. Every finalized artifact is recorded (name, retention, zip); `files()` unzips one.
 * Anything the real service would refuse is answered with an error AND recorded in `violations`
 * (tests assert none with `assertNoViolations`).
 */
import { unzipSync } from 'fflate';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const DAY_MS = 86_400_000;

type Json = Record<string, unknown>;

export interface UploadedArtifact {
  readonly id: number;
  readonly name: string;
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
  readonly mimeType?: string;
  /** Whole days from creation to `expires_at` (undefined: none sent, the repository default). */
  readonly retentionDays?: number;
  readonly zip: Uint8Array;
  readonly createdAt: Date;
}

interface Pending {
  readonly name: string;
  readonly mimeType?: string;
  readonly expiresAt?: string;
  readonly createdAt: Date;
  readonly blob: string;
  blocks: Map<string, Buffer>;
  data?: Buffer;
}

/** A JWT the way the runner's ACTIONS_RUNTIME_TOKEN looks: only its claims matter to the client. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(16).toString('base64url')}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class FakeResultsService {
  readonly violations: string[] = [];
  readonly artifacts: UploadedArtifact[] = [];
  /** Twirp method names, in order. */
  readonly calls: string[] = [];
  readonly runBackendId = 'c0ffee00-0000-4000-8000-000000000001';
  readonly jobBackendId = 'c0ffee00-0000-4000-8000-000000000002';
  readonly token = runtimeToken(this.runBackendId, this.jobBackendId);
  /** Set to make the next CreateArtifact fail with this Twirp error (not retried by the client). */
  failCreate?: { readonly status: number; readonly code: string; readonly msg: string };
  private readonly pending = new Map<string, Pending>();
  private readonly signature = randomBytes(12).toString('hex');
  private nextId = 9000;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeResultsService> {
    const server = createServer();
    const service = new FakeResultsService(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      service.handle(req, res).catch((err: unknown) => {
        service.violations.push(`fake results service crashed on ${req.method} ${req.url}: ${String(err)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return service;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What the runner gives a JavaScript action for artifacts (and no proxy for loopback). */
  env(): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      NO_PROXY: '127.0.0.1,localhost',
    };
  }

  /** The files of the finalized artifact `name` (the newest), as text. */
  files(name: string): Record<string, string> {
    const a = this.artifacts.filter((x) => x.name === name).at(-1);
    if (!a)
      throw new Error(
        `no artifact named ${name} was uploaded (got ${this.artifacts.map((x) => x.name).join(', ') || 'none'})`,
      );
    return Object.fromEntries(
      Object.entries(unzipSync(a.zip)).map(([path, bytes]) => [path, Buffer.from(bytes).toString('utf8')]),
    );
  }

  assertNoViolations(): void {
    if (this.violations.length)
      throw new Error(`requests the results service would not accept:\n${this.violations.join('\n')}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private refuse(res: ServerResponse, status: number, code: string, msg: string, violation = true): void {
    if (violation) this.violations.push(msg);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    if (url.pathname.startsWith('/blob/')) return this.blob(req, res, url, body);
    if (req.method !== 'POST' || !url.pathname.startsWith(SERVICE))
      return this.refuse(res, 404, 'bad_route', `no route ${req.method} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return this.refuse(res, 401, 'unauthenticated', `${url.pathname}: not the runtime token`);
    if (!String(req.headers['content-type']).startsWith('application/json'))
      return this.refuse(
        res,
        400,
        'malformed',
        `${url.pathname}: content-type ${req.headers['content-type']}`,
      );
    let json: Json;
    try {
      json = JSON.parse(body.toString('utf8')) as Json;
    } catch {
      return this.refuse(res, 400, 'malformed', `${url.pathname}: the body is not JSON`);
    }
    const method = url.pathname.slice(SERVICE.length);
    this.calls.push(method);
    if (
      json.workflow_run_backend_id !== this.runBackendId ||
      json.workflow_job_run_backend_id !== this.jobBackendId
    )
      return this.refuse(
        res,
        403,
        'permission_denied',
        `${method}: backend ids are not the token's: ${body.toString()}`,
      );
    const reply = (o: Json): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o));
    };
    switch (method) {
      case 'CreateArtifact':
        return this.create(json, res, reply);
      case 'FinalizeArtifact':
        return this.finalize(json, res, reply);
      case 'ListArtifacts': {
        const filter = json.name_filter;
        const listed = this.artifacts.filter((a) => filter === undefined || a.name === filter);
        return reply({
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: a.workflowRunBackendId,
            workflow_job_run_backend_id: a.workflowJobRunBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            created_at: a.createdAt.toISOString(),
          })),
        });
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex((a) => a.name === json.name);
        if (i < 0)
          return this.refuse(
            res,
            404,
            'not_found',
            `DeleteArtifact: no artifact ${String(json.name)}`,
            false,
          );
        const [gone] = this.artifacts.splice(i, 1);
        return reply({ ok: true, artifact_id: String(gone.id) });
      }
      default:
        return this.refuse(res, 404, 'bad_route', `unknown method ${method}`);
    }
  }

  private create(json: Json, res: ServerResponse, reply: (o: Json) => void): void {
    if (this.failCreate) {
      const f = this.failCreate;
      this.failCreate = undefined;
      return this.refuse(res, f.status, f.code, f.msg, false);
    }
    const name = json.name;
    if (typeof name !== 'string' || !name)
      return this.refuse(res, 400, 'invalid_argument', 'CreateArtifact: no name');
    if (json.version !== 7)
      this.violations.push(`CreateArtifact: version ${String(json.version)}, expected 7`);
    if (this.artifacts.some((a) => a.name === name))
      return this.refuse(
        res,
        409,
        'already_exists',
        `an artifact with this name already exists on the workflow run: ${name}`,
        false,
      );
    const expiresAt = json.expires_at;
    if (expiresAt !== undefined && (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt))))
      return this.refuse(res, 400, 'invalid_argument', `CreateArtifact: expires_at ${String(expiresAt)}`);
    const blob = `/blob/actions-results/${this.runBackendId}/${this.jobBackendId}/${encodeURIComponent(name)}.zip`;
    this.pending.set(name, {
      name,
      mimeType: typeof json.mime_type === 'string' ? json.mime_type : undefined,
      expiresAt: expiresAt as string | undefined,
      createdAt: new Date(),
      blob,
      blocks: new Map(),
    });
    reply({
      ok: true,
      signed_upload_url: `${this.url}${blob}?sv=2025-01-05&sr=b&sp=cw&sig=${this.signature}`,
    });
  }

  private finalize(json: Json, res: ServerResponse, reply: (o: Json) => void): void {
    const p = this.pending.get(String(json.name));
    if (!p)
      return this.refuse(res, 404, 'not_found', `FinalizeArtifact: ${String(json.name)} was not created`);
    if (!p.data)
      return this.refuse(res, 400, 'failed_precondition', `FinalizeArtifact: nothing uploaded for ${p.name}`);
    if (json.size !== String(p.data.length))
      this.violations.push(`FinalizeArtifact: size ${String(json.size)}, received ${p.data.length} bytes`);
    const hash = `sha256:${createHash('sha256').update(p.data).digest('hex')}`;
    if (json.hash !== undefined && json.hash !== hash)
      this.violations.push(`FinalizeArtifact: hash ${String(json.hash)}, received ${hash}`);
    this.pending.delete(p.name);
    const id = this.nextId++;
    this.artifacts.push({
      id,
      name: p.name,
      workflowRunBackendId: this.runBackendId,
      workflowJobRunBackendId: this.jobBackendId,
      mimeType: p.mimeType,
      retentionDays:
        p.expiresAt === undefined
          ? undefined
          : Math.round((Date.parse(p.expiresAt) - p.createdAt.getTime()) / DAY_MS),
      zip: new Uint8Array(p.data),
      createdAt: p.createdAt,
    });
    reply({ ok: true, artifact_id: String(id) });
  }

  /** The Azure block blob endpoints the signed URL points at. */
  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const p = [...this.pending.values()].find((x) => x.blob === url.pathname);
    const fail = (status: number, code: string, why: string): void => {
      this.violations.push(`blob ${req.method} ${url.pathname}${url.search}: ${why}`);
      res
        .writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
        .end(
          `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${why}</Message></Error>`,
        );
    };
    if (!p) return fail(404, 'BlobNotFound', 'no artifact was created for this blob');
    if (url.searchParams.get('sig') !== this.signature)
      return fail(403, 'AuthenticationFailed', 'bad signature');
    if (req.method !== 'PUT') return fail(405, 'UnsupportedHttpVerb', `method ${req.method}`);
    const done = (): void => {
      res
        .writeHead(201, {
          'x-ms-request-id': randomBytes(8).toString('hex'),
          'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
          etag: `"0x${randomBytes(6).toString('hex').toUpperCase()}"`,
          'last-modified': new Date().toUTCString(),
          'x-ms-request-server-encrypted': 'true',
        })
        .end();
    };
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return fail(400, 'InvalidQueryParameterValue', 'no blockid');
      p.blocks.set(id, body);
      return done();
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
        (m) => m[2],
      );
      const missing = ids.filter((id) => !p.blocks.has(id));
      if (missing.length) return fail(400, 'InvalidBlockList', `blocks never staged: ${missing.join(', ')}`);
      p.data = Buffer.concat(ids.map((id) => p.blocks.get(id)!));
      return done();
    }
    if (comp !== null) return fail(400, 'InvalidQueryParameterValue', `comp=${comp}`);
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
      return fail(400, 'MissingRequiredHeader', 'x-ms-blob-type');
    p.data = body;
    return done();
  }
}

export const startFakeResultsService = (): Promise<FakeResultsService> => FakeResultsService.start();
