// The proxy between a real client and a real upstream on loopback: paths, Host, the headers the
// proxy adds and removes, error statuses and bodies, retries and timeouts, streaming, and
// malformed input. One API process, one (in-process) proxy and one upstream for the whole file;
// each test puts the entities it needs into the control plane through the API.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { Readable } from "node:stream";
import { request } from "undici";
import type { Route, Service } from "../../api/contract/index.ts";
import { receivedHeader, startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { route, service } from "../support/proxy-snapshot.ts";
import { createControlPlane, currentVersion, replaceConfig, startApiProcess, type ApiProcess, type ControlPlaneAccess } from "./proxy-api.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";
import { rawRequest } from "./proxy-raw-http.ts";

let proxy: InProcessProxy;
let up: EchoUpstream;
let api: ApiProcess;
let access: ControlPlaneAccess;
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "proxy-fwd-"));
  up = await startEchoUpstream();
  api = await startApiProcess(work);
  access = await createControlPlane(api);
  proxy = await startInProcessProxy({ controlPlane: { serverUrl: api.url, ...access } });
});
after(async () => {
  await proxy?.close();
  await api?.close();
  await up?.close();
  await rm(work, { recursive: true, force: true });
});

async function publish(services: Service[], routes: Route[]): Promise<void> {
  up.respond = null;
  await replaceConfig(api, access.controlPlaneId, { services, routes });
  await proxy.waitForVersion(await currentVersion(api, access));
  up.clear();
}

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return request(`${proxy.base}${path}`, { method: method as "GET", headers });
}

describe("paths, query and Host", () => {
  test("strip_path and the service path build the upstream path; the raw query is kept", async () => {
    const s = service({ url: `${up.url}/base` });
    await publish([s], [route({ paths: ["/api"], service: { id: s.id } })]);
    const res = await get("/api/a%20b/../c?x=1&x=2&y=%2F&z");
    assert.equal(res.statusCode, 200);
    await res.body.text();
    assert.equal(up.last().path, "/base/c");
    assert.equal(up.last().query, "x=1&x=2&y=%2F&z");
    // undici drops a bare "?" from URLs, so this one goes over a raw socket
    const res2 = await rawRequest(proxy.app.port, "GET /api/x? HTTP/1.1\r\nHost: h\r\nConnection: close");
    assert.equal(res2.status, 200);
    assert.equal(up.last().url, "/base/x?", "an empty query keeps its ?");
  });

  test("preserve_host passes the client's Host (with port); otherwise the service's host:port", async () => {
    const s = service({ url: up.url });
    const keep = route({ paths: ["/keep"], preserve_host: true, service: { id: s.id } });
    const own = route({ paths: ["/own"], service: { id: s.id } });
    await publish([s], [keep, own]);
    await (await get("/keep", { host: "Client.Example:8443" })).body.text();
    assert.equal(up.last().headers.host, "Client.Example:8443");
    await (await get("/own", { host: "client.example" })).body.text();
    assert.equal(up.last().headers.host, `127.0.0.1:${up.port}`);
  });

  test("routing by host (wildcards), methods and headers over HTTP", async () => {
    const s = service({ url: up.url });
    await publish(
      [s],
      [
        route({ name: "wild", hosts: ["*.example.test"], service: { id: s.id }, strip_path: false }),
        route({ name: "post", hosts: ["*.example.test"], methods: ["POST"], service: { id: s.id }, paths: ["/p"], strip_path: false }),
        route({ name: "hdr", headers: { "x-version": ["2"] }, paths: ["/"], service: { id: s.id }, strip_path: false }),
      ],
    );
    assert.equal((await get("/x", { host: "a.example.test" })).statusCode, 200);
    assert.equal((await get("/x", { host: "example.test" })).statusCode, 404);
    const post = await get("/p", { host: "b.example.test" }, "POST");
    assert.equal(post.statusCode, 200);
    await post.body.text();
    assert.equal(up.last().method, "POST");
    assert.equal((await get("/anything", { "X-Version": "2" })).statusCode, 200);
    assert.equal((await get("/anything", { "X-Version": "3" })).statusCode, 404);
  });
});

