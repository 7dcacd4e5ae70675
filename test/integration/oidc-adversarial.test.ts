// openid-connect with token exchange under attack. Real oidc-provider servers A (subject
// issuer), B (target issuer, RFC 8693) and C (an issuer nobody trusts); a real HTTP upstream
// that records what it got; the proxy in-process with its real core (control-plane stub for
// the snapshot). Cache attacks that need two instances or Redis run at the plugin level.
//
// What is pinned here:
//  - the subject token never reaches the upstream, whatever carrier the client used, and a
//    request that carries it where it cannot be removed (path, another body field) is refused;
//  - preflights skipped by run_on_preflight=false still lose the subject token;
//  - a slow exchange whose first client disconnects still answers the other waiters;
//  - what Redis holds is re-verified (a planted entry cannot choose claims) and stops at the
//    same margin as the local cache;
//  - a refused token does not turn into one IdP call per request;
//  - the shared verified-claims cache and the exchange cache cannot be used to skip checks
//    another instance configuration would have made (issuer spelling, JWKS, target issuer);
//  - no log line carries token material or secrets.
import assert from "node:assert/strict";
import { createPublicKey, hash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, test } from "node:test";
import * as jose from "jose";
import { request } from "undici";
import { issuerIdentity } from "../../api/contract/common.ts";
import { parsePluginInput, type Route, type Service } from "../../api/contract/index.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { EXCHANGE_CACHE_MARGIN_MS, closeSharedState } from "../../proxy/plugins/openid-connect/index.ts";
import { ExchangeCache, SharedExchangeStore, exchangeParamsHash } from "../../proxy/plugins/openid-connect/exchange-cache.ts";
import { exchangeCacheFor } from "../../proxy/plugins/openid-connect/shared-state.ts";
import { OidcError } from "../../proxy/plugins/openid-connect/errors.ts";
import { CLIENTS, opaqueTokenFromB, startIdpA, startIdps, tokenFromA, type Idps, type TestIdp } from "../support/idp.ts";
import { startEchoUpstream, type EchoRecord, type EchoUpstream } from "../support/echo-upstream.ts";
import { startRedis, type RedisHandle } from "../support/redis.ts";
import { plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { bearer, capturingLogger, codeOf, instance, makeRequest, makeServices, parseConfig, run, upstreamBearer, type LogEntry } from "./oidc-harness.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";
import { rawRequest } from "./proxy-raw-http.ts";

let idps: Idps;
let c: TestIdp;
let up: EchoUpstream;
let proxy: InProcessProxy;
let redis: RedisHandle;
const pluginLogs: LogEntry[] = [];
const sharedStates: Array<Map<string, unknown>> = [];

function exchangeConfig(extra: Partial<OpenidConnectConfigInput> = {}): OpenidConnectConfigInput {
  return {
    issuer: idps.b.issuer,
    client_id: [CLIENTS.gatewayPost.id],
    client_secret: [CLIENTS.gatewayPost.secret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    bearer_token_param_type: ["header", "query", "body", "cookie"],
    bearer_token_cookie_name: "tok",
    token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] },
    display_errors: true,
    ...extra,
  };
}

function pluginEntity(routeId: string, cfg: OpenidConnectConfigInput) {
  const parsed = parsePluginInput({ name: "openid-connect", config: cfg });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return plugin({ name: "openid-connect", route: { id: routeId } as never, config: (parsed.data as { config: Record<string, unknown> }).config });
}

/** Plugin-level services whose log lines are kept for the final log check. */
function services(redisUrl?: string) {
  const s = makeServices(redisUrl);
  s.logger = capturingLogger(pluginLogs);
  sharedStates.push(s.shared);
  return s;
}

