// Bearer verification at the plugin level against real oidc-provider servers: token lookup,
// signature/alg/typ/time checks, claim requirements, responses, upstream headers, JWKS rotation
// and IdP outages.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createPublicKey } from "node:crypto";
import * as jose from "jose";
import { CLIENTS, startIdpA, startIdps, tokenFromA, type Idps, type TestIdp } from "../support/idp.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { bearer, codeOf, instance, makeRequest, makeServices, parseConfig, run, upstreamBearer } from "./oidc-harness.ts";

let idps: Idps;
let c: TestIdp; // an issuer nobody trusts

before(async () => {
  idps = await startIdps();
  c = await startIdpA();
});
after(async () => {
  await idps?.close();
  await c?.close();
});
beforeEach(() => {
  idps.a.heal();
  idps.b.heal();
  idps.a.resetCounts();
  idps.b.resetCounts();
});

/** A plain bearer config trusting A (no exchange). */
function configA(extra: Partial<OpenidConnectConfigInput> = {}): OpenidConnectConfigInput {
  return { issuer: idps.a.issuer, auth_methods: ["bearer"], display_errors: true, ...extra };
}

function b64(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString("base64url");
}

async function expectRefused(cfg: OpenidConnectConfigInput, token: string, status: number, code: string) {
  const inst = instance(parseConfig(cfg), makeServices());
  const res = await run(inst, makeRequest({ headers: bearer(token) }));
  assert.equal(res?.status, status, `expected ${status} ${code}, got ${JSON.stringify(res)}`);
  assert.equal(codeOf(res), code);
  return res!;
}

