// Token exchange at the plugin level against real oidc-provider servers A (subject issuer) and
// B (target issuer with RFC 8693). The plugin's access phase runs on hand-built requests.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as jose from "jose";
import { ACCESS_TOKEN_TYPE, CLIENTS, DEFAULT_AUDIENCE, TOKEN_EXCHANGE_GRANT, startIdps, tokenFromA, type Idps } from "../support/idp.ts";
import { EXCHANGE_CACHE_MARGIN_MS } from "../../proxy/plugins/openid-connect/index.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { bearer, codeOf, instance, makeRequest, makeServices, parseConfig, run, upstreamBearer } from "./oidc-harness.ts";

let idps: Idps;

before(async () => {
  idps = await startIdps();
});
after(async () => {
  await idps?.close();
});
beforeEach(() => {
  idps.a.resetCounts();
  idps.b.resetCounts();
  idps.b.controls.behaviour = { kind: "normal" };
  idps.b.controls.exchangeDelayMs = 0;
  idps.b.controls.exchangeTtl = 300;
  idps.a.heal();
  idps.b.heal();
});

/** The seed page's config: issuer = B, subject_token_issuers = [A], client_secret_post, bearer only. */
function seedConfig(extra: Partial<OpenidConnectConfigInput> = {}): OpenidConnectConfigInput {
  return {
    issuer: idps.b.issuer,
    client_id: [CLIENTS.gatewayPost.id],
    client_secret: [CLIENTS.gatewayPost.secret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    token_exchange: {
      subject_token_issuers: [{ issuer: idps.a.issuer, conditions: { missing_audience: null, has_audience: null, missing_scopes: null, has_scopes: null } }],
      request: { empty_audience: false, scopes: null, empty_scopes: false, audience: null },
    },
    display_errors: true,
    ...extra,
  };
}

async function verifyAtB(token: string): Promise<jose.JWTPayload> {
  const jwks = jose.createLocalJWKSet(idps.b.jwks());
  const { payload } = await jose.jwtVerify(token, jwks, { issuer: idps.b.issuer });
  return payload;
}

describe("seed scenario at the plugin level", () => {
  test("A's token is verified, exchanged at B, and only B's token goes upstream", async () => {
    const services = makeServices();
    const inst = instance(parseConfig(seedConfig()), services);
    const tokenA = await tokenFromA(idps.a, { sub: "alice", scope: "read write" });
    const req = makeRequest({ headers: { ...bearer(tokenA), "x-access-token": tokenA }, query: `access_token=${tokenA}&keep=1` });
    const res = await run(inst, req);
    assert.equal(res, undefined, `expected the request to pass, got ${JSON.stringify(res)}`);
    const tokenB = upstreamBearer(req);
    assert.ok(tokenB, "an Authorization: Bearer header goes upstream");
    assert.notEqual(tokenB, tokenA);
    const claims = await verifyAtB(tokenB);
    assert.equal(claims.iss, idps.b.issuer);
    assert.equal(claims.sub, "alice");
    assert.equal(claims.aud, DEFAULT_AUDIENCE);
    // A's token is nowhere in what goes upstream.
    for (const [name, value] of req.upstreamHeaders) assert.ok(!String(value).includes(tokenA), `A's token leaked in ${name}`);
    assert.ok(!req.upstreamQuery.includes(tokenA), "A's token leaked in the query");
    assert.equal(req.upstreamQuery, "keep=1");
    // Exactly one exchange, with RFC 8693 parameters and client_secret_post only.
    assert.equal(idps.b.counts.exchange, 1);
    const rec = idps.b.tokenRequests[0];
    assert.equal(rec.grantType, TOKEN_EXCHANGE_GRANT);
    assert.equal(rec.subjectTokenType, ACCESS_TOKEN_TYPE);
    assert.equal(rec.clientId, CLIENTS.gatewayPost.id);
    assert.equal(rec.basicAuth, false);
    assert.deepEqual(rec.paramNames, ["client_id", "client_secret", "grant_type", "subject_token", "subject_token_type"]);
    // No token material in logs.
    assert.ok(!JSON.stringify(services.logger.entries).includes(tokenA.slice(-20)));
  });

  test("audience and scopes: token_exchange.request wins over config, empty_* sends none, audience is repeated", async () => {
    const tokenA = await tokenFromA(idps.a, { sub: "alice", scope: "read write" });
    const cases: Array<{ extra: Partial<OpenidConnectConfigInput>; audience: string[]; scope: string | undefined }> = [
      { extra: { audience: ["urn:cfg:one", "urn:cfg:two"], scopes: ["read"] }, audience: ["urn:cfg:one", "urn:cfg:two"], scope: "read" },
      { extra: { audience: ["urn:cfg:one"], scopes: ["read"], token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }], request: { audience: ["urn:req:x"], scopes: ["write", "read"] } } }, audience: ["urn:req:x"], scope: "write read" },
      { extra: { audience: ["urn:cfg:one"], scopes: ["read"], token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }], request: { empty_audience: true, empty_scopes: true } } }, audience: [], scope: undefined },
    ];
    for (const c of cases) {
      idps.b.resetCounts();
      const inst = instance(parseConfig(seedConfig(c.extra)), makeServices());
      const req = makeRequest({ headers: bearer(tokenA) });
      assert.equal(await run(inst, req), undefined);
      const rec = idps.b.tokenRequests[0];
      assert.deepEqual(rec.audience, c.audience);
      assert.equal(rec.scope, c.scope);
      assert.ok(!rec.paramNames.includes("redirect_uri"));
      const claims = await verifyAtB(upstreamBearer(req)!);
      assert.deepEqual([claims.aud ?? []].flat(), c.audience.length ? c.audience : [DEFAULT_AUDIENCE]);
    }
  });

  test("client authentication: basic (form-urlencoded), post, client_secret_jwt, private_key_jwt all accepted by B", async () => {
    const tokenA = await tokenFromA(idps.a, { sub: "carol" });
    const variants: Array<[string, Partial<OpenidConnectConfigInput>, boolean]> = [
      ["client_secret_basic", { client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], client_auth: ["client_secret_basic"] }, true],
      ["client_secret_post", { client_id: [CLIENTS.gatewayPost.id], client_secret: [CLIENTS.gatewayPost.secret], client_auth: ["client_secret_post"] }, false],
      ["client_secret_jwt", { client_id: [CLIENTS.gatewayJwt.id], client_secret: [CLIENTS.gatewayJwt.secret], client_auth: ["client_secret_jwt"] }, false],
      ["private_key_jwt", { client_id: [CLIENTS.gatewayPkJwt.id], client_secret: null, client_auth: null, token_endpoint_auth_method: "private_key_jwt", client_jwk: [idps.b.gatewayClientJwk as never] }, false],
    ];
    for (const [name, extra, basic] of variants) {
      idps.b.resetCounts();
      const inst = instance(parseConfig(seedConfig(extra)), makeServices());
      const req = makeRequest({ headers: bearer(tokenA) });
      const res = await run(inst, req);
      assert.equal(res, undefined, `${name}: ${JSON.stringify(res)}`);
      assert.equal(idps.b.tokenRequests[0].basicAuth, basic, name);
      assert.equal((await verifyAtB(upstreamBearer(req)!)).sub, "carol");
    }
  });

  test("a wrong client secret is a gateway misconfiguration: 502 OIDC_CLIENT_REJECTED, nothing forwarded", async () => {
    const inst = instance(parseConfig(seedConfig({ client_secret: ["wrong-secret"] })), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "alice" });
    const req = makeRequest({ headers: bearer(tokenA) });
    const res = await run(inst, req);
    assert.equal(res?.status, 502);
    assert.equal(codeOf(res), "OIDC_CLIENT_REJECTED");
    assert.equal(idps.b.counts.token, 1, "invalid_client is not retried");
  });
});

