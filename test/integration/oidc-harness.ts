// Plugin-level harness for the openid-connect tests: builds ProxyRequest values the way the
// proxy core does (headers, upstreamHeaders copy, query, buffered body) and runs the plugin's
// access phase directly. The IdPs these tests talk to are real (test/support/idp.ts); only the
// proxy core is left out, so the plugin's behaviour can be checked field by field.
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { OpenidConnectConfig, type OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import type { Route, Service } from "../../api/contract/index.ts";
import { openidConnect } from "../../proxy/plugins/openid-connect/index.ts";
import type { Logger, PluginInstance, PluginResponse, PluginServices, ProxyRequest } from "../../proxy/plugins/types.ts";

export interface LogEntry {
  level: string;
  obj: Record<string, unknown>;
  msg?: string;
}

/** A pino-shaped logger that keeps every entry (tests assert codes and the absence of token material). */
export function capturingLogger(entries: LogEntry[] = [], bindings: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const mk = (level: string) => (obj: object, msg?: string) => { entries.push({ level, obj: { ...bindings, ...(obj as Record<string, unknown>) }, msg }); };
  return {
    entries,
    debug: mk("debug"),
    info: mk("info"),
    warn: mk("warn"),
    error: mk("error"),
    child: (b: object) => capturingLogger(entries, { ...bindings, ...(b as Record<string, unknown>) }),
  };
}

export function makeServices(redisUrl?: string): PluginServices & { logger: ReturnType<typeof capturingLogger> } {
  return { logger: capturingLogger(), shared: new Map(), redisUrl };
}

export function parseConfig(input: OpenidConnectConfigInput): OpenidConnectConfig {
  return OpenidConnectConfig.parse(input);
}

export interface RequestInit {
  method?: string;
  path?: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type TestRequest = ProxyRequest & {
  /** What would go upstream: body after plugin changes. */
  upstreamBodyText(): Promise<string>;
};

const route = { id: "00000000-0000-4000-8000-000000000001", paths: ["/"] } as unknown as Route;
const service = { id: "00000000-0000-4000-8000-000000000002", host: "upstream.test" } as unknown as Service;

export function makeRequest(init: RequestInit = {}, log: Logger = capturingLogger()): TestRequest {
  const headers: IncomingHttpHeaders = {};
  for (const [k, v] of Object.entries(init.headers ?? {})) headers[k.toLowerCase()] = v;
  const body = init.body === undefined ? Buffer.alloc(0) : Buffer.from(init.body);
  if (init.body !== undefined && headers["content-length"] === undefined) headers["content-length"] = String(body.length);
  const upstreamHeaders = new Map<string, string | string[]>();
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) upstreamHeaders.set(k, v as string | string[]);
  const ac = new AbortController();
  const req: TestRequest = {
    id: randomBytes(16).toString("hex"),
    method: init.method ?? "GET",
    scheme: "http",
    host: "proxy.test",
    path: init.path ?? "/",
    query: init.query ?? "",
    headers,
    clientIp: "127.0.0.1",
    route,
    service,
    upstreamHeaders,
    upstreamQuery: init.query ?? "",
    consumer: null,
    async readBody(limit = 1024 * 1024) {
      if (body.length > limit) throw new Error("body too large");
      return body;
    },
    upstreamBody: null,
    ctx: new Map(),
    signal: ac.signal,
    log,
    async upstreamBodyText() {
      return (this.upstreamBody ?? body).toString("utf8");
    },
  };
  return req;
}

/** A plugin instance for `config` (already parsed) using `services`. */
export function instance(config: OpenidConnectConfig, services: PluginServices): PluginInstance {
  return openidConnect.create(config, { id: "00000000-0000-4000-8000-0000000000aa", name: "openid-connect" } as never, services);
}

export async function run(inst: PluginInstance, req: ProxyRequest): Promise<PluginResponse | undefined> {
  return (await inst.access!(req)) ?? undefined;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The code a refusal carries (responses built with display_errors: true). */
export function codeOf(res: PluginResponse | undefined): string | undefined {
  return res && typeof res.body === "object" ? ((res.body as Record<string, unknown>).code as string | undefined) : undefined;
}

export function upstreamBearer(req: ProxyRequest): string | undefined {
  const v = req.upstreamHeaders.get("authorization");
  const s = Array.isArray(v) ? v[0] : v;
  return s?.startsWith("Bearer ") ? s.slice(7) : undefined;
}
