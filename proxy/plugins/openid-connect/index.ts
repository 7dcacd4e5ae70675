// openid-connect: bearer (JWT) and introspection authentication with RFC 8693 token exchange.
//
// Request flow (access phase):
//  1. find the token (bearer_token_param_type) → 401 when absent;
//  2. route by issuer: a listed subject-token issuer other than config.issuer → verify against
//     THAT issuer's discovery/JWKS, then exchange at config.issuer's token endpoint;
//     config.issuer (or issuers_allowed) → verify against config.issuer, and exchange only when the
//     same-issuer conditions hold; any other issuer → 401;
//  3. the exchanged token is verified like any token of config.issuer (never exchanged again);
//  4. scopes_required / audience_required (403), then upstream headers: after an exchange every
//     bearer-token carrier is removed so the upstream only ever sees the exchanged token.
// Warm path: verified claims are cached by SHA-256 of the token (no jose), exchanged tokens by
// SHA-256 of the subject token + request parameters; both bounded and never past expiry.
import { hash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { issuerIdentity } from "../../../api/contract/common.ts";
import type { OpenidConnectConfig } from "../../../api/contract/plugins/openid-connect.ts";
import { ProxyError } from "../../errors.ts";
import type { PluginInstance, PluginModule, PluginResponse, PluginServices, ProxyRequest } from "../types.ts";
import { claimAt, claimWords, conditionsHold, headerValueForClaim, satisfiesRequired, tokenAudiences, tokenScopes, type ExchangeConditionsLike } from "./claims.ts";
import { clientFromConfig } from "./client-auth.ts";
import { issuerState, type IssuerState } from "./discovery.ts";
import { OidcError, errorResponse, type ResponseSettings } from "./errors.ts";
import { exchangeToken } from "./exchange.ts";
import { exchangeParamsHash, type CachedExchange } from "./exchange-cache.ts";
import { introspect } from "./introspection.ts";
import { assertNotInPath, assertTokenGone, bodyInvolved, findToken, removeAllCarriers, removeFound, tokenLocations, type FoundToken } from "./lookup.ts";
import { exchangeCacheFor, introspectionCache, verifiedCache, type VerifiedEntry } from "./shared-state.ts";
import { MAX_TOKEN_BYTES, checkTimes, checkTyp, decodeJwt, hsSecretFrom, looksLikeJwt, verifySignature, type Claims } from "./verify.ts";

export { closeSharedState } from "./shared-state.ts";

const NAME = "openid-connect";
/** Exchanged tokens leave the cache this long before the earlier of the two tokens' expiry. */
export const EXCHANGE_CACHE_MARGIN_MS = 5_000;
/** How long a definitive exchange refusal is remembered per subject token and request parameters. */
export const EXCHANGE_FAILURE_CACHE_MS = 5_000;
/** The IdP's answer about this token, not an outage: safe to repeat for a few seconds. */
const REMEMBERED_EXCHANGE_FAILURES: ReadonlySet<string> = new Set(["OIDC_EXCHANGE_REJECTED", "OIDC_EXCHANGE_FORBIDDEN", "OIDC_EXCHANGE_BAD_RESPONSE", "OIDC_EXCHANGED_TOKEN_INVALID"]);

interface SubjectIssuer {
  identity: string;
  state: IssuerState;
}

interface Authenticated {
  /** The token that goes upstream (the exchanged one after an exchange). */
  token: string;
  claims: Claims;
  exchanged: boolean;
}

function sha256(s: string | Uint8Array): string {
  // One-shot hash (Node ≥ 20.12): cheaper than createHash on the warm path.
  return hash("sha256", s, "base64url");
}

/**
 * OIDC_ISSUER_NOT_ALLOWED with the token's (unverified) iss and the issuers accepted, for the log
 * line: an operator can tell a wrong issuer URL (trailing slash, http vs https, another realm)
 * from a foreign token. The iss is clipped: it comes from the client and is not verified yet.
 */
function issuerNotAllowed(detail: string | undefined, iss: unknown, accepted: string[]): OidcError {
  const tokenIss = typeof iss === "string" ? (iss.length > 256 ? `${iss.slice(0, 256)}…` : iss) : null;
  return new OidcError("OIDC_ISSUER_NOT_ALLOWED", detail, { logFields: { token_iss: tokenIss, issuers_accepted: accepted } });
}

/** The cache key of a found token; an oversized one is refused before it is hashed. */
function tokenHash(token: string): string {
  if (token.length > MAX_TOKEN_BYTES) throw new OidcError("OIDC_TOKEN_TOO_LARGE", `${token.length} bytes`);
  return sha256(token);
}

function realmOf(issuer: string): string {
  try {
    return new URL(issuer).hostname || "kong";
  } catch {
    return "kong";
  }
}

function create(config: OpenidConnectConfig, services: PluginServices): PluginInstance {
  const shared = services.shared;
  const log = services.logger.child({ plugin: NAME });
  const target = issuerState(shared, config.issuer, config.jwks_endpoint);
  const verified = verifiedCache(shared);
  const settings: ResponseSettings = {
    realm: realmOf(config.issuer),
    displayErrors: config.display_errors,
    exposeErrorCode: config.expose_error_code,
    unauthorizedMessage: config.unauthorized_error_message,
    forbiddenMessage: config.forbidden_error_message,
  };
  const issOpts = { timeoutMs: config.timeout, rediscoveryLifetime: config.rediscovery_lifetime };
  const hsSecret = hsSecretFrom(config.enable_hs_signatures, config.client_secret);
  const hsVerifier = hsSecret ? `${target.verifierId}|hs:${sha256(hsSecret)}` : undefined;
  const issuersAllowed = new Set(config.issuers_allowed ?? []);
  const useBearer = config.auth_methods.includes("bearer");
  const useIntrospection = config.auth_methods.includes("introspection");
  const locations = tokenLocations(config.bearer_token_param_type);

  // Token exchange set-up: foreign subject issuers, and the conditions for config.issuer's own tokens.
  const te = config.token_exchange;
  const foreign = new Map<string, SubjectIssuer>();
  let sameIssuerConditions: ExchangeConditionsLike | null = null;
  for (const sti of te?.subject_token_issuers ?? []) {
    const identity = issuerIdentity(sti.issuer);
    if (identity === target.identity) sameIssuerConditions = sti.conditions;
    else foreign.set(identity, { identity, state: issuerState(shared, sti.issuer, null) });
  }
  /** verifier id (who verified a cached token) → how to treat that token. */
  const routes = new Map<string, SubjectIssuer | "target">([[target.verifierId, "target"]]);
  if (hsVerifier) routes.set(hsVerifier, "target");
  for (const f of foreign.values()) if (!routes.has(f.state.verifierId)) routes.set(f.state.verifierId, f);

  const requestAudiences = te?.request?.empty_audience ? [] : (te?.request?.audience ?? config.audience ?? []);
  const requestScopes = te?.request?.empty_scopes ? [] : (te?.request?.scopes ?? config.scopes ?? []);
  const exchangeCacheEnabled = te?.cache?.enabled ?? true;
  const exchangeCacheTtlS = te?.cache?.ttl ?? config.cache_ttl;
  const exchangeClient = clientFromConfig(config, config.token_endpoint_auth_method);
  const introspectionClient = clientFromConfig(config, config.introspection_endpoint_auth_method);
  const exchanges = te ? exchangeCacheFor(shared, services, config, log) : undefined;
  let paramsHash: { endpoint: string; hash: string } | undefined;
  const verifying = new Map<string, Promise<Claims>>();

  // ---- verification ------------------------------------------------------------------------

  /** Signature (+typ) verification with one flight per token; caches the verified claims. */
  function verifyOnce(token: string, hash: string, state: IssuerState, decoded: ReturnType<typeof decodeJwt>): Promise<Claims> {
    const running = verifying.get(hash);
    if (running) return running;
    const p = (async () => {
      checkTyp(decoded.header);
      const isHs = typeof decoded.header.alg === "string" && decoded.header.alg.startsWith("HS");
      const claims = await verifySignature(token, decoded, state, { ...issOpts, hsSecret: state === target ? hsSecret : undefined });
      const nowS = Date.now() / 1000;
      const until = Math.min(typeof claims.exp === "number" ? claims.exp : Infinity, nowS + config.cache_ttl);
      const ttl = Math.floor((until - nowS) * 1000);
      if (ttl > 0) {
        // A foreign subject token is only ever exchanged: its time claims and iss are all the
        // warm path needs (keeps 100k cached subject tokens small).
        const kept = state === target ? claims : { iss: claims.iss, exp: claims.exp, nbf: claims.nbf, iat: claims.iat };
        verified.set(hash, { claims: kept, verifier: isHs && hsVerifier ? hsVerifier : state.verifierId, partial: state !== target }, { ttl });
      }
      return claims;
    })().finally(() => verifying.delete(hash));
    verifying.set(hash, p);
    return p;
  }

  /** The issuers a token of config.issuer's family may name (the discovered spelling first). */
  function acceptedIssuers(): string[] {
    const discovered = target.discoveredIssuer();
    return [...(discovered ? [discovered] : []), ...[...issuersAllowed].filter((i) => i !== discovered)];
  }

  function targetIssAllowed(iss: unknown): boolean {
    if (iss === undefined) return true; // Kong checks iss only when present.
    return typeof iss === "string" && (iss === target.discoveredIssuer() || issuersAllowed.has(iss));
  }

  /**
   * The cached verification of `hash` if this instance may use it (time claims re-checked: throws
   * like the cold path would), else undefined. Synchronous: the warm path.
   */
  function verifiedHit(hash: string, nowS: number): { claims: Claims; route: SubjectIssuer | "target" } | undefined {
    const hit: VerifiedEntry | undefined = verified.get(hash);
    if (!hit) return undefined;
    const route = routes.get(hit.verifier);
    // Another instance may have cached only the time claims (as a foreign subject token); a
    // token this instance validates as its own needs them all, so that is a miss here. A
    // subject token must spell its issuer exactly as discovery does, even if the instance
    // that cached it accepted another spelling through its issuers_allowed.
    const usable = route === "target" ? !hit.partial && targetIssAllowed(hit.claims.iss) : route !== undefined && hit.claims.iss === route.state.discoveredIssuer();
    if (!route || !usable) return undefined;
    checkTimes(hit.claims, config.leeway, nowS);
    return { claims: hit.claims, route };
  }

  /** Verifies a JWT and tells which issuer family it belongs to. */
  async function verifyJwt(token: string, hash: string): Promise<{ claims: Claims; route: SubjectIssuer | "target" }> {
    const warm = verifiedHit(hash, Date.now() / 1000);
    if (warm) return warm;
    const decoded = decodeJwt(token);
    const iss = decoded.payload.iss;
    if (iss !== undefined && typeof iss !== "string") throw new OidcError("OIDC_CLAIMS_INVALID", "iss is not a string");
    const sti = iss !== undefined ? foreign.get(issuerIdentity(iss)) : undefined;
    let route: SubjectIssuer | "target";
    let state: IssuerState;
    if (sti && !(iss !== undefined && issuerIdentity(iss) === target.identity)) {
      route = sti;
      state = sti.state;
      const md = await state.getMetadata(issOpts);
      // Routed by identity; the token must spell the issuer exactly as its discovery document does.
      if (iss !== md.issuer) throw issuerNotAllowed("iss differs from the subject issuer's discovered issuer", iss, [md.issuer]);
    } else {
      await target.getMetadata(issOpts);
      if (!targetIssAllowed(iss)) throw issuerNotAllowed(undefined, iss, acceptedIssuers());
      route = "target";
      state = target;
    }
    const claims = await verifyOnce(token, hash, state, decoded);
    if (claims.iss !== iss) throw new OidcError("OIDC_CLAIMS_INVALID", "iss changed between decode and verify");
    checkTimes(claims, config.leeway, Date.now() / 1000);
    return { claims, route };
  }

  /** Verifies a token returned by the exchange: a plain token of config.issuer, nothing more. */
  async function verifyExchanged(token: string): Promise<Claims> {
    try {
      const md = await target.getMetadata(issOpts);
      const decoded = decodeJwt(token);
      if (decoded.payload.iss !== md.issuer) throw issuerNotAllowed("exchanged token is not from config.issuer", decoded.payload.iss, [md.issuer]);
      checkTyp(decoded.header);
      const claims = await verifySignature(token, decoded, target, { ...issOpts, hsSecret });
      checkTimes(claims, config.leeway, Date.now() / 1000);
      return claims;
    } catch (e) {
      if (e instanceof OidcError && e.status === 401) throw new OidcError("OIDC_EXCHANGED_TOKEN_INVALID", e.code, { logFields: e.logFields });
      throw e;
    }
  }

  // ---- exchange ----------------------------------------------------------------------------

  /**
   * The cached exchange for this subject token, if the local cache has a live one (its time
   * claims re-checked: throws like the cold path would). Synchronous: the warm path. The key is
   * the same as exchangeFor's; before the first exchange (params hash not resolved yet) a miss.
   * Never extends an entry (ExchangeCache.get does not refresh TTLs).
   */
  function exchangeHit(subjectHash: string, nowMs: number): Authenticated | undefined {
    if (!exchanges || !exchangeClient || !paramsHash || !exchangeCacheEnabled) return undefined;
    const entry = exchanges.get(`${paramsHash.hash}:${subjectHash}`, nowMs);
    if (!entry) return undefined;
    checkTimes(entry.claims, config.leeway, nowMs / 1000);
    return { token: entry.token, claims: entry.claims, exchanged: true };
  }

  async function exchangeFor(subjectToken: string, subjectHash: string, subjectClaims: Claims): Promise<Authenticated> {
    if (!exchanges || !exchangeClient) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "token exchange needs a client_id");
    // Warm path: the endpoint and its params hash are resolved once per instance.
    const endpoint = paramsHash?.endpoint ?? config.token_endpoint ?? (await target.getMetadata(issOpts)).token_endpoint;
    if (!endpoint) throw new OidcError("OIDC_DISCOVERY_INVALID", "no token_endpoint");
    if (!paramsHash || paramsHash.endpoint !== endpoint) {
      paramsHash = { endpoint, hash: exchangeParamsHash({ tokenEndpoint: endpoint, clientId: exchangeClient.clientId, audiences: requestAudiences, scopes: requestScopes, requestedTokenType: "", verifier: `${hsVerifier ?? target.verifierId}|ttl=${exchangeCacheTtlS}` }) };
    }
    const key = `${paramsHash.hash}:${subjectHash}`;
    // A local hit needs none of the closures below (ExchangeCache.resolve would look it up first too).
    const hit = exchangeHit(subjectHash, Date.now());
    if (hit) return hit;
    const expA = typeof subjectClaims.exp === "number" ? subjectClaims.exp * 1000 : Infinity;
    const entry: CachedExchange = await exchanges.resolve(key, subjectToken, exchangeCacheEnabled, config.timeout, async () => {
      const res = await exchangeToken(subjectToken, { tokenEndpoint: endpoint, client: exchangeClient, audiences: requestAudiences, scopes: requestScopes }, config.timeout);
      const claims = await verifyExchanged(res.accessToken);
      const nowMs = Date.now();
      const expB = typeof claims.exp === "number" ? claims.exp * 1000 : res.expiresIn ? nowMs + res.expiresIn * 1000 : Infinity;
      // The margin is taken off here, so every cache layer (LRU, Redis, LRU filled from Redis) stops at the same instant.
      const useUntil = Math.min(expA, expB, nowMs + exchangeCacheTtlS * 1000) - EXCHANGE_CACHE_MARGIN_MS;
      log.debug({ event: "OIDC_TOKEN_EXCHANGED", subject: subjectHash.slice(0, 8) }, "token exchanged");
      return { entry: { token: res.accessToken, claims, expiresAt: useUntil }, ttlMs: useUntil - nowMs };
    }, { acceptShared: async (shared) => {
      // Anyone who can write to Redis and knows a subject token (its own, say) could otherwise
      // plant any token and claims (sub, scopes, header values) for it: verify the stored token
      // as if B had just returned it, use only its verified claims, and bound its life again.
      const claims = await verifyExchanged(shared.token);
      const expB = typeof claims.exp === "number" ? claims.exp * 1000 : Infinity;
      const expiresAt = Math.min(shared.expiresAt, expA - EXCHANGE_CACHE_MARGIN_MS, expB - EXCHANGE_CACHE_MARGIN_MS);
      return expiresAt > Date.now() ? { token: shared.token, claims, expiresAt } : undefined;
    }, failureTtlMs: (e) => {
      // A token B refused (or answered unusably for) is refused again for a few seconds without
      // asking B: otherwise one such token replayed in a loop turns into as many authenticated
      // calls at B with the gateway's client, which B may rate-limit for every user.
      if (!(e instanceof OidcError) || !REMEMBERED_EXCHANGE_FAILURES.has(e.code)) return 0;
      return Math.min(EXCHANGE_FAILURE_CACHE_MS, expA - Date.now());
    } });
    checkTimes(entry.claims, config.leeway, Date.now() / 1000);
    return { token: entry.token, claims: entry.claims, exchanged: true };
  }

  // ---- introspection -------------------------------------------------------------------------

  async function introspectToken(token: string, hash: string): Promise<Authenticated> {
    const cache = introspectionCache(shared);
    const endpoint = config.introspection_endpoint ?? (await target.getMetadata(issOpts)).introspection_endpoint;
    if (!endpoint) throw new OidcError("OIDC_DISCOVERY_INVALID", "no introspection_endpoint");
    if (!introspectionClient) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "introspection needs a client_id");
    // cache_ttl is part of the key: an instance that wants revocations seen sooner must not read
    // another instance's longer-lived result.
    const key = `${sha256(`${endpoint}|${introspectionClient.clientId}|${config.cache_ttl}`)}:${hash}`;
    let claims = config.cache_introspection ? cache.get(key) : undefined;
    if (!claims) {
      claims = await introspect(token, {
        endpoint,
        client: introspectionClient,
        tokenParamName: config.introspection_token_param_name,
        hint: config.introspection_hint,
        checkActive: config.introspection_check_active,
        timeoutMs: config.timeout,
      });
      const nowS = Date.now() / 1000;
      const until = Math.min(typeof claims.exp === "number" ? claims.exp : Infinity, nowS + config.cache_ttl);
      const ttl = Math.floor((until - nowS) * 1000);
      if (config.cache_introspection && ttl > 0) cache.set(key, claims, { ttl });
    }
    // The cache is shared with instances that may not check `active` (introspection_check_active:
    // false caches inactive results too): a hit is checked against this instance's setting.
    if (config.introspection_check_active && claims.active !== true) throw new OidcError("OIDC_INTROSPECTION_INACTIVE");
    checkTimes(claims, config.leeway, Date.now() / 1000);
    return { token, claims, exchanged: false };
  }

  // ---- the request -------------------------------------------------------------------------

  /**
   * The warm path: both the verified-claims cache and (when this token is exchanged) the
   * exchange cache answer, so no await at all. undefined = something is not cached: use
   * authenticate. Throws the same errors authenticate would for the same cache entries.
   */
  function authenticateWarm(token: string, hash: string): Authenticated | undefined {
    if (!useBearer || !looksLikeJwt(token)) return undefined;
    const nowMs = Date.now();
    const v = verifiedHit(hash, nowMs / 1000);
    if (!v) return undefined;
    if (isExchanged(v.route, v.claims)) return exchangeHit(hash, nowMs);
    return { token, claims: v.claims, exchanged: false };
  }

  /** A verified token is exchanged when a subject issuer issued it, or config.issuer did and its conditions hold. */
  function isExchanged(route: SubjectIssuer | "target", claims: Claims): boolean {
    if (route !== "target") return true;
    return sameIssuerConditions !== null && conditionsHold(sameIssuerConditions, tokenAudiences(claims, config.audience_claim), tokenScopes(claims, config.scopes_claim));
  }

  async function authenticate(token: string, hash: string): Promise<Authenticated> {
    if (useBearer && looksLikeJwt(token)) {
      let result: { claims: Claims; route: SubjectIssuer | "target" };
      try {
        result = await verifyJwt(token, hash);
      } catch (e) {
        // Kong falls through to introspection when the token is not a JWT it can read.
        if (useIntrospection && e instanceof OidcError && e.code === "OIDC_TOKEN_MALFORMED") return introspectToken(token, hash);
        throw e;
      }
      if (isExchanged(result.route, result.claims)) return exchangeFor(token, hash, result.claims);
      return { token, claims: result.claims, exchanged: false };
    }
    if (useIntrospection) return introspectToken(token, hash);
    if (useBearer) throw new OidcError("OIDC_TOKEN_MALFORMED", "not a compact JWS");
    throw new OidcError("OIDC_AUTH_METHOD_DISABLED");
  }

  function checkRequirements(claims: Claims): void {
    if (config.claims_forbidden && config.claims_forbidden.some((c) => claims[c] !== undefined)) {
      throw new OidcError("OIDC_CLAIM_FORBIDDEN");
    }
    if (config.scopes_required && config.scopes_required.length > 0 && !satisfiesRequired(config.scopes_required, tokenScopes(claims, config.scopes_claim))) {
      throw new OidcError("OIDC_SCOPE_INSUFFICIENT");
    }
    if (config.audience_required && config.audience_required.length > 0 && !satisfiesRequired(config.audience_required, tokenAudiences(claims, config.audience_claim))) {
      throw new OidcError("OIDC_AUDIENCE_MISMATCH");
    }
    if (config.groups_required && config.groups_required.length > 0 && !satisfiesRequired(config.groups_required, claimWords(claimAt(claims, config.groups_claim)))) {
      throw new OidcError("OIDC_GROUPS_MISSING");
    }
    if (config.roles_required && config.roles_required.length > 0 && !satisfiesRequired(config.roles_required, claimWords(claimAt(claims, config.roles_claim)))) {
      throw new OidcError("OIDC_ROLES_MISSING");
    }
  }

  const headerNames = (config.upstream_headers_names ?? []).map((n) => n.toLowerCase());
  const headerClaims = config.upstream_headers_claims ?? [];
  const accessTokenHeader = config.upstream_access_token_header?.toLowerCase() ?? null;

  function setUpstreamHeaders(req: ProxyRequest, token: string, claims: Claims): void {
    // Anti-spoofing: the client's own copies of these headers never reach the upstream.
    for (const n of headerNames) req.upstreamHeaders.delete(n);
    for (let i = 0; i < headerNames.length; i++) {
      const v = headerValueForClaim(claims[headerClaims[i]]);
      if (v !== undefined) req.upstreamHeaders.set(headerNames[i], v);
    }
    if (!accessTokenHeader) return;
    if (accessTokenHeader === "authorization:bearer") req.upstreamHeaders.set("authorization", `Bearer ${token}`);
    else if (accessTokenHeader === "authorization:basic") req.upstreamHeaders.set("authorization", `Basic ${token}`);
    else if (accessTokenHeader === "authorization:dpop") req.upstreamHeaders.set("authorization", `DPoP ${token}`);
    else req.upstreamHeaders.set(accessTokenHeader, token);
  }

  /**
   * Takes the subject token out of everything that goes upstream, or refuses
   * (OIDC_SUBJECT_TOKEN_EXPOSED). Synchronous (may throw) unless the body is involved.
   */
  function stripSubjectToken(req: ProxyRequest, token: string | undefined): Promise<void> | undefined {
    const pending = removeAllCarriers(req, config.bearer_token_cookie_name, token);
    if (pending) return token ? pending.then(() => assertTokenGone(req, token)) : pending;
    if (!token) return undefined;
    if (bodyInvolved(req)) return assertTokenGone(req, token);
    assertNotInPath(req, token);
    return undefined;
  }

  /** After authentication: requirements, credential removal, upstream headers. Synchronous unless the body is involved. */
  function finish(req: ProxyRequest, found: FoundToken, auth: Authenticated): Promise<void> | undefined {
    checkRequirements(auth.claims);
    let pending: Promise<void> | undefined;
    if (auth.exchanged) pending = stripSubjectToken(req, found.token);
    else if (config.hide_credentials) pending = removeFound(req, found, config.bearer_token_cookie_name);
    if (pending) return pending.then(() => commit(req, auth));
    commit(req, auth);
    return undefined;
  }

  function commit(req: ProxyRequest, auth: Authenticated): void {
    setUpstreamHeaders(req, auth.token, auth.claims);
    req.ctx.set(NAME, { sub: auth.claims.sub, exchanged: auth.exchanged });
  }

  /** Preflights pass unauthenticated, but with token exchange configured the upstream must still never see a subject token. */
  async function preflight(req: ProxyRequest): Promise<PluginResponse | undefined> {
    if (!te) return undefined;
    try {
      let found = findToken(req, locations, config.bearer_token_cookie_name);
      if (found instanceof Promise) found = await found;
      await stripSubjectToken(req, found?.token);
    } catch (e) {
      return refuse(req, e, undefined);
    }
    return undefined;
  }

  /** The general path (token in the body, or a cache miss somewhere): may await IdP calls. */
  async function accessAsync(req: ProxyRequest, lookup: FoundToken | undefined | Promise<FoundToken | undefined>, knownHash?: string): Promise<PluginResponse | undefined> {
    let hash = knownHash;
    try {
      const found = lookup instanceof Promise ? await lookup : lookup;
      if (!found) throw new OidcError("OIDC_TOKEN_MISSING");
      hash ??= tokenHash(found.token);
      const auth = await authenticate(found.token, hash);
      const pending = finish(req, found, auth);
      if (pending) await pending;
    } catch (e) {
      return refuse(req, e, hash);
    }
    return undefined;
  }

  function refuse(req: ProxyRequest, e: unknown, hash: string | undefined) {
    // The core's own failures (a body over the read limit: 413, a broken client body: 400)
    // keep their status; the core maps and logs them.
    if (e instanceof ProxyError) throw e;
    const err = e instanceof OidcError ? e : new OidcError("OIDC_INTERNAL", (e as Error)?.message, { cause: e });
    const entry = { code: err.code, status: err.status, detail: err.detail, ...err.logFields, token: hash?.slice(0, 8), request_id: req.id };
    if (err.status >= 500) log.warn(entry, "openid-connect refused the request");
    else log.info(entry, "openid-connect refused the request");
    return errorResponse(err, settings);
  }

  return {
    // The core strips client-sent copies of these before any access phase (anti-spoofing even
    // when this plugin ends up not setting one); setUpstreamHeaders strips them again itself.
    upstreamHeaderNames() {
      const names = [...headerNames];
      if (accessTokenHeader) names.push(accessTokenHeader.startsWith("authorization:") ? "authorization" : accessTokenHeader);
      return names;
    },
    // Not an async function: a request whose token (and its exchange) are cached is handled
    // without a promise or a microtask hop; anything else continues in accessAsync.
    access(req) {
      if (!config.run_on_preflight && req.method === "OPTIONS") return preflight(req);
      let hash: string | undefined;
      try {
        const found = findToken(req, locations, config.bearer_token_cookie_name);
        if (found === undefined || found instanceof Promise) return accessAsync(req, found);
        hash = tokenHash(found.token);
        const auth = authenticateWarm(found.token, hash);
        if (auth === undefined) return accessAsync(req, found, hash);
        const pending = finish(req, found, auth);
        if (pending) {
          const h = hash;
          return pending.then(() => undefined, (e: unknown) => refuse(req, e, h));
        }
        return undefined;
      } catch (e) {
        return refuse(req, e, hash);
      }
    },
  };
}

export const openidConnect: PluginModule<OpenidConnectConfig> = {
  name: NAME,
  priority: 1050,
  create: (config, _plugin, services) => create(config, services),
};
