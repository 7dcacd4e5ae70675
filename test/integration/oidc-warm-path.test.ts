// The warm path of openid-connect: once a token's verification and its exchange are cached, the
// access phase answers without a promise (proxy/plugins/openid-connect/index.ts authenticateWarm)
// and the runner passes that through without one. These tests check that this synchronous path
// keeps every property of the general one: the subject token never goes upstream (all carriers,
// copies under other names, path and body refusals), users never get each other's token, a
// cached exchange is not extended, and the runner's failure handling is unchanged.
// IdPs A (subject issuer) and B (target, RFC 8693) are real oidc-provider servers.
import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as jose from "jose";
import { CLIENTS, startIdps, tokenFromA, type Idps } from "../support/idp.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { PluginFailure, PluginSet, runAccess, type PluginEntry } from "../../proxy/plugins/runner.ts";
import { openidConnect } from "../../proxy/plugins/openid-connect/index.ts";
import type { CompiledRoute } from "../../proxy/router.ts";
import type { PluginModule, PluginResponse, ProxyRequest } from "../../proxy/plugins/types.ts";
import { bearer, codeOf, instance, makeRequest, makeServices, parseConfig, upstreamBearer } from "./oidc-harness.ts";

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
  idps.b.controls.exchangeTtl = 300;
});

function seedConfig(extra: Partial<OpenidConnectConfigInput> = {}): OpenidConnectConfigInput {
  return {
    issuer: idps.b.issuer,
    client_id: [CLIENTS.gatewayPost.id],
    client_secret: [CLIENTS.gatewayPost.secret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] },
    display_errors: true,
    ...extra,
  };
}

async function subOfB(token: string | undefined): Promise<unknown> {
  assert.ok(token, "a bearer token goes upstream");
  const { payload } = await jose.jwtVerify(token, jose.createLocalJWKSet(idps.b.jwks()), { issuer: idps.b.issuer });
  return payload.sub;
}

/** Runs access and reports whether it answered without a promise. */
async function runTimed(inst: ReturnType<typeof instance>, req: ProxyRequest): Promise<{ res: PluginResponse | undefined; sync: boolean }> {
  const r = inst.access!(req);
  const sync = !(r instanceof Promise);
  return { res: (await r) ?? undefined, sync };
}

function assertNoSubjectToken(req: ProxyRequest, tokenA: string): void {
  for (const [name, value] of req.upstreamHeaders) assert.ok(!String(value).includes(tokenA), `subject token upstream in ${name}`);
  assert.ok(!req.upstreamQuery.includes(tokenA), "subject token upstream in the query");
  assert.ok(!(req.upstreamBody?.toString("utf8") ?? "").includes(tokenA), "subject token upstream in the body");
}