describe("token verification", () => {
  test("RS256 and ES256 tokens from A pass; the token goes upstream as Authorization: Bearer", async () => {
    const inst = instance(parseConfig(configA()), makeServices());
    for (const alg of ["RS256", "ES256"] as const) {
      const t = await tokenFromA(idps.a, { sub: "alice", alg });
      assert.equal(jose.decodeProtectedHeader(t).alg, alg);
      const req = makeRequest({ headers: bearer(t) });
      assert.equal(await run(inst, req), undefined);
      assert.equal(upstreamBearer(req), t);
    }
  });

  test("missing token → 401 with Kong's exact body and RFC 6750 WWW-Authenticate", async () => {
    const inst = instance(parseConfig(configA({ display_errors: false })), makeServices());
    const res = await run(inst, makeRequest());
    assert.deepEqual(res, { status: 401, headers: { "www-authenticate": 'Bearer realm="127.0.0.1", error="invalid_token"' }, body: { message: "Unauthorized" } });
    const quiet = instance(parseConfig(configA({ display_errors: false, expose_error_code: false, unauthorized_error_message: "Go away" })), makeServices());
    assert.deepEqual(await run(quiet, makeRequest()), { status: 401, headers: { "www-authenticate": 'Bearer realm="127.0.0.1"' }, body: { message: "Go away" } });
  });

  test("tampered payload → 401 OIDC_SIGNATURE_INVALID", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    const [h, p, s] = t.split(".");
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    const forged = `${h}.${b64({ ...claims, sub: "admin" })}.${s}`;
    const res = await expectRefused(configA(), forged, 401, "OIDC_SIGNATURE_INVALID");
    assert.match(String(res.headers?.["www-authenticate"]), /error="invalid_token"/);
  });

  test("expired → 401; within leeway → passes; nbf/iat in the future need leeway", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await idps.a.mintToken({ exp: now - 30, iat: now - 300 });
    await expectRefused(configA(), expired, 401, "OIDC_TOKEN_EXPIRED");
    const inst60 = instance(parseConfig(configA({ leeway: 60 })), makeServices());
    assert.equal(await run(inst60, makeRequest({ headers: bearer(expired) })), undefined);
    const longExpired = await idps.a.mintToken({ exp: now - 120, iat: now - 300 });
    const r = await run(inst60, makeRequest({ headers: bearer(longExpired) }));
    assert.equal(codeOf(r), "OIDC_TOKEN_EXPIRED");
    // IdP clock 4 s ahead: nbf = iat = now + 4.
    const skewed = await idps.a.mintToken({ nbf: now + 4, iat: now + 4 });
    await expectRefused(configA(), skewed, 401, "OIDC_TOKEN_NOT_YET_VALID");
    assert.equal(await run(inst60, makeRequest({ headers: bearer(skewed) })), undefined);
    // No nbf at all is fine (optional claim).
    assert.equal(await run(inst60, makeRequest({ headers: bearer(await idps.a.mintToken({ nbf: undefined })) })), undefined);
  });

  test("alg none, HS256 signed with A's public key (alg confusion) and unknown algs → 401", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    const payload = t.split(".")[1];
    await expectRefused(configA(), `${b64({ alg: "none", typ: "JWT" })}.${payload}.`, 401, "OIDC_ALG_NOT_ALLOWED");
    await expectRefused(configA(), `${b64({ alg: "None" })}.${payload}.`, 401, "OIDC_ALG_NOT_ALLOWED");
    const rsa = idps.a.keys.find((k) => k.alg === "RS256")!;
    const pem = createPublicKey({ key: rsa.publicJwk as never, format: "jwk" }).export({ type: "spki", format: "pem" }) as string;
    for (const secret of [pem, JSON.stringify(rsa.publicJwk)]) {
      const confused = await new jose.SignJWT(jose.decodeJwt(t)).setProtectedHeader({ alg: "HS256", kid: rsa.kid }).sign(new TextEncoder().encode(secret));
      await expectRefused(configA(), confused, 401, "OIDC_ALG_NOT_ALLOWED");
      // Even with HS enabled, a public key is never an HMAC secret.
      await expectRefused(configA({ enable_hs_signatures: true, client_id: ["x"], client_secret: ["a-real-shared-secret-of-32-bytes!!"] }), confused, 401, "OIDC_SIGNATURE_INVALID");
    }
    // An RS key used with a PS/ES alg it does not allow.
    await expectRefused(configA(), `${b64({ alg: "ES256", kid: rsa.kid })}.${payload}.AAAA`, 401, "OIDC_KEY_NOT_FOUND");
  });

  test("HS256 only with enable_hs_signatures and the configured secret", async () => {
    const secret = "a-real-shared-secret-of-32-bytes!!";
    const now = Math.floor(Date.now() / 1000);
    const hs = await new jose.SignJWT({ iss: idps.a.issuer, sub: "svc", exp: now + 60 }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(secret));
    await expectRefused(configA(), hs, 401, "OIDC_ALG_NOT_ALLOWED");
    const inst = instance(parseConfig(configA({ enable_hs_signatures: true, client_id: ["x"], client_secret: [secret] })), makeServices());
    assert.equal(await run(inst, makeRequest({ headers: bearer(hs) })), undefined);
    await expectRefused(configA({ enable_hs_signatures: true, client_id: ["x"], client_secret: ["another-secret-another-secret-xx"] }), hs, 401, "OIDC_SIGNATURE_INVALID");
  });

  test("oversized, malformed and wrong-typ tokens → 401", async () => {
    const big = await idps.a.mintToken({ pad: "x".repeat(13 * 1024) });
    await expectRefused(configA(), big, 401, "OIDC_TOKEN_TOO_LARGE");
    await expectRefused(configA(), "not-a-jwt", 401, "OIDC_TOKEN_MALFORMED");
    await expectRefused(configA(), "a.b.c", 401, "OIDC_TOKEN_MALFORMED");
    await expectRefused(configA(), await idps.a.mintToken({}, { typ: "id_token+jwt" }), 401, "OIDC_TOKEN_TYP_INVALID");
    const inst = instance(parseConfig(configA()), makeServices());
    for (const typ of ["JWT", "at+jwt", "application/at+jwt", null]) {
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({}, { typ })) })), undefined, `typ ${typ}`);
    }
  });

  test("missing kid: a single matching key is used; kid \"\" counts as absent", async () => {
    const inst = instance(parseConfig(configA()), makeServices());
    for (const alg of ["RS256", "ES256"] as const) {
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({}, { alg, kid: null })) })), undefined);
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({}, { alg, kid: "" })) })), undefined);
    }
  });

  test("a token from an issuer nobody configured → 401 OIDC_ISSUER_NOT_ALLOWED without fetching its keys", async () => {
    const tc = await tokenFromA(c, { sub: "mallory" });
    c.resetCounts();
    await expectRefused(configA(), tc, 401, "OIDC_ISSUER_NOT_ALLOWED");
    assert.equal(c.counts.jwks + c.counts.discovery, 0);
    // With token exchange configured: neither a subject issuer nor the target → 401, no exchange.
    const exch: OpenidConnectConfigInput = { issuer: idps.b.issuer, client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], auth_methods: ["bearer"], display_errors: true, token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] } };
    await expectRefused(exch, tc, 401, "OIDC_ISSUER_NOT_ALLOWED");
    assert.equal(idps.b.counts.token, 0);
    // issuers_allowed accepts another iss spelled exactly, verified with the configured issuer's keys.
    const other = await idps.a.mintToken({ iss: "https://alias.example" });
    const inst = instance(parseConfig(configA({ issuers_allowed: ["https://alias.example"] })), makeServices());
    assert.equal(await run(inst, makeRequest({ headers: bearer(other) })), undefined);
    await expectRefused(configA(), other, 401, "OIDC_ISSUER_NOT_ALLOWED");
  });

  test("discovery must name the configured issuer: trailing slash tolerated, another host fails closed", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    const inst = instance(parseConfig(configA({ issuer: `${idps.a.issuer}/` })), makeServices());
    assert.equal(await run(inst, makeRequest({ headers: bearer(t) })), undefined);
    const viaWellKnown = instance(parseConfig(configA({ issuer: `${idps.a.issuer}/.well-known/openid-configuration` })), makeServices());
    assert.equal(await run(viaWellKnown, makeRequest({ headers: bearer(t) })), undefined);
    await expectRefused(configA({ issuer: idps.a.issuer.replace("127.0.0.1", "localhost") }), t, 502, "OIDC_DISCOVERY_ISSUER_MISMATCH");
  });
});

