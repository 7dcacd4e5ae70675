// End to end: the seed scenario with everything real and separate. The API (`api/main.ts`) and
// the proxy (`proxy/main.ts`) run as their own processes on loopback; identity providers A and B
// are real oidc-provider servers; the upstream is a real HTTP server that records what it got.
// Configuration goes in through the REST API exactly like the seed page's curl body (issuer = B,
// subject_token_issuers = [A]) at global, service and route scope.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createPublicKey } from "node:crypto";
import * as jose from "jose";
import { Agent, request } from "undici";
import { KonnectClient } from "../../api/client.ts";
import { CLIENTS, DEFAULT_AUDIENCE, startIdpA, startIdps, tokenFromA, type Idps, type TestIdp } from "../support/idp.ts";
import { startEchoUpstream, receivedHeader, type EchoRecord, type EchoUpstream } from "../support/echo-upstream.ts";
import { startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";
import { EXCHANGE_CACHE_MARGIN_MS } from "../../proxy/plugins/openid-connect/index.ts";

const ADMIN_TOKEN = `kpat_${randomBytes(24).toString("hex")}`;
let idps: Idps;
let c: TestIdp;
let upstream: EchoUpstream;
let api: ManagedProcess;
let proxy: ManagedProcess;
let client: KonnectClient;
let dataDir: string;
let proxyCacheDir: string;
let apiUrl: string;
let proxyUrl: string;
let cpId: string;
let dpToken: string;
const tokensSeen: string[] = [];

/** The seed page's curl body, with issuer = B and SUBJECT_TOKEN_ISSUER = A. */
function seedConfig(request: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    issuer: idps.b.issuer,
    client_id: [CLIENTS.gatewayPost.id],
    client_secret: [CLIENTS.gatewayPost.secret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    token_exchange: {
      subject_token_issuers: [{ issuer: idps.a.issuer, conditions: { missing_audience: null, has_audience: null, missing_scopes: null, has_scopes: null } }],
      request: { empty_audience: false, scopes: null, empty_scopes: false, audience: null, ...request },
    },
    ...extra,
  };
}

async function startApi(): Promise<ManagedProcess> {
  return startProcess({
    name: "api",
    ...tsxArgs("api/main.ts"),
    env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, KONNECT_BOOTSTRAP_TOKEN: ADMIN_TOKEN, LOG_LEVEL: "info", DATABASE_URL: undefined },
    ready: /API listening/,
    timeoutMs: 60_000,
  });
}