describe("conditions for config.issuer's own tokens (same-issuer exchange)", () => {
  function sameIssuerConfig(conditions: Record<string, string[] | null>): OpenidConnectConfigInput {
    return seedConfig({
      token_exchange: {
        subject_token_issuers: [{ issuer: idps.a.issuer }, { issuer: idps.b.issuer, conditions }],
        request: { audience: ["urn:test:exchanged"] },
      },
    });
  }

  const matrix: Array<{ name: string; conditions: Record<string, string[] | null>; aud: string | string[]; scope: string; exchanged: boolean }> = [
    { name: "has_audience matches", conditions: { has_audience: ["urn:client-2"] }, aud: ["urn:x", "urn:client-2"], scope: "read", exchanged: true },
    { name: "has_audience does not match", conditions: { has_audience: ["urn:client-2"] }, aud: "urn:x", scope: "read", exchanged: false },
    { name: "missing_audience holds", conditions: { missing_audience: ["urn:test:exchanged"] }, aud: "urn:x", scope: "read", exchanged: true },
    { name: "missing_audience fails", conditions: { missing_audience: ["urn:test:exchanged"] }, aud: "urn:test:exchanged", scope: "read", exchanged: false },
    { name: "has_scopes matches", conditions: { has_scopes: ["admin"] }, aud: "urn:x", scope: "read admin", exchanged: true },
    { name: "has_scopes does not match", conditions: { has_scopes: ["admin"] }, aud: "urn:x", scope: "read", exchanged: false },
    { name: "missing_scopes holds", conditions: { missing_scopes: ["profile"] }, aud: "urn:x", scope: "read", exchanged: true },
    { name: "missing_scopes fails", conditions: { missing_scopes: ["profile"] }, aud: "urn:x", scope: "read profile", exchanged: false },
    { name: "all set conditions must hold (one fails)", conditions: { has_audience: ["urn:x"], missing_scopes: ["profile"] }, aud: "urn:x", scope: "profile", exchanged: false },
    { name: "all set conditions hold", conditions: { has_audience: ["urn:x"], missing_scopes: ["profile"] }, aud: "urn:x", scope: "read", exchanged: true },
  ];

  for (const m of matrix) {
    test(`${m.name} → ${m.exchanged ? "exchanged" : "passed through unexchanged"}`, async () => {
      const inst = instance(parseConfig(sameIssuerConfig(m.conditions)), makeServices());
      const tokenB = await idps.b.mintToken({ sub: "dave", aud: m.aud, scope: m.scope, client_id: "spa" }, { alg: "ES256" });
      const req = makeRequest({ headers: bearer(tokenB) });
      assert.equal(await run(inst, req), undefined);
      const up = upstreamBearer(req)!;
      assert.equal(idps.b.counts.exchange, m.exchanged ? 1 : 0);
      if (m.exchanged) {
        assert.notEqual(up, tokenB);
        const claims = await verifyAtB(up);
        assert.equal(claims.aud, "urn:test:exchanged");
        assert.equal(claims.sub, "dave");
      } else {
        assert.equal(up, tokenB);
      }
    });
  }

  test("an exchanged B token that again matches the conditions is never exchanged again (no loop)", async () => {
    // missing_audience:[x] holds for the subject and also for the exchanged token (aud urn:test:exchanged).
    const inst = instance(parseConfig(sameIssuerConfig({ missing_audience: ["urn:nope"] })), makeServices());
    const tokenB = await idps.b.mintToken({ sub: "erin", aud: "urn:x", scope: "read" }, { alg: "ES256" });
    const req = makeRequest({ headers: bearer(tokenB) });
    assert.equal(await run(inst, req), undefined);
    assert.equal(idps.b.counts.exchange, 1);
  });

  test("a B token with no conditions configured for B is validated without exchange", async () => {
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenB = await idps.b.mintToken({ sub: "frank", aud: "urn:x", scope: "read" }, { alg: "ES256" });
    const req = makeRequest({ headers: bearer(tokenB) });
    assert.equal(await run(inst, req), undefined);
    assert.equal(upstreamBearer(req), tokenB);
    assert.equal(idps.b.counts.token, 0);
  });
});

