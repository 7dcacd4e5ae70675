// Unit tests of the openid-connect building blocks that need no IdP: claim semantics, key
// algorithm allow-lists, error responses, exchange request shape, client authentication,
// and the exchange cache's single flight and TTL rules.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { conditionsHold, headerValueForClaim, satisfiesRequired, tokenScopes } from "../../proxy/plugins/openid-connect/claims.ts";
import { parseJwks } from "../../proxy/plugins/openid-connect/keys.ts";
import { OIDC_ERRORS, OidcError, errorResponse, type OidcErrorCode } from "../../proxy/plugins/openid-connect/errors.ts";
import { exchangeForm } from "../../proxy/plugins/openid-connect/exchange.ts";
import { applyClientAuth } from "../../proxy/plugins/openid-connect/client-auth.ts";
import { ExchangeCache, exchangeParamsHash } from "../../proxy/plugins/openid-connect/exchange-cache.ts";
import { checkTimes, decodeJwt, looksLikeJwt } from "../../proxy/plugins/openid-connect/verify.ts";

const settings = { realm: "idp.example.com", displayErrors: false, exposeErrorCode: true, unauthorizedMessage: "Unauthorized", forbiddenMessage: "Forbidden" };

describe("claims", () => {
  test("required lists: AND inside an entry, OR across entries, exact and case-sensitive", () => {
    assert.equal(satisfiesRequired(["openid email"], ["openid", "email", "profile"]), true);
    assert.equal(satisfiesRequired(["openid email"], ["openid", "profile"]), false);
    assert.equal(satisfiesRequired(["employee marketing", "super-admins"], ["super-admins"]), true);
    assert.equal(satisfiesRequired(["read"], undefined), false);
    assert.equal(satisfiesRequired(["Read"], ["read"]), false);
    assert.equal(satisfiesRequired([""], ["read"]), false, "an empty entry never matches");
  });

  test("property: an entry is satisfied iff every word is present", () => {
    const word = fc.constantFrom("a", "b", "c", "d", "e");
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 5 }), (entry, have) => {
      const expected = entry.every((w) => have.includes(w));
      return satisfiesRequired([entry.join(" ")], have) === (expected && have.length > 0);
    }));
  });

  test("scopes from scope, scp string, scp array; custom scopes_claim does not fall back to scp", () => {
    assert.deepEqual(tokenScopes({ scope: "a  b" }, ["scope"]), ["a", "b"]);
    assert.deepEqual(tokenScopes({ scp: "a b" }, ["scope"]), ["a", "b"]);
    assert.deepEqual(tokenScopes({ scp: ["a", "b c"] }, ["scope"]), ["a", "b", "c"]);
    assert.equal(tokenScopes({}, ["scope"]), undefined);
    assert.equal(tokenScopes({ scp: "a" }, ["perms"]), undefined);
    assert.deepEqual(tokenScopes({ realm: { perms: ["x"] } }, ["realm", "perms"]), ["x"]);
  });

  test("exchange conditions: every set list must hold", () => {
    const none = { has_audience: null, missing_audience: null, has_scopes: null, missing_scopes: null };
    assert.equal(conditionsHold({ ...none, has_audience: ["x"] }, ["y", "x"], []), true);
    assert.equal(conditionsHold({ ...none, has_audience: ["x"] }, undefined, []), false);
    assert.equal(conditionsHold({ ...none, missing_audience: ["x"] }, undefined, []), true);
    assert.equal(conditionsHold({ ...none, has_scopes: ["a"], missing_scopes: ["b"] }, [], ["a", "b"]), false);
    assert.equal(conditionsHold({ ...none, has_scopes: ["a"], missing_scopes: ["b"] }, [], ["a"]), true);
  });

  test("header values: strings as-is, numbers/booleans stringified, objects base64 JSON, control characters dropped", () => {
    assert.equal(headerValueForClaim("alice"), "alice");
    assert.equal(headerValueForClaim(42), "42");
    assert.equal(headerValueForClaim(true), "true");
    assert.equal(headerValueForClaim(["a", "b"]), Buffer.from('["a","b"]').toString("base64"));
    assert.equal(headerValueForClaim("a\r\nX-Evil: 1"), undefined);
    assert.equal(headerValueForClaim(null), undefined);
  });
});

