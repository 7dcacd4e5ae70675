// RFC 7662 introspection for opaque tokens (auth_methods: introspection).
// The issuer being unreachable is an IdP outage (503), not the client's fault; a refused
// client is a misconfiguration (502); an inactive token is a 401.
import { applyClientAuth, type ClientCredentials } from "./client-auth.ts";
import { OidcError } from "./errors.ts";
import { IdpUnreachable, idpRequest, parseJsonObject } from "./idp-http.ts";
import type { Claims } from "./verify.ts";

export interface IntrospectionParams {
  endpoint: string;
  client: ClientCredentials;
  tokenParamName: string;
  hint: string;
  checkActive: boolean;
  timeoutMs: number;
}

export async function introspect(token: string, p: IntrospectionParams): Promise<Claims> {
  const form = new URLSearchParams();
  form.set(p.tokenParamName, token);
  if (p.hint) form.set("token_type_hint", p.hint);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  await applyClientAuth(p.client, p.endpoint, form, headers);
  let res;
  try {
    res = await idpRequest(p.endpoint, { method: "POST", headers, body: form.toString(), timeoutMs: p.timeoutMs });
  } catch (e) {
    if (e instanceof IdpUnreachable) throw new OidcError("OIDC_IDP_UNAVAILABLE", `introspection: ${e.message}`, { cause: e });
    throw e;
  }
  const json = parseJsonObject(res.text);
  if (res.status === 401 || (res.status === 400 && json?.error === "invalid_client")) throw new OidcError("OIDC_CLIENT_REJECTED", `introspection HTTP ${res.status}`);
  if (res.status !== 200 || !json) throw new OidcError("OIDC_INTROSPECTION_FAILED", `HTTP ${res.status}`);
  if (p.checkActive && json.active !== true) throw new OidcError("OIDC_INTROSPECTION_INACTIVE");
  return json;
}
