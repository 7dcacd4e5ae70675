// The seam between the proxy core and its plugins. The core knows phases, not plugins:
// it builds one PluginInstance per enabled plugin entity of a snapshot, picks the instances that
// apply to a request (Kong's scope precedence), and calls their phases in priority order.
// A plugin folder (`proxy/plugins/<name>/`) exports a PluginModule; its config schema lives in
// `api/contract/plugins/<name>.ts` and the config it receives is already validated and defaulted.
import type { IncomingHttpHeaders } from "node:http";
import type { Consumer, Plugin, Route, Service } from "../../api/contract/index.ts";

/** pino-compatible subset; never pass tokens or secrets in either argument. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: object): Logger;
}

/** What a plugin sees of one request, and the parts of the upstream request it may change. */
export interface ProxyRequest {
  /** 32 lower-case hex chars; also sent as X-Kong-Request-Id. */
  readonly id: string;
  readonly method: string;
  readonly scheme: "http" | "https";
  /** Host header without port, as used for matching. */
  readonly host: string;
  /** Normalized request path (no query), as used for matching. */
  readonly path: string;
  /** Raw query string without the leading "?" ("" when none). */
  readonly query: string;
  /** The client's request headers (lower-case names). Read-only: change `upstreamHeaders` instead. */
  readonly headers: Readonly<IncomingHttpHeaders>;
  readonly clientIp: string;
  readonly route: Route;
  readonly service: Service;
  /** Headers that will be sent upstream (lower-case names). Plugins set and delete entries here. */
  readonly upstreamHeaders: Map<string, string | string[]>;
  /** Query string sent upstream without "?"; starts equal to `query`. */
  upstreamQuery: string;
  /** Consumer identified by an auth plugin, if any. */
  consumer: Consumer | null;
  /** Buffers the request body (up to `limit` bytes, default 1 MiB) and returns it; repeated calls return the same buffer. */
  readBody(limit?: number): Promise<Buffer>;
  /** When set, this body is sent upstream instead of the client's (content-length is fixed up by the core). */
  upstreamBody: Buffer | null;
  /** Per-request scratch space shared between the phases of one plugin (key by plugin name). */
  readonly ctx: Map<string, unknown>;
  /** Aborted when the client disconnects. Pass it to outbound calls made on behalf of this request. */
  readonly signal: AbortSignal;
  readonly log: Logger;
}

/** A response produced by a plugin instead of proxying. Objects are sent as compact JSON. */
export interface PluginResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | object;
}

export interface ResponseInfo {
  status: number;
  /** Response headers (lower-case names), mutable in headerFilter. */
  headers: Record<string, string | string[] | undefined>;
  /** True when the response came from the upstream, false when the proxy or a plugin produced it. */
  proxied: boolean;
}

export interface PluginInstance {
  /** Runs before proxying; return a response to stop the request there. May throw: the core answers 500. */
  access?(req: ProxyRequest): Promise<PluginResponse | void> | PluginResponse | void;
  /** Runs on the response headers before they reach the client. */
  headerFilter?(req: ProxyRequest, res: ResponseInfo): void;
  /** Runs after the response was sent. Must not throw. */
  log?(req: ProxyRequest, res: { status: number; latencyMs: number }): void;
  /**
   * Lower-case names of headers this instance sets upstream (claim headers, token header). When
   * the instance applies to a request, the core removes client-sent copies of them from
   * `upstreamHeaders` before any access phase runs (`headers` still shows what the client sent),
   * so a client cannot spoof them even when the plugin ends up not setting one. Called once per
   * instance when a snapshot is compiled.
   */
  upstreamHeaderNames?(): readonly string[];
  /** Releases timers and sockets when a newer snapshot replaces this instance. */
  close?(): Promise<void> | void;
}

/** Process-lifetime services the core hands to every plugin instance. */
export interface PluginServices {
  logger: Logger;
  /**
   * Process-lifetime store for state that must survive snapshot swaps (discovery/JWKS caches,
   * exchanged-token caches). Key by plugin name plus whatever identifies the state.
   */
  shared: Map<string, unknown>;
  /** Optional Redis URL for caches shared between proxy replicas (PROXY_REDIS_URL). */
  redisUrl?: string;
}

export interface PluginModule<C = unknown> {
  name: string;
  /** Kong's static priority: higher runs first in the access phase. */
  priority: number;
  /** Builds the instance for one plugin entity of a snapshot. */
  create(config: C, plugin: Plugin, services: PluginServices): PluginInstance;
}