before(async () => {
  idps = await startIdps();
  c = await startIdpA();
  redis = await startRedis();
  up = await startEchoUpstream();
  proxy = await startInProcessProxy();
  const svc: Service = service({ url: up.url });
  const routes: Record<string, Route> = {
    std: route({ name: "std", paths: ["/std"], service: { id: svc.id } }),
    custom: route({ name: "custom", paths: ["/custom"], service: { id: svc.id } }),
    pre: route({ name: "pre", paths: ["/pre"], service: { id: svc.id } }),
  };
  await proxy.publish(
    snapshot(proxy.controlPlaneId, 1, {
      services: [svc],
      routes: Object.values(routes),
      plugins: [
        pluginEntity(routes.std.id, exchangeConfig()),
        // Another upstream header: Authorization is then not replaced by the plugin.
        pluginEntity(routes.custom.id, exchangeConfig({ upstream_access_token_header: "x-exchanged-token" })),
        pluginEntity(routes.pre.id, exchangeConfig({ upstream_access_token_header: "x-exchanged-token", run_on_preflight: false })),
      ],
    }),
  );
});
after(async () => {
  for (const s of sharedStates) await closeSharedState(s);
  await proxy?.close();
  await up?.close();
  await c?.close();
  await idps?.close();
  await redis?.server?.stop();
});
beforeEach(() => {
  idps.a.heal();
  idps.b.heal();
  idps.a.resetCounts();
  idps.b.resetCounts();
  idps.b.controls.behaviour = { kind: "normal" };
  idps.b.controls.exchangeDelayMs = 0;
  up.clear();
  up.respond = null;
});

/** Everything the upstream received as one string. */
function received(r: EchoRecord): string {
  return [r.url, ...r.rawHeaders, r.body.toString("latin1")].join("\n");
}

async function exchangedTokenOk(token: string | undefined): Promise<void> {
  assert.ok(token, "an exchanged token went upstream");
  const { payload } = await jose.jwtVerify(token, jose.createLocalJWKSet(idps.b.jwks()), { issuer: idps.b.issuer });
  assert.equal(payload.sub, "alice");
}