describe("headers", () => {
  test("X-Forwarded-*, X-Real-IP, Via and X-Kong-Request-Id go upstream; the request id comes back", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/fwd"], service: { id: s.id } })]);
    const res = await get("/fwd/x?q=1", { "x-forwarded-for": "203.0.113.9", via: "1.0 edge", host: "Shop.Example:1234", "x-forwarded-proto": "https", "x-forwarded-prefix": "/spoof" });
    await res.body.text();
    const rec = up.last();
    assert.equal(rec.headers["x-forwarded-for"], "203.0.113.9, 127.0.0.1");
    assert.equal(rec.headers["x-forwarded-proto"], "http", "client X-Forwarded-* are not trusted");
    assert.equal(rec.headers["x-forwarded-host"], "shop.example");
    assert.equal(rec.headers["x-forwarded-port"], String(proxy.app.port));
    assert.equal(rec.headers["x-forwarded-path"], "/fwd/x");
    assert.equal(rec.headers["x-forwarded-prefix"], "/fwd");
    assert.equal(rec.headers["x-real-ip"], "127.0.0.1");
    assert.match(String(rec.headers.via), /^1\.0 edge, 1\.1 konnect-selfhosted\/\d+\.\d+\.\d+$/);
    assert.match(String(res.headers["x-kong-request-id"]), /^[0-9a-f]{32}$/);
    assert.equal(rec.headers["x-kong-request-id"], res.headers["x-kong-request-id"]);
    assert.match(String(res.headers["x-kong-upstream-latency"]), /^\d+$/);
    assert.match(String(res.headers["x-kong-proxy-latency"]), /^\d+$/);
    assert.match(String(res.headers.via), /1\.1 konnect-selfhosted\//);
  });

  test("hop-by-hop headers (also those named in Connection) and spoofed identity headers are removed", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/hop"], service: { id: s.id } })]);
    const res = await rawRequest(
      proxy.app.port,
      [
        "GET /hop HTTP/1.1",
        "Host: h.test",
        "Connection: close, X-Hop-Custom",
        "X-Hop-Custom: secret-hop",
        "Keep-Alive: timeout=5",
        "Proxy-Connection: keep-alive",
        "Proxy: http://evil",
        "TE: gzip",
        "Upgrade: h2c",
        "X-Consumer-ID: 11111111-1111-4111-8111-111111111111",
        "X-Consumer-Username: admin",
        "X-Consumer-Custom-ID: root",
        "X-Anonymous-Consumer: false",
        "X-Authenticated-Groups: admins",
        "X-Credential-Identifier: stolen",
        "X-Kept: yes",
        "Cookie: a=b",
      ].join("\r\n"),
    );
    assert.equal(res.status, 200, res.raw);
    const rec = up.last();
    for (const h of ["x-hop-custom", "keep-alive", "proxy-connection", "proxy", "te", "upgrade", "x-consumer-id", "x-consumer-username", "x-consumer-custom-id", "x-anonymous-consumer", "x-authenticated-groups", "x-credential-identifier"]) {
      assert.deepEqual(receivedHeader(rec, h), [], `${h} must not reach the upstream`);
    }
    assert.deepEqual(receivedHeader(rec, "x-kept"), ["yes"]);
    assert.deepEqual(receivedHeader(rec, "cookie"), ["a=b"]);
  });

  test("TE: trailers survives; hop-by-hop response headers are removed; the upstream's Server is kept", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/resp"], service: { id: s.id } })]);
    up.respond = (_rec, _req, res) => {
      res.setHeader("connection", "x-upstream-hop");
      res.setHeader("x-upstream-hop", "1");
      res.setHeader("server", "upstream/1.0");
      res.setHeader("via", "1.1 inner");
      res.end("ok");
    };
    const res = await get("/resp", { te: "trailers" });
    assert.equal(await res.body.text(), "ok");
    assert.deepEqual(receivedHeader(up.last(), "te"), ["trailers"]);
    assert.equal(res.headers["x-upstream-hop"], undefined);
    assert.equal(res.headers.server, "upstream/1.0");
    assert.match(String(res.headers.via), /^1\.1 inner, 1\.1 konnect-selfhosted\//);
  });
});