describe("claim requirements", () => {
  test("aud as string or array with audience_required (and missing aud → 403)", async () => {
    const cfg = configA({ audience_required: ["gw"] });
    const inst = instance(parseConfig(cfg), makeServices());
    for (const aud of [["other", "gw"], "gw"]) {
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ aud })) })), undefined, JSON.stringify(aud));
    }
    for (const aud of [["other"], [], undefined]) {
      const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ aud })) }));
      assert.equal(res?.status, 403, JSON.stringify(aud));
      assert.equal(codeOf(res), "OIDC_AUDIENCE_MISMATCH");
      assert.match(String(res?.headers?.["www-authenticate"]), /error="insufficient_scope"/);
    }
  });

  test("scopes from scope (string), scp (string or array); no scope claim → 403", async () => {
    const inst = instance(parseConfig(configA({ scopes_required: ["b"] })), makeServices());
    for (const claims of [{ scope: "a b" }, { scope: undefined, scp: "a b" }, { scope: undefined, scp: ["a", "b"] }]) {
      assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken(claims)) })), undefined, JSON.stringify(claims));
    }
    const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ scope: undefined })) }));
    assert.equal(res?.status, 403);
    assert.equal(codeOf(res), "OIDC_SCOPE_INSUFFICIENT");
  });

  test("scopes_required: AND within an entry, OR across entries (Kong's table)", async () => {
    const table: Array<[string[], string | undefined, boolean]> = [
      [["openid email"], "openid email profile", true],
      [["openid email"], "openid profile", false],
      [["employee marketing", "super-admins"], "super-admins", true],
      [["read"], undefined, false],
    ];
    for (const [required, scope, ok] of table) {
      const inst = instance(parseConfig(configA({ scopes_required: required, display_errors: false, forbidden_error_message: "Nope" })), makeServices());
      const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({ scope })) }));
      if (ok) assert.equal(res, undefined, `${required} vs ${scope}`);
      else assert.deepEqual(res, { status: 403, headers: { "www-authenticate": 'Bearer realm="127.0.0.1", error="insufficient_scope"' }, body: { message: "Nope" } });
    }
  });

  test("claims_forbidden, groups_required and roles_required (nested claim paths) → 403 with their codes", async () => {
    const inst = instance(parseConfig(configA({ claims_forbidden: ["act"], groups_required: ["admins ops", "root"], roles_required: ["reader"], roles_claim: ["realm_access", "roles"] })), makeServices());
    const ok = await idps.a.mintToken({ groups: ["ops", "admins"], realm_access: { roles: ["reader"] } });
    assert.equal(await run(inst, makeRequest({ headers: bearer(ok) })), undefined);
    const table: Array<[Record<string, unknown>, string]> = [
      [{ groups: ["root"], realm_access: { roles: ["reader"] }, act: { sub: "svc" } }, "OIDC_CLAIM_FORBIDDEN"],
      [{ groups: ["ops"], realm_access: { roles: ["reader"] } }, "OIDC_GROUPS_MISSING"],
      [{ groups: "root", realm_access: { roles: ["writer"] } }, "OIDC_ROLES_MISSING"],
    ];
    for (const [claims, code] of table) {
      const res = await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken(claims)) }));
      assert.equal(res?.status, 403, code);
      assert.equal(codeOf(res), code);
    }
  });
});