describe("the subject token never reaches the upstream", () => {
  test("whatever carrier the client used, only the exchanged token goes upstream; unrelated values survive", async () => {
    const A = await tokenFromA(idps.a, { sub: "alice" });
    const form = `a=1&access_token=${A}`;
    const json = JSON.stringify({ access_token: A, x: 1 });
    const cases: Array<{ name: string; head: string; body?: string; check?: (r: EchoRecord) => void }> = [
      { name: "two Authorization headers", head: `GET /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nAuthorization: Bearer ${A}` },
      { name: "Authorization with another scheme next to a query token", head: `GET /custom?access_token=${A}&keep=1 HTTP/1.1\r\nHost: h\r\nAuthorization: Token ${A}`, check: (r) => assert.equal(r.query, "keep=1") },
      { name: "a cookie under another name", head: `GET /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nCookie: session=${A}; theme=dark; tok=${A}`, check: (r) => assert.equal(r.headers.cookie, "theme=dark") },
      { name: "other headers (underscore names, x-access-token)", head: `GET /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nX_Api_Token: ${A}\r\nx-access-token: ${A}\r\nX-Keep: yes`, check: (r) => assert.equal(r.headers["x-keep"], "yes") },
      { name: "another query parameter (also percent-encoded, next to a malformed escape)", head: `GET /custom?jwt=${A}&enc=${encodeURIComponent(A).replace(/\./g, "%2E")}&bad=%E0%A4%A&keep=1 HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}`, check: (r) => assert.equal(r.query, "bad=%E0%A4%A&keep=1") },
      { name: "lower-case scheme, tabs and trailing spaces", head: `GET /std HTTP/1.1\r\nHost: h\r\nAuthorization: bearer \t${A}  ` },
      { name: "Authorization named in Connection (stripped as hop-by-hop before the plugin)", head: `GET /std HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nConnection: keep-alive, authorization` },
      { name: "form body only", head: `POST /custom HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${form.length}`, body: form, check: (r) => assert.equal(r.body.toString(), "a=1") },
      { name: "JSON body and header", head: `POST /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nContent-Type: application/json\r\nContent-Length: ${json.length}`, body: json, check: (r) => assert.deepEqual(JSON.parse(r.body.toString()), { x: 1 }) },
    ];
    for (const tc of cases) {
      up.clear();
      const res = await rawRequest(proxy.app.port, `${tc.head}\r\nConnection: close`, tc.body);
      assert.equal(res.status, 200, `${tc.name}: ${res.body}`);
      const rec = up.last();
      assert.ok(!received(rec).includes(A), `${tc.name}: the subject token reached the upstream`);
      const exchanged = tc.head.startsWith("GET /std") ? rec.headers.authorization?.replace(/^Bearer /, "") : (rec.headers["x-exchanged-token"] as string | undefined);
      await exchangedTokenOk(exchanged);
      if (tc.head.includes("/custom")) assert.equal(rec.headers.authorization, undefined, `${tc.name}: no Authorization left`);
      tc.check?.(rec);
    }
    assert.equal(idps.b.counts.exchange, 1, "one exchange for the token, cached afterwards");
  });

  test("the token where it cannot be removed (path, another body field) → 400 OIDC_SUBJECT_TOKEN_EXPOSED, nothing forwarded", async () => {
    const A = await tokenFromA(idps.a, { sub: "alice" });
    const note = JSON.stringify({ note: A });
    const form = `comment=${A}`;
    const cases = [
      `GET /custom/items/${A} HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}`,
      `GET /custom/items/${encodeURIComponent(A).replace(/\./g, "%2E")} HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}`,
      [`POST /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nContent-Type: application/json\r\nContent-Length: ${note.length}`, note],
      [`POST /custom HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${form.length}`, form],
    ];
    for (const tc of cases) {
      const [head, body] = Array.isArray(tc) ? tc : [tc, ""];
      const res = await rawRequest(proxy.app.port, `${head}\r\nConnection: close`, body);
      assert.equal(res.status, 400, head.split("\r\n")[0].slice(0, 40));
      assert.equal((JSON.parse(res.body) as { code: string }).code, "OIDC_SUBJECT_TOKEN_EXPOSED");
    }
    assert.equal(up.records.length, 0);
  });

  test("a form body over the read limit on an exchange route → 413 from the core (not a 500), nothing forwarded", async () => {
    const A = await tokenFromA(idps.a, { sub: "alice" });
    const big = `a=${"x".repeat(2 * 1024 * 1024)}`;
    const before = proxy.logsWithCode("PROXY_BODY_TOO_LARGE").length;
    for (const headers of [{ ...bearer(A), "content-type": "application/x-www-form-urlencoded" }, { "content-type": "application/x-www-form-urlencoded" }]) {
      const res = await request(`${proxy.base}/custom`, { method: "POST", headers, body: big });
      assert.equal(res.statusCode, 413);
      await res.body.text();
    }
    assert.equal(proxy.logsWithCode("PROXY_BODY_TOO_LARGE").length - before, 2);
    assert.equal(up.records.length, 0);
  });

  test("run_on_preflight=false: the preflight passes unauthenticated but without the subject token, and nothing is exchanged", async () => {
    const A = await tokenFromA(idps.a, { sub: "alice" });
    const res = await rawRequest(proxy.app.port, `OPTIONS /pre?access_token=${A}&keep=1 HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer ${A}\r\nCookie: tok=${A}; other=${A}\r\nConnection: close`);
    assert.equal(res.status, 200);
    const rec = up.last();
    assert.equal(rec.method, "OPTIONS");
    assert.ok(!received(rec).includes(A));
    assert.equal(rec.query, "keep=1");
    assert.equal(rec.headers["x-exchanged-token"], undefined);
    assert.equal(idps.b.counts.token, 0);
  });
});

