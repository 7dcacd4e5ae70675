// How the gateway authenticates itself at the issuer's token/introspection endpoints.
// Supported: client_secret_basic (default), client_secret_post, client_secret_jwt (HS*),
// private_key_jwt (client_jwk), none. The mTLS methods need a client certificate the proxy
// does not manage yet: they fail closed with OIDC_CLIENT_AUTH_UNSUPPORTED.
import { randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";

type SigningKey = Parameters<SignJWT["sign"]>[0];
import type { OpenidConnectConfig } from "../../../api/contract/plugins/openid-connect.ts";
import { OidcError } from "./errors.ts";

export type ClientAuthMethod = NonNullable<OpenidConnectConfig["token_endpoint_auth_method"]>;

export interface ClientCredentials {
  method: ClientAuthMethod;
  clientId: string;
  clientSecret: string | undefined;
  jwk: JWK | undefined;
  /** Algorithm for client_secret_jwt / private_key_jwt assertions. */
  alg: string | undefined;
}

/** The first configured client (Kong selects among several with client_arg; we use index 0). */
export function clientFromConfig(config: OpenidConnectConfig, endpointMethod: ClientAuthMethod | null): ClientCredentials | undefined {
  const clientId = config.client_id?.[0];
  if (!clientId) return undefined;
  const method = endpointMethod ?? config.client_auth?.[0] ?? "client_secret_basic";
  const jwkIn = config.client_jwk?.[0];
  let jwk: JWK | undefined;
  if (jwkIn) {
    jwk = {};
    for (const [k, v] of Object.entries(jwkIn)) if (v !== null) (jwk as Record<string, unknown>)[k] = v;
  }
  const alg = config.client_alg?.[0] ?? undefined;
  return { method, clientId, clientSecret: config.client_secret?.[0] ?? undefined, jwk, alg };
}

/** RFC 6749 §2.3.1: id and secret are form-urlencoded before being joined and base64-encoded. */
function formEncode(s: string): string {
  return new URLSearchParams([["", s]]).toString().slice(1);
}

function defaultAsymmetricAlg(jwk: JWK): string {
  if (jwk.alg) return jwk.alg;
  if (jwk.kty === "RSA") return "RS256";
  if (jwk.kty === "EC") return jwk.crv === "P-384" ? "ES384" : jwk.crv === "P-521" ? "ES512" : "ES256";
  if (jwk.kty === "OKP") return "EdDSA";
  throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", `client_jwk kty ${String(jwk.kty)}`);
}

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const ASSERTION_LIFETIME_S = 60;

async function assertion(c: ClientCredentials, audience: string, key: SigningKey, alg: string, kid?: string): Promise<string> {
  const header: { alg: string; typ: string; kid?: string } = { alg, typ: "JWT" };
  if (kid) header.kid = kid;
  return new SignJWT({})
    .setProtectedHeader(header)
    .setIssuer(c.clientId)
    .setSubject(c.clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${ASSERTION_LIFETIME_S}s`)
    .sign(key);
}

/**
 * Adds client authentication to a form request. `endpoint` is the URL being called, used as the
 * assertion audience (RFC 7523 §3; oidc-provider also accepts the issuer).
 */
export async function applyClientAuth(c: ClientCredentials, endpoint: string, form: URLSearchParams, headers: Record<string, string>): Promise<void> {
  switch (c.method) {
    case "client_secret_basic":
      if (!c.clientSecret) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "client_secret_basic without client_secret");
      headers.authorization = `Basic ${Buffer.from(`${formEncode(c.clientId)}:${formEncode(c.clientSecret)}`).toString("base64")}`;
      return;
    case "client_secret_post":
      if (!c.clientSecret) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "client_secret_post without client_secret");
      form.set("client_id", c.clientId);
      form.set("client_secret", c.clientSecret);
      return;
    case "client_secret_jwt": {
      if (!c.clientSecret) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "client_secret_jwt without client_secret");
      const alg = c.alg && c.alg.startsWith("HS") ? c.alg : "HS256";
      form.set("client_id", c.clientId);
      form.set("client_assertion_type", ASSERTION_TYPE);
      form.set("client_assertion", await assertion(c, endpoint, new TextEncoder().encode(c.clientSecret), alg));
      return;
    }
    case "private_key_jwt": {
      if (!c.jwk || !c.jwk.d) throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", "private_key_jwt without a private client_jwk");
      const alg = c.alg && !c.alg.startsWith("HS") ? c.alg : defaultAsymmetricAlg(c.jwk);
      const key = (await importJWK(c.jwk, alg)) as SigningKey;
      form.set("client_id", c.clientId);
      form.set("client_assertion_type", ASSERTION_TYPE);
      form.set("client_assertion", await assertion(c, endpoint, key, alg, c.jwk.kid));
      return;
    }
    case "none":
      form.set("client_id", c.clientId);
      return;
    default:
      throw new OidcError("OIDC_CLIENT_AUTH_UNSUPPORTED", c.method);
  }
}