describe("errors the proxy produces", () => {
  test("no route: 404 with Kong's JSON template and the request id", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/only"], service: { id: s.id } })]);
    const res = await get("/nothing-here");
    assert.equal(res.statusCode, 404);
    assert.equal(res.headers["content-type"], "application/json; charset=utf-8");
    const id = String(res.headers["x-kong-request-id"]);
    assert.equal(await res.body.text(), `{\n  "message":"no Route matched with those values",\n  "request_id":"${id}"\n}`);
    assert.match(String(res.headers["x-kong-response-latency"]), /^\d+$/);
    const text = await get("/nothing-here", { accept: "text/plain" });
    assert.equal(text.headers["content-type"], "text/plain; charset=utf-8");
    assert.equal(await text.body.text(), `no Route matched with those values\nrequest_id: ${text.headers["x-kong-request-id"]}\n`);
    assert.equal(proxy.logsWithCode("PROXY_NO_ROUTE").at(-1)?.request_id, text.headers["x-kong-request-id"]);
  });

  test("https-only routes: 426 as Kong sends it, or a redirect to https", async () => {
    const s = service({ url: up.url });
    await publish(
      [s],
      [
        route({ paths: ["/secure"], protocols: ["https"], service: { id: s.id } }),
        route({ paths: ["/moved"], protocols: ["https"], https_redirect_status_code: 301, service: { id: s.id } }),
      ],
    );
    const res = await get("/secure/x");
    assert.equal(res.statusCode, 426);
    assert.equal(res.headers.connection, "Upgrade");
    assert.equal(res.headers.upgrade, "TLS/1.2, HTTP/1.1");
    assert.match(await res.body.text(), /"message":"Please use HTTPS protocol"/);
    const moved = await get("/moved/x?a=1", { host: "shop.example:8000" });
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, "https://shop.example/moved/x?a=1");
    await moved.body.text();
    assert.equal(up.records.length, 0, "nothing was proxied");
  });

  test("a route without a service: 503 no Service found", async () => {
    await publish([], [route({ paths: ["/orphan"] })]);
    const res = await get("/orphan");
    assert.equal(res.statusCode, 503);
    assert.match(await res.body.text(), /"message":"no Service found with those values"/);
  });

  test("upstream refusing connections: 502 after the retries", async () => {
    const closed = await startEchoUpstream();
    const port = closed.port;
    await closed.close();
    const s = service({ host: "127.0.0.1", port, retries: 2 });
    await publish([s], [route({ paths: ["/down"], service: { id: s.id } })]);
    const res = await get("/down");
    assert.equal(res.statusCode, 502);
    assert.match(await res.body.text(), /"message":"An invalid response was received from the upstream server"/);
    const line = proxy.logsWithCode("PROXY_UPSTREAM_UNREACHABLE").at(-1);
    assert.equal(line?.attempts, 3, "1 + retries attempts");
    const post = await get("/down", { "content-type": "text/plain" }, "POST");
    assert.equal(post.statusCode, 502, "connect failures are retried for POST too, then 502");
    await post.body.text();
    assert.equal(proxy.logsWithCode("PROXY_UPSTREAM_UNREACHABLE").at(-1)?.attempts, 3);
  });
});

