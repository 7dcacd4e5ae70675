// The demo's checks: real requests through the proxy, each outcome checked against what the
// client got back, what the upstream echo service recorded and what B's token endpoint counted.
// Each function prints what it does and records the request/upstream pair for the JSON report.
import { createHash } from "node:crypto";
import * as jose from "jose";
import { Agent, request } from "undici";
import type { KonnectClient } from "../api/client.ts";
import type { EchoRecord, EchoUpstream } from "../test/support/echo-upstream.ts";
import { DemoError } from "./errors.ts";
import type { Reporter } from "./report.ts";
import { curl } from "./configure.ts";
import { SEED } from "./seed.ts";
import type { IdpInfo } from "./stack.ts";

export interface StepContext {
  r: Reporter;
  idp: IdpInfo;
  upstream: EchoUpstream;
  /** Admin client (kpat_). */
  admin: KonnectClient;
  /** Data-plane client (the proxy's kdp_ credential): asks the API which version it serves. */
  dataPlane: KonnectClient;
  apiUrl: string;
  proxyUrl: string;
  proxyStatusUrl: string;
  controlPlaneId: string;
  pluginId: string;
  bJwks: jose.JSONWebKeySet;
  /** Non-null when a server the demo started has exited on its own (then waiting is pointless). */
  unexpectedExit: () => string | null;
  /** Requests made so far, for the report. */
  requests: RecordedRequest[];
}

export interface RecordedRequest {
  name: string;
  request: { method: string; path: string; authorization: "A's token" | "none" | "tampered A token" | "A's token (scope admin)" };
  status: number;
  www_authenticate: string | null;
  body: string;
  /** What the upstream received for this request (empty: the proxy refused it). */
  upstream: ReportedUpstreamRecord[];
}

export interface ReportedUpstreamRecord {
  method: string;
  url: string;
  path: string;
  query: string | null;
  raw_headers: string[];
  body_utf8: string;
  body_base64: string;
}

interface IdpStats {
  a: Record<string, number>;
  b: { token: number; exchange: number } & Record<string, number>;
  bTokenRequests: { grantType?: string; clientId?: string; paramNames: string[]; basicAuth: boolean; subjectTokenPrefix?: string; audience: string[]; status: number }[];
}

const agent = new Agent({ keepAliveTimeout: 5_000, connections: 4 });

export async function closeSteps(): Promise<void> {
  await agent.close();
}

// ---- helpers ------------------------------------------------------------------------------------

async function controlCall<T>(idp: IdpInfo, method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const res = await request(`${idp.control}${path}`, {
    method,
    dispatcher: agent,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.body.json()) as T & { error?: string };
  if (res.statusCode !== 200) throw new DemoError("DEMO_START_FAILED", `IdP control ${method} ${path} answered ${res.statusCode}: ${json.error ?? ""}`);
  return json;
}

/** A token from A for `sub`, through A's real token endpoint (the test IdP's mint grant). */
export async function tokenFromA(idp: IdpInfo, sub: string, scope: string): Promise<string> {
  return (await controlCall<{ token: string }>(idp, "POST", "/token", { sub, scope })).token;
}

export function idpStats(idp: IdpInfo): Promise<IdpStats> {
  return controlCall<IdpStats>(idp, "GET", "/stats");
}

/** B's public keys, from its discovery document (what the upstream would trust). */
export async function fetchJwks(issuer: string): Promise<jose.JSONWebKeySet> {
  const md = (await (await request(`${issuer}/.well-known/openid-configuration`, { dispatcher: agent })).body.json()) as { jwks_uri: string };
  return (await (await request(md.jwks_uri, { dispatcher: agent })).body.json()) as jose.JSONWebKeySet;
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

function shortToken(t: string): string {
  return `${t.slice(0, 10)}…(${t.length} chars, sha256 ${sha256(t).slice(0, 12)})`;
}

/** What the upstream received, as one string: target, every header name and value, body. */
export function receivedText(rec: EchoRecord): string {
  return [rec.url, ...rec.rawHeaders, rec.body.toString("latin1")].join("\n");
}

function reported(rec: EchoRecord): ReportedUpstreamRecord {
  return { method: rec.method, url: rec.url, path: rec.path, query: rec.query, raw_headers: rec.rawHeaders, body_utf8: rec.body.toString("utf8"), body_base64: rec.body.toString("base64") };
}

function headerValues(rec: EchoRecord, name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rec.rawHeaders.length; i += 2) if (rec.rawHeaders[i].toLowerCase() === name) out.push(rec.rawHeaders[i + 1]);
  return out;
}

interface Sent {
  status: number;
  wwwAuthenticate: string | null;
  body: string;
  received: EchoRecord[];
}

/**
 * One request through the proxy. Carries a query and a JSON body on purpose, so "A's token is
 * absent from the query and the body" is checked against a request that has both.
 */
async function send(ctx: StepContext, name: string, auth: RecordedRequest["request"]["authorization"], token: string | null): Promise<Sent> {
  const gone = ctx.unexpectedExit();
  if (gone) throw new DemoError("DEMO_START_FAILED", gone);
  const path = `${SEED.routePath}/orders?step=${encodeURIComponent(name)}`;
  const before = ctx.upstream.records.length;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ item: "book", quantity: 1 });
  ctx.r.line(`POST ${ctx.proxyUrl}${path}  ${token ? `Authorization: Bearer <${auth}>` : "(no Authorization header)"}`);
  const res = await request(`${ctx.proxyUrl}${path}`, { method: "POST", headers, body, dispatcher: agent });
  const text = await res.body.text();
  const www = res.headers["www-authenticate"];
  const sent: Sent = {
    status: res.statusCode,
    wwwAuthenticate: typeof www === "string" ? www : Array.isArray(www) ? www.join(", ") : null,
    body: text,
    received: ctx.upstream.records.slice(before),
  };
  ctx.r.line(`  → ${sent.status}${sent.wwwAuthenticate ? `  WWW-Authenticate: ${sent.wwwAuthenticate}` : ""}${sent.status >= 400 ? `  ${text.slice(0, 120)}` : ""}`);
  ctx.requests.push({
    name,
    request: { method: "POST", path, authorization: auth },
    status: sent.status,
    www_authenticate: sent.wwwAuthenticate,
    body: text.slice(0, 2000),
    upstream: sent.received.map(reported),
  });
  return sent;
}