describe("keys", () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "jwk" });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" });
  const ed = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" });
  const shortRsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ format: "jwk" });

  test("algorithms come from the key, never HS, never none", () => {
    const keys = parseJwks({ keys: [{ ...rsa, kid: "r" }, { ...ec, kid: "e" }, { ...ed, kid: "d" }, { kty: "oct", k: "c2VjcmV0", kid: "o" }] });
    const byKid = Object.fromEntries(keys.map((k) => [k.kid, [...k.algs].sort()]));
    assert.deepEqual(byKid.r, ["PS256", "PS384", "PS512", "RS256", "RS384", "RS512"]);
    assert.deepEqual(byKid.e, ["ES256"]);
    assert.deepEqual(byKid.d, ["Ed25519", "EdDSA"]);
    assert.equal(byKid.o, undefined, "symmetric keys from a JWKS are ignored");
  });

  test("a key's own alg narrows it; a mismatching alg, enc-only use, short RSA and garbage are skipped", () => {
    const keys = parseJwks({ keys: [{ ...rsa, kid: "a", alg: "PS256" }, { ...rsa, kid: "b", alg: "ES256" }, { ...ec, kid: "c", use: "enc" }, { ...shortRsa, kid: "s" }, { kty: "RSA", n: "!!", e: "AQAB", kid: "g" }, null, 7] });
    assert.deepEqual(keys.map((k) => [k.kid, [...k.algs]]), [["a", ["PS256"]]]);
    assert.throws(() => parseJwks({}), /no keys array/);
  });
});

describe("errors", () => {
  test("every code maps to its status; 401/403 carry RFC 6750 WWW-Authenticate, 5xx do not", () => {
    for (const code of Object.keys(OIDC_ERRORS) as OidcErrorCode[]) {
      const r = errorResponse(new OidcError(code), settings);
      assert.equal(r.status, OIDC_ERRORS[code].status);
      if (r.status === 401) assert.equal(r.headers?.["www-authenticate"], 'Bearer realm="idp.example.com", error="invalid_token"');
      else if (r.status === 403) assert.equal(r.headers?.["www-authenticate"], 'Bearer realm="idp.example.com", error="insufficient_scope"');
      else assert.equal(r.headers?.["www-authenticate"], undefined);
      assert.equal(Object.keys(r.body as object).join(), "message", "no code or reason unless display_errors");
    }
  });

  test("display_errors appends the reason and the code", () => {
    const r = errorResponse(new OidcError("OIDC_TOKEN_EXPIRED", "detail stays in logs"), { ...settings, displayErrors: true });
    assert.deepEqual(r.body, { message: "Unauthorized (token has expired)", code: "OIDC_TOKEN_EXPIRED" });
  });
});

describe("exchange request", () => {
  test("RFC 8693 fields only: audience repeated, scope space-separated, none when empty", () => {
    const f = exchangeForm("SUBJECT", { audiences: ["a", "b"], scopes: ["read", "write"] });
    assert.equal(f.toString(), "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=SUBJECT&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token&audience=a&audience=b&scope=read+write");
    const empty = exchangeForm("S", { audiences: [], scopes: [] });
    assert.deepEqual([...empty.keys()], ["grant_type", "subject_token", "subject_token_type"]);
  });

  test("client_secret_basic form-urlencodes id and secret before base64 (RFC 6749 §2.3.1)", async () => {
    const form = new URLSearchParams();
    const headers: Record<string, string> = {};
    await applyClientAuth({ method: "client_secret_basic", clientId: "my client:1", clientSecret: "p@ss word/+", jwk: undefined, alg: undefined }, "http://idp/token", form, headers);
    const decoded = Buffer.from(headers.authorization.slice(6), "base64").toString();
    assert.equal(decoded, "my+client%3A1:p%40ss+word%2F%2B");
    assert.equal(form.toString(), "", "no credentials in the body");
  });

  test("mTLS client auth is refused with a stable code (not silently downgraded)", async () => {
    await assert.rejects(
      applyClientAuth({ method: "tls_client_auth", clientId: "x", clientSecret: undefined, jwk: undefined, alg: undefined }, "http://idp/token", new URLSearchParams(), {}),
      (e: unknown) => e instanceof OidcError && e.code === "OIDC_CLIENT_AUTH_UNSUPPORTED",
    );
  });

  test("the params hash ignores audience/scope order but not their values", () => {
    const base = { tokenEndpoint: "http://b/token", clientId: "gw", audiences: ["x", "y"], scopes: ["a", "b"], requestedTokenType: "" };
    assert.equal(exchangeParamsHash(base), exchangeParamsHash({ ...base, audiences: ["y", "x"], scopes: ["b", "a"] }));
    assert.notEqual(exchangeParamsHash(base), exchangeParamsHash({ ...base, audiences: ["x"] }));
    assert.notEqual(exchangeParamsHash(base), exchangeParamsHash({ ...base, clientId: "gw2" }));
    assert.notEqual(exchangeParamsHash(base), exchangeParamsHash({ ...base, tokenEndpoint: "http://c/token" }));
  });
});