describe("retries and timeouts (nginx rules)", () => {
  test("a GET whose connection dies before response headers is retried", async () => {
    const s = service({ url: up.url, retries: 3 });
    await publish([s], [route({ paths: ["/flaky"], service: { id: s.id } })]);
    let calls = 0;
    up.respond = (_rec, req, res) => {
      calls++;
      if (calls <= 2) req.socket.destroy();
      else res.end("third time");
    };
    const res = await get("/flaky");
    assert.equal(res.statusCode, 200);
    assert.equal(await res.body.text(), "third time");
    assert.equal(up.records.length, 3);
  });

  test("a POST that was sent is not retried: 502 after one attempt", async () => {
    const s = service({ url: up.url, retries: 3 });
    await publish([s], [route({ paths: ["/post"], service: { id: s.id } })]);
    up.respond = (_rec, req) => void req.socket.destroy();
    const res = await get("/post", { "content-type": "application/json" }, "POST");
    assert.equal(res.statusCode, 502);
    await res.body.text();
    assert.equal(up.records.length, 1);
  });

  test("read timeout: 504; a GET is retried on timeout, a POST is not", async () => {
    const s = service({ url: up.url, retries: 1, read_timeout: 150 });
    await publish([s], [route({ paths: ["/slow"], service: { id: s.id } })]);
    const pending: (() => void)[] = [];
    up.respond = (_rec, _req, res) => void pending.push(() => res.end("late"));
    const res = await get("/slow");
    assert.equal(res.statusCode, 504);
    assert.match(await res.body.text(), /"message":"The upstream server is timing out"/);
    assert.equal(up.records.length, 2, "GET: 1 + retries attempts");
    up.clear();
    const post = await request(`${proxy.base}/slow`, { method: "POST", body: "x" });
    assert.equal(post.statusCode, 504);
    await post.body.text();
    assert.equal(up.records.length, 1, "POST: one attempt");
    for (const p of pending) p();
    assert.equal(proxy.logsWithCode("PROXY_UPSTREAM_TIMEOUT").at(-1)?.attempts, 1);
  });

  test("upstream statuses are passed through, never retried", async () => {
    const s = service({ url: up.url, retries: 5 });
    await publish([s], [route({ paths: ["/err"], service: { id: s.id } })]);
    up.respond = (_rec, _req, res) => void res.writeHead(503, { "content-type": "text/plain" }).end("busy");
    const res = await get("/err");
    assert.equal(res.statusCode, 503);
    assert.equal(await res.body.text(), "busy");
    assert.equal(up.records.length, 1);
  });
});

describe("bodies stream both ways", () => {
  test("a 3 MiB upload (chunked) and a 5 MiB download arrive intact", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/big"], service: { id: s.id } })]);
    const download = randomBytes(5 * 1024 * 1024);
    up.respond = (rec, _req, res) => {
      res.setHeader("x-upload-sha", createHash("sha256").update(rec.body).digest("hex"));
      // write in pieces so the proxy has to stream with backpressure
      let off = 0;
      const pump = () => {
        while (off < download.length) {
          const chunk = download.subarray(off, off + 65536);
          off += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    };
    const upload = randomBytes(3 * 1024 * 1024);
    const res = await request(`${proxy.base}/big`, { method: "PUT", body: Readable.from([upload.subarray(0, 1e6), upload.subarray(1e6)]) });
    assert.equal(res.statusCode, 200);
    const got = Buffer.from(await res.body.arrayBuffer());
    assert.equal(res.headers["x-upload-sha"], createHash("sha256").update(upload).digest("hex"));
    assert.equal(got.length, download.length);
    assert.ok(got.equals(download));
    assert.deepEqual(receivedHeader(up.last(), "transfer-encoding"), ["chunked"]);
  });
});

describe("bad input", () => {
  test("oversized headers 431, oversized URI 414, garbage 400; the proxy keeps serving", async () => {
    const s = service({ url: up.url });
    await publish([s], [route({ paths: ["/"], service: { id: s.id } })]);
    const big = await rawRequest(proxy.app.port, `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${"a".repeat(40_000)}\r\nConnection: close`);
    assert.equal(big.status, 431);
    const longUri = await rawRequest(proxy.app.port, `GET /${"u".repeat(9000)} HTTP/1.1\r\nHost: h\r\nConnection: close`);
    assert.equal(longUri.status, 414);
    const hugeUri = await rawRequest(proxy.app.port, `GET /${"u".repeat(40_000)} HTTP/1.1\r\nHost: h\r\nConnection: close`);
    assert.equal(hugeUri.status, 414);
    const garbage = await rawRequest(proxy.app.port, "BLAH\x01 / WHAT\r\n");
    assert.equal(garbage.status, 400);
    const badHeader = await rawRequest(proxy.app.port, "GET / HTTP/1.1\r\nHost: h\r\nBad Header: x\r\nConnection: close");
    assert.equal(badHeader.status, 400);
    assert.ok(proxy.logsWithCode("PROXY_HEADERS_TOO_LARGE").length >= 1);
    assert.ok(proxy.logsWithCode("PROXY_URI_TOO_LONG").length >= 2);
    assert.ok(proxy.logsWithCode("PROXY_BAD_REQUEST").length >= 2);
    const ok = await get("/still-up");
    assert.equal(ok.statusCode, 200);
    await ok.body.text();
    const serialized = JSON.stringify(proxy.logs);
    assert.ok(!serialized.includes("a".repeat(100)), "logs do not carry request content");
  });
});