describe("token confusion on an exchange route: refused before B is ever called", () => {
  test("wrong key, embedded keys (jwk/jku/x5u), alg none/HS with a public key, issuer spelling and shape, crit, JWE", async () => {
    let jkuHits = 0;
    const jkuServer = createServer((_req, res) => { jkuHits++; res.writeHead(200, { "content-type": "application/json" }).end("{}"); });
    await new Promise<void>((r) => jkuServer.listen(0, "127.0.0.1", () => r()));
    const jku = `http://127.0.0.1:${(jkuServer.address() as AddressInfo).port}/jwks`;
    try {
      const inst = instance(parseConfig(exchangeConfig()), services());
      const aKey = idps.a.keys.find((k) => k.alg === "RS256")!;
      const bKey = idps.b.keys[0];
      const attacker = await jose.generateKeyPair("RS256");
      const attackerJwk = await jose.exportJWK(attacker.publicKey);
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: idps.a.issuer, sub: "alice", aud: "urn:test:service-b", iat: now, exp: now + 300 };
      const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
      const signWith = (key: jose.CryptoKey | Parameters<jose.SignJWT["sign"]>[0], header: jose.JWTHeaderParameters, payload: Record<string, unknown> = claims) => new jose.SignJWT(payload).setProtectedHeader(header).sign(key);
      const pem = createPublicKey({ key: aKey.publicJwk as never, format: "jwk" }).export({ type: "spki", format: "pem" }) as string;
      const cases: Array<[string, string, string]> = [
        ["iss A, signed by B's key", await signWith(bKey.privateKey, { alg: "ES256", kid: bKey.kid }), "OIDC_KEY_NOT_FOUND"],
        ["iss A, A's kid, signed by B's key", await signWith(bKey.privateKey, { alg: "ES256", kid: aKey.kid }), "OIDC_KEY_NOT_FOUND"],
        ["attacker key embedded as jwk", await signWith(attacker.privateKey, { alg: "RS256", kid: aKey.kid, jwk: attackerJwk }), "OIDC_SIGNATURE_INVALID"],
        ["attacker JWKS as jku", await signWith(attacker.privateKey, { alg: "RS256", kid: aKey.kid, jku }), "OIDC_SIGNATURE_INVALID"],
        ["attacker x5u", await signWith(attacker.privateKey, { alg: "RS256", kid: aKey.kid, x5u: jku }), "OIDC_SIGNATURE_INVALID"],
        ["alg none", `${b64({ alg: "none" })}.${b64(claims)}.`, "OIDC_ALG_NOT_ALLOWED"],
        ["HS256 keyed with A's public key", await signWith(new TextEncoder().encode(pem), { alg: "HS256", kid: aKey.kid }), "OIDC_ALG_NOT_ALLOWED"],
        ["iss with a trailing slash", await signWith(aKey.privateKey, { alg: "RS256", kid: aKey.kid }, { ...claims, iss: `${idps.a.issuer}/` }), "OIDC_ISSUER_NOT_ALLOWED"],
        ["iss in upper case", await signWith(aKey.privateKey, { alg: "RS256", kid: aKey.kid }, { ...claims, iss: idps.a.issuer.toUpperCase() }), "OIDC_ISSUER_NOT_ALLOWED"],
        ["iss as an array", await signWith(aKey.privateKey, { alg: "RS256", kid: aKey.kid }, { ...claims, iss: [idps.a.issuer] }), "OIDC_CLAIMS_INVALID"],
        ["exp as a string", await signWith(aKey.privateKey, { alg: "RS256", kid: aKey.kid }, { ...claims, exp: String(now + 300) }), "OIDC_CLAIMS_INVALID"],
        ["unknown crit header", `${b64({ alg: "RS256", kid: aKey.kid, crit: ["x-unknown"], "x-unknown": 1 })}.${b64(claims)}.AAAA`, "OIDC_TOKEN_MALFORMED"],
        ["JWE (five parts)", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC", "OIDC_TOKEN_MALFORMED"],
      ];
      for (const [name, token, code] of cases) {
        const res = await run(inst, makeRequest({ headers: bearer(token) }));
        assert.equal(res?.status, 401, name);
        assert.equal(codeOf(res), code, name);
      }
      assert.equal(idps.b.counts.token, 0, "B never saw any of them");
      assert.equal(jkuHits, 0, "a jku/x5u in a token is never fetched");
    } finally {
      jkuServer.closeAllConnections();
      await new Promise<void>((r) => jkuServer.close(() => r()));
    }
  });
});

describe("single flight under a slow IdP", () => {
  test("the first client disconnecting does not cancel the exchange the others wait for", async () => {
    idps.b.controls.exchangeDelayMs = 600;
    const A = await tokenFromA(idps.a, { sub: "alice" });
    const first = request(`${proxy.base}/std`, { headers: bearer(A), signal: AbortSignal.timeout(100) });
    await new Promise((r) => setTimeout(r, 20));
    const second = request(`${proxy.base}/std`, { headers: bearer(A) });
    await assert.rejects(first, "the first client gave up");
    const res = await second;
    assert.equal(res.statusCode, 200);
    await res.body.text();
    await exchangedTokenOk(up.last().headers.authorization?.replace(/^Bearer /, ""));
    assert.equal(idps.b.counts.exchange, 1);
  });
});

