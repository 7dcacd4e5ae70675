// auth_methods: introspection (RFC 7662) against B's real introspection endpoint: opaque tokens
// from B, results cached, inactive tokens refused, endpoint outages fail closed.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { CLIENTS, opaqueTokenFromB, startIdps, tokenFromA, type Idps } from "../support/idp.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { bearer, codeOf, instance, makeRequest, makeServices, parseConfig, run, upstreamBearer } from "./oidc-harness.ts";

let idps: Idps;
before(async () => { idps = await startIdps(); });
after(async () => { await idps?.close(); });
beforeEach(() => { idps.b.heal(); idps.b.resetCounts(); });

function cfg(extra: Partial<OpenidConnectConfigInput> = {}): OpenidConnectConfigInput {
  return { issuer: idps.b.issuer, client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], auth_methods: ["introspection"], display_errors: true, ...extra };
}

describe("introspection", () => {
  test("an opaque token from B is introspected once, then served from the cache", async () => {
    const inst = instance(parseConfig(cfg({ scopes_required: ["read"], upstream_headers_claims: ["client_id"], upstream_headers_names: ["x-client"] })), makeServices());
    const t = await opaqueTokenFromB(idps.b, "read");
    for (let i = 0; i < 3; i++) {
      const req = makeRequest({ headers: bearer(t) });
      assert.equal(await run(inst, req), undefined);
      assert.equal(upstreamBearer(req), t);
      assert.equal(req.upstreamHeaders.get("x-client"), CLIENTS.gateway.id);
    }
    assert.equal(idps.b.counts.introspection, 1);
  });

  test("scopes_required is checked on the introspection result (403)", async () => {
    const inst = instance(parseConfig(cfg({ scopes_required: ["admin"] })), makeServices());
    const res = await run(inst, makeRequest({ headers: bearer(await opaqueTokenFromB(idps.b, "read")) }));
    assert.equal(res?.status, 403);
    assert.equal(codeOf(res), "OIDC_SCOPE_INSUFFICIENT");
  });

  test("an unknown token is inactive → 401", async () => {
    const inst = instance(parseConfig(cfg()), makeServices());
    const res = await run(inst, makeRequest({ headers: bearer("not-a-token-B-ever-issued") }));
    assert.equal(res?.status, 401);
    assert.equal(codeOf(res), "OIDC_INTROSPECTION_INACTIVE");
  });

  test("bearer + introspection: JWTs are verified locally, opaque tokens introspected", async () => {
    const inst = instance(parseConfig(cfg({ auth_methods: ["bearer", "introspection"] })), makeServices());
    const jwt = await idps.b.mintToken({ sub: "quinn", aud: "urn:x" }, { alg: "ES256" });
    assert.equal(await run(inst, makeRequest({ headers: bearer(jwt) })), undefined);
    assert.equal(idps.b.counts.introspection, 0);
    assert.equal(await run(inst, makeRequest({ headers: bearer(await opaqueTokenFromB(idps.b)) })), undefined);
    assert.equal(idps.b.counts.introspection, 1);
    // A JWT from A is not B's: refused by issuer, never sent to B's introspection endpoint.
    const res = await run(inst, makeRequest({ headers: bearer(await tokenFromA(idps.a, { sub: "x" })) }));
    assert.equal(codeOf(res), "OIDC_ISSUER_NOT_ALLOWED");
    assert.equal(idps.b.counts.introspection, 1);
  });

  test("introspection endpoint down → 503; wrong client secret → 502", async () => {
    const t = await opaqueTokenFromB(idps.b);
    idps.b.fail("introspection", "503");
    let res = await run(instance(parseConfig(cfg({ timeout: 500 })), makeServices()), makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 503);
    assert.equal(codeOf(res), "OIDC_IDP_UNAVAILABLE");
    idps.b.heal();
    res = await run(instance(parseConfig(cfg({ client_secret: ["wrong"] })), makeServices()), makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 502);
    assert.equal(codeOf(res), "OIDC_CLIENT_REJECTED");
  });
});
