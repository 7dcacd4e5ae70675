// The request path through the proxy: take the current generation, normalize and match, check
// the route's protocols, run plugins (only when the route has any), forward, and add Kong's
// response headers. The no-plugin path stays synchronous until undici takes over, and builds no
// header objects: one pass over rawHeaders produces the upstream header list.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { ProxyError, errorResponse, type ProxyErrorCode } from "./errors.ts";
import { UpstreamExchange, type ForwardOutcome, type ForwardRequest } from "./forward.ts";
import { addForwardedHeaders, cleanResponseHeaders, newScan, removeNames, scanRequestHeaders, type RequestHeadScan } from "./headers.ts";
import { normalizePath, upstreamPath as upstreamPathFor } from "./path.ts";
import { PluginFailure, runAccess, runHeaderFilter, runLog, type PluginEntry, type RoutePlan } from "./plugins/runner.ts";
import type { Logger, PluginResponse, ResponseInfo } from "./plugins/types.ts";
import { PluginRequest } from "./request.ts";
import { nextRequestId } from "./request-id.ts";
import { routerHeaders, type MatchInput, type RouteMatch } from "./router.ts";
import type { ConfigState, Generation } from "./runtime.ts";
import { TrustedIps, realClientAddress, type RealIpHeader } from "./trusted-ips.ts";

export interface HandlerOptions {
  state: ConfigState;
  log: Logger;
  /** `konnect-selfhosted/<version>`: Via and Server values. */
  product: string;
  /** Request targets longer than this get 414. */
  maxUriLength: number;
  /** Log one line per request (off by default: it costs throughput). */
  accessLog: boolean;
  /** nginx's client_body_timeout (ms); 0 disables. */
  clientBodyTimeoutMs?: number;
  /** nginx's send_timeout (ms); 0 disables. */
  clientSendTimeoutMs?: number;
  /** Why no configuration is served yet (last sync error as log fields): logged with PROXY_NO_CONFIG. */
  whyNoConfig?: () => { sync_error: string | null } & Record<string, unknown>;
  /** PROXY_TRUSTED_IPS entries (validated by settings); absent or empty = trust no peer. */
  trustedIps?: readonly string[];
  /** PROXY_REAL_IP_HEADER / PROXY_REAL_IP_RECURSIVE (nginx realip); off when absent. */
  realIpHeader?: RealIpHeader | null;
  realIpRecursive?: boolean;
}

export class ProxyHandler {
  /** Listener ports, set once the servers listen (X-Forwarded-Port, default port for host matching). */
  listenerPort = 0;
  tlsListenerPort = 0;
  private readonly input: MatchInput = { method: "", host: "", port: 0, path: "", headers: null, srcIp: "", srcPort: 0, dstIp: "", dstPort: 0 };
  private readonly viaSuffix: string;
  private readonly trusted: TrustedIps;

  constructor(private readonly opts: HandlerOptions) {
    this.viaSuffix = opts.product;
    this.trusted = new TrustedIps(opts.trustedIps ?? []);
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    const startedAt = Date.now();
    const id = nextRequestId();
    try {
      this.route(req, res, id, startedAt);
    } catch (e) {
      // A bug must cost one request, not the process.
      this.internalError(e, req, res, id, startedAt);
    }
  };

  private internalError(e: unknown, req: IncomingMessage, res: ServerResponse, id: string, startedAt: number): void {
    this.opts.log.error({ code: "PROXY_INTERNAL", request_id: id, err: e instanceof Error ? e.stack : String(e) }, "request handling failed");
    if (!res.headersSent && !res.destroyed) this.writeError(req, res, id, "PROXY_INTERNAL", startedAt, headerValue(req, "accept"));
    else res.destroy();
  }

