// The openid-connect plugin's configuration contract: every field of Kong Gateway 3.14's schema as the
// Konnect API carries it (names, types, enums and defaults are those of the public Konnect OpenAPI,
// provider release 3.19.0), plus the cross-field rules the API enforces. Endpoint overrides and
// extra JWKS URIs must be http(s) URLs (the gateway calls them); redirect URIs any absolute URL.
// The proxy receives this shape already defaulted; the Terraform provider and the CDKTF bindings
// are derived from it.
import { z } from "zod";
import { dflt, httpUrl, issuerIdentity, optional } from "../common.ts";

export const PLUGIN_NAME = "openid-connect";

export const AUTH_METHODS = ["authorization_code", "bearer", "client_credentials", "introspection", "kong_oauth2", "password", "refresh_token", "session", "userinfo"] as const;
export const CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_jwt", "client_secret_post", "none", "private_key_jwt", "self_signed_tls_client_auth", "tls_client_auth"] as const;
export const JWS_ALGORITHMS = ["ES256", "ES384", "ES512", "EdDSA", "HS256", "HS384", "HS512", "PS256", "PS384", "PS512", "RS256", "RS384", "RS512"] as const;
const PARAM_LOCATIONS = ["body", "header", "query"] as const;
const BEARER_TOKEN_LOCATIONS = ["body", "cookie", "header", "query"] as const;
const SAME_SITE = ["Default", "Lax", "None", "Strict"] as const;
const POP_MODES = ["off", "optional", "strict"] as const;
const SESSION_HEADERS = ["absolute-timeout", "audience", "id", "idling-timeout", "rolling-timeout", "subject", "timeout"] as const;

/** A JSON Web Key the gateway signs client assertions with (private_key_jwt / client_secret_jwt). */
const Jwk = z.strictObject({
  alg: optional(z.string()),
  crv: optional(z.string()),
  d: optional(z.string()).meta({ secret: true }),
  dp: optional(z.string()).meta({ secret: true }),
  dq: optional(z.string()).meta({ secret: true }),
  e: optional(z.string()),
  issuer: optional(z.string()),
  k: optional(z.string()).meta({ secret: true }),
  key_ops: optional(z.array(z.string())),
  kid: optional(z.string()),
  kty: optional(z.string()),
  n: optional(z.string()),
  oth: optional(z.string()).meta({ secret: true }),
  p: optional(z.string()).meta({ secret: true }),
  q: optional(z.string()).meta({ secret: true }),
  qi: optional(z.string()).meta({ secret: true }),
  r: optional(z.string()).meta({ secret: true }),
  t: optional(z.string()).meta({ secret: true }),
  use: optional(z.string()),
  x: optional(z.string()),
  x5c: optional(z.array(z.string())),
  x5t: optional(z.string()),
  "x5t#S256": optional(z.string()),
  x5u: optional(z.string()),
  y: optional(z.string()),
});

/** `{header, path}`: copy the claim found at `path` into `header`. */
const HeaderFromClaim = z.strictObject({
  header: z.string().min(1),
  path: z.array(z.string()).min(1),
});