describe("token lookup and upstream headers", () => {
  test("header, access-token header, query, form body, JSON body and cookie, per bearer_token_param_type", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    const all = instance(parseConfig(configA({ bearer_token_param_type: ["header", "query", "body", "cookie"], bearer_token_cookie_name: "at", hide_credentials: true, upstream_access_token_header: "x-upstream-token" })), makeServices());
    const cases: Array<{ name: string; init: Parameters<typeof makeRequest>[0]; check: (r: ReturnType<typeof makeRequest>) => Promise<void> }> = [
      { name: "authorization", init: { headers: { authorization: `bearer ${t}` } }, check: async (r) => assert.equal(r.upstreamHeaders.get("authorization"), undefined) },
      { name: "x-access-token", init: { headers: { "x-access-token": t } }, check: async (r) => assert.equal(r.upstreamHeaders.get("x-access-token"), undefined) },
      { name: "query", init: { query: `a=1&access_token=${t}&b=2` }, check: async (r) => assert.equal(r.upstreamQuery, "a=1&b=2") },
      { name: "form body", init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `x=1&access_token=${t}` }, check: async (r) => assert.equal(await r.upstreamBodyText(), "x=1") },
      { name: "json body", init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: t, y: 2 }) }, check: async (r) => assert.equal(await r.upstreamBodyText(), '{"y":2}') },
      { name: "cookie", init: { headers: { cookie: `a=1; at=${t}; b=2` } }, check: async (r) => assert.equal(r.upstreamHeaders.get("cookie"), "a=1; b=2") },
    ];
    for (const cse of cases) {
      const req = makeRequest(cse.init);
      assert.equal(await run(all, req), undefined, cse.name);
      assert.equal(req.upstreamHeaders.get("x-upstream-token"), t, cse.name);
      await cse.check(req);
    }
    // Header-only config ignores query tokens.
    const headerOnly = instance(parseConfig(configA({ bearer_token_param_type: ["header"] })), makeServices());
    assert.equal(codeOf(await run(headerOnly, makeRequest({ query: `access_token=${t}` }))), "OIDC_TOKEN_MISSING");
  });

  test("hide_credentials=false keeps the query token; a plain header name carries the raw token", async () => {
    // (In this contract an explicit null means "default", so upstream_access_token_header cannot be switched off.)
    const t = await tokenFromA(idps.a, { sub: "alice" });
    const keep = instance(parseConfig(configA({ upstream_access_token_header: "X-Token" })), makeServices());
    const req = makeRequest({ query: `access_token=${t}` });
    assert.equal(await run(keep, req), undefined);
    assert.equal(req.upstreamQuery, `access_token=${t}`);
    assert.equal(req.upstreamHeaders.get("authorization"), undefined);
    assert.equal(req.upstreamHeaders.get("x-token"), t);
    const basic = instance(parseConfig(configA({ upstream_access_token_header: "authorization:basic" })), makeServices());
    const r2 = makeRequest({ headers: bearer(t) });
    assert.equal(await run(basic, r2), undefined);
    assert.equal(r2.upstreamHeaders.get("authorization"), `Basic ${t}`);
  });

  test("claims go to upstream headers; client-sent copies are replaced or removed (anti-spoofing)", async () => {
    const inst = instance(parseConfig(configA({ upstream_headers_claims: ["sub", "aud", "missing", "evil"], upstream_headers_names: ["X-User", "X-Aud", "X-Missing", "X-Evil"] })), makeServices());
    const t = await idps.a.mintToken({ sub: "alice", aud: ["a", "b"], evil: "x\r\nInjected: 1" });
    const req = makeRequest({ headers: { ...bearer(t), "x-user": "root", "x-missing": "spoofed", "x-evil": "spoofed" } });
    assert.equal(await run(inst, req), undefined);
    assert.equal(req.upstreamHeaders.get("x-user"), "alice");
    assert.equal(req.upstreamHeaders.get("x-aud"), Buffer.from('["a","b"]').toString("base64"));
    assert.equal(req.upstreamHeaders.has("x-missing"), false);
    assert.equal(req.upstreamHeaders.has("x-evil"), false, "CR/LF values are dropped, not forwarded");
  });
});

