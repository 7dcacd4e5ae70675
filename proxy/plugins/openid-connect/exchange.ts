// RFC 8693 token exchange at the target issuer's token endpoint: the request (only RFC 8693
// parameters plus client authentication), and the mapping of every answer to a typed result.
//
// Error mapping (not retried unless noted):
//  - network error, timeout, 5xx: retried once after a short backoff, then
//    OIDC_TOKEN_ENDPOINT_UNAVAILABLE (502);
//  - invalid_grant / invalid_request: the issuer refused the subject token → OIDC_EXCHANGE_REJECTED (401);
//  - invalid_target / invalid_scope: refused for this audience/scope → OIDC_EXCHANGE_FORBIDDEN (403);
//  - invalid_client / unauthorized_client / unsupported_grant_type / anything else: the gateway's
//    client is misconfigured → OIDC_CLIENT_REJECTED (502);
//  - 200 without a usable access_token or with a token_type other than Bearer/N_A →
//    OIDC_EXCHANGE_BAD_RESPONSE (502).
import { applyClientAuth, type ClientCredentials } from "./client-auth.ts";
import { OidcError } from "./errors.ts";
import { IdpUnreachable, idpRequest, parseJsonObject } from "./idp-http.ts";

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";

export interface ExchangeParams {
  tokenEndpoint: string;
  client: ClientCredentials;
  audiences: readonly string[];
  scopes: readonly string[];
}

export interface ExchangeResult {
  accessToken: string;
  expiresIn: number | undefined;
  issuedTokenType: string | undefined;
  scope: string | undefined;
}

/** Builds the exchange form body (without client auth). Exported for tests. */
export function exchangeForm(subjectToken: string, p: Pick<ExchangeParams, "audiences" | "scopes">): URLSearchParams {
  const form = new URLSearchParams();
  form.set("grant_type", TOKEN_EXCHANGE_GRANT);
  form.set("subject_token", subjectToken);
  form.set("subject_token_type", ACCESS_TOKEN_TYPE);
  for (const a of p.audiences) form.append("audience", a);
  if (p.scopes.length > 0) form.set("scope", p.scopes.join(" "));
  return form;
}

const REJECTED = new Set(["invalid_grant", "invalid_request"]);
const FORBIDDEN = new Set(["invalid_target", "invalid_scope"]);

/** Performs one exchange (with at most one retry on network errors / 5xx). */
export async function exchangeToken(subjectToken: string, p: ExchangeParams, timeoutMs: number): Promise<ExchangeResult> {
  const form = exchangeForm(subjectToken, p);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  await applyClientAuth(p.client, p.tokenEndpoint, form, headers);
  let res;
  try {
    res = await idpRequest(p.tokenEndpoint, { method: "POST", headers, body: form.toString(), timeoutMs });
  } catch (e) {
    if (e instanceof IdpUnreachable) throw new OidcError("OIDC_TOKEN_ENDPOINT_UNAVAILABLE", e.message, { cause: e });
    throw e;
  }
  const json = parseJsonObject(res.text);
  if (res.status !== 200) {
    const error = typeof json?.error === "string" ? json.error.slice(0, 64) : undefined;
    const detail = `HTTP ${res.status}${error ? ` ${error}` : ""}`;
    if (error && REJECTED.has(error)) throw new OidcError("OIDC_EXCHANGE_REJECTED", detail);
    if (error && FORBIDDEN.has(error)) throw new OidcError("OIDC_EXCHANGE_FORBIDDEN", detail);
    throw new OidcError("OIDC_CLIENT_REJECTED", detail);
  }
  if (!json) throw new OidcError("OIDC_EXCHANGE_BAD_RESPONSE", "body is not a JSON object");
  const accessToken = json.access_token;
  if (typeof accessToken !== "string" || accessToken === "") throw new OidcError("OIDC_EXCHANGE_BAD_RESPONSE", "no access_token");
  const tokenType = typeof json.token_type === "string" ? json.token_type.toLowerCase() : undefined;
  if (tokenType !== "bearer" && tokenType !== "n_a") throw new OidcError("OIDC_EXCHANGE_BAD_RESPONSE", `token_type ${String(json.token_type).slice(0, 20)}`);
  const expiresIn = typeof json.expires_in === "number" && Number.isFinite(json.expires_in) && json.expires_in > 0 ? json.expires_in : undefined;
  return {
    accessToken,
    expiresIn,
    issuedTokenType: typeof json.issued_token_type === "string" ? json.issued_token_type : undefined,
    scope: typeof json.scope === "string" ? json.scope : undefined,
  };
}
