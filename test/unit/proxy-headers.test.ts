// Header rules in isolation: what one pass over the client's headers keeps, drops and remembers,
// and how upstream response headers are cleaned (kong-proxy.md §3.5, §3.6).
import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanResponseHeaders, headerNameOf, newScan, scanRequestHeaders } from "../../proxy/headers.ts";

test("request scan: hop-by-hop, Connection-listed, spoofed and proxy-owned headers are dropped; the rest kept in order", () => {
  const scan = newScan();
  scanRequestHeaders(
    [
      "Host", "a.test:8000",
      "Connection", "keep-alive, X-Private, Upgrade",
      "X-Private", "1",
      "X-Forwarded-For", "198.51.100.1",
      "x-forwarded-for", "198.51.100.2",
      "Via", "1.0 edge",
      "TE", "trailers, deflate",
      "Transfer-Encoding", "chunked",
      "X-Consumer-Username", "admin",
      "X-User-Email", "me@example.com",
      "Accept", "text/plain",
      "Content-Type", "text/plain",
    ],
    scan,
    new Set(["x-user-email"]),
  );
  assert.equal(scan.host, "a.test:8000");
  assert.equal(scan.xForwardedFor, "198.51.100.1, 198.51.100.2");
  assert.equal(scan.via, "1.0 edge");
  assert.equal(scan.wantsTrailers, true);
  assert.equal(scan.hasBody, true);
  assert.equal(scan.accept, "text/plain");
  assert.deepEqual(scan.upstream, ["Accept", "text/plain", "Content-Type", "text/plain"]);
});

test("request scan: underscore spellings of dropped or declared names are dropped; a second Host is flagged", () => {
  const scan = newScan();
  scanRequestHeaders(["Host", "a", "X_Consumer_ID", "1", "x_forwarded_for", "2", "X_User_Email", "3", "X_Other", "4", "host", "b"], scan, new Set(["x-user-email"]));
  assert.deepEqual(scan.upstream, ["X_Other", "4"]);
  assert.equal(scan.duplicateHost, true);
  assert.equal(scan.xForwardedFor, null, "an underscore spelling is not taken as X-Forwarded-For either");
  const one = newScan();
  scanRequestHeaders(["Host", "a"], one, null);
  assert.equal(one.duplicateHost, false);
});

test("a zero Content-Length is no body", () => {
  const scan = newScan();
  scanRequestHeaders(["Content-Length", "0"], scan, null);
  assert.equal(scan.hasBody, false);
  const scan2 = newScan();
  scanRequestHeaders(["Content-Length", "12"], scan2, null);
  assert.equal(scan2.hasBody, true);
});

test("response names: known ones matched on bytes case-insensitively, unknown ones converted", () => {
  assert.equal(headerNameOf(Buffer.from("Content-Type")), "content-type");
  assert.equal(headerNameOf(Buffer.from("CONTENT-LENGTH")), "content-length");
  assert.equal(headerNameOf(Buffer.from("X-Custom-Thing")), "x-custom-thing");
  assert.equal(headerNameOf(Buffer.from("Content-Typf")), "content-typf", "same length, different bytes");
  assert.equal(headerNameOf("Via"), "via");
});

test("response cleaning: hop-by-hop and Connection-listed names go, Server noticed, Via collected, Trailer only when asked", () => {
  const raw = ["Connection", "close, X-Hop", "X-Hop", "1", "Keep-Alive", "timeout=5", "Transfer-Encoding", "chunked", "Server", "up/1", "Via", "1.1 a", "Trailer", "X-Sum", "X-Kept", "yes"].map((s) => Buffer.from(s));
  const head = cleanResponseHeaders(raw, false);
  assert.deepEqual(head.headers, ["server", "up/1", "x-kept", "yes"]);
  assert.equal(head.hadServer, true);
  assert.equal(head.via, "1.1 a");
  assert.deepEqual(cleanResponseHeaders(raw, true).headers, ["server", "up/1", "trailer", "X-Sum", "x-kept", "yes"]);
});