describe("JWKS rotation and IdP outages", () => {
  test("rotation: a new kid is fetched once; random kids do not hammer the JWKS endpoint", async () => {
    const inst = instance(parseConfig(configA()), makeServices());
    assert.equal(await run(inst, makeRequest({ headers: bearer(await idps.a.mintToken({})) })), undefined);
    const jwksBefore = idps.a.counts.jwks;
    const newKey = await idps.a.rotateKeys();
    const fresh = await tokenFromA(idps.a, { sub: "alice" }); // signed by A's provider with the new key
    assert.equal(jose.decodeProtectedHeader(fresh).kid, newKey.kid);
    const results = await Promise.all(Array.from({ length: 20 }, () => run(inst, makeRequest({ headers: bearer(fresh) }))));
    assert.ok(results.every((r) => r === undefined));
    assert.equal(idps.a.counts.jwks - jwksBefore, 1, "exactly one refetch for the new kid");
    // 200 tokens with random kids: all 401, no further JWKS fetch within the cool-down.
    const random = await Promise.all(Array.from({ length: 200 }, (_, i) => idps.a.mintToken({}, { kid: `random-${i}` })));
    const res = await Promise.all(random.map((t) => run(inst, makeRequest({ headers: bearer(t) }))));
    assert.ok(res.every((r) => codeOf(r) === "OIDC_KEY_NOT_FOUND"));
    assert.equal(idps.a.counts.jwks - jwksBefore, 1);
  });

  test("JWKS down with nothing cached → 503 OIDC_IDP_UNAVAILABLE (not 401, never 200); cached keys survive an outage", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    idps.a.fail("jwks", "503");
    const services = makeServices();
    const inst = instance(parseConfig(configA({ rediscovery_lifetime: 0 })), services);
    const res = await run(inst, makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 503);
    assert.equal(codeOf(res), "OIDC_IDP_UNAVAILABLE");
    assert.equal(res?.headers?.["www-authenticate"], undefined);
    idps.a.heal();
    assert.equal(await run(inst, makeRequest({ headers: bearer(t) })), undefined);
    // Whole IdP down now: the last good keys keep verifying (a new token, so no claims-cache hit).
    await idps.a.stop();
    try {
      const t2 = await idps.a.mintToken({ sub: "bob" });
      assert.equal(await run(inst, makeRequest({ headers: bearer(t2) })), undefined);
      const unknownKid = await idps.a.mintToken({ sub: "bob" }, { kid: "rotated-while-down" });
      assert.equal(codeOf(await run(inst, makeRequest({ headers: bearer(unknownKid) }))), "OIDC_KEY_NOT_FOUND");
    } finally {
      await idps.a.start();
    }
  });

  test("IdP unreachable at discovery → 503; a hanging IdP is cut off by config.timeout", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice" });
    idps.a.fail("discovery", "hang");
    const started = Date.now();
    const res = await run(instance(parseConfig(configA({ timeout: 200 })), makeServices()), makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 503);
    assert.equal(codeOf(res), "OIDC_IDP_UNAVAILABLE");
    assert.ok(Date.now() - started < 5_000, "bounded by the timeout and one retry");
  });

  test("token exchange with A's JWKS down → 503 and B is never called; B's JWKS down → 503 after the exchange", async () => {
    const cfg: OpenidConnectConfigInput = { issuer: idps.b.issuer, client_id: [CLIENTS.gateway.id], client_secret: [CLIENTS.gateway.secret], auth_methods: ["bearer"], display_errors: true, rediscovery_lifetime: 0, token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] } };
    const t = await tokenFromA(idps.a, { sub: "alice" });
    idps.a.fail("jwks", "reset");
    let res = await run(instance(parseConfig(cfg), makeServices()), makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 503);
    assert.equal(idps.b.counts.token, 0, "the subject token never left the gateway");
    idps.a.heal();
    idps.b.fail("jwks", "503");
    res = await run(instance(parseConfig(cfg), makeServices()), makeRequest({ headers: bearer(t) }));
    assert.equal(res?.status, 503);
    assert.equal(codeOf(res), "OIDC_IDP_UNAVAILABLE");
  });
});