/** Redis connection settings (used by `redis` and `cluster_cache_redis`). */
const RedisConfig = z.strictObject({
  cloud_authentication: optional(z.strictObject({
    auth_provider: optional(z.enum(["aws", "azure", "gcp"])),
    aws_access_key_id: optional(z.string()).meta({ secret: true }),
    aws_assume_role_arn: optional(z.string()).meta({ secret: true }),
    aws_cache_name: optional(z.string()),
    aws_is_serverless: dflt(z.boolean(), true),
    aws_region: optional(z.string()),
    aws_role_session_name: optional(z.string()).meta({ secret: true }),
    aws_secret_access_key: optional(z.string()).meta({ secret: true }),
    azure_client_id: optional(z.string()).meta({ secret: true }),
    azure_client_secret: optional(z.string()).meta({ secret: true }),
    azure_tenant_id: optional(z.string()).meta({ secret: true }),
    gcp_service_account_json: optional(z.string()).meta({ secret: true }),
  })),
  cluster_max_redirections: dflt(z.number().int(), 5),
  cluster_nodes: optional(z.array(z.strictObject({
    ip: dflt(z.string(), "127.0.0.1"),
    port: dflt(z.number().int().min(0).max(65535), 6379),
  })).min(1)),
  connect_timeout: dflt(z.number().int().min(0).max(2147483646), 2000),
  connection_is_proxied: dflt(z.boolean(), false),
  database: dflt(z.number().int(), 0),
  host: dflt(z.string(), "127.0.0.1"),
  keepalive_backlog: optional(z.number().int().min(0).max(2147483646)),
  keepalive_pool_size: dflt(z.number().int().min(1).max(2147483646), 256),
  password: optional(z.string()).meta({ secret: true }),
  port: dflt(z.number().int().min(0).max(65535), 6379),
  prefix: optional(z.string()),
  read_timeout: dflt(z.number().int().min(0).max(2147483646), 2000),
  send_timeout: dflt(z.number().int().min(0).max(2147483646), 2000),
  sentinel_master: optional(z.string()),
  sentinel_nodes: optional(z.array(z.strictObject({
    host: dflt(z.string(), "127.0.0.1"),
    port: dflt(z.number().int().min(0).max(65535), 6379),
  })).min(1)),
  sentinel_password: optional(z.string()).meta({ secret: true }),
  sentinel_role: optional(z.enum(["any", "master", "slave"])),
  sentinel_username: optional(z.string()),
  server_name: optional(z.string()),
  socket: optional(z.string()),
  ssl: dflt(z.boolean(), false),
  ssl_verify: dflt(z.boolean(), false),
  username: optional(z.string()),
});

const StringList = z.array(z.string().min(1));

/** Conditions under which a token of this plugin's own issuer is exchanged (all set ones must hold). */
export const ExchangeConditions = z.strictObject({
  has_audience: optional(StringList).describe("The subject token's aud must contain one of these."),
  missing_audience: optional(StringList).describe("The subject token's aud must contain none of these."),
  has_scopes: optional(StringList).describe("The subject token's scopes must contain one of these."),
  missing_scopes: optional(StringList).describe("The subject token's scopes must contain none of these."),
});

export const SubjectTokenIssuer = z.strictObject({
  issuer: z.string().min(1).describe("Tokens whose iss equals this value are exchanged."),
  conditions: optional(ExchangeConditions).describe("Required when issuer is this plugin's own issuer; must be empty otherwise."),
});

export const TokenExchange = z.strictObject({
  subject_token_issuers: z.array(SubjectTokenIssuer).min(1, "at least one subject token issuer is required"),
  request: optional(
    z.strictObject({
      audience: optional(StringList).describe("Audiences to request; defaults to config.audience."),
      scopes: optional(StringList).describe("Scopes to request; defaults to config.scopes."),
      empty_audience: dflt(z.boolean(), false).describe("Send no audience even when config.audience is set."),
      empty_scopes: dflt(z.boolean(), false).describe("Send no scope even when config.scopes is set."),
    }),
  ),
  cache: optional(
    z.strictObject({
      enabled: dflt(z.boolean(), true).describe("Cache exchanged tokens."),
      ttl: optional(z.number().int().positive()).describe("Seconds an exchanged token stays cached; the tokens' own expiry wins if shorter."),
    }),
  ),
});