async function startProxyProcess(serverUrl: string): Promise<ManagedProcess> {
  const p = await startProcess({
    name: "proxy",
    ...tsxArgs("proxy/main.ts"),
    env: {
      KONNECT_SERVER_URL: serverUrl,
      KONNECT_CONTROL_PLANE_ID: cpId,
      KONNECT_DP_TOKEN: dpToken,
      PROXY_LISTEN_HOST: "127.0.0.1",
      PROXY_PORT: "0",
      PROXY_STATUS_PORT: "0",
      PROXY_CACHE_DIR: proxyCacheDir,
      PROXY_LOG_LEVEL: "info",
      PROXY_POLL_WAIT_SECONDS: "2",
      PROXY_SYNC_RETRY_INITIAL_MS: "200",
      PROXY_SYNC_RETRY_MAX_MS: "1000",
      PROXY_REDIS_URL: undefined,
    },
    ready: /"msg":"proxy listening"/,
    timeoutMs: 60_000,
  });
  proxyUrl = `http://127.0.0.1:${(JSON.parse(p.readyLine) as { port: number }).port}`;
  return p;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function get(path: string, headers: Record<string, string> = {}, dispatcher?: Agent): Promise<Answer> {
  const r = await request(`${proxyUrl}${path}`, { headers, dispatcher });
  return { status: r.statusCode, headers: r.headers, body: await r.body.text() };
}

function bearer(t: string): Record<string, string> {
  tokensSeen.push(t);
  return { authorization: `Bearer ${t}` };
}

/** Everything the upstream received, as one string (for "A's token never arrives" checks). */
function recordText(r: EchoRecord): string {
  return [r.url, ...r.rawHeaders, r.body.toString("latin1")].join("\n");
}

function upstreamToken(r: EchoRecord): string {
  const auth = receivedHeader(r, "authorization");
  assert.equal(auth.length, 1, "exactly one Authorization header upstream");
  assert.match(auth[0], /^Bearer /);
  return auth[0].slice(7);
}

async function verifyAtB(token: string): Promise<jose.JWTPayload> {
  const { payload } = await jose.jwtVerify(token, jose.createLocalJWKSet(idps.b.jwks()), { issuer: idps.b.issuer });
  return payload;
}

/** Codes the proxy logged (pino JSON lines) since `from`. */
function loggedCodes(from: number): string[] {
  return proxy.jsonLines().slice(from).map((l) => l.code).filter((x): x is string => typeof x === "string");
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "oidc-e2e-api-"));
  proxyCacheDir = mkdtempSync(join(tmpdir(), "oidc-e2e-proxy-"));
  idps = await startIdps();
  c = await startIdpA();
  upstream = await startEchoUpstream();
  api = await startApi();
  apiUrl = String((JSON.parse(api.readyLine) as { address: string }).address);
  client = new KonnectClient({ serverUrl: apiUrl, token: ADMIN_TOKEN });

  const cp = await client.controlPlanes.create({ name: `oidc-e2e-${Date.now()}` } as never);
  cpId = cp.id;
  const s1 = await client.services.create(cpId, { name: "s1", url: upstream.url } as never);
  const s2 = await client.services.create(cpId, { name: "s2", url: upstream.url } as never);
  await client.routes.create(cpId, { name: "global", paths: ["/g"], service: { id: s1.id } } as never);
  await client.routes.create(cpId, { name: "by-service", paths: ["/s"], service: { id: s2.id } } as never);
  const byRoute = await client.routes.create(cpId, { name: "by-route", paths: ["/r"], service: { id: s1.id } } as never);
  const leeway = await client.routes.create(cpId, { name: "leeway", paths: ["/leeway"], service: { id: s1.id } } as never);
  const cond = await client.routes.create(cpId, { name: "conditions", paths: ["/cond"], service: { id: s1.id } } as never);
  // The seed page's three scopes: global, service, route.
  await client.plugins.create(cpId, { name: "openid-connect", config: seedConfig(), tags: [] });
  await client.plugins.create(cpId, { name: "openid-connect", service: { id: s2.id }, config: seedConfig({ audience: ["urn:scope:service"] }), tags: [] });
  await client.plugins.create(cpId, { name: "openid-connect", route: { id: byRoute.id }, config: seedConfig({ audience: ["urn:scope:route"] }), tags: [] });
  await client.plugins.create(cpId, { name: "openid-connect", route: { id: leeway.id }, config: seedConfig({}, { leeway: 60 }), tags: [] });
  await client.plugins.create(cpId, {
    name: "openid-connect",
    route: { id: cond.id },
    config: {
      ...seedConfig({ audience: ["urn:test:exchanged"] }),
      token_exchange: {
        subject_token_issuers: [{ issuer: idps.a.issuer }, { issuer: idps.b.issuer, conditions: { has_audience: ["urn:client-2"], missing_scopes: ["profile"] } }],
        request: { audience: ["urn:test:exchanged"] },
      },
    },
    tags: [],
  });
  const dp = await client.dpTokens.create(cpId, { name: "e2e" });
  dpToken = dp.token!;
  proxy = await startProxyProcess(apiUrl);
  // Ready when the configuration is applied: a request without a token is refused by the plugin.
  await until(async () => (await get("/g")).status === 401, "the proxy to apply the configuration");
});

after(async () => {
  await proxy?.stop();
  await api?.stop();
  await client?.close();
  await upstream?.close();
  await idps?.close();
  await c?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(proxyCacheDir, { recursive: true, force: true });
});