describe("openid-connect warm path (both caches hit)", () => {
  test("second request is answered synchronously, with the cached exchanged token, and no second exchange", async () => {
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "warm-alice" });
    const first = await runTimed(inst, makeRequest({ headers: bearer(tokenA) }));
    assert.equal(first.res, undefined);
    assert.equal(first.sync, false, "the first request has to call the IdPs");
    const req = makeRequest({ headers: bearer(tokenA) });
    const second = await runTimed(inst, req);
    assert.equal(second.res, undefined, JSON.stringify(second.res));
    assert.equal(second.sync, true, "a warm request needs no promise");
    assert.equal(await subOfB(upstreamBearer(req)), "warm-alice");
    assert.equal(idps.b.counts.exchange, 1);
    assert.deepEqual(req.ctx.get("openid-connect"), { sub: "warm-alice", exchanged: true });
  });

  test("every carrier and every copy of the subject token is removed on a warm request", async () => {
    const inst = instance(parseConfig(seedConfig({ bearer_token_cookie_name: "session_token" })), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "warm-bob" });
    await runTimed(inst, makeRequest({ headers: bearer(tokenA) }));
    const req = makeRequest({
      headers: {
        ...bearer(tokenA),
        "x-access-token": tokenA,
        "access-token": tokenA,
        "x-copy": `prefix ${tokenA}`,
        cookie: `session_token=${tokenA}; other=${tokenA}; keep=1`,
      },
      query: `access_token=${tokenA}&jwt=${encodeURIComponent(tokenA)}&keep=1`,
    });
    const { res, sync } = await runTimed(inst, req);
    assert.equal(res, undefined, JSON.stringify(res));
    assert.equal(sync, true);
    assertNoSubjectToken(req, tokenA);
    assert.equal(req.upstreamQuery, "keep=1");
    assert.equal(req.upstreamHeaders.get("cookie"), "keep=1");
    assert.equal(await subOfB(upstreamBearer(req)), "warm-bob");
  });

  test("a warm request with the subject token in the path (plain or percent-encoded) is refused, 400", async () => {
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "warm-carol" });
    await runTimed(inst, makeRequest({ headers: bearer(tokenA) }));
    for (const path of [`/x/${tokenA}`, `/x/${tokenA.replace(/\./g, "%2E")}`]) {
      const { res } = await runTimed(inst, makeRequest({ headers: bearer(tokenA), path }));
      assert.equal(res?.status, 400, path.slice(0, 20));
      assert.equal(codeOf(res), "OIDC_SUBJECT_TOKEN_EXPOSED");
    }
  });

  test("a warm request with a form body takes the body path: access_token removed, a copy elsewhere refused", async () => {
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "warm-dave" });
    await runTimed(inst, makeRequest({ headers: bearer(tokenA) }));
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const ok = makeRequest({ method: "POST", headers: { ...bearer(tokenA), ...form }, body: `a=1&access_token=${tokenA}` });
    const r1 = await runTimed(inst, ok);
    assert.equal(r1.res, undefined, JSON.stringify(r1.res));
    assert.equal(await ok.upstreamBodyText(), "a=1");
    assertNoSubjectToken(ok, tokenA);
    const bad = makeRequest({ method: "POST", headers: { ...bearer(tokenA), ...form }, body: `note=${tokenA}` });
    const r2 = await runTimed(inst, bad);
    assert.equal(r2.res?.status, 400);
    assert.equal(codeOf(r2.res), "OIDC_SUBJECT_TOKEN_EXPOSED");
    assert.equal(idps.b.counts.exchange, 1);
  });

  test("warm hits stay per user: interleaved warm requests of two users each get their own token", async () => {
    const inst = instance(parseConfig(seedConfig()), makeServices());
    const tx = await tokenFromA(idps.a, { sub: "warm-xavier" });
    const ty = await tokenFromA(idps.a, { sub: "warm-yvonne" });
    await Promise.all([runTimed(inst, makeRequest({ headers: bearer(tx) })), runTimed(inst, makeRequest({ headers: bearer(ty) }))]);
    for (let i = 0; i < 3; i++) {
      const rx = makeRequest({ headers: bearer(tx) });
      const ry = makeRequest({ headers: bearer(ty) });
      assert.equal((await runTimed(inst, ry)).sync, true);
      assert.equal((await runTimed(inst, rx)).sync, true);
      assert.equal(await subOfB(upstreamBearer(rx)), "warm-xavier");
      assert.equal(await subOfB(upstreamBearer(ry)), "warm-yvonne");
    }
    assert.equal(idps.b.counts.exchange, 2);
  });

  test("hide_credentials without an exchange (a B token) on the warm path removes the header it came in", async () => {
    const inst = instance(parseConfig(seedConfig({ hide_credentials: true, upstream_access_token_header: null })), makeServices());
    const tokenA = await tokenFromA(idps.a, { sub: "warm-erin" });
    const seed = makeRequest({ headers: bearer(tokenA) });
    await runTimed(inst, seed);
    // The exchanged token was not forwarded (no upstream_access_token_header): mint one from B directly.
    const tokenB = await idps.b.mintToken({ sub: "warm-erin-b", aud: "urn:test:upstream" }, { alg: "ES256", expiresIn: 300 });
    await runTimed(inst, makeRequest({ headers: { "x-access-token": tokenB } }));
    const req = makeRequest({ headers: { "x-access-token": tokenB } });
    const { res, sync } = await runTimed(inst, req);
    assert.equal(res, undefined, JSON.stringify(res));
    assert.equal(sync, true);
    assert.equal(req.upstreamHeaders.has("x-access-token"), false);
    assert.deepEqual(req.ctx.get("openid-connect"), { sub: "warm-erin-b", exchanged: false });
  });
});