const fields = {
  anonymous: optional(z.string()),
  audience: optional(z.array(z.string())).describe("Audiences requested from the issuer when none are configured in token_exchange.request."),
  audience_claim: dflt(z.array(z.string()), ["aud"]),
  audience_required: optional(z.array(z.string())).describe("The access token must carry one of these audiences (space-separated words inside one entry must all be present)."),
  auth_methods: dflt(z.array(z.enum(AUTH_METHODS)), [...AUTH_METHODS]).describe("Which credential flows the plugin accepts."),
  authenticated_groups_claim: optional(z.array(z.string())),
  authorization_cookie_domain: optional(z.string()),
  authorization_cookie_http_only: dflt(z.boolean(), true),
  authorization_cookie_name: dflt(z.string(), "authorization"),
  authorization_cookie_path: dflt(z.string(), "/"),
  authorization_cookie_same_site: dflt(z.enum(SAME_SITE), "Default"),
  authorization_cookie_secure: optional(z.boolean()),
  authorization_endpoint: optional(httpUrl()),
  authorization_query_args_client: optional(z.array(z.string())),
  authorization_query_args_names: optional(z.array(z.string())),
  authorization_query_args_values: optional(z.array(z.string())),
  authorization_rolling_timeout: dflt(z.number(), 600),
  bearer_token_cookie_name: optional(z.string()),
  bearer_token_param_type: dflt(z.array(z.enum(BEARER_TOKEN_LOCATIONS)), ["body", "header", "query"]).describe("Where to look for a bearer token."),
  by_username_ignore_case: dflt(z.boolean(), false),
  cache_introspection: dflt(z.boolean(), true),
  cache_token_exchange: dflt(z.boolean(), true),
  cache_tokens: dflt(z.boolean(), true),
  cache_tokens_salt: optional(z.string()),
  cache_ttl: dflt(z.number(), 3600).describe("Default lifetime in seconds of cached tokens when the token carries no expiry."),
  cache_ttl_max: optional(z.number()),
  cache_ttl_min: optional(z.number()),
  cache_ttl_neg: optional(z.number()),
  cache_ttl_resurrect: optional(z.number()),
  cache_user_info: dflt(z.boolean(), true),
  claims_forbidden: optional(z.array(z.string())),
  client_alg: optional(z.array(z.enum(JWS_ALGORITHMS))),
  client_arg: dflt(z.string(), "client_id"),
  client_auth: optional(z.array(z.enum(CLIENT_AUTH_METHODS))).describe("How the gateway authenticates to the token endpoint, index-aligned with client_id."),
  client_credentials_param_type: dflt(z.array(z.enum(PARAM_LOCATIONS)), ["body", "header", "query"]),
  client_id: optional(z.array(z.string())).meta({ secret: true }).describe("Client ids the gateway uses when it calls the issuer (token exchange, introspection)."),
  client_jwk: optional(z.array(Jwk)),
  client_secret: optional(z.array(z.string())).meta({ secret: true }).describe("Client secrets, index-aligned with client_id. Stored encrypted."),
  cluster_cache_redis: dflt(RedisConfig, {}),
  cluster_cache_strategy: dflt(z.enum(["off", "redis"]), "off"),
  consumer_by: dflt(z.array(z.enum(["custom_id", "id", "username"])), ["custom_id", "username"]),
  consumer_claim: optional(z.array(z.string())),
  consumer_claims: optional(z.array(z.array(z.string()))),
  consumer_groups_claim: optional(z.array(z.string())),
  consumer_groups_optional: dflt(z.boolean(), false),
  consumer_optional: dflt(z.boolean(), false),
  credential_claim: dflt(z.array(z.string()), ["sub"]),
  disable_session: optional(z.array(z.enum(AUTH_METHODS))),
  discovery_headers_names: optional(z.array(z.string())),
  discovery_headers_values: optional(z.array(z.string())),
  display_errors: dflt(z.boolean(), false).describe("Append the reason for a 401/403 to the response message."),
  domains: optional(z.array(z.string())),
  downstream_access_token_header: optional(z.string()),
  downstream_access_token_jwk_header: optional(z.string()),
  downstream_headers: optional(z.array(HeaderFromClaim)),
  downstream_headers_claims: optional(z.array(z.string())),
  downstream_headers_names: optional(z.array(z.string())),
  downstream_id_token_header: optional(z.string()),
  downstream_id_token_jwk_header: optional(z.string()),
  downstream_introspection_header: optional(z.string()),
  downstream_introspection_jwt_header: optional(z.string()),
  downstream_refresh_token_header: optional(z.string()),
  downstream_session_id_header: optional(z.string()),
  downstream_user_info_header: optional(z.string()),
  downstream_user_info_jwt_header: optional(z.string()),
  dpop_proof_lifetime: dflt(z.number(), 300),
  dpop_use_nonce: dflt(z.boolean(), false),
  enable_hs_signatures: dflt(z.boolean(), false).describe("Accept HMAC-signed tokens (only meaningful with a shared secret)."),
  end_session_endpoint: optional(httpUrl()),
  expose_error_code: dflt(z.boolean(), true).describe("Add error=\"invalid_token\" / \"insufficient_scope\" to WWW-Authenticate."),
  extra_jwks_uris: optional(z.array(httpUrl())),
  forbidden_destroy_session: dflt(z.boolean(), true),
  forbidden_error_message: dflt(z.string(), "Forbidden").describe("Message of 403 responses."),
  forbidden_redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  groups_claim: dflt(z.array(z.string()), ["groups"]),
  groups_required: optional(z.array(z.string())),
  hide_credentials: dflt(z.boolean(), false).describe("Remove the incoming credential before proxying."),
  http_proxy: optional(z.string()),
  http_proxy_authorization: optional(z.string()),
  http_version: dflt(z.number(), 1.1),
  https_proxy: optional(z.string()),
  https_proxy_authorization: optional(z.string()),
  id_token_param_name: optional(z.string()),
  id_token_param_type: dflt(z.array(z.enum(PARAM_LOCATIONS)), ["body", "header", "query"]),
  ignore_signature: dflt(z.array(z.enum(["authorization_code", "client_credentials", "introspection", "password", "refresh_token", "session", "userinfo"])), []),
  introspect_jwt_tokens: dflt(z.boolean(), false),
  introspection_accept: dflt(z.enum(["application/json", "application/jwt", "application/token-introspection+jwt"]), "application/json"),
  introspection_check_active: dflt(z.boolean(), true),
  introspection_endpoint: optional(httpUrl()).describe("Overrides the introspection endpoint taken from discovery."),
  introspection_endpoint_auth_method: optional(z.enum(CLIENT_AUTH_METHODS)),
  introspection_headers_client: optional(z.array(z.string())),
  introspection_headers_names: optional(z.array(z.string())),
  introspection_headers_values: optional(z.array(z.string())).meta({ secret: true }),
  introspection_hint: dflt(z.string(), "access_token"),
  introspection_post_args_client: optional(z.array(z.string())),
  introspection_post_args_client_headers: optional(z.array(z.string())),
  introspection_post_args_names: optional(z.array(z.string())),
  introspection_post_args_values: optional(z.array(z.string())),
  introspection_token_param_name: dflt(z.string(), "token"),
  issuer: httpUrl().describe("Issuer URL of the authorization server this plugin trusts and exchanges tokens at (its discovery document is read from <issuer>/.well-known/openid-configuration)."),
  issuers_allowed: optional(z.array(z.string())).describe("Additional iss values accepted besides the discovered issuer."),
  jwks_endpoint: optional(httpUrl()).describe("Overrides the JWKS URI taken from discovery."),
  jwt_session_claim: dflt(z.string(), "sid"),
  jwt_session_cookie: optional(z.string()),
  keepalive: dflt(z.boolean(), true),
  leeway: dflt(z.number(), 0).describe("Seconds of clock skew tolerated when checking exp, nbf and iat."),
  login_action: dflt(z.enum(["redirect", "response", "upstream"]), "upstream"),
  login_methods: dflt(z.array(z.enum(AUTH_METHODS)), ["authorization_code"]),
  login_redirect_mode: dflt(z.enum(["fragment", "query"]), "fragment"),
  login_redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  login_tokens: dflt(z.array(z.enum(["access_token", "id_token", "introspection", "refresh_token", "tokens"])), ["id_token"]),
  logout_methods: dflt(z.array(z.enum(["DELETE", "GET", "POST"])), ["DELETE", "POST"]),
  logout_post_arg: optional(z.string()),
  logout_query_arg: optional(z.string()),
  logout_redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  logout_revoke: dflt(z.boolean(), false),
  logout_revoke_access_token: dflt(z.boolean(), true),
  logout_revoke_refresh_token: dflt(z.boolean(), true),
  logout_uri_suffix: optional(z.string()),
  max_age: optional(z.number()),
  mtls_introspection_endpoint: optional(httpUrl()),
  mtls_revocation_endpoint: optional(httpUrl()),
  mtls_token_endpoint: optional(httpUrl()),
  no_proxy: optional(z.string()),
  password_param_type: dflt(z.array(z.enum(PARAM_LOCATIONS)), ["body", "header", "query"]),
  preserve_query_args: dflt(z.boolean(), false),
  proof_of_possession_auth_methods_validation: dflt(z.boolean(), true),
  proof_of_possession_dpop: dflt(z.enum(POP_MODES), "off"),
  proof_of_possession_mtls: dflt(z.enum(POP_MODES), "off"),
  pushed_authorization_request_endpoint: optional(httpUrl()),
  pushed_authorization_request_endpoint_auth_method: optional(z.enum(CLIENT_AUTH_METHODS)),
  redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  redis: dflt(RedisConfig, {}),
  rediscovery_lifetime: dflt(z.number(), 30),
  refresh_token_param_name: optional(z.string()),
  refresh_token_param_type: dflt(z.array(z.enum(PARAM_LOCATIONS)), ["body", "header", "query"]),
  refresh_tokens: dflt(z.boolean(), true),
  require_proof_key_for_code_exchange: optional(z.boolean()),
  require_pushed_authorization_requests: optional(z.boolean()),
  require_signed_request_object: optional(z.boolean()),
  resolve_distributed_claims: dflt(z.boolean(), false),
  response_mode: dflt(z.enum(["form_post", "form_post.jwt", "fragment", "fragment.jwt", "jwt", "query", "query.jwt"]), "query"),
  response_type: dflt(z.array(z.string()), ["code"]),
  reverify: dflt(z.boolean(), false),
  revocation_endpoint: optional(httpUrl()),
  revocation_endpoint_auth_method: optional(z.enum(CLIENT_AUTH_METHODS)),
  revocation_token_param_name: dflt(z.string(), "token"),
  roles_claim: dflt(z.array(z.string()), ["roles"]),
  roles_required: optional(z.array(z.string())),
  run_on_preflight: dflt(z.boolean(), true),
  scopes: dflt(z.array(z.string()), []).describe("Scopes requested from the issuer when none are configured in token_exchange.request."),
  scopes_claim: dflt(z.array(z.string()), ["scope"]),
  scopes_required: optional(z.array(z.string())).describe("The access token must carry one of these scope sets (space-separated words inside one entry must all be present)."),
  search_user_info: dflt(z.boolean(), false),
  session_absolute_timeout: dflt(z.number(), 86400),
  session_audience: dflt(z.string(), "default"),
  session_bind: optional(z.array(z.enum(["ip", "scheme", "user-agent"]))),
  session_cookie_domain: optional(z.string()),
  session_cookie_http_only: dflt(z.boolean(), true),
  session_cookie_name: dflt(z.string(), "session"),
  session_cookie_path: dflt(z.string(), "/"),
  session_cookie_same_site: dflt(z.enum(SAME_SITE), "Lax"),
  session_cookie_secure: optional(z.boolean()),
  session_enforce_same_subject: dflt(z.boolean(), false),
  session_hash_storage_key: dflt(z.boolean(), false),
  session_hash_subject: dflt(z.boolean(), false),
  session_idling_timeout: dflt(z.number(), 900),
  session_memcached_host: dflt(z.string(), "127.0.0.1"),
  session_memcached_port: dflt(z.number().int().min(0).max(65535), 11211),
  session_memcached_prefix: optional(z.string()),
  session_memcached_socket: optional(z.string()),
  session_memcached_ssl: dflt(z.boolean(), false),
  session_memcached_ssl_verify: dflt(z.boolean(), false),
  session_remember: dflt(z.boolean(), false),
  session_remember_absolute_timeout: dflt(z.number(), 2592000),
  session_remember_cookie_name: dflt(z.string(), "remember"),
  session_remember_rolling_timeout: dflt(z.number(), 604800),
  session_request_headers: optional(z.array(z.enum(SESSION_HEADERS))),
  session_response_headers: optional(z.array(z.enum(SESSION_HEADERS))),
  session_rolling_timeout: dflt(z.number(), 3600),
  session_secret: optional(z.string()).meta({ secret: true }).describe("Secret used to encrypt session cookies. Stored encrypted."),
  session_storage: dflt(z.enum(["cookie", "memcache", "memcached", "redis"]), "cookie"),
  session_store_metadata: dflt(z.boolean(), false),
  ssl_verify: dflt(z.boolean(), false),
  timeout: dflt(z.number(), 10000).describe("Milliseconds allowed for each call to the identity provider."),
  tls_client_auth_cert_id: optional(z.string()),
  tls_client_auth_ssl_verify: dflt(z.boolean(), true),
  token_cache_key_include_scope: dflt(z.boolean(), false),
  token_endpoint: optional(httpUrl()).describe("Overrides the token endpoint taken from discovery."),
  token_endpoint_auth_method: optional(z.enum(CLIENT_AUTH_METHODS)).describe("Overrides client_auth for calls to the token endpoint."),
  token_exchange: optional(TokenExchange).describe("RFC 8693 token exchange: tokens from the listed subject-token issuers are exchanged at this plugin's issuer before proxying."),
  token_exchange_endpoint: optional(httpUrl()),
  token_headers_client: optional(z.array(z.string())),
  token_headers_grants: optional(z.array(z.enum(["authorization_code", "client_credentials", "password", "refresh_token"]))),
  token_headers_names: optional(z.array(z.string())),
  token_headers_prefix: optional(z.string()),
  token_headers_replay: optional(z.array(z.string())),
  token_headers_values: optional(z.array(z.string())),
  token_post_args_client: optional(z.array(z.string())),
  token_post_args_names: optional(z.array(z.string())),
  token_post_args_values: optional(z.array(z.string())),
  unauthorized_destroy_session: dflt(z.boolean(), true),
  unauthorized_error_message: dflt(z.string(), "Unauthorized").describe("Message of 401 responses."),
  unauthorized_redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  unexpected_redirect_uri: optional(z.array(z.url({ error: "must be an absolute URL" }))),
  upstream_access_token_header: dflt(z.string(), "authorization:bearer").describe("Header that carries the (exchanged) access token upstream; \"authorization:bearer\" means Authorization: Bearer <token>."),
  upstream_access_token_jwk_header: optional(z.string()),
  upstream_headers: optional(z.array(HeaderFromClaim)),
  upstream_headers_claims: optional(z.array(z.string())).describe("Claims copied to upstream headers, index-aligned with upstream_headers_names."),
  upstream_headers_names: optional(z.array(z.string())).describe("Upstream header names, index-aligned with upstream_headers_claims."),
  upstream_id_token_header: optional(z.string()),
  upstream_id_token_jwk_header: optional(z.string()),
  upstream_introspection_header: optional(z.string()),
  upstream_introspection_jwt_header: optional(z.string()),
  upstream_refresh_token_header: optional(z.string()),
  upstream_session_id_header: optional(z.string()),
  upstream_user_info_header: optional(z.string()),
  upstream_user_info_jwt_header: optional(z.string()),
  userinfo_accept: dflt(z.enum(["application/json", "application/jwt"]), "application/json"),
  userinfo_endpoint: optional(httpUrl()),
  userinfo_headers_client: optional(z.array(z.string())),
  userinfo_headers_names: optional(z.array(z.string())),
  userinfo_headers_values: optional(z.array(z.string())),
  userinfo_query_args_client: optional(z.array(z.string())),
  userinfo_query_args_names: optional(z.array(z.string())),
  userinfo_query_args_values: optional(z.array(z.string())),
  using_pseudo_issuer: dflt(z.boolean(), false),
  verify_claims: dflt(z.boolean(), true).describe("Verify standard claims (iss, exp, nbf, iat)."),
  verify_nonce: dflt(z.boolean(), true),
  verify_parameters: dflt(z.boolean(), false),
  verify_signature: dflt(z.boolean(), true).describe("Verify JWT signatures (never turn off outside tests)."),
};

