// Accept-Encoding negotiation for the data-plane snapshot (api/http/data-plane.ts acceptsGzip).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acceptsGzip } from "../../api/http/data-plane.ts";

describe("acceptsGzip", () => {
  it("no header, identity only, other codings → identity", () => {
    for (const h of [undefined, "", "identity", "br", "deflate, br;q=0.9", " , ;q=1", "gzipx", "xgzip;q=1"]) assert.equal(acceptsGzip(h), false, String(h));
  });
  it("gzip, x-gzip and * with q > 0 → gzip", () => {
    for (const h of ["gzip", "x-gzip", "*", "GZip", " gzip ; q=0.5 ", "br, gzip;q=0.001", "gzip;q=1.000", "gzip;Q=1", "gzip;level=1", "identity;q=0.5, gzip"]) assert.equal(acceptsGzip(h), true, h);
  });
  it("q=0 refuses, however it is spelt; a named gzip overrides *", () => {
    for (const h of ["gzip;q=0", "gzip; q=0.0", "gzip;q=0.000", "*;q=0", "gzip;q=0, *", "*, gzip;q=0", "x-gzip;q=0"]) assert.equal(acceptsGzip(h), false, h);
    assert.equal(acceptsGzip("gzip;q=0, *;q=0.1"), false);
    assert.equal(acceptsGzip("deflate;q=0, *;q=0.1"), true);
  });
  it("malformed q-values make that member unacceptable (RFC 9110 qvalue grammar)", () => {
    for (const h of ["gzip;q=1.5", "gzip;q=2", "gzip;q=-1", "gzip;q=abc", "gzip;q=0.0001", "gzip;q=1.001", "gzip;q="]) assert.equal(acceptsGzip(h), false, h);
  });
  it("identity ranked explicitly above gzip wins; equal ranks go to gzip", () => {
    assert.equal(acceptsGzip("identity;q=1, gzip;q=0.5"), false);
    assert.equal(acceptsGzip("identity;q=0.5, gzip;q=0.5"), true);
    assert.equal(acceptsGzip("identity, gzip"), true);
  });
  it("repeated headers (an array) are read as one list", () => {
    assert.equal(acceptsGzip(["br", "gzip"]), true);
    assert.equal(acceptsGzip(["br", "gzip;q=0"]), false);
  });
});
