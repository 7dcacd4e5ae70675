// KonnectClient's response-body handling against a real node:http server on loopback: the size cap
// (declared Content-Length, chunked bodies growing past it, a body exactly at the cap), gzip
// answers to pollConfig (decoded, capped after decoding, corrupt → API_BAD_RESPONSE, identity
// still fine), bodies that break off mid-stream, and server URLs with user:pass@ whose password
// must never reach an error message. The server is a stand-in: it sends what the API never would.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { ApiError, KonnectClient, withoutCredentials } from "../../api/client.ts";
import { dataPlaneConfigPath } from "../../api/contract/data-plane.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the server saw of each response: was it written to the end before its connection closed? */
interface Sent {
  finished: boolean;
  bytesWritten: number;
}

let server: Server;
let base: string;
let handler: Handler = (_req, res) => void res.end();
const sent: Sent[] = [];
const sockets = new Set<Socket>();

before(async () => {
  server = createServer((req, res) => {
    const record: Sent = { finished: false, bytesWritten: 0 };
    sent.push(record);
    res.on("finish", () => (record.finished = true));
    res.on("close", () => (record.bytesWritten = req.socket.bytesWritten));
    handler(req, res);
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});

function client(maxResponseBytes: number, serverUrl = base): KonnectClient {
  return new KonnectClient({ serverUrl, token: "kpat_bodytestbodytestbodytest", maxResponseBytes, timeoutMs: 5_000 });
}

/** A JSON document of exactly `bytes` bytes: {"pad":"xxxx…"}. */
function jsonOfSize(bytes: number): string {
  const frame = '{"pad":""}'.length;
  return `{"pad":"${"x".repeat(bytes - frame)}"}`;
}

/** Writes 16 KiB chunks (chunked encoding) until the client goes away. */
function endlessChunks(res: ServerResponse, status = 200): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.write('{"pad":"');
  const chunk = Buffer.alloc(16 * 1024, "x");
  const pump = () => {
    while (!res.destroyed) {
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
  };
  res.on("close", () => res.removeAllListeners("drain"));
  pump();
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<ApiError> {
  let caught: unknown;
  await p.then(
    () => assert.fail(`expected ${code}, got a result`),
    (e) => (caught = e),
  );
  assert.ok(caught instanceof ApiError, `an ApiError, got ${String(caught)}`);
  assert.equal((caught as ApiError).code, code, (caught as ApiError).message);
  return caught as ApiError;
}

const until = async (cond: () => boolean, what: string) => {
  const deadline = Date.now() + 5_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("maxResponseBytes", () => {
  test("a declared Content-Length over the cap fails before the body is read", async () => {
    const total = 4 * 1024 * 1024;
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": total });
      // Trickle the body: a client that read it would keep the response open to the end.
      const chunk = Buffer.alloc(64 * 1024, "x");
      let written = 0;
      const next = () => {
        if (res.destroyed || written >= total) return void (written >= total && res.end());
        written += chunk.length;
        res.write(chunk, () => setTimeout(next, 5));
      };
      next();
    };
    sent.length = 0;
    const c = client(1024 * 1024);
    try {
      const err = await rejectsWith(c.controlPlanes.list(), "API_RESPONSE_TOO_LARGE");
      assert.equal(err.status, 200);
      await until(() => sent.length === 1 && sent[0].bytesWritten > 0, "the server to see its connection closed");
      assert.equal(sent[0].finished, false, "the body was not sent to the end: the client closed the connection");
      assert.ok(sent[0].bytesWritten < total, `${sent[0].bytesWritten} bytes left the server of ${total}`);
      assert.equal(sent.length, 1, "not retried");
    } finally {
      await c.close();
    }
  });

  test("a chunked body growing past the cap fails while streaming and the connection is closed", async () => {
    handler = (_req, res) => endlessChunks(res);
    sent.length = 0;
    const c = client(256 * 1024);
    try {
      await rejectsWith(c.controlPlanes.list(), "API_RESPONSE_TOO_LARGE");
      await until(() => sent.length === 1 && sent[0].bytesWritten > 0, "the server to see its connection closed");
      assert.equal(sent[0].finished, false);
    } finally {
      await c.close();
    }
  });

  for (const chunked of [false, true]) {
    test(`a body exactly at the cap passes, one byte more fails (${chunked ? "chunked" : "Content-Length"})`, async () => {
      const cap = 100_000;
      let size = cap;
      handler = (_req, res) => {
        const body = jsonOfSize(size);
        res.writeHead(200, chunked ? { "content-type": "application/json" } : { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        if (chunked) {
          // Several writes, so the cap is checked across chunk boundaries.
          for (let i = 0; i < body.length; i += 7_000) res.write(body.slice(i, i + 7_000));
          res.end();
        } else res.end(body);
      };
      const c = client(cap);
      try {
        const ok = (await c.controlPlanes.list()) as unknown as { pad: string };
        assert.equal(ok.pad.length, cap - '{"pad":""}'.length);
        size = cap + 1;
        await rejectsWith(c.controlPlanes.list(), "API_RESPONSE_TOO_LARGE");
      } finally {
        await c.close();
      }
    });
  }

  test("error bodies are capped too, and a 304 with a large Content-Length of its representation is fine", async () => {
    handler = (req, res) => {
      if (req.headers["if-none-match"]) return void res.writeHead(304, { etag: '"7"', "content-length": 10_000_000 }).end();
      endlessChunks(res, 500);
    };
    const c = client(64 * 1024);
    try {
      await rejectsWith(c.controlPlanes.list(), "API_RESPONSE_TOO_LARGE");
      const r = await c.pollConfig({ controlPlaneId: randomUUID(), etag: '"7"' });
      assert.deepEqual(r, { status: "unchanged", etag: '"7"' });
    } finally {
      await c.close();
    }
  });

  test("a cap that is not a positive integer is refused at construction", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) assert.throws(() => client(bad), RangeError);
  });
});

describe("a body that breaks off mid-stream", () => {
  for (const chunked of [false, true]) {
    test(`API_UNREACHABLE, not a half-parsed body (${chunked ? "chunked" : "Content-Length"})`, async () => {
      handler = (_req, res) => {
        res.writeHead(200, chunked ? { "content-type": "application/json" } : { "content-type": "application/json", "content-length": 1000 });
        res.write('{"data":[{"id":"', () => setTimeout(() => res.socket?.destroy(), 10));
      };
      sent.length = 0;
      const c = client(1024 * 1024);
      try {
        const err = await rejectsWith(c.controlPlanes.list(), "API_UNREACHABLE");
        assert.equal(err.status, null);
        assert.equal(sent.length, 3, "an idempotent GET is retried like any connection failure, then given up");
      } finally {
        await c.close();
      }
    });
  }
});

describe("credentials in server_url never reach messages", () => {
  const password = `pw-${randomUUID()}`;

  test("withoutCredentials", () => {
    assert.equal(withoutCredentials(`http://admin:${password}@api.internal:8080/konnect`), "http://api.internal:8080/konnect");
    assert.equal(withoutCredentials("http://api.internal:8080"), "http://api.internal:8080");
    // Not a URL (a '/' in the password): everything up to the last '@' goes.
    assert.ok(!withoutCredentials(`http://admin:${password}/x@api.internal`).includes(password));
  });

  test("API_UNREACHABLE (connection refused) and invalid URLs", async () => {
    // A port that was free a moment ago: connection refused.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const c = client(1024, `http://admin:${password}@127.0.0.1:${closedPort}`);
    try {
      const err = await rejectsWith(c.controlPlanes.list(), "API_UNREACHABLE");
      assert.ok(!err.message.includes(password), err.message);
      assert.ok(!JSON.stringify(err).includes(password));
      assert.ok(err.message.includes(`127.0.0.1:${closedPort}`), "the message still names the server");
    } finally {
      await c.close();
    }
    for (const url of [`ftp://admin:${password}@127.0.0.1/`, `http://admin:${password}@[not a host`]) {
      const e = (() => {
        try {
          client(1024, url);
        } catch (x) {
          return x as ApiError;
        }
        assert.fail(`${url} accepted`);
      })();
      assert.equal(e.code, "API_UNREACHABLE");
      assert.ok(!e.message.includes(password), e.message);
    }
  });

  test("a response that breaks off", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": 500 });
      res.write("{", () => res.socket?.destroy());
    };
    const c = client(1024, base.replace("http://", `http://admin:${password}@`));
    try {
      const err = await rejectsWith(c.controlPlanes.list(), "API_UNREACHABLE");
      assert.ok(!err.message.includes(password), err.message);
    } finally {
      await c.close();
    }
  });
});

describe("pollConfig and gzip", () => {
  const cpId = randomUUID();
  const path = dataPlaneConfigPath(cpId);
  let seenAcceptEncoding: (string | undefined)[] = [];
  /** The next answer: a body (gzipped when the request allows it and `gzip` is set) or a raw buffer served as gzip. */
  let answer: { json: string; gzip: boolean } | { raw: Buffer } = { json: "{}", gzip: true };

  before(() => {
    handler = (req, res) => {
      if (!req.url?.startsWith(path)) return void res.writeHead(404).end();
      seenAcceptEncoding.push(req.headers["accept-encoding"]);
      if ("raw" in answer) {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", etag: '"1"', vary: "Accept-Encoding" });
        return void res.end(answer.raw);
      }
      const wantsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (answer.gzip && wantsGzip) {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", etag: '"1"', vary: "Accept-Encoding" });
        return void res.end(gzipSync(answer.json));
      }
      res.writeHead(200, { "content-type": "application/json", etag: '"1"' }).end(answer.json);
    };
  });

  const snapshotText = JSON.stringify({ control_plane_id: cpId, version: 1, config_hash: "h", services: [{ name: "é-ü" }], routes: [], consumers: [], plugins: [] });

  test("sends Accept-Encoding: gzip and decodes a gzip answer", async () => {
    answer = { json: snapshotText, gzip: true };
    seenAcceptEncoding = [];
    const c = client(1024 * 1024);
    try {
      const r = await c.pollConfig({ controlPlaneId: cpId });
      assert.equal(r.status, "changed");
      assert.deepEqual(r.status === "changed" && r.snapshot, JSON.parse(snapshotText));
      assert.equal(r.etag, '"1"');
      assert.deepEqual(seenAcceptEncoding, ["gzip"]);
    } finally {
      await c.close();
    }
  });

  test("an identity answer (an API that does not compress) still works", async () => {
    answer = { json: snapshotText, gzip: false };
    const c = client(1024 * 1024);
    try {
      const r = await c.pollConfig({ controlPlaneId: cpId });
      assert.deepEqual(r.status === "changed" && r.snapshot, JSON.parse(snapshotText));
    } finally {
      await c.close();
    }
  });

  test("the cap applies to the decompressed size: exactly at the cap passes, a gzip bomb fails", async () => {
    const cap = 200_000;
    const c = client(cap);
    try {
      answer = { json: jsonOfSize(cap), gzip: true };
      const r = await c.pollConfig({ controlPlaneId: cpId });
      assert.equal(r.status, "changed");
      // 64 MiB of one byte: about 64 KiB on the wire, far under the cap before decoding.
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, "x"), { level: 9 });
      assert.ok(bomb.length < cap, `bomb is ${bomb.length} bytes compressed`);
      answer = { raw: bomb };
      const err = await rejectsWith(c.pollConfig({ controlPlaneId: cpId }), "API_RESPONSE_TOO_LARGE");
      assert.match(err.message, /decompressed/);
    } finally {
      await c.close();
    }
  });

  test("a gzip body larger than the cap on the wire fails too", async () => {
    const cap = 64 * 1024;
    const c = client(cap);
    try {
      // Random bytes do not compress: the wire size exceeds the cap (chunked, no Content-Length).
      const noise = Buffer.from(Array.from({ length: 200_000 }, () => Math.floor(Math.random() * 256)));
      answer = { raw: gzipSync(noise) };
      await rejectsWith(c.pollConfig({ controlPlaneId: cpId }), "API_RESPONSE_TOO_LARGE");
    } finally {
      await c.close();
    }
  });

  test("a corrupt or truncated gzip body is API_BAD_RESPONSE", async () => {
    const c = client(1024 * 1024);
    try {
      const good = gzipSync(snapshotText);
      const flipped = Buffer.from(good);
      for (let i = 12; i < flipped.length - 8; i++) flipped[i] ^= 0x5a;
      for (const raw of [Buffer.from("definitely not gzip"), good.subarray(0, Math.floor(good.length / 2)), flipped, Buffer.alloc(0)]) {
        answer = { raw };
        await rejectsWith(c.pollConfig({ controlPlaneId: cpId }), "API_BAD_RESPONSE");
      }
    } finally {
      await c.close();
    }
  });

  test("an unsupported Content-Encoding on a 2xx is API_BAD_RESPONSE; on an error status the status still decides", async () => {
    let status = 200;
    const prev = handler;
    handler = (_req, res) => void res.writeHead(status, { "content-type": "application/json", "content-encoding": "br" }).end("\u0000\u0001garbage");
    const c = client(1024 * 1024);
    try {
      await rejectsWith(c.pollConfig({ controlPlaneId: cpId }), "API_BAD_RESPONSE");
      status = 401;
      await rejectsWith(c.pollConfig({ controlPlaneId: cpId }), "API_UNAUTHORIZED");
    } finally {
      handler = prev;
      await c.close();
    }
  });
});
