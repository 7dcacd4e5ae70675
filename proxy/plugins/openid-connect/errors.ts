// Every way the openid-connect plugin can refuse a request, as a typed value with a stable code.
// The HTTP status, the WWW-Authenticate header and the body are derived from the code here and
// nowhere else. Tests and logs use the code; message text is for humans only.
//
// Status decisions (documented in the plugin README section of the final report):
//  - 401 + error="invalid_token": no/malformed/oversized/expired/badly signed token, unknown issuer,
//    the issuer refused the subject token during exchange (invalid_grant / invalid_request).
//  - 403 + error="insufficient_scope": scopes_required / audience_required not met, or the issuer
//    refused to issue for the requested audience/scope (invalid_target / invalid_scope).
//  - 502: the issuer answered but the answer is unusable (misconfigured client, malformed
//    discovery/exchange response, an exchanged token that does not verify) or the token
//    endpoint could not be reached (network error, timeout, 5xx after one retry).
//  - 503: discovery/JWKS could not be fetched and there is nothing cached to verify with.
import type { PluginResponse } from "../types.ts";

export const OIDC_ERRORS = {
  OIDC_TOKEN_MISSING: { status: 401, reason: "bearer token not found" },
  OIDC_TOKEN_TOO_LARGE: { status: 401, reason: "bearer token is too large" },
  OIDC_TOKEN_MALFORMED: { status: 401, reason: "bearer token is not a valid JWT" },
  OIDC_TOKEN_TYP_INVALID: { status: 401, reason: "token typ is not JWT or at+jwt" },
  OIDC_ALG_NOT_ALLOWED: { status: 401, reason: "token algorithm is not allowed" },
  OIDC_KEY_NOT_FOUND: { status: 401, reason: "no suitable signing key was found" },
  OIDC_SIGNATURE_INVALID: { status: 401, reason: "token signature is invalid" },
  OIDC_TOKEN_EXPIRED: { status: 401, reason: "token has expired" },
  OIDC_TOKEN_NOT_YET_VALID: { status: 401, reason: "token is not yet valid" },
  OIDC_CLAIMS_INVALID: { status: 401, reason: "token claims are invalid" },
  OIDC_ISSUER_NOT_ALLOWED: { status: 401, reason: "token issuer is not allowed" },
  OIDC_INTROSPECTION_INACTIVE: { status: 401, reason: "token is not active" },
  OIDC_INTROSPECTION_FAILED: { status: 401, reason: "token introspection failed" },
  OIDC_AUTH_METHOD_DISABLED: { status: 401, reason: "no enabled auth method accepts this token" },
  OIDC_EXCHANGE_REJECTED: { status: 401, reason: "the issuer refused to exchange the token" },
  OIDC_SCOPE_INSUFFICIENT: { status: 403, reason: "required scopes are missing" },
  OIDC_AUDIENCE_MISMATCH: { status: 403, reason: "required audience is missing" },
  OIDC_CLAIM_FORBIDDEN: { status: 403, reason: "the token carries a forbidden claim" },
  OIDC_GROUPS_MISSING: { status: 403, reason: "required groups are missing" },
  OIDC_ROLES_MISSING: { status: 403, reason: "required roles are missing" },
  OIDC_EXCHANGE_FORBIDDEN: { status: 403, reason: "the issuer refused the requested audience or scope" },
  OIDC_SUBJECT_TOKEN_EXPOSED: { status: 400, reason: "the subject token also appears where it cannot be removed (path or body)" },
  OIDC_CLIENT_REJECTED: { status: 502, reason: "the issuer refused the gateway's client (misconfiguration)" },
  OIDC_CLIENT_AUTH_UNSUPPORTED: { status: 502, reason: "the configured client authentication method is not supported" },
  OIDC_EXCHANGE_BAD_RESPONSE: { status: 502, reason: "the issuer's token endpoint answered with an invalid response" },
  OIDC_EXCHANGED_TOKEN_INVALID: { status: 502, reason: "the exchanged token did not verify" },
  OIDC_TOKEN_ENDPOINT_UNAVAILABLE: { status: 502, reason: "the issuer's token endpoint is unavailable" },
  OIDC_DISCOVERY_INVALID: { status: 502, reason: "the issuer's discovery document is invalid" },
  OIDC_DISCOVERY_ISSUER_MISMATCH: { status: 502, reason: "the discovery document names a different issuer" },
  OIDC_IDP_UNAVAILABLE: { status: 503, reason: "the identity provider is unavailable" },
  OIDC_INTERNAL: { status: 500, reason: "unexpected error" },
} as const;

export type OidcErrorCode = keyof typeof OIDC_ERRORS;

export class OidcError extends Error {
  readonly code: OidcErrorCode;
  readonly status: number;
  /** Safe, token-free detail for logs (and for the body when display_errors is on). */
  readonly detail: string | undefined;
  /** Token-free fields for the log line only (never the body): e.g. the token's iss and the accepted issuers. */
  readonly logFields: Readonly<Record<string, unknown>> | undefined;
  constructor(code: OidcErrorCode, detail?: string, options?: { cause?: unknown; logFields?: Record<string, unknown> }) {
    super(detail ? `${OIDC_ERRORS[code].reason}: ${detail}` : OIDC_ERRORS[code].reason, options);
    this.name = "OidcError";
    this.code = code;
    this.status = OIDC_ERRORS[code].status;
    this.detail = detail;
    this.logFields = options?.logFields;
  }
}

export function isOidcError(e: unknown): e is OidcError {
  return e instanceof OidcError;
}

export interface ResponseSettings {
  /** WWW-Authenticate realm: host of the configured issuer. */
  realm: string;
  displayErrors: boolean;
  exposeErrorCode: boolean;
  unauthorizedMessage: string;
  forbiddenMessage: string;
}

const GATEWAY_MESSAGES: Record<number, string> = {
  400: "Bad Request",
  500: "An unexpected error occurred",
  502: "An invalid response was received from the identity provider",
  503: "The identity provider is currently unavailable",
};

/** The one place a failure becomes an HTTP response. */
export function errorResponse(err: OidcError, s: ResponseSettings): PluginResponse {
  const headers: Record<string, string> = {};
  let message: string;
  if (err.status === 401 || err.status === 403) {
    const errorParam = err.status === 401 ? "invalid_token" : "insufficient_scope";
    headers["www-authenticate"] = s.exposeErrorCode
      ? `Bearer realm="${s.realm}", error="${errorParam}"`
      : `Bearer realm="${s.realm}"`;
    message = err.status === 401 ? s.unauthorizedMessage : s.forbiddenMessage;
  } else {
    message = GATEWAY_MESSAGES[err.status] ?? GATEWAY_MESSAGES[500];
  }
  // Kong appends the reason only with display_errors; we add the stable code there too so
  // operators (and tests) can tell failures apart without parsing text.
  const body = s.displayErrors
    ? { message: `${message} (${OIDC_ERRORS[err.code].reason})`, code: err.code }
    : { message };
  return { status: err.status, headers, body };
}
