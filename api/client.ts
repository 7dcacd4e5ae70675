// Typed REST client for this service's Konnect-compatible API, over undici.
// One client for everything that talks to the API: the proxy, the Terraform provider, the CLI,
// the demo and the tests. Errors are `ApiError` values with a stable `code`.
import { Transform, pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { Agent, request, type Dispatcher } from "undici";
import type {
  ConfigSnapshot,
  Consumer,
  ConsumerInput,
  ControlPlane,
  ControlPlaneCreate,
  ControlPlaneList,
  ControlPlaneUpdate,
  DpToken,
  DpTokenCreate,
  Node,
  Plugin,
  Route,
  RouteInput,
  Service,
  ServiceInput,
} from "./contract/index.ts";
import { NODE_HEADERS, dataPlaneConfigPath } from "./contract/data-plane.ts";
import { withoutCredentials } from "./url-credentials.ts";

export { withoutCredentials };

export type ApiErrorCode =
  | "API_BAD_REQUEST" // 400: invalid input; see invalidParameters
  | "API_UNAUTHORIZED" // 401: missing, unknown, revoked or expired token
  | "API_FORBIDDEN" // 403: token valid but not allowed here
  | "API_NOT_FOUND" // 404
  | "API_CONFLICT" // 409: duplicate name, one-plugin-per-scope, …
  | "API_PAYLOAD_TOO_LARGE" // 413
  | "API_RATE_LIMITED" // 429 after retries gave up
  | "API_SERVER_ERROR" // 5xx
  | "API_UNREACHABLE" // connection refused, DNS, timeout
  | "API_BAD_RESPONSE" // 2xx with a body that is not the JSON we expect
  | "API_RESPONSE_TOO_LARGE"; // a response body over ClientOptions.maxResponseBytes (not read further)

export interface InvalidParameter {
  field: string;
  reason: string;
  rule?: string | null;
  source?: string | null;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null,
    readonly body: unknown = null,
    readonly invalidParameters: InvalidParameter[] = [],
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Base URL; a path prefix is kept (`http://host/konnect` → `http://host/konnect/v2/...`). */
  serverUrl: string;
  /** `kpat_…`, `spat_…` or, for the data-plane endpoints, `kdp_…`. Sent as `Authorization: Bearer`. */
  token?: string;
  userAgent?: string;
  dispatcher?: Dispatcher;
  /** Per-request timeout for headers and body, ms. Long-polls add their wait on top. */
  timeoutMs?: number;
  /** Give up retrying 429s after this long, ms (the official SDK uses an hour; tools want less). */
  maxRetryElapsedMs?: number;
  /**
   * Largest response body read, bytes (default DEFAULT_MAX_RESPONSE_BYTES); a larger one fails with
   * API_RESPONSE_TOO_LARGE and is not read further, so a wrong or compromised server cannot
   * exhaust the caller's memory.
   */
  maxResponseBytes?: number;
}

/**
 * 64 MiB. Measured: a data-plane snapshot of 10,000 services with one route each is about 9 MiB
 * of JSON; an openid-connect plugin with its defaults is about 8 KiB, so 10,000 of them add ~80 MiB
 * (the proxy makes its cap configurable for that reason).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Query parameters for core-entity lists. */
export interface EntityListQuery {
  size?: number;
  offset?: string;
  tags?: string;
  "filter[name][eq]"?: string;
  "filter[name][contains]"?: string;
}
export interface EntityPage<T> {
  data: T[];
  next: string | null;
  offset?: string;
}

export interface ControlPlaneListQuery {
  "page[size]"?: number;
  "page[number]"?: number;
  "filter[name][eq]"?: string;
  "filter[name][contains]"?: string;
  labels?: string;
  sort?: string;
}

export interface NodeIdentity {
  id: string;
  hostname: string;
  version: string;
  /** Hash of the snapshot the node serves now, if any. */
  configHash?: string;
}

export type PollResult =
  | { status: "unchanged"; etag: string | null }
  | { status: "changed"; etag: string | null; snapshot: unknown };

type Query = Record<string, string | number | boolean | undefined>;

interface CallOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that are not errors for this call (besides 2xx). */
  accept?: number[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

const RETRY_INITIAL_MS = 500;
const RETRY_FACTOR = 1.5;
const RETRY_MAX_INTERVAL_MS = 10_000;

export class KonnectClient {
  private readonly base: string;
  /** `base` without credentials (user:pass@): the only form that goes into messages. */
  private readonly where: string;
  private readonly maxResponseBytes: number;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(private readonly options: ClientOptions) {
    let url: URL;
    try {
      url = new URL(options.serverUrl);
    } catch {
      throw new ApiError("API_UNREACHABLE", `server_url "${withoutCredentials(options.serverUrl)}" is not a URL`, null);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ApiError("API_UNREACHABLE", `server_url must start with http:// or https://, got "${withoutCredentials(options.serverUrl)}"`, null);
    }
    this.base = url.toString().replace(/\/+$/, "");
    this.where = withoutCredentials(this.base);
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(this.maxResponseBytes) || this.maxResponseBytes < 1) {
      throw new RangeError(`maxResponseBytes must be a positive integer, got ${options.maxResponseBytes}`);
    }
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 10_000, connections: 16 });
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  // ---- control planes -------------------------------------------------------------------------
  readonly controlPlanes = {
    list: (query: ControlPlaneListQuery = {}) => this.json<ControlPlaneList>("GET", "/v2/control-planes", { query: query as Query }),
    get: (id: string) => this.json<ControlPlane>("GET", `/v2/control-planes/${enc(id)}`),
    create: (body: ControlPlaneCreate) => this.json<ControlPlane>("POST", "/v2/control-planes", { body }),
    update: (id: string, body: ControlPlaneUpdate) => this.json<ControlPlane>("PATCH", `/v2/control-planes/${enc(id)}`, { body }),
    delete: (id: string) => this.json<void>("DELETE", `/v2/control-planes/${enc(id)}`),
  };

  // ---- core entities --------------------------------------------------------------------------
  readonly services = this.entity<Service, ServiceInput>("services");
  readonly routes = this.entity<Route, RouteInput>("routes");
  readonly consumers = this.entity<Consumer, ConsumerInput>("consumers");
  readonly plugins = this.entity<Plugin, Record<string, unknown>>("plugins");

  /** JSON schema of a plugin's config, as `GET …/core-entities/schemas/plugins/{name}` serves it. */
  pluginSchema(controlPlaneId: string, name: string) {
    return this.json<Record<string, unknown>>("GET", `${corePath(controlPlaneId)}/schemas/plugins/${enc(name)}`);
  }

  // ---- data-plane credentials and nodes -------------------------------------------------------
  readonly dpTokens = {
    create: (controlPlaneId: string, body: DpTokenCreate = {}) =>
      this.json<{ item: DpToken }>("POST", `/v2/control-planes/${enc(controlPlaneId)}/dp-tokens`, { body }).then((r) => r.item),
    list: (controlPlaneId: string) =>
      this.json<{ items: DpToken[]; page: { total_count: number } }>("GET", `/v2/control-planes/${enc(controlPlaneId)}/dp-tokens`),
    revoke: (controlPlaneId: string, id: string) => this.json<void>("DELETE", `/v2/control-planes/${enc(controlPlaneId)}/dp-tokens/${enc(id)}`),
  };

  readonly nodes = {
    list: (controlPlaneId: string) =>
      this.json<{ items: Node[]; page: { total_count: number; next: string | null } }>("GET", `/v2/control-planes/${enc(controlPlaneId)}/nodes`),
    get: (controlPlaneId: string, id: string) =>
      this.json<{ item: Node }>("GET", `/v2/control-planes/${enc(controlPlaneId)}/nodes/${enc(id)}`).then((r) => r.item),
    delete: (controlPlaneId: string, id: string) => this.json<void>("DELETE", `/v2/control-planes/${enc(controlPlaneId)}/nodes/${enc(id)}`),
  };

  /**
   * One conditional long-poll of the control plane's snapshot (needs a `kdp_` token).
   * Returns "unchanged" on 304; the snapshot is returned unvalidated: the caller validates it.
   */
  async pollConfig(args: { controlPlaneId: string; etag?: string | null; waitSeconds?: number; node?: NodeIdentity; signal?: AbortSignal }): Promise<PollResult> {
    // Without `node` the poll is anonymous: served, but not recorded as a node's heartbeat
    // (tools that only want to know the current version, e.g. the demo).
    const headers: Record<string, string> = {};
    if (args.node) {
      headers[NODE_HEADERS.id] = args.node.id;
      headers[NODE_HEADERS.hostname] = args.node.hostname;
      headers[NODE_HEADERS.version] = args.node.version;
      if (args.node.configHash) headers[NODE_HEADERS.configHash] = args.node.configHash;
    }
    if (args.etag) headers["if-none-match"] = args.etag;
    // Snapshots compress ~10:1; an API that does not gzip answers identity, which works as before.
    headers["accept-encoding"] = "gzip";
    const wait = args.waitSeconds ?? 0;
    const res = await this.call("GET", dataPlaneConfigPath(args.controlPlaneId), {
      query: wait > 0 ? { wait } : {},
      headers,
      accept: [304],
      timeoutMs: (this.options.timeoutMs ?? 30_000) + wait * 1000,
      signal: args.signal,
    });
    const etag = typeof res.headers.etag === "string" ? res.headers.etag : null;
    if (res.status === 304) return { status: "unchanged", etag: etag ?? args.etag ?? null };
    return { status: "changed", etag, snapshot: res.body as ConfigSnapshot };
  }

  // ---- plumbing -------------------------------------------------------------------------------
  private entity<T, I>(kind: "services" | "routes" | "consumers" | "plugins") {
    return {
      list: (controlPlaneId: string, query: EntityListQuery = {}) =>
        this.json<EntityPage<T>>("GET", `${corePath(controlPlaneId)}/${kind}`, { query: query as Query }),
      /** Follows `offset` until the last page. */
      listAll: async (controlPlaneId: string, query: Omit<EntityListQuery, "offset"> = {}) => {
        const all: T[] = [];
        let offset: string | undefined;
        do {
          const page: EntityPage<T> = await this.json<EntityPage<T>>("GET", `${corePath(controlPlaneId)}/${kind}`, {
            query: { size: 1000, ...query, offset } as Query,
          });
          all.push(...page.data);
          offset = page.offset ?? undefined;
        } while (offset);
        return all;
      },
      get: (controlPlaneId: string, id: string) => this.json<T>("GET", `${corePath(controlPlaneId)}/${kind}/${enc(id)}`),
      create: (controlPlaneId: string, body: I) => this.json<T>("POST", `${corePath(controlPlaneId)}/${kind}`, { body }),
      /** Full-object PUT: creates or replaces. */
      upsert: (controlPlaneId: string, id: string, body: I) => this.json<T>("PUT", `${corePath(controlPlaneId)}/${kind}/${enc(id)}`, { body }),
      delete: (controlPlaneId: string, id: string) => this.json<void>("DELETE", `${corePath(controlPlaneId)}/${kind}/${enc(id)}`),
    };
  }

  private async json<T>(method: Dispatcher.HttpMethod, path: string, opts: CallOptions = {}): Promise<T> {
    const res = await this.call(method, path, opts);
    return res.body as T;
  }

  /** Sends one request, retrying 429 (and connection failures of idempotent calls) with backoff. */
  private async call(method: Dispatcher.HttpMethod, path: string, opts: CallOptions) {
    const started = Date.now();
    const maxElapsed = this.options.maxRetryElapsedMs ?? 60_000;
    let delay = RETRY_INITIAL_MS;
    for (let attempt = 1; ; attempt++) {
      let res: { status: number; headers: Record<string, string | string[] | undefined>; body: unknown };
      try {
        res = await this.once(method, path, opts);
      } catch (err) {
        const idempotent = method !== "POST" && method !== "PATCH";
        if (err instanceof ApiError && err.code === "API_UNREACHABLE" && idempotent && attempt < 3 && !opts.signal?.aborted) {
          await sleep(200 * attempt);
          continue;
        }
        throw err;
      }
      if (res.status === 429 && Date.now() - started < maxElapsed) {
        const retryAfter = Number(res.headers["retry-after"]);
        // Never past the retry budget: a Retry-After of an hour used to park the caller for an hour.
        const left = maxElapsed - (Date.now() - started);
        await sleep(Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : delay, left));
        delay = Math.min(delay * RETRY_FACTOR, RETRY_MAX_INTERVAL_MS);
        continue;
      }
      if ((res.status >= 200 && res.status < 300) || opts.accept?.includes(res.status)) return res;
      throw toApiError(method, path, res.status, res.body);
    }
  }

  private async once(method: Dispatcher.HttpMethod, path: string, opts: CallOptions) {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json",
      "user-agent": this.options.userAgent ?? "konnect-selfhosted-client/0.1",
      ...opts.headers,
    };
    if (this.options.token) headers.authorization = /^bearer /i.test(this.options.token) ? this.options.token : `Bearer ${this.options.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers["content-type"] = "application/json";
    }
    const timeout = opts.timeoutMs ?? this.options.timeoutMs ?? 30_000;
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, { method, headers, body, dispatcher: this.dispatcher, headersTimeout: timeout, bodyTimeout: timeout, signal: opts.signal });
    } catch (err) {
      const e = err as { code?: string; message?: string };
      throw new ApiError("API_UNREACHABLE", scrubCredentials(`cannot reach ${this.where} (${e.code ?? e.message ?? "network error"})`), null);
    }
    const text = await this.readBody(method, path, res);
    let parsed: unknown = null;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (res.statusCode >= 200 && res.statusCode < 300) {
          throw new ApiError("API_BAD_RESPONSE", `${method} ${path} answered ${res.statusCode} with a body that is not JSON`, res.statusCode, text.slice(0, 500));
        }
        parsed = text.slice(0, 2000);
      }
    }
    return { status: res.statusCode, headers: res.headers, body: parsed };
  }

  /**
   * The body as text, at most maxResponseBytes read: checked against Content-Length first, then
   * as it streams. A gzip body (Content-Encoding: gzip) is decoded as it streams and the cap holds
   * for the bytes received and for the decoded bytes, so a small gzip bomb fails like a large body.
   */
  private async readBody(method: string, path: string, res: Dispatcher.ResponseData): Promise<string> {
    const status = res.statusCode;
    // A 304 (or HEAD) may carry the Content-Length and Content-Encoding of the representation it
    // stands for (RFC 9110 §8.6, §15.4.5): neither says anything about bytes on the wire here.
    if (method === "HEAD" || status === 204 || status === 304) {
      await res.body.dump().catch(() => undefined);
      return "";
    }
    const ok = status >= 200 && status < 300;
    const cap = this.maxResponseBytes;
    // Destroying the body closes the connection instead of draining the rest of it. undici's body
    // then emits an abort error of its own, which is expected and must not surface as uncaught.
    const discard = () => {
      res.body.on("error", () => undefined);
      res.body.destroy();
    };
    const tooLarge = (what: string) =>
      new ApiError("API_RESPONSE_TOO_LARGE", `${method} ${path} answered ${status} with a ${what} over ${cap} bytes (maxResponseBytes)`, status);
    const encoding = contentEncoding(res.headers["content-encoding"]);
    if (encoding === null) {
      discard();
      // An error status keeps its meaning (the code comes from the status); its body is dropped.
      if (!ok) return "";
      throw new ApiError("API_BAD_RESPONSE", `${method} ${path} answered ${status} with Content-Encoding ${JSON.stringify(res.headers["content-encoding"])}, which this client cannot decode`, status);
    }
    const declared = Number(res.headers["content-length"]);
    if (Number.isFinite(declared) && declared > cap) {
      discard();
      throw tooLarge("body");
    }

    let source: AsyncIterable<Buffer> = res.body;
    // Set when a cap trips; whichever stage's error the iteration sees first, this is the answer.
    let limit: ApiError | null = null;
    if (encoding === "gzip") {
      let received = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          received += chunk.length;
          if (received > cap) done((limit = tooLarge("gzip body")));
          else done(null, chunk);
        },
      });
      // Errors of any stage (the socket, the counter, zlib) end the iteration below with that error.
      source = pipeline(res.body, counter, createGunzip(), () => undefined);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > cap) throw (limit = tooLarge(encoding === "gzip" ? "decompressed body" : "body"));
        chunks.push(chunk);
      }
    } catch (err) {
      if (limit !== null || err instanceof ApiError) {
        discard();
        throw limit ?? err;
      }
      const e = err as { code?: string; message?: string };
      if (typeof e.code === "string" && e.code.startsWith("Z_")) {
        discard();
        if (!ok) return "";
        throw new ApiError("API_BAD_RESPONSE", `${method} ${path} answered ${status} with a gzip body that cannot be decoded (${e.code})`, status);
      }
      throw new ApiError("API_UNREACHABLE", scrubCredentials(`${method} ${path}: the response from ${this.where} broke off (${e.code ?? e.message ?? "network error"})`), null);
    }
    // TextDecoder drops a leading BOM, as undici's body.text() did.
    return new TextDecoder().decode(Buffer.concat(chunks, size));
  }
}

/** "identity" or "gzip" for the encodings this client decodes; null for anything else. */
function contentEncoding(header: string | string[] | undefined): "identity" | "gzip" | null {
  const codings = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return "identity";
  if (codings.length === 1 && (codings[0] === "gzip" || codings[0] === "x-gzip")) return "gzip";
  return null;
}

/** Removes userinfo from any URL inside a message (for texts that come from elsewhere, e.g. undici). */
function scrubCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, "$1");
}

function toApiError(method: string, path: string, status: number, body: unknown): ApiError {
  const b = (typeof body === "object" && body !== null ? body : {}) as {
    detail?: string;
    message?: string;
    title?: string;
    invalid_parameters?: InvalidParameter[];
  };
  const detail = b.detail ?? b.message ?? b.title ?? (typeof body === "string" ? body : "");
  const code: ApiErrorCode =
    status === 400 ? "API_BAD_REQUEST"
    : status === 401 ? "API_UNAUTHORIZED"
    : status === 403 ? "API_FORBIDDEN"
    : status === 404 ? "API_NOT_FOUND"
    : status === 409 ? "API_CONFLICT"
    : status === 413 ? "API_PAYLOAD_TOO_LARGE"
    : status === 429 ? "API_RATE_LIMITED"
    : status >= 500 ? "API_SERVER_ERROR"
    : "API_BAD_REQUEST";
  const params = Array.isArray(b.invalid_parameters) ? b.invalid_parameters : [];
  const suffix = params.length ? `: ${params.map((p) => `${p.field}: ${p.reason}`).join("; ")}` : detail ? `: ${detail}` : "";
  return new ApiError(code, `${method} ${path} failed with ${status}${suffix}`, status, body, params);
}

function corePath(controlPlaneId: string): string {
  return `/v2/control-planes/${enc(controlPlaneId)}/core-entities`;
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