describe("exchange failures", () => {
  const cases: Array<{ name: string; set: () => void; status: number; code: string }> = [
    { name: "invalid_grant", set: () => { idps.b.controls.behaviour = { kind: "error", error: "invalid_grant" }; }, status: 401, code: "OIDC_EXCHANGE_REJECTED" },
    { name: "invalid_request", set: () => { idps.b.controls.behaviour = { kind: "error", error: "invalid_request" }; }, status: 401, code: "OIDC_EXCHANGE_REJECTED" },
    { name: "invalid_target", set: () => { idps.b.controls.behaviour = { kind: "error", error: "invalid_target" }; }, status: 403, code: "OIDC_EXCHANGE_FORBIDDEN" },
    { name: "invalid_scope", set: () => { idps.b.controls.behaviour = { kind: "error", error: "invalid_scope" }; }, status: 403, code: "OIDC_EXCHANGE_FORBIDDEN" },
    { name: "unauthorized_client", set: () => { idps.b.controls.behaviour = { kind: "error", error: "unauthorized_client" }; }, status: 502, code: "OIDC_CLIENT_REJECTED" },
    { name: "200 without access_token", set: () => { idps.b.controls.behaviour = { kind: "no-access-token" }; }, status: 502, code: "OIDC_EXCHANGE_BAD_RESPONSE" },
    { name: "token_type mac", set: () => { idps.b.controls.behaviour = { kind: "bad-token-type" }; }, status: 502, code: "OIDC_EXCHANGE_BAD_RESPONSE" },
    { name: "exchanged token with a broken signature", set: () => { idps.b.controls.behaviour = { kind: "tamper" }; }, status: 502, code: "OIDC_EXCHANGED_TOKEN_INVALID" },
    { name: "exchanged token signed by an unpublished key", set: () => { idps.b.controls.behaviour = { kind: "foreign-key" }; }, status: 502, code: "OIDC_EXCHANGED_TOKEN_INVALID" },
  ];
  for (const c of cases) {
    test(`${c.name} → ${c.status} ${c.code}, exactly one exchange call, subject token not forwarded`, async () => {
      c.set();
      const inst = instance(parseConfig(seedConfig()), makeServices());
      const tokenA = await tokenFromA(idps.a, { sub: "gina" });
      const req = makeRequest({ headers: bearer(tokenA) });
      const res = await run(inst, req);
      assert.equal(res?.status, c.status);
      assert.equal(codeOf(res), c.code);
      assert.equal(idps.b.counts.token, 1, "not retried");
      if (c.status === 401) assert.match(String(res?.headers?.["www-authenticate"]), /error="invalid_token"/);
      if (c.status === 403) assert.match(String(res?.headers?.["www-authenticate"]), /error="insufficient_scope"/);
      // A refusal about this token is remembered for a few seconds (EXCHANGE_FAILURE_CACHE_MS):
      // the next request gets the same answer without a call. A misconfigured gateway client
      // is not about the token: the next request tries again (one more call, not a loop).
      const res2 = await run(inst, makeRequest({ headers: bearer(tokenA) }));
      assert.equal(res2?.status, c.status);
      assert.equal(codeOf(res2), c.code);
      assert.equal(idps.b.counts.token, c.code === "OIDC_CLIENT_REJECTED" ? 2 : 1);
    });
  }

  test("B really refuses an audience (invalid_target from the grant handler) → 403", async () => {
    const inst = instance(parseConfig(seedConfig({ audience: ["urn:test:refused"] })), makeServices());
    const res = await run(inst, makeRequest({ headers: bearer(await tokenFromA(idps.a, { sub: "hal" })) }));
    assert.equal(res?.status, 403);
    assert.equal(codeOf(res), "OIDC_EXCHANGE_FORBIDDEN");
  });

  test("B's token endpoint down (503, reset, hang past timeout) → 502, one retry, never forwards", async () => {
    for (const mode of ["503", "reset", "hang"] as const) {
      idps.b.resetCounts();
      idps.b.fail("token", mode);
      const inst = instance(parseConfig(seedConfig({ timeout: 300 })), makeServices());
      const tokenA = await tokenFromA(idps.a, { sub: "ivan" });
      const req = makeRequest({ headers: bearer(tokenA) });
      const res = await run(inst, req);
      assert.equal(res?.status, 502, mode);
      assert.equal(codeOf(res), "OIDC_TOKEN_ENDPOINT_UNAVAILABLE", mode);
      assert.equal(idps.b.counts.token, 2, `${mode}: one try plus one retry`);
      idps.b.heal();
    }
  });
});