describe("shared exchange cache (Redis) cannot be planted", () => {
  function cfg(): OpenidConnectConfigInput {
    return exchangeConfig({ client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], client_auth: null, upstream_headers_claims: ["sub"], upstream_headers_names: ["x-user"] });
  }
  function keyFor(tokenA: string): string {
    const params = exchangeParamsHash({ tokenEndpoint: `${idps.b.issuer}/token`, clientId: CLIENTS.gateway.id, audiences: [], scopes: [], requestedTokenType: "", verifier: `${issuerIdentity(idps.b.issuer)}|ttl=3600` });
    return `${params}:${hash("sha256", tokenA, "base64url")}`;
  }

  test("an entry written by someone holding Redis access and their own token is re-verified: forged claims never apply", async (t) => {
    if (!redis.server) return t.skip(redis.skipReason);
    const tokenA = await tokenFromA(idps.a, { sub: "mallory", scope: "read" });
    // The attacker can compute the key and the encryption key: both derive from its own token.
    const client = redis.server.client();
    try {
      await new SharedExchangeStore(client, capturingLogger()).set(keyFor(tokenA), tokenA, { token: "forged.token.value", claims: { iss: idps.b.issuer, sub: "root", scope: "admin" }, expiresAt: Date.now() + 60_000 }, 60_000);
    } finally {
      client.disconnect();
    }
    const s = services(redis.server.url);
    const inst = instance(parseConfig(cfg()), s);
    const req = makeRequest({ headers: bearer(tokenA) });
    assert.equal(await run(inst, req), undefined);
    assert.equal(req.upstreamHeaders.get("x-user"), "mallory", "claims come from the verified exchanged token");
    const up = upstreamBearer(req)!;
    assert.notEqual(up, "forged.token.value");
    assert.equal((await jose.jwtVerify(up, jose.createLocalJWKSet(idps.b.jwks()), { issuer: idps.b.issuer })).payload.sub, "mallory");
    assert.equal(idps.b.counts.exchange, 1, "a real exchange replaced the planted entry");
    const cache = exchangeCacheFor(s.shared, s, parseConfig(cfg()), capturingLogger());
    assert.equal(cache.stats.sharedRejected, 1);
  });

  test("an entry another replica put in Redis is used until the same margin before the subject token expires, not later", async (t) => {
    if (!redis.server) return t.skip(redis.skipReason);
    const tokenA = await idps.a.mintToken({ sub: "alice", aud: "urn:test:service-b" }, { expiresIn: 60 });
    const expA = (jose.decodeJwt(tokenA).exp as number) * 1000;
    const r1 = services(redis.server.url);
    assert.equal(await run(instance(parseConfig(cfg()), r1), makeRequest({ headers: bearer(tokenA) })), undefined);
    const r2 = services(redis.server.url);
    assert.equal(await run(instance(parseConfig(cfg()), r2), makeRequest({ headers: bearer(tokenA) })), undefined);
    assert.equal(idps.b.counts.exchange, 1, "the second replica used Redis");
    for (const s of [r1, r2]) {
      const entry = exchangeCacheFor(s.shared, s, parseConfig(cfg()), capturingLogger()).get(keyFor(tokenA));
      assert.ok(entry, "cached locally");
      assert.ok(entry.expiresAt <= expA - EXCHANGE_CACHE_MARGIN_MS, `entry usable until ${entry.expiresAt}, subject token expires ${expA}`);
    }
  });
});

describe("an exchanged token that does not verify", () => {
  test("expired, or signed by B but naming another issuer → 502 after exactly one exchange call, then remembered (no loop)", async () => {
    for (const behaviour of [{ kind: "expired" as const }, { kind: "wrong-iss" as const, iss: idps.a.issuer }]) {
      idps.b.resetCounts();
      idps.b.controls.behaviour = behaviour;
      const inst = instance(parseConfig(exchangeConfig()), services());
      const A = await tokenFromA(idps.a, { sub: "alice" });
      for (let i = 0; i < 3; i++) {
        const req = makeRequest({ headers: bearer(A) });
        const res = await run(inst, req);
        assert.equal(res?.status, 502, behaviour.kind);
        assert.equal(codeOf(res), "OIDC_EXCHANGED_TOKEN_INVALID", behaviour.kind);
      }
      assert.equal(idps.b.counts.exchange, 1, `${behaviour.kind}: one exchange, never repeated in a loop`);
    }
  });
});

