// The ProxyRequest plugins see. Built only when a route has plugins; everything costly (the
// upstream header map, the abort signal, the child logger, the body) is created on first use.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Consumer, Route, Service } from "../api/contract/index.ts";
import { ProxyError } from "./errors.ts";
import type { Logger, ProxyRequest } from "./plugins/types.ts";

const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface ProxyRequestInit {
  id: string;
  method: string;
  scheme: "http" | "https";
  host: string;
  path: string;
  query: string;
  clientIp: string;
  route: Route;
  service: Service;
  /** Flat upstream headers as the core prepared them; the map view is built from it on demand. */
  upstream: string[];
  hasBody: boolean;
  req: IncomingMessage;
  res: ServerResponse;
  log: Logger;
}

export class PluginRequest implements ProxyRequest {
  readonly id: string;
  readonly method: string;
  readonly scheme: "http" | "https";
  readonly host: string;
  readonly path: string;
  readonly query: string;
  readonly clientIp: string;
  readonly route: Route;
  readonly service: Service;
  upstreamQuery: string;
  consumer: Consumer | null = null;
  upstreamBody: Buffer | null = null;
  /** The client body once a plugin buffered it (then it is sent instead of streaming). */
  bufferedBody: Buffer | null = null;

  private readonly init: ProxyRequestInit;
  private headerMap: Map<string, string | string[]> | null = null;
  private ctxMap: Map<string, unknown> | null = null;
  private abort: AbortController | null = null;
  private childLog: Logger | null = null;
  private bodyPromise: Promise<Buffer> | null = null;

  constructor(init: ProxyRequestInit) {
    this.init = init;
    this.id = init.id;
    this.method = init.method;
    this.scheme = init.scheme;
    this.host = init.host;
    this.path = init.path;
    this.query = init.query;
    this.upstreamQuery = init.query;
    this.clientIp = init.clientIp;
    this.route = init.route;
    this.service = init.service;
  }

  get headers(): Readonly<IncomingHttpHeaders> {
    return this.init.req.headers;
  }

  get upstreamHeaders(): Map<string, string | string[]> {
    if (this.headerMap === null) {
      const m = new Map<string, string | string[]>();
      const flat = this.init.upstream;
      for (let i = 0; i < flat.length; i += 2) {
        const k = flat[i].toLowerCase();
        const prev = m.get(k);
        if (prev === undefined) m.set(k, flat[i + 1]);
        else if (Array.isArray(prev)) prev.push(flat[i + 1]);
        else m.set(k, [prev, flat[i + 1]]);
      }
      this.headerMap = m;
    }
    return this.headerMap;
  }

  /** The upstream headers after plugins ran, flat again. */
  flatUpstreamHeaders(): string[] {
    if (this.headerMap === null) return this.init.upstream;
    const out: string[] = [];
    for (const [k, v] of this.headerMap) {
      if (Array.isArray(v)) for (const x of v) out.push(k, x);
      else out.push(k, v);
    }
    return out;
  }

  get ctx(): Map<string, unknown> {
    return (this.ctxMap ??= new Map());
  }

  get signal(): AbortSignal {
    if (this.abort === null) {
      const ac = new AbortController();
      this.abort = ac;
      const res = this.init.res;
      if (res.destroyed && !res.writableFinished) ac.abort(new ProxyError("PROXY_CLIENT_ABORTED"));
      else
        res.once("close", () => {
          if (!res.writableFinished) ac.abort(new ProxyError("PROXY_CLIENT_ABORTED"));
        });
    }
    return this.abort.signal;
  }

  get log(): Logger {
    return (this.childLog ??= this.init.log.child({ request_id: this.id }));
  }

  readBody(limit = DEFAULT_BODY_LIMIT): Promise<Buffer> {
    if (this.bodyPromise === null) this.bodyPromise = this.bufferBody(limit);
    return this.bodyPromise;
  }

  private async bufferBody(limit: number): Promise<Buffer> {
    const req = this.init.req;
    if (!this.init.hasBody) return (this.bufferedBody = Buffer.alloc(0));
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) throw new ProxyError("PROXY_BODY_TOO_LARGE", `content-length ${declared} exceeds ${limit}`);
    // Listeners rather than for-await: an early exit must not destroy the client request,
    // which still gets our 413 answer.
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const cleanup = () => {
        req.off("data", onData);
        req.off("end", onEnd);
        req.off("error", onError);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          cleanup();
          req.resume();
          reject(new ProxyError("PROXY_BODY_TOO_LARGE", `body exceeds ${limit} bytes`));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => {
        cleanup();
        resolve((this.bufferedBody = Buffer.concat(chunks, size)));
      };
      const onError = (e: Error) => {
        cleanup();
        reject(new ProxyError("PROXY_BAD_REQUEST", `reading the request body failed: ${e.message}`, { cause: e }));
      };
      req.on("data", onData);
      req.once("end", onEnd);
      req.once("error", onError);
    });
  }

  /** True once a plugin started reading the client body (it can no longer be streamed). */
  get bodyTouched(): boolean {
    return this.bodyPromise !== null;
  }
}