/** The bearer token the upstream received, verified as B's (signature against B's JWKS, iss = B). */
async function upstreamTokenFromB(ctx: StepContext, rec: EchoRecord | undefined): Promise<{ token: string; claims: jose.JWTPayload } | { error: string }> {
  if (!rec) return { error: "the upstream received nothing" };
  const auth = headerValues(rec, "authorization");
  if (auth.length !== 1) return { error: `the upstream received ${auth.length} Authorization headers` };
  const m = /^Bearer (\S+)$/.exec(auth[0]);
  if (!m) return { error: `the upstream's Authorization header is not a bearer token: ${auth[0].slice(0, 20)}…` };
  try {
    const { payload } = await jose.jwtVerify(m[1], jose.createLocalJWKSet(ctx.bJwks), { issuer: ctx.idp.issuerB });
    return { token: m[1], claims: payload };
  } catch (e) {
    return { error: `the upstream's token does not verify as B's: ${(e as { code?: string }).code ?? (e as Error).message}` };
  }
}

function describeClaims(c: jose.JWTPayload): string[] {
  const show = (v: unknown) => (Array.isArray(v) ? v.join(" ") : String(v));
  const exp = typeof c.exp === "number" ? `${c.exp - Math.floor(Date.now() / 1000)} s from now` : "none";
  return [`iss   ${show(c.iss)}`, `sub   ${show(c.sub)}`, `aud   ${show(c.aud)}`, `scope ${show(c.scope)}`, `exp   ${exp}`];
}

/** The places a forwarded subject token could hide: whole, and each of its three parts. */
function subjectTokenTraces(token: string): string[] {
  return [token, ...token.split(".").filter((p) => p.length >= 16)];
}

// ---- the checks -----------------------------------------------------------------------------------

/** Request with A's token: 200, the upstream got B's token, A's token appears nowhere upstream. */
export async function checkExchange(ctx: StepContext, tokenA: string): Promise<string | null> {
  const { r } = ctx;
  const statsBefore = await idpStats(ctx.idp);
  const res = await send(ctx, "exchange", "A's token", tokenA);
  r.check("exchange.status", res.status === 200, `${res.status} — the request reached the upstream`, res.status !== 200 ? res.body.slice(0, 300) : undefined);

  const got = await upstreamTokenFromB(ctx, res.received[0]);
  let bToken: string | null = null;
  if ("token" in got) {
    bToken = got.token;
    r.line("the upstream received a token issued by B (signature checked with B's JWKS):");
    for (const l of describeClaims(got.claims)) r.line(`    ${l}`);
    const subOk = got.claims.sub === jose.decodeJwt(tokenA).sub;
    r.check("exchange.upstream_token_b", got.claims.iss === ctx.idp.issuerB && subOk, `upstream got B's token: iss=${got.claims.iss}, sub=${got.claims.sub}`);
  } else {
    r.check("exchange.upstream_token_b", false, "upstream got B's token", got.error);
  }

  const rec = res.received[0];
  const leaked = rec ? subjectTokenTraces(tokenA).filter((t) => receivedText(rec).includes(t) || decodeURIComponent(rec.url).includes(t)) : [];
  r.check(
    "exchange.subject_absent",
    !!rec && leaked.length === 0,
    "A's token is absent from everything the upstream received (target, query, headers, body)",
    rec ? (leaked.length ? `found ${leaked.length} trace(s) of A's token upstream` : undefined) : "the upstream received nothing",
  );

  const statsAfter = await idpStats(ctx.idp);
  const exchanges = statsAfter.b.exchange - statsBefore.b.exchange;
  const last = statsAfter.bTokenRequests.at(-1);
  const postAuth = !!last && last.clientId === ctx.idp.clients.gatewayPost.id && !last.basicAuth && last.paramNames.includes("client_secret") && last.subjectTokenPrefix === tokenA.slice(0, 12);
  r.line(`B's token endpoint: ${exchanges} exchange(s); client ${last?.clientId ?? "?"} authenticated with ${last?.basicAuth ? "HTTP Basic" : last?.paramNames.includes("client_secret") ? "client_secret in the body (client_secret_post)" : "?"}`);
  r.check("exchange.at_b", exchanges === 1 && postAuth, "B exchanged A's token once for client_secret_post client " + ctx.idp.clients.gatewayPost.id, `exchanges=${exchanges}, last token request=${JSON.stringify(last)}`);
  return bToken;
}

