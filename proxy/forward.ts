// Sending one request upstream and streaming the answer back: one undici Pool per upstream
// (keep-alive, bounded connections), undici's low-level dispatch handler (no intermediate
// streams), the service's timeouts, and nginx's retry rules as Kong uses them:
//  - retried: errors and timeouts while connecting, sending or waiting for response headers;
//  - never retried: anything after response headers arrived, upstream HTTP statuses, and a
//    POST/PATCH/LOCK (or a streamed body) once the request started to be written;
//  - total attempts = 1 + service.retries.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PassThrough, type Readable } from "node:stream";
import { Pool, type Dispatcher } from "undici";
import { ProxyError, type ProxyErrorCode } from "./errors.ts";
import type { UpstreamTarget } from "./router.ts";

export interface PoolSettings {
  /** Connection cap per upstream origin. */
  connections: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = { connections: 128, keepAliveTimeoutMs: 60_000 };

/**
 * Process-lifetime pools keyed by what a connection depends on (origin, connect timeout, TLS
 * verification). Snapshots reuse the pools of unchanged upstreams, so a config change does not
 * drop warm connections; `retain` closes the ones no live snapshot uses any more.
 */
export class UpstreamPools {
  private readonly pools = new Map<string, Pool>();
  constructor(private readonly settings: PoolSettings = DEFAULT_POOL_SETTINGS) {}

  static key(t: UpstreamTarget): string {
    return `${t.origin}|${t.connectTimeout}|${t.tlsVerify ? 1 : 0}`;
  }

  get(t: UpstreamTarget): Pool {
    const key = UpstreamPools.key(t);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(t.origin, {
        connections: this.settings.connections,
        pipelining: 1,
        keepAliveTimeout: this.settings.keepAliveTimeoutMs,
        connect: {
          timeout: t.connectTimeout,
          rejectUnauthorized: t.tlsVerify,
          // SNI must be a hostname; undici derives it from the origin otherwise.
          ...(t.protocol === "https" && !/^[\d.]+$|:/.test(t.host) ? { servername: t.host } : {}),
        },
      });
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** Closes pools whose key is not in `keep` (after the requests they carry finish). */
  async retain(keep: ReadonlySet<string>): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const [key, pool] of this.pools) {
      if (keep.has(key)) continue;
      this.pools.delete(key);
      closing.push(pool.close().catch(() => undefined));
    }
    await Promise.all(closing);
  }

  async close(): Promise<void> {
    await this.retain(new Set());
  }

  get size(): number {
    return this.pools.size;
  }
}

export interface ForwardRequest {
  target: UpstreamTarget;
  pool: Dispatcher;
  method: string;
  /** Escaped upstream path with the raw query appended. */
  path: string;
  /** Flat [name, value, …]. */
  headers: string[];
  /** A buffered body (replayable), the client request (streamed), or none. */
  body: Buffer | IncomingMessage | null;
}

/** How the exchange ended, for logging and the log phase. */
export interface ForwardOutcome {
  status: number;
  /** Set when the proxy produced the response (or aborted it) instead of the upstream. */
  error: ProxyError | null;
  attempts: number;
  /** ms from first dispatch to upstream response headers (-1 when none arrived). */
  upstreamLatencyMs: number;
}

export interface ForwardHooks {
  /**
   * Called once with the upstream status and raw headers before anything is written; returns
   * the flat header list to send downstream. May throw (the caller answers 500 instead).
   */
  responseHead(status: number, rawHeaders: Buffer[], upstreamLatencyMs: number): string[];
  /** Writes a proxy-generated error response (status and body from the code). */
  errorResponse(error: ProxyError): void;
  /** Called exactly once when the exchange is over. */
  done(outcome: ForwardOutcome): void;
  /** The client asked for trailers (TE: trailers). */
  trailersOk: boolean;
  /**
   * nginx's send_timeout (ms; 0 = none): a client that accepts no response bytes for this long
   * is disconnected. Without it a client that never reads holds the upstream connection, the
   * socket and the configuration generation for as long as it likes (backpressure pauses
   * undici, and a paused body never hits undici's body timeout).
   */
  sendTimeoutMs: number;
}

const NON_IDEMPOTENT = new Set(["POST", "PATCH", "LOCK"]);