  private route(req: IncomingMessage, res: ServerResponse, id: string, startedAt: number): void {
    const gen = this.opts.state.current;
    if (gen === null) return this.refuseNoConfig(req, res, id, startedAt);

    const url = req.url ?? "/";
    if (url.length > this.opts.maxUriLength) return this.sendError(req, res, id, "PROXY_URI_TOO_LONG", startedAt);
    const q = url.indexOf("?");
    let rawPath = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? null : url.slice(q + 1);
    let hostOverride: string | null = null;
    if (rawPath.charCodeAt(0) !== 47) {
      // absolute-form (RFC 9112 §3.2.2): the target's authority replaces Host
      const abs = /^https?:\/\/([^/?#]*)(\/[^?#]*)?$/i.exec(rawPath);
      if (!abs) return this.sendError(req, res, id, "PROXY_BAD_REQUEST", startedAt, "request target is not a path");
      hostOverride = abs[1];
      rawPath = abs[2] ?? "/";
    }
    const path = normalizePath(rawPath);

    const scan = newScan();
    scanRequestHeaders(req.rawHeaders, scan, null);
    // Two Host headers: the router and an upstream could each pick a different one (RFC 9112 §3.2).
    if (scan.duplicateHost) return this.sendError(req, res, id, "PROXY_BAD_REQUEST", startedAt, "more than one Host header", scan.accept);
    if (scan.hasBody) this.guardBody(req, res, id);
    const hostHeader = hostOverride ?? scan.host;
    // Both listeners share this handler: the connection says which one the request came in on.
    const socket = req.socket;
    const scheme = (socket as TLSSocket).encrypted === true ? "https" : "http";
    const listenerPort = scheme === "https" ? this.tlsListenerPort : this.listenerPort;
    // A peer in PROXY_TRUSTED_IPS (a TLS-terminating load balancer) may tell the scheme the
    // client used at the edge; anyone else's X-Forwarded-Proto is ignored (Kong's trusted_ips,
    // empty by default). That scheme decides the https-only check and the plugins' protocols.
    const trusted = this.trusted.has(socket.remoteAddress ?? ""); // no work when nothing is trusted
    const xfProto = trusted ? scan.xfProto : null;
    const edgeScheme: "http" | "https" = xfProto === null ? scheme : xfProto.trim().toLowerCase() === "https" ? "https" : "http";
    const input = this.input;
    splitHost(hostHeader, listenerPort, input);
    input.method = req.method ?? "GET";
    input.path = path;
    input.headers = gen.table.usesHeaders ? routerHeaders(req.rawHeaders) : null;
    const peerIp = socket.remoteAddress ?? "";
    let clientIp = peerIp;
    input.srcPort = socket.remotePort ?? 0;
    const realIpHeader = this.opts.realIpHeader ?? null;
    if (trusted && realIpHeader !== null) {
      // nginx realip: a trusted peer's header names the client (the peer stays when it names none).
      const real = realClientAddress(realIpHeader === "x-real-ip" ? scan.xRealIp : scan.xForwardedFor, realIpHeader, this.opts.realIpRecursive === true, this.trusted);
      if (real !== null) {
        clientIp = real.ip;
        input.srcPort = real.port;
      }
    }
    input.srcIp = clientIp;
    input.dstIp = socket.localAddress ?? "";
    input.dstPort = listenerPort;
    input.sni = scheme === "https" ? serverName(socket as TLSSocket) : null;

    const match = gen.table.match(input);
    if (match === null) return this.sendError(req, res, id, "PROXY_NO_ROUTE", startedAt, undefined, scan.accept);
    const cr = match.route;
    // protocols is checked after the match, as Kong does: an https-only route reached over plain
    // http is refused (426 or its redirect); on TLS only the gRPC-only check remains. A route
    // without "https" is served over TLS too: Kong does not refuse it (protocols is not part
    // of traditional_compatible matching, and its handler only checks the https-only case).
    const protocolCheck = cr.protocolCheck === "https" && edgeScheme === "https" ? "ok" : cr.protocolCheck;
    // Kong's forwarded host: the trusted client's X-Forwarded-Host, else the Host without port.
    const forwardedHost = trusted && scan.xfHost !== null ? scan.xfHost : input.host;
    if (protocolCheck !== "ok") return this.protocolRefusal(req, res, id, match, protocolCheck, forwardedHost, query === null ? rawPath : `${rawPath}?${query}`, startedAt, scan.accept);
    const target = cr.target;
    if (target === null || cr.service === null) return this.sendError(req, res, id, "PROXY_NO_SERVICE", startedAt, undefined, scan.accept, match);

    // Upstream path (v0) and the headers the proxy adds.
    const route = cr.route;
    const strip = route.strip_path !== false;
    const matched = match.matchedPath;
    const prefix = strip && matched !== null ? matched : null;
    const upstreamPath = upstreamPathFor(target.basePath, path, matched, strip);
    const ownPrefix = prefix !== null && prefix !== "/" ? prefix : null;
    addForwardedHeaders(scan, {
      hostHeader: route.preserve_host === true && hostHeader !== "" ? hostHeader : target.hostHeader,
      clientIp,
      peerIp,
      // Kong §3.5: each X-Forwarded-* is the trusted client's value when it sent one, else the proxy's own.
      scheme: xfProto ?? scheme,
      forwardedHost,
      forwardedPort: trusted && scan.xfPort !== null ? scan.xfPort : String(listenerPort),
      forwardedPath: trusted && scan.xfPath !== null ? scan.xfPath : rawPath,
      prefix: trusted && scan.xfPrefix !== null ? scan.xfPrefix : ownPrefix,
      httpVersion: req.httpVersion,
      requestId: id,
      product: this.viaSuffix,
    });

    const plan = gen.plugins.planFor(cr, edgeScheme);
    this.opts.state.acquire(gen);
    if (plan.slots.length === 0) {
      try {
        this.forward(gen, req, res, id, match, startedAt, upstreamPath, query, scan, scan.hasBody ? req : null, null, null);
      } catch (e) {
        this.opts.state.release(gen);
        throw e;
      }
      return;
    }
    const failed = (e: unknown) => {
      this.internalError(e, req, res, id, startedAt);
      this.opts.state.release(gen);
    };
    try {
      // Synchronous when every plugin answers synchronously (openid-connect's warm path): no
      // promise, no microtask per request; a promise only when something had to wait.
      const pending = this.withPlugins(gen, req, res, id, match, startedAt, upstreamPath, query, scan, plan, edgeScheme, input.host, path, clientIp);
      if (pending !== undefined) pending.catch(failed);
    } catch (e) {
      failed(e);
    }
  }

  /**
   * nginx's client_body_timeout: node's own timeouts cover the head only (requestTimeout is off
   * so long uploads work), so without this a client could hold a connection, and everything
   * the request holds, forever by trickling its body. The socket's idle timer runs while the
   * body is being received; it only counts against the client while we are actually reading
   * (a body paused by upstream backpressure is the service's write timeout's business, and one
   * nobody reads yet waits for plugins). On expiry the connection is closed.
   */
  private guardBody(req: IncomingMessage, res: ServerResponse, id: string): void {
    const ms = this.opts.clientBodyTimeoutMs ?? 60_000;
    if (ms <= 0) return;
    const socket = req.socket;
    req.setTimeout(ms, () => {
      if (req.complete || socket.destroyed) return;
      if (req.readableFlowing !== true) {
        socket.setTimeout(ms); // not the client's fault (yet): look again later
        return;
      }
      this.opts.log.warn({ code: "PROXY_REQUEST_TIMEOUT", request_id: id, method: req.method, path: safePath(req.url), timeout_ms: ms }, "client stopped sending the request body; connection closed");
      socket.destroy();
    });
    // Once the body is in, the idle timer must not cut a client waiting for a slow upstream.
    // If the response already went out (a body nobody read is drained after it), node has set
    // the keep-alive timeout on the socket by now: that one must stay.
    req.once("end", () => {
      if (!socket.destroyed && !res.writableEnded) socket.setTimeout(0);
    });
  }

  private withPlugins(
    gen: Generation,
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    match: RouteMatch,
    startedAt: number,
    upstreamPath: string,
    query: string | null,
    scan: RequestHeadScan,
    plan: RoutePlan,
    scheme: "http" | "https",
    host: string,
    path: string,
    clientIp: string,
  ): Promise<void> | undefined {
    const cr = match.route;
    if (plan.declaredHeaders !== null) removeNames(scan.upstream, plan.declaredHeaders, true);
    const preq = new PluginRequest({
      id,
      method: req.method ?? "GET",
      scheme,
      host,
      path,
      query: query ?? "",
      clientIp,
      route: cr.route,
      service: cr.service!,
      upstream: scan.upstream,
      hasBody: scan.hasBody,
      req,
      res,
      log: this.opts.log,
    });
    const ran: PluginEntry[] = [];
    const refused = (e: unknown) => {
      this.pluginError(e, req, res, id, match, startedAt, scan.accept);
      this.finishPlugins(gen, ran, preq, res.statusCode, startedAt);
    };
    let access: ReturnType<typeof runAccess>;
    try {
      access = runAccess(plan, preq, ran);
    } catch (e) {
      refused(e);
      return undefined;
    }
    if (access instanceof Promise) {
      return access.then(
        (response) => this.afterAccess(gen, req, res, id, match, startedAt, upstreamPath, query, scan, preq, ran, response, refused),
        refused,
      );
    }
    return this.afterAccess(gen, req, res, id, match, startedAt, upstreamPath, query, scan, preq, ran, access, refused);
  }

  /** After the access phases: a plugin's own response, or the upstream call (reading the body first if a plugin touched it). */
  private afterAccess(
    gen: Generation,
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    match: RouteMatch,
    startedAt: number,
    upstreamPath: string,
    query: string | null,
    scan: RequestHeadScan,
    preq: PluginRequest,
    ran: PluginEntry[],
    response: PluginResponse | undefined,
    /** How a plugin-side failure is answered (withPlugins' refusal: pluginError, then finishPlugins). */
    refused: (e: unknown) => void,
  ): Promise<void> | undefined {
    if (res.destroyed) {
      // The client left while plugins ran.
      this.finishPlugins(gen, ran, preq, 499, startedAt);
      return undefined;
    }
    if (response) {
      this.sendPluginResponse(req, res, id, response, ran, preq, startedAt, scan.accept, match);
      this.finishPlugins(gen, ran, preq, res.statusCode, startedAt);
      return undefined;
    }
    const headers = preq.flatUpstreamHeaders();
    const send = (body: Buffer | IncomingMessage | null) => {
      if (Buffer.isBuffer(body)) setContentLength(headers, body.length);
      const q = preq.upstreamQuery;
      const upstreamScan: RequestHeadScan = { ...scan, upstream: headers };
      this.forward(gen, req, res, id, match, startedAt, upstreamPath, q === "" ? (query === "" ? "" : null) : q, upstreamScan, body, ran, preq);
    };
    if (preq.upstreamBody !== null) send(preq.upstreamBody);
    else if (preq.bodyTouched) {
      return preq.readBody().then(send, refused);
    } else send(scan.hasBody ? req : null);
    return undefined;
  }

  private forward(
    gen: Generation,
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    match: RouteMatch,
    startedAt: number,
    upstreamPath: string,
    query: string | null,
    scan: RequestHeadScan,
    body: Buffer | IncomingMessage | null,
    ran: PluginEntry[] | null,
    preq: PluginRequest | null,
  ): void {
    const target = match.route.target!;
    const fwd: ForwardRequest = {
      target,
      pool: target.pool!,
      method: req.method ?? "GET",
      // Kong appends the raw query, keeping an empty "?".
      path: query === null ? upstreamPath : `${upstreamPath}?${query}`,
      headers: scan.upstream,
      body,
    };
    const proxyLatency = Date.now() - startedAt;
    const handler = this;
    const exchange = new UpstreamExchange(fwd, res, {
      trailersOk: scan.wantsTrailers,
      sendTimeoutMs: this.opts.clientSendTimeoutMs ?? 60_000,
      responseHead(status, rawHeaders, upstreamLatencyMs) {
        const head = cleanResponseHeaders(rawHeaders, scan.wantsTrailers);
        const out = head.headers;
        out.push("via", head.via === null ? `1.1 ${handler.viaSuffix}` : `${head.via}, 1.1 ${handler.viaSuffix}`);
        if (!head.hadServer) out.push("server", handler.viaSuffix);
        out.push("x-kong-upstream-latency", String(upstreamLatencyMs), "x-kong-proxy-latency", String(proxyLatency), "x-kong-request-id", id);
        if (ran !== null && preq !== null && ran.some((e) => e.instance.headerFilter)) {
          try {
            return filterHeaders(ran, preq, status, out, true);
          } catch (e) {
            handler.logPluginFailure(e, id, match);
            throw new ProxyError("PROXY_PLUGIN_FAILED", "header_filter failed");
          }
        }
        return out;
      },
      errorResponse(error) {
        handler.writeError(req, res, id, error.code, startedAt, scan.accept);
      },
      done(outcome) {
        handler.logOutcome(outcome, req, id, match, startedAt);
        if (ran !== null && preq !== null) handler.finishPlugins(gen, ran, preq, outcome.status, startedAt);
        else handler.opts.state.release(gen);
      },
    });
    exchange.start();
  }

  // ---- responses the proxy produces ----------------------------------------------------------

  private sendError(req: IncomingMessage, res: ServerResponse, id: string, code: ProxyErrorCode, startedAt: number, detail?: string, accept?: string | null, match?: RouteMatch): void {
    this.writeError(req, res, id, code, startedAt, accept ?? headerValue(req, "accept"));
    const level = PROXY_ERROR_LEVEL[code] ?? "warn";
    this.opts.log[level](
      { code, request_id: id, method: req.method, path: safePath(req.url), status: res.statusCode, route_id: match?.route.route.id, detail },
      "request refused",
    );
  }

  /** The sync error last logged with a PROXY_NO_CONFIG refusal (undefined: none logged yet). */
  private noConfigLogged: string | null | undefined = undefined;

  /**
   * 503 before any configuration. The log line says why (the last sync error, e.g. the API's 401
   * and which settings to check); it is a warning once per distinct reason, then debug, so a
   * client retrying in a loop does not flood the log while the sync failure is logged anyway.
   */
  private refuseNoConfig(req: IncomingMessage, res: ServerResponse, id: string, startedAt: number): void {
    this.writeError(req, res, id, "PROXY_NO_CONFIG", startedAt, headerValue(req, "accept"));
    const why = this.opts.whyNoConfig?.() ?? { sync_error: null };
    const first = why.sync_error !== this.noConfigLogged;
    this.noConfigLogged = why.sync_error;
    this.opts.log[first ? "warn" : "debug"](
      { code: "PROXY_NO_CONFIG", request_id: id, method: req.method, path: safePath(req.url), status: res.statusCode, ...why },
      "request refused: no configuration received from the control plane yet",
    );
  }

  private writeError(req: IncomingMessage, res: ServerResponse, id: string, code: ProxyErrorCode, startedAt: number, accept: string | null | undefined): void {
    const err = errorResponse(code, id, accept ?? undefined);
    const headers = err.headers;
    headers["content-length"] = String(Buffer.byteLength(err.body));
    headers["x-kong-response-latency"] = String(Date.now() - startedAt);
    headers["server"] = this.viaSuffix;
    headers["x-kong-request-id"] = id;
    res.writeHead(err.status, headers);
    res.end(req.method === "HEAD" ? undefined : err.body);
  }

  private protocolRefusal(req: IncomingMessage, res: ServerResponse, id: string, match: RouteMatch, check: "https" | "http2", host: string, url: string, startedAt: number, accept: string | null): void {
    const cr = match.route;
    const redirect = cr.route.https_redirect_status_code ?? 426;
    if (check === "https" && redirect !== 426) {
      res.writeHead(redirect, {
        location: `https://${host}${url}`,
        "content-length": "0",
        "x-kong-response-latency": String(Date.now() - startedAt),
        server: this.viaSuffix,
        "x-kong-request-id": id,
      });
      res.end();
      return;
    }
    this.sendError(req, res, id, check === "https" ? "PROXY_HTTPS_REQUIRED" : "PROXY_HTTP2_REQUIRED", startedAt, undefined, accept, match);
  }

  private sendPluginResponse(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    response: PluginResponse,
    ran: PluginEntry[],
    preq: PluginRequest,
    startedAt: number,
    accept: string | null,
    match: RouteMatch,
  ): void {
    let body: string | Buffer = "";
    const flat: string[] = [];
    let hasType = false;
    for (const [k, v] of Object.entries(response.headers ?? {})) {
      if (k.toLowerCase() === "content-type") hasType = true;
      flat.push(k, v);
    }
    if (response.body !== undefined) {
      if (typeof response.body === "string") body = response.body;
      else {
        body = JSON.stringify(response.body);
        if (!hasType) flat.push("content-type", "application/json; charset=utf-8");
      }
    }
    flat.push("content-length", String(Buffer.byteLength(body)), "x-kong-response-latency", String(Date.now() - startedAt), "server", this.viaSuffix, "x-kong-request-id", id);
    let headers = flat;
    try {
      if (ran.some((e) => e.instance.headerFilter)) headers = filterHeaders(ran, preq, response.status, flat, false);
    } catch (e) {
      this.pluginError(e, req, res, id, match, startedAt, accept);
      return;
    }
    res.writeHead(response.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  private pluginError(e: unknown, req: IncomingMessage, res: ServerResponse, id: string, match: RouteMatch, startedAt: number, accept: string | null): void {
    const code = this.logPluginFailure(e, id, match);
    if (!res.headersSent && !res.destroyed) this.writeError(req, res, id, code, startedAt, accept);
  }

  /** Logs a plugin failure; a ProxyError thrown through a plugin (e.g. body too large from readBody) keeps its code. */
  logPluginFailure(e: unknown, id: string, match: RouteMatch): ProxyErrorCode {
    const inner = e instanceof PluginFailure ? e.cause : e;
    const code: ProxyErrorCode = inner instanceof ProxyError ? inner.code : "PROXY_PLUGIN_FAILED";
    this.opts.log[code === "PROXY_PLUGIN_FAILED" ? "error" : "warn"](
      {
        code,
        request_id: id,
        route_id: match.route.route.id,
        plugin: e instanceof PluginFailure ? e.entry.name : undefined,
        plugin_id: e instanceof PluginFailure ? e.entry.plugin.id : undefined,
        phase: e instanceof PluginFailure ? e.phase : undefined,
        err: inner instanceof Error ? inner.message : String(inner),
      },
      "plugin failed",
    );
    return code;
  }

  private finishPlugins(gen: Generation, ran: PluginEntry[], preq: PluginRequest, status: number, startedAt: number): void {
    const finish = () => {
      runLog(ran, preq, { status, latencyMs: Date.now() - startedAt }, this.opts.log);
      this.opts.state.release(gen);
    };
    // The log phase runs after the response went out.
    setImmediate(finish);
  }

  private logOutcome(outcome: ForwardOutcome, req: IncomingMessage, id: string, match: RouteMatch, startedAt: number): void {
    const err = outcome.error;
    // Client aborts are not failures; plugin failures were logged where they happened.
    if (err !== null && err.code !== "PROXY_CLIENT_ABORTED" && err.code !== "PROXY_PLUGIN_FAILED") {
      this.opts.log.warn(
        {
          code: err.code,
          request_id: id,
          method: req.method,
          route_id: match.route.route.id,
          service_id: match.route.target?.serviceId,
          upstream: match.route.target?.origin,
          attempts: outcome.attempts,
          status: outcome.status,
          detail: err.detail,
        },
        err.code === "PROXY_CLIENT_SEND_TIMEOUT" ? "client stopped reading the response; connection closed" : "upstream request failed",
      );
    } else if (this.opts.accessLog) {
      this.opts.log.info(
        { request_id: id, method: req.method, path: safePath(req.url), status: outcome.status, route_id: match.route.route.id, latency_ms: Date.now() - startedAt, upstream_latency_ms: outcome.upstreamLatencyMs, aborted: err !== null || undefined },
        "request",
      );
    }
  }
}

const PROXY_ERROR_LEVEL: Partial<Record<ProxyErrorCode, "debug" | "info" | "warn" | "error">> = {
  PROXY_NO_ROUTE: "info",
  PROXY_HTTPS_REQUIRED: "info",
  PROXY_HTTP2_REQUIRED: "info",
  PROXY_INTERNAL: "error",
  PROXY_PLUGIN_FAILED: "error",
};

/** Runs headerFilter phases on a header record view of the flat list; returns the new list. */
function filterHeaders(ran: PluginEntry[], preq: PluginRequest, status: number, flat: string[], proxied: boolean): string[] {
  const headers: Record<string, string | string[] | undefined> = {};
  for (let i = 0; i < flat.length; i += 2) {
    const k = flat[i].toLowerCase();
    const prev = headers[k];
    headers[k] = prev === undefined ? flat[i + 1] : Array.isArray(prev) ? [...prev, flat[i + 1]] : [prev, flat[i + 1]];
  }
  const info: ResponseInfo = { status, headers, proxied };
  runHeaderFilter(ran, preq, info);
  const out: string[] = [];
  for (const [k, v] of Object.entries(info.headers)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) out.push(k, x);
    else out.push(k, v);
  }
  return out;
}

function setContentLength(headers: string[], length: number): void {
  removeNames(headers, CONTENT_LENGTH);
  headers.push("content-length", String(length));
}
const CONTENT_LENGTH = new Set(["content-length"]);

/** Host header → lower-case host without port, and the port (listener port when absent). */
function splitHost(hostHeader: string, listenerPort: number, out: MatchInput): void {
  let host = hostHeader;
  let port = listenerPort;
  if (host.charCodeAt(0) === 91) {
    // [v6]:port
    const end = host.indexOf("]");
    if (end !== -1 && host.charCodeAt(end + 1) === 58) {
      port = Number(host.slice(end + 2)) || listenerPort;
      host = host.slice(0, end + 1);
    }
  } else {
    const colon = host.lastIndexOf(":");
    if (colon !== -1) {
      port = Number(host.slice(colon + 1)) || listenerPort;
      host = host.slice(0, colon);
    }
  }
  out.host = host.toLowerCase();
  out.port = port;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (raw[i].length === name.length && raw[i].toLowerCase() === name) return raw[i + 1];
  return undefined;
}

/** The request path for logs: without the query string, which may carry tokens. */
function safePath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const q = url.indexOf("?");
  const p = q === -1 ? url : url.slice(0, q);
  return p.length > 256 ? p.slice(0, 256) + "…" : p;
}

/** The TLS server name the client sent, as routes' `snis` compare it ("" when it sent none). */
function serverName(socket: TLSSocket): string {
  const name = socket.servername;
  return typeof name === "string" ? name.toLowerCase().replace(/\.$/, "") : "";
}