/** The same token again: served from the exchange cache (B's token endpoint not called). */
export async function checkCache(ctx: StepContext, tokenA: string, firstBToken: string | null): Promise<void> {
  const before = await idpStats(ctx.idp);
  const res = await send(ctx, "cache", "A's token", tokenA);
  const after = await idpStats(ctx.idp);
  const got = await upstreamTokenFromB(ctx, res.received[0]);
  const same = "token" in got && got.token === firstBToken;
  ctx.r.line(`B's exchange count: ${before.b.exchange} before, ${after.b.exchange} after`);
  ctx.r.check(
    "cache.hit",
    res.status === 200 && after.b.exchange === before.b.exchange && same,
    "200, the upstream got the same B token, B's token endpoint was not called again",
    `status=${res.status}, exchanges ${before.b.exchange}→${after.b.exchange}, same token=${same}`,
  );
}

export async function checkMissing(ctx: StepContext): Promise<void> {
  const res = await send(ctx, "missing", "none", null);
  ctx.r.check(
    "missing.401",
    res.status === 401 && /^Bearer /.test(res.wwwAuthenticate ?? "") && res.received.length === 0,
    `401 with WWW-Authenticate: ${res.wwwAuthenticate ?? "(none)"}; nothing reached the upstream`,
    `status=${res.status}, upstream requests=${res.received.length}`,
  );
}

export async function checkTampered(ctx: StepContext, tokenA: string): Promise<void> {
  const [h, p, s] = tokenA.split(".");
  // Change one character in the middle of the signature (the last one may only flip unused bits).
  const i = Math.floor(s.length / 2);
  const tampered = `${h}.${p}.${s.slice(0, i)}${s[i] === "A" ? "B" : "A"}${s.slice(i + 1)}`;
  const before = await idpStats(ctx.idp);
  const res = await send(ctx, "tampered", "tampered A token", tampered);
  const after = await idpStats(ctx.idp);
  ctx.r.check(
    "tampered.401",
    res.status === 401 && /invalid_token/.test(res.wwwAuthenticate ?? "") && res.received.length === 0 && after.b.exchange === before.b.exchange,
    `401 (${res.wwwAuthenticate ?? "no WWW-Authenticate"}); not exchanged at B, nothing reached the upstream`,
    `status=${res.status}, upstream requests=${res.received.length}, exchanges ${before.b.exchange}→${after.b.exchange}`,
  );
}

/**
 * Changes the plugin through REST (GET, edit, full PUT — PUT replaces the whole plugin), prints the
 * same change as curl + jq, then waits until the proxy reports the new version on its status endpoint.
 */
export async function changePlugin(ctx: StepContext, checkId: string, jqEdit: string, edit: (config: Record<string, any>) => void): Promise<void> {
  const plugin = (await ctx.admin.plugins.get(ctx.controlPlaneId, ctx.pluginId)) as unknown as Record<string, any>;
  const { id: _id, created_at: _c, updated_at: _u, ...body } = plugin;
  edit(body.config);
  const url = `${ctx.apiUrl}/v2/control-planes/${ctx.controlPlaneId}/core-entities/plugins/${ctx.pluginId}`;
  ctx.r.line(`${jqEdit} (GET the plugin, edit, PUT it back):`);
  ctx.r.code(
    [
      `curl -sS '${url}' -H "Authorization: Bearer $KONNECT_TOKEN" \\`,
      `  | jq '${jqEdit} | del(.id, .created_at, .updated_at)' \\`,
      `  | curl -sS -X PUT '${url}' -H "Authorization: Bearer $KONNECT_TOKEN" -H 'Content-Type: application/json' --data @-`,
    ].join("\n"),
  );
  try {
    await ctx.admin.plugins.upsert(ctx.controlPlaneId, ctx.pluginId, body);
  } catch (e) {
    throw new DemoError("DEMO_API_FAILED", `PUT ${url} failed: ${(e as Error).message}`);
  }
  await waitForProxy(ctx, checkId);
}