interface UndiciError {
  code?: string;
  name?: string;
  message?: string;
}

/** Maps an undici/socket error to a proxy error code; `connect` tells whether it happened before the request was written. */
export function classifyUpstreamError(err: UndiciError): ProxyErrorCode {
  switch (err.code) {
    case "UND_ERR_CONNECT_TIMEOUT":
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
    case "ETIMEDOUT":
    case "PROXY_UPSTREAM_TIMEOUT":
      return "PROXY_UPSTREAM_TIMEOUT";
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return "PROXY_UPSTREAM_DNS";
    case "UND_ERR_INVALID_ARG":
      return "PROXY_BAD_REQUEST";
    default:
      return "PROXY_UPSTREAM_UNREACHABLE";
  }
}

/**
 * One client request's trip upstream. It is its own undici handler (legacy callbacks, which
 * undici calls without an adapter), so the common path allocates one object per request.
 */
export class UpstreamExchange implements Dispatcher.DispatchHandler {
  private attempts = 0;
  private sent = false;
  private headersReceived = false;
  private finished = false;
  private abortFn: ((err?: Error) => void) | null = null;
  private resumeFn: (() => void) | null = null;
  private startedAt = 0;
  private upstreamLatency = -1;
  private status = 0;
  private streamBody: PassThrough | null = null;
  private sendTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly req: ForwardRequest,
    private readonly res: ServerResponse,
    private readonly hooks: ForwardHooks,
  ) {}

  start(): void {
    this.res.once("close", this.onClientClose);
    this.startedAt = Date.now();
    if (this.req.body !== null && !Buffer.isBuffer(this.req.body)) this.streamBody = pipeWithWriteTimeout(this.req.body, this.req.target.writeTimeout, this.onWriteTimeout);
    this.dispatch();
  }

  private dispatch(): void {
    this.attempts++;
    this.sent = false;
    this.abortFn = null;
    const { pool, method, path, headers, target, body } = this.req;
    pool.dispatch(
      {
        origin: target.origin,
        method: method as Dispatcher.HttpMethod,
        path,
        headers,
        body: this.streamBody ?? body,
        headersTimeout: target.readTimeout,
        bodyTimeout: target.readTimeout,
      },
      this,
    );
  }

  // ---- undici handler (legacy interface) ----------------------------------------------------
  onConnect(abort: (err?: Error) => void): void {
    // Called right before the request is written: from here on nginx counts it as sent.
    this.sent = true;
    this.abortFn = abort;
    if (this.finished) abort(new ProxyError("PROXY_CLIENT_ABORTED"));
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (this.finished) return false;
    // 1xx informational responses (103 Early Hints…) are not relayed.
    if (statusCode < 200) return true;
    this.resumeFn = resume;
    this.upstreamLatency = Date.now() - this.startedAt;
    let headers: string[];
    try {
      headers = this.hooks.responseHead(statusCode, rawHeaders, this.upstreamLatency);
    } catch (e) {
      // A header_filter failure: answer 500 first, then drop the upstream response.
      const err = e instanceof ProxyError ? e : new ProxyError("PROXY_PLUGIN_FAILED", (e as Error).message, { cause: e });
      this.failWith(err);
      this.abortFn?.(err);
      return false;
    }
    this.headersReceived = true;
    this.status = statusCode;
    this.res.writeHead(statusCode, headers);
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.finished) return false;
    if (this.res.write(chunk)) return true;
    this.res.once("drain", this.onDrain);
    if (this.hooks.sendTimeoutMs > 0 && this.sendTimer === null) this.sendTimer = setTimeout(this.onSendTimeout, this.hooks.sendTimeoutMs);
    return false;
  }

  onComplete(trailers: string[] | Buffer[] | null): void {
    if (this.finished) return;
    if (trailers && trailers.length && this.hooks.trailersOk) {
      const t: Record<string, string> = {};
      for (let i = 0; i < trailers.length; i += 2) t[String(trailers[i])] = String(trailers[i + 1]);
      this.res.addTrailers(t);
    }
    this.res.end();
    this.finish(null);
  }

  onError(err: Error): void {
    if (this.finished) return;
    if (this.headersReceived) {
      // Too late for a status: cut the client connection so it sees an incomplete response.
      this.res.destroy(err);
      this.finish(new ProxyError(classifyUpstreamError(err as UndiciError), describe(err), { cause: err }));
      return;
    }
    const code = err instanceof ProxyError ? err.code : classifyUpstreamError(err as UndiciError);
    if (this.retryable(code)) {
      this.dispatch();
      return;
    }
    this.failWith(err instanceof ProxyError ? err : new ProxyError(code, describe(err), { cause: err }));
  }

  // ---- helpers --------------------------------------------------------------------------------
  private retryable(code: ProxyErrorCode): boolean {
    if (code !== "PROXY_UPSTREAM_UNREACHABLE" && code !== "PROXY_UPSTREAM_TIMEOUT") return false;
    if (this.attempts > this.req.target.retries) return false;
    if (!this.sent) return this.streamBody === null || !this.streamBody.destroyed;
    // Once written: never for non-idempotent methods, never when a streamed body was consumed.
    if (NON_IDEMPOTENT.has(this.req.method)) return false;
    return this.streamBody === null;
  }

  private failWith(error: ProxyError): void {
    if (!this.res.headersSent) this.hooks.errorResponse(error);
    else this.res.destroy();
    this.finish(error);
  }

  private finish(error: ProxyError | null): void {
    if (this.finished) return;
    this.finished = true;
    this.clearSendTimer();
    this.res.off("close", this.onClientClose);
    this.hooks.done({ status: error && !this.headersReceived ? error.status : this.status, error, attempts: this.attempts, upstreamLatencyMs: this.upstreamLatency });
  }

  private clearSendTimer(): void {
    if (this.sendTimer !== null) clearTimeout(this.sendTimer);
    this.sendTimer = null;
  }

  private readonly onDrain = (): void => {
    this.clearSendTimer();
    this.resumeFn?.();
  };

  private readonly onSendTimeout = (): void => {
    this.sendTimer = null;
    if (this.finished) return;
    const err = new ProxyError("PROXY_CLIENT_SEND_TIMEOUT", `no response bytes accepted for ${this.hooks.sendTimeoutMs} ms`);
    this.finished = true;
    this.res.off("close", this.onClientClose);
    this.abortFn?.(err);
    this.res.destroy();
    this.hooks.done({ status: this.status, error: err, attempts: this.attempts, upstreamLatencyMs: this.upstreamLatency });
  };

  private readonly onClientClose = (): void => {
    if (this.finished) return;
    this.clearSendTimer();
    const err = new ProxyError("PROXY_CLIENT_ABORTED");
    this.finished = true;
    this.abortFn?.(err);
    this.streamBody?.destroy();
    this.hooks.done({ status: 499, error: err, attempts: this.attempts, upstreamLatencyMs: this.upstreamLatency });
  };

  private readonly onWriteTimeout = (): void => {
    const err = new ProxyError("PROXY_UPSTREAM_TIMEOUT", "write timeout while sending the request body");
    if (this.abortFn) this.abortFn(err);
    else this.onError(err);
  };
}

function describe(err: Error): string {
  const e = err as UndiciError;
  return e.code ? `${e.code}: ${e.message ?? ""}` : (e.message ?? String(err));
}

/**
 * Feeds the client body to undici through a PassThrough we own: undici may destroy its body on
 * failure, which must not destroy the client request (we still answer it). A stall longer than
 * `timeoutMs` while the upstream is not accepting data is Kong's write timeout.
 */
function pipeWithWriteTimeout(src: Readable, timeoutMs: number, onTimeout: () => void): PassThrough {
  const pt = new PassThrough();
  let timer: NodeJS.Timeout | null = null;
  const onData = (chunk: Buffer) => {
    if (!pt.write(chunk)) {
      src.pause();
      timer = setTimeout(onTimeout, timeoutMs);
      pt.once("drain", () => {
        if (timer) clearTimeout(timer);
        timer = null;
        src.resume();
      });
    }
  };
  src.on("data", onData);
  src.once("end", () => pt.end());
  src.once("error", (e) => pt.destroy(e));
  pt.once("close", () => {
    if (timer) clearTimeout(timer);
    src.off("data", onData);
    // Keep draining so the client connection stays usable for our error response.
    src.resume();
  });
  return pt;
}