describe("runner: synchronous access phases", () => {
  const compiled = { id: "r1", route: { id: "r1" }, service: { id: "s1" } } as unknown as CompiledRoute;
  const entity = (name: string, id: string) => ({ plugin: { id, name, enabled: true, protocols: ["http", "https"], route: null, service: null, consumer: null } as never, config: {} });
  /** A lower-priority plugin whose access phase is async (like most). */
  function laterPlugin(behaviour: "pass" | "answer" | "reject" | "throw"): PluginModule {
    return {
      name: "later",
      priority: 10,
      create: () => ({
        access(req) {
          if (behaviour === "throw") throw new Error("sync boom");
          return (async () => {
            if (behaviour === "reject") throw new Error("async boom");
            req.upstreamHeaders.set("x-later", "ran");
            return behaviour === "answer" ? { status: 418, body: { message: "later" } } : undefined;
          })();
        },
      }),
    };
  }

  async function warmPlan(later: PluginModule) {
    const services = makeServices();
    const config = parseConfig(seedConfig());
    const set = PluginSet.build([{ ...entity("openid-connect", "p1"), config }, entity("later", "p2")], new Map<string, PluginModule>([["openid-connect", openidConnect as PluginModule], ["later", later]]), services);
    return set.planFor(compiled, "http");
  }

  test("warm openid-connect then an async plugin: both run, in priority order, results combined", async () => {
    const plan = await warmPlan(laterPlugin("pass"));
    const tokenA = await tokenFromA(idps.a, { sub: "runner-1" });
    await runAccess(plan, makeRequest({ headers: bearer(tokenA) }), []);
    const req = makeRequest({ headers: bearer(tokenA) });
    const ran: PluginEntry[] = [];
    const r = runAccess(plan, req, ran);
    assert.ok(r instanceof Promise, "the async plugin makes the result a promise");
    assert.equal(await r, undefined);
    assert.deepEqual(ran.map((e) => e.name), ["openid-connect", "later"]);
    assert.equal(req.upstreamHeaders.get("x-later"), "ran");
    assert.equal(await subOfB(upstreamBearer(req)), "runner-1");
  });

  test("only synchronous phases: the result is not a promise; a refusal stops the chain", async () => {
    const services = makeServices();
    const set = PluginSet.build([{ ...entity("openid-connect", "p1"), config: parseConfig(seedConfig()) }], new Map([["openid-connect", openidConnect as PluginModule]]), services);
    const plan = set.planFor(compiled, "http");
    const tokenA = await tokenFromA(idps.a, { sub: "runner-2" });
    await runAccess(plan, makeRequest({ headers: bearer(tokenA) }), []);
    const r = runAccess(plan, makeRequest({ headers: bearer(tokenA) }), []);
    assert.equal(r instanceof Promise, false);
    assert.equal(r, undefined);
    // No token at all: the 401 comes from the general (async) path.
    const refusal = await runAccess(plan, makeRequest({}), []);
    assert.equal(refusal?.status, 401);
  });

  test("a later plugin's answer, rejection or synchronous throw after a warm openid-connect", async () => {
    const tokenA = await tokenFromA(idps.a, { sub: "runner-3" });
    const answer = await warmPlan(laterPlugin("answer"));
    await runAccess(answer, makeRequest({ headers: bearer(tokenA) }), []);
    assert.equal((await runAccess(answer, makeRequest({ headers: bearer(tokenA) }), []))?.status, 418);
    for (const b of ["reject", "throw"] as const) {
      const plan = await warmPlan(laterPlugin(b));
      await Promise.resolve(runAccess(plan, makeRequest({ headers: bearer(tokenA) }), [])).catch(() => undefined);
      const ran: PluginEntry[] = [];
      await assert.rejects(async () => runAccess(plan, makeRequest({ headers: bearer(tokenA) }), ran), (e: unknown) => e instanceof PluginFailure && e.entry.name === "later" && e.phase === "access");
      assert.deepEqual(ran.map((e) => e.name), ["openid-connect", "later"], b);
    }
  });
});