/** Asks the API for the control plane's current version, then waits until the proxy serves it. */
export async function waitForProxy(ctx: StepContext, checkId: string, timeoutMs = 30_000): Promise<void> {
  const t0 = performance.now();
  const snap = await ctx.dataPlane.pollConfig({ controlPlaneId: ctx.controlPlaneId });
  if (snap.status !== "changed") throw new DemoError("DEMO_API_FAILED", "the API answered 304 to an unconditional config request");
  const target = snap.snapshot as { version: number; config_hash: string };
  ctx.r.line(`the API serves config version ${target.version} (hash ${target.config_hash.slice(0, 12)}…); waiting for the proxy's ${ctx.proxyStatusUrl}`);
  let last: Record<string, unknown> = {};
  while (performance.now() - t0 < timeoutMs) {
    const gone = ctx.unexpectedExit();
    if (gone) throw new DemoError("DEMO_START_FAILED", gone);
    try {
      const res = await request(ctx.proxyStatusUrl, { dispatcher: agent });
      last = (await res.body.json()) as Record<string, unknown>;
      if (last.version === target.version && last.config_hash === target.config_hash) {
        ctx.r.check(checkId, true, `the proxy serves version ${target.version} ${Math.round(performance.now() - t0)} ms after the write`);
        return;
      }
    } catch {
      /* not answering yet */
    }
    await new Promise((res) => setTimeout(res, 50));
  }
  ctx.r.check(checkId, false, `the proxy serves version ${target.version}`, `its status after ${timeoutMs / 1000} s: ${JSON.stringify(last)}`);
  throw new DemoError("DEMO_TIMEOUT", `the proxy did not load config version ${target.version} within ${timeoutMs / 1000} s`);
}

/** After `token_exchange.request.audience` changed: B's token carries the new audience. */
export async function checkAudience(ctx: StepContext, tokenA: string, audience: string): Promise<void> {
  const before = await idpStats(ctx.idp);
  const res = await send(ctx, "audience", "A's token", tokenA);
  const after = await idpStats(ctx.idp);
  const got = await upstreamTokenFromB(ctx, res.received[0]);
  const aud = "claims" in got ? got.claims.aud : undefined;
  const auds = Array.isArray(aud) ? aud : aud ? [aud] : [];
  if ("claims" in got) for (const l of describeClaims(got.claims)) ctx.r.line(`    ${l}`);
  ctx.r.check(
    "change.audience",
    res.status === 200 && auds.length === 1 && auds[0] === audience && after.b.exchange === before.b.exchange + 1,
    `200, a new exchange at B, and B's token now has aud=${audience}`,
    `status=${res.status}, aud=${JSON.stringify(aud)}, exchanges ${before.b.exchange}→${after.b.exchange}${"error" in got ? `, ${got.error}` : ""}`,
  );
}

/** After scopes_required=[scope]: A's "read" token is refused with 403; a token with the scope passes. */
export async function checkScopes(ctx: StepContext, tokenA: string, scope: string): Promise<void> {
  const res = await send(ctx, "scopes", "A's token", tokenA);
  ctx.r.check(
    "change.scopes_403",
    res.status === 403 && /insufficient_scope/.test(res.wwwAuthenticate ?? "") && res.received.length === 0,
    `403 (${res.wwwAuthenticate ?? "no WWW-Authenticate"}): B's token for this client lacks scope "${scope}"; nothing reached the upstream`,
    `status=${res.status}, upstream requests=${res.received.length}`,
  );
  const sub = String(jose.decodeJwt(tokenA).sub);
  const withScope = await tokenFromA(ctx.idp, sub, `read ${scope}`);
  ctx.r.line(`a second token from A for sub=${sub}, this one with scope "read ${scope}": ${shortToken(withScope)}`);
  const ok = await send(ctx, "scopes_allowed", "A's token (scope admin)", withScope);
  const got = await upstreamTokenFromB(ctx, ok.received[0]);
  ctx.r.check(
    "change.scopes_allowed",
    ok.status === 200 && "claims" in got && String(got.claims.scope).split(" ").includes(scope),
    `200 for a token whose exchanged scope includes "${scope}"`,
    `status=${ok.status}${"error" in got ? `, ${got.error}` : ""}`,
  );
}

export { shortToken, sha256 };