describe("refusals are remembered briefly (no IdP call per replayed request)", () => {
  test("one token B refuses, replayed 20 times → one call at B; another token still gets its own answer", async () => {
    const inst = instance(parseConfig(exchangeConfig()), services());
    idps.b.controls.behaviour = { kind: "error", error: "invalid_grant" };
    const refused = await tokenFromA(idps.a, { sub: "alice" });
    for (let i = 0; i < 20; i++) {
      const res = await run(inst, makeRequest({ headers: bearer(refused) }));
      assert.equal(res?.status, 401);
      assert.equal(codeOf(res), "OIDC_EXCHANGE_REJECTED");
    }
    assert.equal(idps.b.counts.exchange, 1);
    idps.b.controls.behaviour = { kind: "normal" };
    const other = await tokenFromA(idps.a, { sub: "alice" });
    const req = makeRequest({ headers: bearer(other) });
    assert.equal(await run(inst, req), undefined);
    await exchangedTokenOk(upstreamBearer(req));
  });

  test("the cache forgets a refusal after its TTL and never remembers what the hook does not name", async () => {
    const cache = new ExchangeCache(10);
    let calls = 0;
    const refuse = async () => { calls++; throw new OidcError("OIDC_EXCHANGE_REJECTED"); };
    const hooks = { failureTtlMs: (e: unknown) => (e instanceof OidcError && e.code === "OIDC_EXCHANGE_REJECTED" ? 80 : 0) };
    await assert.rejects(cache.resolve("k", "s", true, 1000, refuse, hooks));
    await assert.rejects(cache.resolve("k", "s", true, 1000, refuse, hooks), (e: unknown) => (e as OidcError).code === "OIDC_EXCHANGE_REJECTED");
    assert.equal(calls, 1);
    assert.equal(cache.stats.failureHits, 1);
    await new Promise((r) => setTimeout(r, 120));
    await assert.rejects(cache.resolve("k", "s", true, 1000, refuse, hooks));
    assert.equal(calls, 2, "asked again after the TTL");
    const outage = async () => { calls++; throw new OidcError("OIDC_TOKEN_ENDPOINT_UNAVAILABLE"); };
    await assert.rejects(cache.resolve("o", "s", true, 1000, outage, hooks));
    await assert.rejects(cache.resolve("o", "s", true, 1000, outage, hooks));
    assert.equal(calls, 4, "an outage is not remembered");
  });
});