describe("exchange cache", () => {
  test("1,000 concurrent first requests with one new token → exactly one exchange call at B", async () => {
    idps.b.controls.exchangeDelayMs = 150;
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "jane" });
    const reqs = Array.from({ length: 1000 }, () => makeRequest({ headers: bearer(tokenA) }));
    const results = await Promise.all(reqs.map((r) => run(inst, r)));
    assert.ok(results.every((r) => r === undefined), "all pass");
    assert.equal(idps.b.counts.token, 1);
    const tokens = new Set(reqs.map(upstreamBearer));
    assert.equal(tokens.size, 1, "all requests got the same exchanged token");
    // Warm: more requests, still one call.
    await run(inst, makeRequest({ headers: bearer(tokenA) }));
    assert.equal(idps.b.counts.token, 1);
  });

  test("user X's exchanged token is never served to user Y (and params are part of the key)", async () => {
    const services = makeServices();
    const inst = instance(parseConfig(seedConfig()), services);
    const tx = await tokenFromA(idps.a, { sub: "xavier" });
    const ty = await tokenFromA(idps.a, { sub: "yvonne" });
    const rx = makeRequest({ headers: bearer(tx) });
    const ry = makeRequest({ headers: bearer(ty) });
    await Promise.all([run(inst, rx), run(inst, ry)]);
    assert.equal((await verifyAtB(upstreamBearer(rx)!)).sub, "xavier");
    assert.equal((await verifyAtB(upstreamBearer(ry)!)).sub, "yvonne");
    // Same shared cache, another config asking for another audience: a separate exchange.
    const other = instance(parseConfig(seedConfig({ audience: ["urn:other"] })), services);
    const rx2 = makeRequest({ headers: bearer(tx) });
    await run(other, rx2);
    const c2 = await verifyAtB(upstreamBearer(rx2)!);
    assert.equal(c2.sub, "xavier");
    assert.equal(c2.aud, "urn:other");
    assert.equal(idps.b.counts.exchange, 3);
  });

  test("the cached exchange never outlives the subject token (exp_A bounds the TTL)", async () => {
    // A's token lives 10 s, B's 300 s: the entry may live at most 10 s − margin, so after that a
    // request with the still-valid A token exchanges again.
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenA = await idps.a.mintToken({ sub: "kim", aud: "urn:test:service-b" }, { expiresIn: 10 });
    assert.equal(await run(inst, makeRequest({ headers: bearer(tokenA) })), undefined);
    assert.equal(await run(inst, makeRequest({ headers: bearer(tokenA) })), undefined);
    assert.equal(idps.b.counts.exchange, 1, "second request served from the cache");
    const exp = (jose.decodeJwt(tokenA).exp as number) * 1000;
    const wait = exp - EXCHANGE_CACHE_MARGIN_MS - Date.now() + 100;
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    assert.ok(Date.now() < exp, "A's token is still valid");
    assert.equal(await run(inst, makeRequest({ headers: bearer(tokenA) })), undefined);
    assert.equal(idps.b.counts.exchange, 2, "cache entry expired before A's token");
  });

  test("a subject token cached (trimmed) by an exchanging instance is fully re-verified by an instance that trusts its issuer directly", async () => {
    const services = makeServices();
    const exchanging = instance(parseConfig(seedConfig()), services);
    const direct = instance(parseConfig({ issuer: idps.a.issuer, auth_methods: ["bearer"], display_errors: true, scopes_required: ["read"], upstream_headers_claims: ["sub"], upstream_headers_names: ["x-sub"] }), services);
    const tokenA = await tokenFromA(idps.a, { sub: "mona", scope: "read" });
    assert.equal(await run(exchanging, makeRequest({ headers: bearer(tokenA) })), undefined);
    const req = makeRequest({ headers: bearer(tokenA) });
    assert.equal(await run(direct, req), undefined);
    assert.equal(req.upstreamHeaders.get("x-sub"), "mona");
    assert.equal(upstreamBearer(req), tokenA, "the direct instance does not exchange");
  });

  test("cache disabled: every request exchanges (concurrent ones still share a call)", async () => {
    const cfg = seedConfig();
    (cfg.token_exchange as { cache?: unknown }).cache = { enabled: false };
    const inst = instance(parseConfig(cfg), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "lou" });
    await run(inst, makeRequest({ headers: bearer(tokenA) }));
    await run(inst, makeRequest({ headers: bearer(tokenA) }));
    assert.equal(idps.b.counts.exchange, 2);
  });
});