/** True when a conditions object sets at least one non-empty list. */
export function hasConditions(c: z.output<typeof ExchangeConditions> | null | undefined): boolean {
  if (!c) return false;
  return [c.has_audience, c.missing_audience, c.has_scopes, c.missing_scopes].some((l) => l != null && l.length > 0);
}

export const OpenidConnectConfig = z.strictObject(fields).superRefine((cfg, ctx) => {
  const te = cfg.token_exchange;
  if (te) {
    const target = issuerIdentity(cfg.issuer);
    te.subject_token_issuers.forEach((sti, i) => {
      const path = ["token_exchange", "subject_token_issuers", i, "conditions"];
      const own = issuerIdentity(sti.issuer) === target;
      if (own && !hasConditions(sti.conditions)) {
        ctx.addIssue({ code: "custom", path, message: "conditions are required when the subject token issuer is the plugin's own issuer (config.issuer); without them every token would be exchanged again" });
      }
      if (!own && hasConditions(sti.conditions)) {
        ctx.addIssue({ code: "custom", path, message: "conditions may only be set for the plugin's own issuer (config.issuer); tokens of other issuers are always exchanged" });
      }
    });
    const seen = new Set<string>();
    te.subject_token_issuers.forEach((sti, i) => {
      if (seen.has(sti.issuer)) ctx.addIssue({ code: "custom", path: ["token_exchange", "subject_token_issuers", i, "issuer"], message: `duplicate subject token issuer "${sti.issuer}"` });
      seen.add(sti.issuer);
    });
    const auth = cfg.token_endpoint_auth_method ?? cfg.client_auth?.[0] ?? "client_secret_basic";
    if (auth !== "none" && !(cfg.client_id && cfg.client_id.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["client_id"], message: "token exchange needs a client_id to authenticate at the issuer's token endpoint" });
    }
    if ((auth === "client_secret_basic" || auth === "client_secret_post" || auth === "client_secret_jwt") && !(cfg.client_secret && cfg.client_secret.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["client_secret"], message: `client_auth ${auth} needs a client_secret` });
    }
    if (auth === "private_key_jwt" && !(cfg.client_jwk && cfg.client_jwk.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["client_jwk"], message: "client_auth private_key_jwt needs a client_jwk" });
    }
  }
  const claims = cfg.upstream_headers_claims ?? [];
  const names = cfg.upstream_headers_names ?? [];
  if (claims.length !== names.length) {
    ctx.addIssue({ code: "custom", path: ["upstream_headers_names"], message: `upstream_headers_names must have one entry per upstream_headers_claims entry (${claims.length} claims, ${names.length} names)` });
  }
  if (cfg.client_secret && cfg.client_id && cfg.client_secret.length > cfg.client_id.length) {
    ctx.addIssue({ code: "custom", path: ["client_secret"], message: "client_secret has more entries than client_id" });
  }
});

export type OpenidConnectConfigInput = z.input<typeof OpenidConnectConfig>;
export type OpenidConnectConfig = z.output<typeof OpenidConnectConfig>;
export type TokenExchangeConfig = z.output<typeof TokenExchange>;