describe("shared caches do not let one configuration vouch for another", () => {
  test("a subject token whose iss only another instance's issuers_allowed accepts is not exchanged from the cache", async () => {
    const s = services();
    const oddIss = `${idps.a.issuer}/`;
    const direct = instance(parseConfig({ issuer: idps.a.issuer, auth_methods: ["bearer"], issuers_allowed: [oddIss], display_errors: true }), s);
    const exchanging = instance(parseConfig(exchangeConfig()), s);
    const token = await idps.a.mintToken({ sub: "alice", iss: oddIss });
    assert.equal(await run(direct, makeRequest({ headers: bearer(token) })), undefined, "accepted where its spelling is allowed");
    const res = await run(exchanging, makeRequest({ headers: bearer(token) }));
    assert.equal(res?.status, 401);
    assert.equal(codeOf(res), "OIDC_ISSUER_NOT_ALLOWED");
    assert.equal(idps.b.counts.token, 0);
  });

  test("a token verified through an instance's jwks_endpoint override does not count as verified by the issuer's own JWKS", async () => {
    const s = services();
    const overridden = instance(parseConfig({ issuer: idps.a.issuer, jwks_endpoint: `${c.issuer}/jwks`, auth_methods: ["bearer"], display_errors: true }), s);
    const exchanging = instance(parseConfig(exchangeConfig()), s);
    // iss is A, the signature is C's: good for the instance that reads keys from C's JWKS only.
    const token = await c.mintToken({ sub: "alice", iss: idps.a.issuer });
    assert.equal(await run(overridden, makeRequest({ headers: bearer(token) })), undefined);
    const res = await run(exchanging, makeRequest({ headers: bearer(token) }));
    assert.equal(res?.status, 401);
    assert.equal(codeOf(res), "OIDC_KEY_NOT_FOUND");
    assert.equal(idps.b.counts.token, 0, "never offered to B");
  });

  test("an instance with a shorter token_exchange.cache.ttl does not reuse another instance's longer-lived entry", async () => {
    const s = services();
    const withTtl = (ttl: number) => parseConfig(exchangeConfig({ token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }], cache: { enabled: true, ttl } } }));
    const long = instance(withTtl(3600), s);
    const short = instance(withTtl(6), s);
    const A = await tokenFromA(idps.a, { sub: "alice" });
    assert.equal(await run(long, makeRequest({ headers: bearer(A) })), undefined);
    assert.equal(await run(short, makeRequest({ headers: bearer(A) })), undefined);
    assert.equal(idps.b.counts.exchange, 2, "separate entries");
    // ttl 6 s − 5 s margin: the short instance's own entry lasts about a second.
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(await run(short, makeRequest({ headers: bearer(A) })), undefined);
    assert.equal(await run(long, makeRequest({ headers: bearer(A) })), undefined);
    assert.equal(idps.b.counts.exchange, 3, "the short instance exchanged again; the long one still reuses its entry");
  });

  test("two instances sharing a token endpoint but trusting different target issuers do not share exchanged tokens", async () => {
    const s = services();
    const toB = instance(parseConfig(exchangeConfig()), s);
    // Misconfigured: target issuer C, but the token endpoint is B's. It must fail closed.
    const toC = instance(parseConfig(exchangeConfig({ issuer: c.issuer, token_endpoint: `${idps.b.issuer}/token` })), s);
    const A = await tokenFromA(idps.a, { sub: "alice" });
    assert.equal(await run(toB, makeRequest({ headers: bearer(A) })), undefined);
    const res = await run(toC, makeRequest({ headers: bearer(A) }));
    assert.equal(res?.status, 502);
    assert.equal(codeOf(res), "OIDC_EXCHANGED_TOKEN_INVALID");
    assert.equal(idps.b.counts.exchange, 2, "the second instance exchanged (and verified) for itself");
  });
});