describe("seed scenario end to end (API and proxy as separate processes)", () => {
  test("A's JWKS down before any key is cached → 503; B is never called; recovers when A is back", async () => {
    // First test on purpose: the proxy has cached nothing from A yet.
    const t = await tokenFromA(idps.a, { sub: "alice" });
    idps.a.fail("jwks", "503");
    idps.b.resetCounts();
    upstream.clear();
    const res = await get("/g", bearer(t));
    assert.equal(res.status, 503);
    assert.equal(idps.b.counts.token, 0);
    assert.equal(upstream.records.length, 0, "nothing reached the upstream");
    assert.ok(loggedCodes(0).includes("OIDC_IDP_UNAVAILABLE"));
    idps.a.heal();
    // After a failure the proxy waits min(5 s, rediscovery_lifetime) before asking A again.
    await until(async () => (await get("/g", bearer(t))).status === 200, "recovery after A's JWKS is back", 15_000);
  });

  test("global scope: A's token is exchanged at B; the upstream sees B's token and never A's", async () => {
    const t = await tokenFromA(idps.a, { sub: "alice", scope: "read write" });
    upstream.clear();
    idps.b.resetCounts();
    const res = await get(`/g/hello?access_token=${t}&x=1`, { ...bearer(t), "x-access-token": t });
    assert.equal(res.status, 200, res.body);
    const rec = upstream.last();
    const tb = upstreamToken(rec);
    const claims = await verifyAtB(tb);
    assert.equal(claims.iss, idps.b.issuer);
    assert.equal(claims.sub, "alice");
    assert.equal(claims.aud, DEFAULT_AUDIENCE);
    assert.ok(!recordText(rec).includes(t), "A's token reached the upstream");
    assert.ok(!recordText(rec).includes(t.split(".")[2]), "A's signature reached the upstream");
    assert.equal(rec.query, "x=1");
    assert.equal(idps.b.counts.exchange, 1);
    assert.deepEqual(idps.b.tokenRequests[0].paramNames, ["client_id", "client_secret", "grant_type", "subject_token", "subject_token_type"]);
  });

  test("service and route scopes: the most specific instance runs (its audience is requested)", async () => {
    const t = await tokenFromA(idps.a, { sub: "bob" });
    for (const [path, aud] of [["/g", DEFAULT_AUDIENCE], ["/s", "urn:scope:service"], ["/r", "urn:scope:route"]] as const) {
      upstream.clear();
      const res = await get(path, bearer(t));
      assert.equal(res.status, 200, `${path}: ${res.body}`);
      const claims = await verifyAtB(upstreamToken(upstream.last()));
      assert.equal(claims.aud, aud, path);
      assert.equal(claims.sub, "bob");
    }
  });

  test("refused tokens → 401 with Kong's body and WWW-Authenticate; nothing reaches the upstream", async () => {
    const good = await tokenFromA(idps.a, { sub: "carol" });
    const [h, p, s] = good.split(".");
    const now = Math.floor(Date.now() / 1000);
    const rsa = idps.a.keys.find((k) => k.alg === "RS256")!;
    const pem = createPublicKey({ key: rsa.publicJwk as never, format: "jwk" }).export({ type: "spki", format: "pem" }) as string;
    const cases: Record<string, Record<string, string>> = {
      missing: {},
      tampered: bearer(`${h}.${Buffer.from(JSON.stringify({ ...jose.decodeJwt(good), sub: "admin" })).toString("base64url")}.${s}`),
      expired: bearer(await idps.a.mintToken({ sub: "carol", exp: now - 60, iat: now - 600 })),
      "alg none": bearer(`${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.`),
      "HS256 with A's public key": bearer(await new jose.SignJWT(jose.decodeJwt(good)).setProtectedHeader({ alg: "HS256", kid: rsa.kid }).sign(new TextEncoder().encode(pem))),
      oversized: bearer(await idps.a.mintToken({ sub: "carol", pad: "x".repeat(13_000) })),
      "unlisted issuer": bearer(await tokenFromA(c, { sub: "mallory" })),
      "clock skew without leeway": bearer(await idps.a.mintToken({ sub: "carol", nbf: now + 4, iat: now + 4 })),
    };
    upstream.clear();
    idps.b.resetCounts();
    for (const [name, headers] of Object.entries(cases)) {
      const res = await get("/g", headers);
      assert.equal(res.status, 401, name);
      assert.equal(res.body, '{"message":"Unauthorized"}', name);
      assert.equal(res.headers["www-authenticate"], 'Bearer realm="127.0.0.1", error="invalid_token"', name);
    }
    assert.equal(upstream.records.length, 0);
    assert.equal(idps.b.counts.token, 0, "no refused token was sent to B");
  });

  test("clock skew: the same token passes on the route whose instance has leeway 60", async () => {
    const now = Math.floor(Date.now() / 1000);
    const skewed = await idps.a.mintToken({ sub: "dan", nbf: now + 4, iat: now + 4 });
    assert.equal((await get("/g", bearer(skewed))).status, 401);
    const from = proxy.jsonLines().length;
    const res = await get("/leeway", bearer(skewed));
    assert.equal(res.status, 200, `${res.body} ${loggedCodes(from)}`);
  });

  test("same-issuer conditions: B tokens are exchanged only when all conditions hold", async () => {
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [{ aud: "urn:client-2", scope: "read" }, true],
      [{ aud: "urn:other", scope: "read" }, false],
      [{ aud: ["urn:other", "urn:client-2"], scope: "read profile" }, false],
      [{ aud: ["urn:other", "urn:client-2"], scope: "write" }, true],
    ];
    for (const [claims, exchanged] of cases) {
      const tb = await idps.b.mintToken({ sub: "eve", ...claims }, { alg: "ES256" });
      upstream.clear();
      const res = await get("/cond", bearer(tb));
      assert.equal(res.status, 200, res.body);
      const up = upstreamToken(upstream.last());
      if (exchanged) {
        assert.notEqual(up, tb);
        assert.equal((await verifyAtB(up)).aud, "urn:test:exchanged");
      } else {
        assert.equal(up, tb, JSON.stringify(claims));
      }
    }
  });

  test("1,000 concurrent first requests with one new token → exactly one exchange call at B", async () => {
    const t = await tokenFromA(idps.a, { sub: "frank" });
    idps.b.resetCounts();
    idps.b.controls.exchangeDelayMs = 200;
    const agent = new Agent({ connections: 1000 });
    try {
      const results = await Promise.all(Array.from({ length: 1000 }, () => get("/g", bearer(t), agent)));
      assert.equal(results.filter((r) => r.status === 200).length, 1000);
      assert.equal(idps.b.counts.exchange, 1);
    } finally {
      idps.b.controls.exchangeDelayMs = 0;
      await agent.close();
    }
  });

  test("user X's exchanged token is never served to user Y", async () => {
    const users = ["xavier", "yvonne", "zoe"];
    const tokens = await Promise.all(users.map((u) => tokenFromA(idps.a, { sub: u })));
    upstream.clear();
    const rounds = 5;
    await Promise.all(Array.from({ length: rounds }).flatMap(() => tokens.map((t, i) => get(`/g/${users[i]}`, bearer(t)))));
    assert.equal(upstream.records.length, rounds * users.length);
    for (const rec of upstream.records) {
      const who = rec.path.split("/").at(-1); // strip_path: /g/<user> arrives as /<user>
      assert.equal((await verifyAtB(upstreamToken(rec))).sub, who);
    }
  });

  test("the cached exchange never outlives the subject token", async () => {
    const t = await idps.a.mintToken({ sub: "gus", aud: "urn:test:service-b" }, { expiresIn: 10 });
    idps.b.resetCounts();
    assert.equal((await get("/g", bearer(t))).status, 200);
    assert.equal((await get("/g", bearer(t))).status, 200);
    assert.equal(idps.b.counts.exchange, 1);
    const exp = (jose.decodeJwt(t).exp as number) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, exp - EXCHANGE_CACHE_MARGIN_MS - Date.now() + 200)));
    assert.ok(Date.now() < exp);
    assert.equal((await get("/g", bearer(t))).status, 200);
    assert.equal(idps.b.counts.exchange, 2, "re-exchanged before A's token expired: the entry was bounded by exp_A");
    await new Promise((r) => setTimeout(r, Math.max(0, exp - Date.now() + 1100)));
    assert.equal((await get("/g", bearer(t))).status, 401, "an expired subject token is refused even though B's token would live on");
  });

  test("JWKS rotation: the new kid is fetched once; random kids do not hammer A", async () => {
    const warm = await tokenFromA(idps.a, { sub: "hank" });
    assert.equal((await get("/g", bearer(warm))).status, 200);
    const before = idps.a.counts.jwks;
    await idps.a.rotateKeys();
    const fresh = await tokenFromA(idps.a, { sub: "hank" });
    const results = await Promise.all(Array.from({ length: 10 }, () => get("/g", bearer(fresh))));
    assert.ok(results.every((r) => r.status === 200));
    assert.equal(idps.a.counts.jwks - before, 1);
    const random = await Promise.all(Array.from({ length: 100 }, (_, i) => idps.a.mintToken({ sub: "hank" }, { kid: `nope-${i}` })));
    const res = await Promise.all(random.map((t) => get("/g", bearer(t))));
    assert.ok(res.every((r) => r.status === 401));
    assert.equal(idps.a.counts.jwks - before, 1);
  });

  test("B's token endpoint down → 502, the subject token is never forwarded", async () => {
    const t = await tokenFromA(idps.a, { sub: "ida" });
    idps.b.fail("token", "reset");
    upstream.clear();
    try {
      const res = await get("/g", bearer(t));
      assert.equal(res.status, 502);
      assert.equal(upstream.records.length, 0);
    } finally {
      idps.b.heal();
    }
    assert.equal((await get("/g", bearer(t))).status, 200);
  });

  test("the proxy never logged token material", () => {
    const text = proxy.lines().join("\n");
    for (const t of tokensSeen) {
      const sig = t.split(".")[2];
      if (sig && sig.length > 16) assert.ok(!text.includes(sig), "a token signature appears in the proxy log");
    }
  });

  test("API down + proxy restart: the cached snapshot keeps enforcing openid-connect", async () => {
    await api.stop();
    await proxy.stop();
    proxy = await startProxyProcess(apiUrl);
    const t = await tokenFromA(idps.a, { sub: "jack" });
    await until(async () => (await get("/g")).status === 401, "the cached configuration to be served");
    upstream.clear();
    const ok = await get("/g", bearer(t));
    assert.equal(ok.status, 200, ok.body);
    const claims = await verifyAtB(upstreamToken(upstream.last()));
    assert.equal(claims.sub, "jack");
    assert.ok(!recordText(upstream.last()).includes(t));
    assert.equal((await get("/g", bearer(await tokenFromA(c, { sub: "mallory" })))).status, 401);
  });
});
