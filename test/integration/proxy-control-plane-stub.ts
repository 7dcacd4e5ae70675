// A stand-in for the control plane's data-plane config endpoint, speaking the same protocol as
// the API (GET /v2/control-planes/{id}/data-plane/config, Bearer kdp_ token, If-None-Match →
// 304, ?wait= long-poll, node headers recorded as heartbeats). It is a test double, used only
// where a test needs to send what the real API never would (garbage, a truncated body) or to
// run without the API process; tests against the real API use the API itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo, Socket } from "node:net";
import { NODE_HEADERS } from "../../api/contract/index.ts";

export interface Heartbeat {
  id: string;
  hostname: string;
  version: string;
  configHash: string | null;
  at: number;
}

export interface ControlPlaneStub {
  readonly url: string;
  readonly port: number;
  /**
   * Next body served: a snapshot object (ETag "<version>"), raw text, or raw bytes served as
   * `Content-Encoding: gzip` whatever the request accepts (both with ETag "garbage-N").
   */
  set(body: { version: number } | string | { gzipBytes: Buffer }): void;
  /** Answers that went out gzip-encoded. */
  gzipped: number;
  /** Accept-Encoding of each config request. */
  acceptEncodings: (string | undefined)[];
  heartbeats: Heartbeat[];
  requests: number;
  /** Stops listening and drops connections (API down); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface StubOptions {
  /** Gzip snapshot answers to requests with `Accept-Encoding: gzip`, as the API does (Vary, same ETag). */
  gzip?: boolean;
}

export async function startControlPlaneStub(controlPlaneId: string, token: string, port = 0, options: StubOptions = {}): Promise<ControlPlaneStub> {
  let body: { version: number } | string | { gzipBytes: Buffer } = "";
  let garbageCount = 0;
  let etag = "";
  const waiting = new Set<() => void>();
  const sockets = new Set<Socket>();
  const path = `/v2/control-planes/${controlPlaneId}/data-plane/config`;

  const send = (req: IncomingMessage, res: ServerResponse) => {
    if (typeof body === "object" && "gzipBytes" in body) {
      stub.gzipped++;
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", vary: "Accept-Encoding", etag });
      res.end(body.gzipBytes);
    } else if (typeof body === "string") {
      res.writeHead(200, { "content-type": "application/json", etag });
      res.end(body);
    } else if (options.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const zipped = gzipSync(JSON.stringify(body));
      stub.gzipped++;
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", vary: "Accept-Encoding", etag, "content-length": zipped.length });
      res.end(zipped);
    } else {
      const text = JSON.stringify(body);
      res.writeHead(200, { "content-type": "application/json", etag, "content-length": Buffer.byteLength(text) });
      res.end(text);
    }
  };

  const stub: ControlPlaneStub = {
    url: "",
    port: 0,
    heartbeats: [],
    requests: 0,
    gzipped: 0,
    acceptEncodings: [],
    set(b) {
      body = b;
      etag = typeof b === "string" || "gzipBytes" in b ? `"garbage-${++garbageCount}"` : `"${b.version}"`;
      for (const wake of waiting) wake();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    start: () => new Promise<void>((resolve) => server.listen(stub.port, "127.0.0.1", () => resolve())),
    async close() {
      if (server.listening) await stub.stop();
    },
  };

  const server: Server = createServer((req, res) => {
    stub.requests++;
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname !== path) return void res.writeHead(404, { "content-type": "application/problem+json" }).end('{"status":404,"title":"Not Found"}');
    if (req.headers.authorization !== `Bearer ${token}`) return void res.writeHead(401, { "content-type": "application/problem+json" }).end('{"status":401,"title":"Unauthorized"}');
    stub.acceptEncodings.push(req.headers["accept-encoding"]);
    stub.heartbeats.push({
      id: String(req.headers[NODE_HEADERS.id] ?? ""),
      hostname: String(req.headers[NODE_HEADERS.hostname] ?? ""),
      version: String(req.headers[NODE_HEADERS.version] ?? ""),
      configHash: (req.headers[NODE_HEADERS.configHash] as string | undefined) ?? null,
      at: Date.now(),
    });
    if (etag === "") return void res.writeHead(404, { "content-type": "application/problem+json" }).end('{"status":404,"title":"No config yet"}');
    if (req.headers["if-none-match"] !== etag) return send(req, res);
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 0), 60);
    if (!wait) return void res.writeHead(304, { etag }).end();
    const timer = setTimeout(() => {
      waiting.delete(wake);
      res.writeHead(304, { etag }).end();
    }, wait * 1000);
    const wake = () => {
      clearTimeout(timer);
      waiting.delete(wake);
      if (req.headers["if-none-match"] === etag) res.writeHead(304, { etag }).end();
      else send(req, res);
    };
    waiting.add(wake);
    res.on("close", () => {
      clearTimeout(timer);
      waiting.delete(wake);
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  const p = (server.address() as AddressInfo).port;
  Object.assign(stub, { port: p, url: `http://127.0.0.1:${p}` });
  return stub;
}
