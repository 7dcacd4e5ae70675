// openid-connect (auth_methods bearer): find the bearer token, verify it against the
// configured issuer's discovery/JWKS, check claims, pass the token upstream.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { OpenidConnectConfig } from "../../../api/contract/plugins/openid-connect.ts";
import type { PluginInstance, PluginModule, PluginServices, ProxyRequest } from "../types.ts";
import { satisfiesRequired, tokenAudiences, tokenScopes, headerValueForClaim } from "./claims.ts";
import { issuerState, type IssuerState } from "./discovery.ts";
import { OidcError, errorResponse, type ResponseSettings } from "./errors.ts";
import { findToken, removeFound } from "./lookup.ts";
import { checkTimes, checkTyp, decodeJwt, hsSecretFrom, verifySignature, type Claims } from "./verify.ts";

const NAME = "openid-connect";

interface VerifiedEntry {
  claims: Claims;
  verifier: string;
}

function verifiedCache(shared: Map<string, unknown>): LRUCache<string, VerifiedEntry> {
  const key = `${NAME}:verified`;
  let c = shared.get(key) as LRUCache<string, VerifiedEntry> | undefined;
  if (!c) {
    c = new LRUCache<string, VerifiedEntry>({ max: 100_000, ttlAutopurge: false });
    shared.set(key, c);
  }
  return c;
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("base64url");
}

function realmOf(issuer: string): string {
  try {
    return new URL(issuer).hostname || "kong";
  } catch {
    return "kong";
  }
}

function create(config: OpenidConnectConfig, _plugin: unknown, services: PluginServices): PluginInstance {
  const target: IssuerState = issuerState(services.shared, config.issuer, config.jwks_endpoint);
  const cache = verifiedCache(services.shared);
  const settings: ResponseSettings = {
    realm: realmOf(config.issuer),
    displayErrors: config.display_errors,
    exposeErrorCode: config.expose_error_code,
    unauthorizedMessage: config.unauthorized_error_message,
    forbiddenMessage: config.forbidden_error_message,
  };
  const issOpts = { timeoutMs: config.timeout, rediscoveryLifetime: config.rediscovery_lifetime };
  const hsSecret = hsSecretFrom(config.enable_hs_signatures, config.client_secret);
  const verifierId = `${target.identity}${hsSecret ? `|hs:${sha256(Buffer.from(hsSecret).toString("base64"))}` : ""}`;
  const log = services.logger.child({ plugin: NAME });

  async function verifyTargetToken(token: string, tokenHash: string): Promise<Claims> {
    const md = await target.getMetadata(issOpts);
    let claims: Claims;
    const hit = cache.get(tokenHash);
    if (hit && hit.verifier === verifierId) {
      claims = hit.claims;
    } else {
      const decoded = decodeJwt(token);
      checkTyp(decoded.header);
      claims = await verifySignature(token, decoded, target, { ...issOpts, hsSecret });
      const nowSec = Date.now() / 1000;
      checkTimes(claims, config.leeway, nowSec);
      const exp = typeof claims.exp === "number" ? claims.exp : nowSec + config.cache_ttl;
      const ttl = Math.floor((Math.min(exp, nowSec + config.cache_ttl) - nowSec) * 1000);
      if (ttl > 0) cache.set(tokenHash, { claims, verifier: verifierId }, { ttl });
    }
    checkTimes(claims, config.leeway, Date.now() / 1000);
    const iss = claims.iss;
    if (iss !== undefined && iss !== md.issuer && !(config.issuers_allowed ?? []).includes(String(iss))) {
      throw new OidcError("OIDC_ISSUER_NOT_ALLOWED");
    }
    return claims;
  }

  function checkRequirements(claims: Claims): void {
    if (config.scopes_required && config.scopes_required.length > 0 && !satisfiesRequired(config.scopes_required, tokenScopes(claims, config.scopes_claim))) {
      throw new OidcError("OIDC_SCOPE_INSUFFICIENT");
    }
    if (config.audience_required && config.audience_required.length > 0 && !satisfiesRequired(config.audience_required, tokenAudiences(claims, config.audience_claim))) {
      throw new OidcError("OIDC_AUDIENCE_MISMATCH");
    }
  }

  function setUpstreamHeaders(req: ProxyRequest, token: string, claims: Claims): void {
    const names = config.upstream_headers_names ?? [];
    const claimNames = config.upstream_headers_claims ?? [];
    // Anti-spoofing: the client's copies of these headers never reach the upstream.
    for (const n of names) req.upstreamHeaders.delete(n.toLowerCase());
    names.forEach((n, i) => {
      const v = headerValueForClaim(claims[claimNames[i]]);
      if (v !== undefined) req.upstreamHeaders.set(n.toLowerCase(), v);
    });
    const h = config.upstream_access_token_header;
    if (h) {
      const lower = h.toLowerCase();
      if (lower === "authorization:bearer") req.upstreamHeaders.set("authorization", `Bearer ${token}`);
      else if (lower === "authorization:basic") req.upstreamHeaders.set("authorization", `Basic ${token}`);
      else if (lower === "authorization:dpop") req.upstreamHeaders.set("authorization", `DPoP ${token}`);
      else req.upstreamHeaders.set(lower, token);
    }
  }

  return {
    async access(req) {
      try {
        if (!config.auth_methods.includes("bearer")) throw new OidcError("OIDC_TOKEN_MISSING", "bearer is not an enabled auth method");
        const found = await findToken(req, config.bearer_token_param_type, config.bearer_token_cookie_name);
        if (!found) throw new OidcError("OIDC_TOKEN_MISSING");
        const tokenHash = sha256(found.token);
        const claims = await verifyTargetToken(found.token, tokenHash);
        checkRequirements(claims);
        if (config.hide_credentials) await removeFound(req, found, config.bearer_token_cookie_name);
        setUpstreamHeaders(req, found.token, claims);
        req.ctx.set(NAME, { claims });
      } catch (e) {
        const err = e instanceof OidcError ? e : new OidcError("OIDC_INTERNAL", (e as Error)?.message, { cause: e });
        const entry = { code: err.code, status: err.status, detail: err.detail };
        if (err.status >= 500) log.warn(entry, "openid-connect refused request");
        else log.info(entry, "openid-connect refused request");
        return errorResponse(err, settings);
      }
    },
  };
}

export const openidConnect: PluginModule<OpenidConnectConfig> = {
  name: NAME,
  priority: 1050,
  create: (config, plugin, services) => create(config, plugin, services),
};