describe("exchange cache", () => {
  test("single flight: concurrent resolves share one producer call, errors included", async () => {
    const cache = new ExchangeCache(10);
    let calls = 0;
    const produce = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return { entry: { token: "T", claims: {}, expiresAt: Date.now() + 60_000 }, ttlMs: 60_000 };
    };
    const got = await Promise.all(Array.from({ length: 50 }, () => cache.resolve("k", "s", true, 1000, produce)));
    assert.equal(calls, 1);
    assert.ok(got.every((e) => e.token === "T"));
    let failing = 0;
    const fail = async () => { failing++; await new Promise((r) => setTimeout(r, 10)); throw new OidcError("OIDC_EXCHANGE_REJECTED"); };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => cache.resolve("k2", "s", true, 1000, fail)));
    assert.equal(failing, 1);
    assert.ok(results.every((r) => r.status === "rejected"));
    await assert.rejects(cache.resolve("k2", "s", true, 1000, fail));
    assert.equal(failing, 2, "failures are not cached");
  });

  test("entries expire by their TTL and a hit does not extend it; ttl ≤ 0 is not cached", async () => {
    const cache = new ExchangeCache(10);
    await cache.resolve("k", "s", true, 1000, async () => ({ entry: { token: "T", claims: {}, expiresAt: Date.now() + 60_000 }, ttlMs: 80 }));
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(cache.get("k"), "still cached");
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(cache.get("k"), undefined, "expired although it was read in between");
    await cache.resolve("z", "s", true, 1000, async () => ({ entry: { token: "T", claims: {}, expiresAt: Date.now() + 60_000 }, ttlMs: 0 }));
    assert.equal(cache.get("z"), undefined);
  });

  test("bounded: the LRU never holds more than max entries", async () => {
    const cache = new ExchangeCache(5);
    for (let i = 0; i < 20; i++) await cache.resolve(`k${i}`, "s", true, 1000, async () => ({ entry: { token: `T${i}`, claims: {}, expiresAt: Date.now() + 60_000 }, ttlMs: 60_000 }));
    assert.equal(cache.size, 5);
  });
});

describe("token parsing and time checks", () => {
  test("decodeJwt rejects non-JWS shapes with stable codes", () => {
    for (const bad of ["", "a", "a.b", "a.b.c.d", "..", `${Buffer.from("[]").toString("base64url")}.${Buffer.from("{}").toString("base64url")}.x`]) {
      assert.throws(() => decodeJwt(bad), (e: unknown) => e instanceof OidcError && e.code === "OIDC_TOKEN_MALFORMED", bad);
    }
    assert.throws(() => decodeJwt("x".repeat(13 * 1024)), (e: unknown) => e instanceof OidcError && e.code === "OIDC_TOKEN_TOO_LARGE");
    assert.equal(looksLikeJwt("a.b.c"), true);
    assert.equal(looksLikeJwt("opaque-token"), false);
  });

  test("exp/nbf/iat with leeway; non-numeric values are invalid", () => {
    const now = 1_000_000;
    assert.doesNotThrow(() => checkTimes({ exp: now + 1 }, 0, now));
    assert.throws(() => checkTimes({ exp: now }, 0, now), (e: unknown) => (e as OidcError).code === "OIDC_TOKEN_EXPIRED");
    assert.doesNotThrow(() => checkTimes({ exp: now - 30 }, 60, now));
    assert.throws(() => checkTimes({ nbf: now + 4 }, 0, now), (e: unknown) => (e as OidcError).code === "OIDC_TOKEN_NOT_YET_VALID");
    assert.doesNotThrow(() => checkTimes({ nbf: now + 4, iat: now + 4 }, 5, now));
    assert.throws(() => checkTimes({ exp: "soon" }, 0, now), (e: unknown) => (e as OidcError).code === "OIDC_CLAIMS_INVALID");
    assert.doesNotThrow(() => checkTimes({}, 0, now), "all three are optional");
  });
});
