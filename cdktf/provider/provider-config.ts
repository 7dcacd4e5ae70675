// The provider block: where the API is and which token to send. Terraform-only (no contract schema).
// Attribute names and environment fallbacks follow the official kong/konnect provider.
import type { CtyValue } from "./cty/value.ts";
import { withoutCredentials } from "../../api/url-credentials.ts";
import { error, type Diagnostic } from "./diagnostics.ts";
import type { TfSchema } from "./schema/types.ts";

export const DEFAULT_SERVER_URL = "https://global.api.konghq.com";

export const PROVIDER_SCHEMA: TfSchema = {
  version: 0,
  description: "Konnect-compatible API (kong/konnect): control planes, gateway services, routes, consumers and the openid-connect plugin.",
  attributes: [
    { name: "server_url", type: "string", optional: true, description: `Base URL of the Konnect API (env KONNECT_SERVER_URL; default ${DEFAULT_SERVER_URL}).` },
    { name: "personal_access_token", type: "string", optional: true, sensitive: true, description: "Personal access token, kpat_… (env KONNECT_TOKEN)." },
    { name: "system_account_access_token", type: "string", optional: true, sensitive: true, description: "System account token, spat_… (env KONNECT_SPAT)." },
    { name: "konnect_access_token", type: "string", optional: true, sensitive: true, description: "Konnect access token (used when no PAT or system account token is set)." },
    { name: "service_access_token", type: "string", optional: true, sensitive: true, description: "Service access token (used last)." },
  ],
};

const TOKEN_ATTRIBUTES = ["personal_access_token", "system_account_access_token", "konnect_access_token", "service_access_token"] as const;
const TOKEN_ENV: Partial<Record<(typeof TOKEN_ATTRIBUTES)[number], string>> = {
  personal_access_token: "KONNECT_TOKEN",
  system_account_access_token: "KONNECT_SPAT",
};

export interface ResolvedConfig {
  serverUrl: string;
  token: string | undefined;
}

/** Checks what is known at validate time. */
export function validateProviderConfig(config: Record<string, CtyValue> | null): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const url = config?.server_url;
  if (typeof url === "string") {
    const problem = serverUrlProblem(url);
    if (problem) diags.push(error("ERR_INVALID_SERVER_URL", "Invalid server_url", problem, [{ attribute_name: "server_url" }]));
  }
  return diags;
}

/**
 * Resolves the configuration: attribute, then environment, then default. A token written as
 * `"$KONNECT_…"` (as Konnect's docs print `personal_access_token = "$KONNECT_TOKEN"`) is read from
 * that environment variable: HCL does not expand shell variables, and sending the literal would
 * only produce a 401.
 */
export function resolveProviderConfig(config: Record<string, CtyValue> | null, env: NodeJS.ProcessEnv): { resolved?: ResolvedConfig; diagnostics: Diagnostic[] } {
  const diags = validateProviderConfig(config);
  const attr = (k: string) => {
    // An unknown value (known only after apply) counts as unset until Terraform knows it.
    const v = config?.[k];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const serverUrl = attr("server_url") ?? env.KONNECT_SERVER_URL ?? DEFAULT_SERVER_URL;
  if (!attr("server_url") && env.KONNECT_SERVER_URL) {
    const problem = serverUrlProblem(env.KONNECT_SERVER_URL);
    if (problem) diags.push(error("ERR_INVALID_SERVER_URL", "Invalid KONNECT_SERVER_URL", problem));
  }
  let token: string | undefined;
  for (const k of TOKEN_ATTRIBUTES) {
    let v = attr(k);
    const envName = TOKEN_ENV[k];
    if (v === undefined && envName && env[envName]) v = env[envName];
    if (v === undefined) continue;
    const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(v);
    if (ref) {
      // Only KONNECT_* variables: a config must not be able to ship, say, $AWS_SECRET_ACCESS_KEY to server_url.
      const name = ref[1];
      const fromEnv = name.startsWith("KONNECT_") ? env[name] : undefined;
      if (!fromEnv) {
        const why = name.startsWith("KONNECT_")
          ? `which this provider reads from the environment variable ${name}, but ${name} is not set. Export it, or pass the token through a Terraform variable.`
          : `but only environment variables named KONNECT_* are read this way (HCL does not expand shell variables). Use a Terraform variable instead.`;
        diags.push(error("ERR_TOKEN_VARIABLE_UNSET", `${k} refers to an unset environment variable`, `${k} is "${v}", ${why}`, [{ attribute_name: k }]));
        continue;
      }
      v = fromEnv;
    }
    token = v;
    break;
  }
  if (diags.some((d) => d.severity === "ERROR")) return { diagnostics: diags };
  return { resolved: { serverUrl, token }, diagnostics: diags };
}

export function serverUrlProblem(url: string): string | undefined {
  const shown = JSON.stringify(withoutCredentials(url)); // never echo user:pass@ into a diagnostic
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `server_url must be an absolute http:// or https:// URL, got ${shown}`;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return `server_url must start with http:// or https://, got ${shown}`;
  if (u.search || u.hash) return `server_url must not carry a query or fragment, got ${shown}`;
  return undefined;
}
