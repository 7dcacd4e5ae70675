// The listeners: the proxy itself (plain HTTP and/or HTTPS, one request handler for both), and a
// small status listener (GET /status) on its own port, so readiness checks never collide with
// routes and are not exposed with the proxy port.
// Requests node's parser rejects (oversized head, malformed syntax) are answered here with a
// precise status and logged without their content; the connection is closed, the server goes on.
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import { createServer as createTlsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { errorResponse, type ProxyErrorCode } from "./errors.ts";
import type { Logger } from "./plugins/types.ts";
import { nextRequestId } from "./request-id.ts";

export interface ProxyServerOptions {
  maxHeaderBytes: number;
  /** Idle time of a keep-alive connection between requests (ms). */
  keepAliveTimeoutMs?: number;
  maxUriLength: number;
  product: string;
  log: Logger;
  /** PEM certificate chain and key: the listener speaks HTTPS (HTTP/1.1 only). */
  tls?: { cert: Buffer; key: Buffer };
}

/** Either kind of proxy listener; both have the same request and connection API. */
export type Server = HttpServer | HttpsServer;

export function createProxyServer(handler: (req: IncomingMessage, res: ServerResponse) => void, opts: ProxyServerOptions): Server {
  const common = {
    maxHeaderSize: opts.maxHeaderBytes,
    // nginx's keepalive_timeout default is 75 s, Kong's template uses 60 s.
    keepAliveTimeout: opts.keepAliveTimeoutMs ?? 60_000,
    headersTimeout: 60_000,
    // Long uploads/downloads are bounded by the service's timeouts, not by a global request cap.
    requestTimeout: 0,
    noDelay: true,
  };
  const server: Server = opts.tls
    ? createTlsServer(
        {
          ...common,
          cert: opts.tls.cert,
          key: opts.tls.key,
          // A client that never finishes its handshake is cut like one that never sends its head.
          handshakeTimeout: 60_000,
        },
        handler,
      )
    : createServer(common, handler);
  if (opts.tls) {
    // Failed handshakes (a client that does not trust the certificate, plain HTTP sent to the
    // TLS port, scanners) are routine: debug only, without anything the client sent.
    server.on("tlsClientError", (err: NodeJS.ErrnoException, socket: Socket) => {
      opts.log.debug({ code: "PROXY_TLS_HANDSHAKE_FAILED", reason: err.code ?? err.message, remote_ip: socket.remoteAddress }, "TLS handshake failed");
      socket.destroy();
    });
  }
  server.on("clientError", (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    if (err.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const code = clientErrorCode(err, opts.maxUriLength);
    const id = nextRequestId();
    const res = errorResponse(code, id, undefined);
    const body = res.body;
    const head = [
      `HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? "Error"}`,
      `content-type: ${res.headers["content-type"]}`,
      `content-length: ${Buffer.byteLength(body)}`,
      `server: ${opts.product}`,
      `x-kong-request-id: ${id}`,
      "connection: close",
    ].join("\r\n");
    socket.end(`${head}\r\n\r\n${body}`);
    opts.log.warn({ code, request_id: id, status: res.status, parser_error: err.code }, "malformed request refused");
  });
  return server;
}

const STATUS_TEXT: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 414: "URI Too Long", 431: "Request Header Fields Too Large" };

function clientErrorCode(err: NodeJS.ErrnoException & { rawPacket?: Buffer }, maxUriLength: number): ProxyErrorCode {
  switch (err.code) {
    case "HPE_HEADER_OVERFLOW": {
      // node counts the request line into the head size: tell a long target from big headers.
      const raw = err.rawPacket;
      if (raw) {
        const eol = raw.indexOf("\r\n");
        if (eol === -1 || eol > maxUriLength) return "PROXY_URI_TOO_LONG";
      }
      return "PROXY_HEADERS_TOO_LARGE";
    }
    case "HPE_URI_TOO_LONG":
      return "PROXY_URI_TOO_LONG";
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "HPE_HEADERS_TIMEOUT":
      return "PROXY_REQUEST_TIMEOUT";
    default:
      return "PROXY_BAD_REQUEST";
  }
}

/** The status listener's answer: 200 when a config is served, 503 before. */
export type StatusProvider = () => { ready: boolean; body: object };

export function createStatusServer(status: StatusProvider): HttpServer {
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "application/json", allow: "GET, HEAD" }).end(JSON.stringify({ message: "method not allowed" }));
      return;
    }
    if (path !== "/status" && path !== "/status/ready") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "not found; try GET /status" }));
      return;
    }
    const s = status();
    const body = JSON.stringify(s.body);
    res.writeHead(s.ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    res.end(req.method === "HEAD" ? undefined : body);
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
    // In-flight requests get a moment to finish; then the rest is cut.
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  });
}
