// The shared exchange cache in a real Redis: two plugin "replicas" (separate process-lifetime
// state, one Redis) exchange a token once; what Redis stores is keyed by hashes and encrypted;
// Redis expires it; Redis being down degrades to the local cache without failing requests.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as jose from "jose";
import { CLIENTS, startIdps, tokenFromA, type Idps } from "../support/idp.ts";
import { startRedis, type RedisHandle } from "../support/redis.ts";
import { EXCHANGE_CACHE_MARGIN_MS, closeSharedState } from "../../proxy/plugins/openid-connect/index.ts";
import type { OpenidConnectConfigInput } from "../../api/contract/plugins/openid-connect.ts";
import { bearer, instance, makeRequest, makeServices, parseConfig, run, upstreamBearer } from "./oidc-harness.ts";

let idps: Idps;
let redis: RedisHandle;
const toClose: Array<Map<string, unknown>> = [];

before(async () => {
  // A server of this file's own (not TEST_REDIS_URL's): one test pauses it.
  redis = await startRedis({ throwaway: true });
  idps = await startIdps();
});
after(async () => {
  for (const s of toClose) await closeSharedState(s);
  await idps?.close();
  await redis?.server?.stop();
});

function cfg(): OpenidConnectConfigInput {
  return {
    issuer: idps.b.issuer,
    client_id: [CLIENTS.gateway.id],
    client_secret: [CLIENTS.gateway.secret],
    auth_methods: ["bearer"],
    display_errors: true,
    token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] },
  };
}

function replica() {
  const services = makeServices(redis.server!.url);
  toClose.push(services.shared);
  return { services, inst: instance(parseConfig(cfg()), services) };
}

describe("shared exchange cache (Redis)", () => {
  test("two replicas, 200 concurrent first requests with one token → one exchange at B", async (t) => {
    if (!redis.server) return t.skip(redis.skipReason);
    idps.b.resetCounts();
    idps.b.controls.exchangeDelayMs = 200;
    try {
      const r1 = replica();
      const r2 = replica();
      const tokenA = await tokenFromA(idps.a, { sub: "nina" });
      const reqs = Array.from({ length: 200 }, () => makeRequest({ headers: bearer(tokenA) }));
      const results = await Promise.all(reqs.map((r, i) => run(i % 2 ? r1.inst : r2.inst, r)));
      assert.ok(results.every((r) => r === undefined), JSON.stringify(results.find((r) => r)));
      assert.equal(idps.b.counts.exchange, 1);
      assert.equal(new Set(reqs.map(upstreamBearer)).size, 1);
      // A third replica started later finds the token in Redis.
      const r3 = replica();
      const late = makeRequest({ headers: bearer(tokenA) });
      assert.equal(await run(r3.inst, late), undefined);
      assert.equal(upstreamBearer(late), upstreamBearer(reqs[0]));
      assert.equal(idps.b.counts.exchange, 1);
    } finally {
      idps.b.controls.exchangeDelayMs = 0;
    }
  });

  test("Redis holds neither token in clear, keys are hashes, and Redis expires entries no later than the subject token", async (t) => {
    if (!redis.server) return t.skip(redis.skipReason);
    const { inst } = replica();
    const tokenA = await idps.a.mintToken({ sub: "oscar", aud: "urn:test:service-b" }, { expiresIn: 60 });
    const req = makeRequest({ headers: bearer(tokenA) });
    assert.equal(await run(inst, req), undefined);
    const tokenB = upstreamBearer(req)!;
    const c = redis.server.client();
    try {
      const keys = (await c.keys("kcs:oidc:tx:*")).filter((k) => !k.includes(":lock:"));
      assert.ok(keys.length >= 1);
      let found = false;
      for (const k of keys) {
        const v = (await c.get(k)) ?? "";
        for (const secret of [tokenA, tokenB, tokenA.split(".")[2], tokenB.split(".")[2], "oscar"]) {
          assert.ok(!k.includes(secret) && !v.includes(secret), "no token material in Redis keys or values");
        }
        const pttl = await c.pttl(k);
        if (pttl > 0 && pttl <= 60_000) found = true;
      }
      assert.ok(found, "an entry with a TTL bounded by the subject token's remaining life");
      const expA = (jose.decodeJwt(tokenA).exp as number) * 1000;
      for (const k of keys) {
        const pttl = await c.pttl(k);
        if (pttl > 0 && pttl <= 60_000) assert.ok(Date.now() + pttl <= expA - EXCHANGE_CACHE_MARGIN_MS + 1000);
      }
    } finally {
      c.disconnect();
    }
  });

  test("Redis down: requests still succeed through the local cache", async (t) => {
    if (!redis.server?.pause) return t.skip("needs a throwaway redis-server (redis-server not installed)");
    const { inst } = replica();
    const tokenA = await tokenFromA(idps.a, { sub: "paula" });
    await redis.server.pause();
    try {
      idps.b.resetCounts();
      for (let i = 0; i < 3; i++) {
        const req = makeRequest({ headers: bearer(tokenA) });
        assert.equal(await run(inst, req), undefined);
        assert.equal((jose.decodeJwt(upstreamBearer(req)!)).sub, "paula");
      }
      assert.equal(idps.b.counts.exchange, 1, "local cache still works");
    } finally {
      await redis.server.resume!();
    }
  });
});
