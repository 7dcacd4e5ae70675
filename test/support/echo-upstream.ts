// A real HTTP upstream on loopback that records exactly what it received (method, raw target,
// path, query, headers as sent, body) and answers with a small JSON body. Tests replace the
// answer with `respond` to simulate slow, failing or misbehaving upstreams.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface EchoRecord {
  method: string;
  /** The request target exactly as received (path and query, still escaped). */
  url: string;
  /** Path part of `url`, still escaped. */
  path: string;
  /** Raw query without "?"; null when the target had no "?". */
  query: string | null;
  /** node's lower-cased view (duplicates joined as node joins them). */
  headers: IncomingMessage["headers"];
  /** [name, value, …] exactly as sent. */
  rawHeaders: string[];
  body: Buffer;
  httpVersion: string;
  remotePort: number;
}

/** Custom answer; the record is complete (body read) when it runs. */
export type Responder = (record: EchoRecord, req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface EchoUpstream {
  readonly url: string;
  readonly port: number;
  readonly records: EchoRecord[];
  /** Replace (or reset with null) the answer for the following requests. */
  respond: Responder | null;
  last(): EchoRecord;
  clear(): void;
  /** Number of TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export interface EchoOptions {
  /** Skip recording (benchmarks). */
  record?: boolean;
  host?: string;
  /** Fixed port (the demo's --upstream-port); default: ephemeral. */
  port?: number;
}

export async function startEchoUpstream(options: EchoOptions = {}): Promise<EchoUpstream> {
  const record = options.record !== false;
  const records: EchoRecord[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const fixed = Buffer.from('{"ok":true}');
  const upstream: EchoUpstream = {
    url: "",
    port: 0,
    records,
    respond: null,
    last() {
      const r = records.at(-1);
      if (!r) throw new Error("the echo upstream has received no request");
      return r;
    },
    clear() {
      records.length = 0;
    },
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((req, res) => {
    if (!record) {
      // Benchmark mode: drain and answer the same 11 bytes as the reference measurements.
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json", "content-length": fixed.length });
        res.end(fixed);
      });
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "";
      const q = url.indexOf("?");
      const rec: EchoRecord = {
        method: req.method ?? "",
        url,
        path: q === -1 ? url : url.slice(0, q),
        query: q === -1 ? null : url.slice(q + 1),
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
        httpVersion: req.httpVersion,
        remotePort: req.socket.remotePort ?? 0,
      };
      records.push(rec);
      if (upstream.respond) {
        void Promise.resolve(upstream.respond(rec, req, res)).catch((e) => {
          if (!res.headersSent) res.writeHead(500).end(String(e));
        });
        return;
      }
      const body = JSON.stringify({ method: rec.method, url: rec.url });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on("connection", (s: Socket) => {
    accepted++;
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  Object.assign(upstream, { port, url: `http://127.0.0.1:${port}` });
  return upstream;
}

/** Header value as the upstream received it, by case-insensitive name; all occurrences. */
export function receivedHeader(rec: EchoRecord, name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rec.rawHeaders.length; i += 2) if (rec.rawHeaders[i].toLowerCase() === name.toLowerCase()) out.push(rec.rawHeaders[i + 1]);
  return out;
}