describe("an IdP that moves its keys", () => {
  test("an unknown kid re-reads discovery: a new jwks_uri is followed once per cool-down, random kids still cost nothing extra", async () => {
    // Stand-in discovery endpoint (oidc-provider cannot move its jwks_uri at run time): it
    // names itself as issuer and points at a frozen copy of A's JWKS, then at a live one.
    // Tokens are signed in-process with A's real keys.
    const frozen = JSON.stringify(idps.a.jwks());
    let jwksPath = "/keys-v1";
    const counts = { discovery: 0, v1: 0, v2: 0 };
    const server = createServer((req, res) => {
      const path = req.url ?? "/";
      if (path === "/.well-known/openid-configuration") {
        counts.discovery++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer, jwks_uri: `${issuer}${jwksPath}` }));
      } else if (path === "/keys-v1") {
        counts.v1++;
        res.writeHead(200, { "content-type": "application/json" }).end(frozen);
      } else if (path === "/keys-v2") {
        counts.v2++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(idps.a.jwks()));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const inst = instance(parseConfig({ issuer, auth_methods: ["bearer"], display_errors: true, rediscovery_lifetime: 30 }), services());
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ iss: issuer })) })), undefined);
      const newKey = await idps.a.rotateKeys();
      jwksPath = "/keys-v2";
      const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ iss: issuer }, { key: newKey })) }));
      assert.equal(res, undefined, `the new key is found through the new jwks_uri: ${JSON.stringify(res)}`);
      assert.deepEqual(counts, { discovery: 2, v1: 1, v2: 1 });
      for (let i = 0; i < 50; i++) {
        const r = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ iss: issuer }, { kid: `random-${i}` })) }));
        assert.equal(codeOf(r), "OIDC_KEY_NOT_FOUND");
      }
      assert.deepEqual(counts, { discovery: 2, v1: 1, v2: 1 }, "within the cool-down nothing is fetched again");
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe("hostile IdP answers", () => {
  test("a JWKS that is garbage, huge, or a redirect (to an internal host) is never used or followed: 502/503, no 200", async () => {
    // Stand-in IdP: each issuer path publishes a jwks_uri that misbehaves in one way. The
    // redirect target is a second server that counts what reaches it.
    let internalHits = 0;
    const internal = createServer((_req, res) => { internalHits++; res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(idps.a.jwks())); });
    await new Promise<void>((r) => internal.listen(0, "127.0.0.1", () => r()));
    const internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/jwks`;
    const hostile = createServer((req, res) => {
      const [, name, rest] = /^\/([a-z]+)(\/.*)$/.exec(req.url ?? "") ?? [];
      const issuer = `${base}/${name}`;
      if (rest === "/.well-known/openid-configuration") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      } else if (name === "garbage") res.writeHead(200, { "content-type": "application/json" }).end("<html>not json</html>");
      else if (name === "huge") res.writeHead(200, { "content-type": "application/json" }).end(`{"keys":[],"pad":"${"x".repeat(2 * 1024 * 1024)}"}`);
      else if (name === "redirect") res.writeHead(302, { location: internalUrl }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => hostile.listen(0, "127.0.0.1", () => r()));
    const base = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    try {
      const expected: Record<string, [number, string]> = { garbage: [502, "OIDC_DISCOVERY_INVALID"], huge: [503, "OIDC_IDP_UNAVAILABLE"], redirect: [503, "OIDC_IDP_UNAVAILABLE"] };
      for (const [name, [status, code]] of Object.entries(expected)) {
        const issuer = `${base}/${name}`;
        const inst = instance(parseConfig({ issuer, auth_methods: ["bearer"], display_errors: true }), services());
        const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ iss: issuer })) }));
        assert.equal(res?.status, status, name);
        assert.equal(codeOf(res), code, name);
      }
      assert.equal(internalHits, 0, "the redirect was not followed");
    } finally {
      for (const srv of [hostile, internal]) {
        srv.closeAllConnections();
        await new Promise<void>((r) => srv.close(() => r()));
      }
    }
  });
});

describe("introspection cache shared between instances", () => {
  test("an inactive result cached by an instance that does not check `active` is refused by one that does", async () => {
    const s = services();
    const cfg = (checkActive: boolean) => parseConfig({ issuer: idps.b.issuer, client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], auth_methods: ["introspection"], introspection_check_active: checkActive, display_errors: true });
    const lax = instance(cfg(false), s);
    const strict = instance(cfg(true), s);
    const unknown = "an-opaque-token-B-never-issued";
    assert.equal(await run(lax, makeRequest({ headers: bearer(unknown) })), undefined, "accepted where active is not checked");
    const res = await run(strict, makeRequest({ headers: bearer(unknown) }));
    assert.equal(res?.status, 401);
    assert.equal(codeOf(res), "OIDC_INTROSPECTION_INACTIVE");
    assert.equal(idps.b.counts.introspection, 1, "the strict instance answered from the shared cache, and still refused");
  });

  test("an instance with a shorter cache_ttl does not reuse another instance's longer-lived result", async () => {
    const s = services();
    const cfg = (ttl: number) => parseConfig({ issuer: idps.b.issuer, client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], auth_methods: ["introspection"], cache_ttl: ttl, display_errors: true });
    const long = instance(cfg(3600), s);
    const short = instance(cfg(1), s);
    const t = await opaqueTokenFromB(idps.b, "read");
    assert.equal(await run(long, makeRequest({ headers: bearer(t) })), undefined);
    assert.equal(await run(short, makeRequest({ headers: bearer(t) })), undefined);
    assert.equal(idps.b.counts.introspection, 2, "separate results");
    await new Promise((r) => setTimeout(r, 1_200));
    assert.equal(await run(short, makeRequest({ headers: bearer(t) })), undefined);
    assert.equal(await run(long, makeRequest({ headers: bearer(t) })), undefined);
    assert.equal(idps.b.counts.introspection, 3, "only the short instance asked again");
  });
});

describe("logs", () => {
  test("no log line of this file carries token material, client secrets or the dp token", () => {
    const text = JSON.stringify(proxy.logs) + JSON.stringify(pluginLogs);
    assert.ok(proxy.logs.length > 0 && pluginLogs.length > 0);
    assert.ok(!/eyJ[A-Za-z0-9_-]{10,}/.test(text), "a JWT-looking string was logged");
    for (const secret of [CLIENTS.gateway.secret, CLIENTS.gatewayPost.secret, proxy.token]) assert.ok(!text.includes(secret));
  });
});
