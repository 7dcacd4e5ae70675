// Provider diagnostics: every failure a user can see is one of these codes. The code is printed at the
// end of the detail text (`[ERR_…]`) so scripts and tests match on it, never on the prose.
// Terraform renders the attribute path as the source location ("with …, on main.tf line 7").
import { withoutCredentials } from "../../api/url-credentials.ts";

export type DiagnosticCode =
  | "ERR_INVALID_ATTRIBUTE" // a value the contract rejects (enum, URL, conditions rule, label rule…)
  | "ERR_INVALID_SERVER_URL"
  | "ERR_TOKEN_VARIABLE_UNSET" // personal_access_token = "$NAME" and NAME is not in the environment
  | "ERR_INVALID_IMPORT_ID"
  | "ERR_API_UNAUTHORIZED"
  | "ERR_API_FORBIDDEN"
  | "ERR_API_NOT_FOUND"
  | "ERR_API_CONFLICT"
  | "ERR_API_BAD_REQUEST"
  | "ERR_API_RATE_LIMITED"
  | "ERR_API_SERVER_ERROR"
  | "ERR_API_UNREACHABLE"
  | "ERR_API_BAD_RESPONSE"
  | "ERR_NOT_CONFIGURED" // a resource RPC before ConfigureProvider (should not happen)
  | "WARN_SERVER_FIELD_CONFIGURED" // created_at/updated_at set in the configuration (a warning)
  | "ERR_STOPPED" // StopProvider (Ctrl-C) ended a retry wait, or refused a request after the stop
  | "ERR_PROVIDER_BUG"; // an exception inside the provider

export type PathStep = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };

export interface Diagnostic {
  severity: "ERROR" | "WARNING";
  summary: string;
  detail: string;
  attribute?: { steps: PathStep[] };
  /** Kept on the value for tests and logs; encoded into the detail text on the wire. */
  code: DiagnosticCode;
}

export function error(code: DiagnosticCode, summary: string, detail: string, path?: PathStep[]): Diagnostic {
  return { severity: "ERROR", code, summary, detail, ...(path && path.length ? { attribute: { steps: path } } : {}) };
}

export function warning(code: DiagnosticCode, summary: string, detail: string, path?: PathStep[]): Diagnostic {
  return { severity: "WARNING", code, summary, detail, ...(path && path.length ? { attribute: { steps: path } } : {}) };
}

/** The protobuf shape of a diagnostic. */
export function toWire(d: Diagnostic): Record<string, unknown> {
  return { severity: d.severity, summary: d.summary, detail: `${d.detail}\n\n[${d.code}]`, ...(d.attribute ? { attribute: d.attribute } : {}) };
}

export function attr(...names: (string | number)[]): PathStep[] {
  return names.map((n) => (typeof n === "number" ? { element_key_int: n } : { attribute_name: n }));
}

const API_ADVICE: Record<string, { code: DiagnosticCode; summary: string; advice: string }> = {
  API_UNAUTHORIZED: {
    code: "ERR_API_UNAUTHORIZED",
    summary: "Konnect API rejected the token",
    advice: "The token was missing, unknown, expired or revoked: check personal_access_token (or system_account_access_token, or the KONNECT_TOKEN / KONNECT_SPAT environment variables).",
  },
  API_FORBIDDEN: { code: "ERR_API_FORBIDDEN", summary: "Konnect API denied the request", advice: "The token is valid but not allowed to do this." },
  API_NOT_FOUND: { code: "ERR_API_NOT_FOUND", summary: "Not found", advice: "Check that the referenced object exists (for example control_plane_id)." },
  API_CONFLICT: { code: "ERR_API_CONFLICT", summary: "Conflicts with an existing object", advice: "An object with the same name (or the same scope) already exists: choose another name, or import the existing one." },
  API_BAD_REQUEST: { code: "ERR_API_BAD_REQUEST", summary: "Konnect API rejected the request", advice: "" },
  API_PAYLOAD_TOO_LARGE: { code: "ERR_API_BAD_REQUEST", summary: "Konnect API rejected the request", advice: "The request body is too large." },
  API_RATE_LIMITED: { code: "ERR_API_RATE_LIMITED", summary: "Konnect API kept rate limiting", advice: "The provider retried with backoff and gave up; try again later." },
  API_SERVER_ERROR: { code: "ERR_API_SERVER_ERROR", summary: "Konnect API failed", advice: "The server answered with an internal error; try again, and check the API's logs." },
  API_UNREACHABLE: { code: "ERR_API_UNREACHABLE", summary: "Konnect API unreachable", advice: "Check server_url and that the API is running." },
  API_BAD_RESPONSE: { code: "ERR_API_BAD_RESPONSE", summary: "Unexpected answer from the Konnect API", advice: "Check that server_url points at a Konnect-compatible API." },
};

interface ApiErrorLike {
  code: string;
  message: string;
  status: number | null;
  body?: unknown;
  invalidParameters?: { field: string; reason: string; source?: string | null }[];
}

export function isApiError(e: unknown): e is ApiErrorLike {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code.startsWith("API_");
}

/**
 * An API failure as a diagnostic. `what` names the object ("konnect_gateway_service in control plane …");
 * field errors of a 400 are attached to their attribute when `fieldPath` can map them.
 */
export function fromApiError(e: ApiErrorLike, what: string, serverUrl: string, fieldPath?: (field: string) => PathStep[] | undefined): Diagnostic[] {
  const info = API_ADVICE[e.code] ?? { code: "ERR_API_BAD_REQUEST" as DiagnosticCode, summary: "Konnect API request failed", advice: "" };
  // The client keeps server_url's credentials (user:pass@) out of its messages; so must this one.
  const shown = withoutCredentials(serverUrl);
  const where = e.code === "API_UNREACHABLE" && !e.message.includes(shown) ? ` (server_url ${shown})` : "";
  // Problems with the URL's own parameters (a service still referenced by routes, on delete) are not
  // about an attribute the user wrote: say what the API said instead of "Invalid value for id".
  const bodyParams = (e.invalidParameters ?? []).filter((p) => p.source !== "path" && p.source !== "query");
  if ((e.code === "API_BAD_REQUEST" || e.code === "API_CONFLICT") && bodyParams.length && fieldPath) {
    return bodyParams.map((p) =>
      error(info.code, e.code === "API_CONFLICT" ? `Conflict on ${p.field}` : `Invalid value for ${p.field}`, `${what}: ${p.field}: ${p.reason}.${info.advice && e.code === "API_CONFLICT" ? " " + info.advice : ""}`, fieldPath(p.field)),
    );
  }
  const b = (typeof e.body === "object" && e.body !== null ? e.body : {}) as { detail?: unknown; message?: unknown };
  const said = typeof b.detail === "string" ? b.detail : typeof b.message === "string" ? b.message : "";
  const message = said && !e.message.includes(said) ? `${e.message} (${said})` : e.message;
  return [error(info.code, info.summary, `${what}: ${message}${where}.${info.advice ? " " + info.advice : ""}`)];
}

export function providerBug(rpc: string, e: unknown): Diagnostic {
  const err = e as Error;
  return error("ERR_PROVIDER_BUG", `provider bug in ${rpc}`, `${err?.stack ?? String(e)}`);
}
