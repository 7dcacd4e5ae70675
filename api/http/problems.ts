// The API's one error module: every failure is an ApiProblem with a stable code; the HTTP status,
// content type and body are derived from the code here and nowhere else.
//
// Two body styles, chosen by path (what the official Terraform provider's SDK decodes):
//  - control planes, dp-tokens, nodes, data-plane config: `application/problem+json` for every
//    status (the SDK rejects any other content type for control-plane errors), RFC 7807 fields plus
//    `message` and `status` so a 401 also reads as Konnect's `{message, status}`;
//  - core entities: `application/json` `{message, status, …}` (the SDK only decodes 401 there, as
//    plain JSON; other bodies are shown to the user verbatim).
// Both carry `code` (ours, stable) and, for 400/409, `invalid_parameters: [{field, rule, reason}]`.
// This module has no dependencies on the rest of api/http, so api/store throws the same values.
import { randomUUID } from "node:crypto";
import { z, z as zod } from "zod";

export const PROBLEMS = {
  ERR_VALIDATION: { status: 400, title: "Bad Request" },
  ERR_INVALID_JSON: { status: 400, title: "Bad Request" },
  ERR_INVALID_PARAMETER: { status: 400, title: "Bad Request" },
  ERR_REFERENCE_NOT_FOUND: { status: 400, title: "Bad Request" },
  ERR_ENTITY_IN_USE: { status: 400, title: "Bad Request" },
  ERR_UNAUTHORIZED: { status: 401, title: "Unauthorized" },
  ERR_FORBIDDEN: { status: 403, title: "Forbidden" },
  ERR_NOT_FOUND: { status: 404, title: "Not Found" },
  ERR_METHOD_NOT_ALLOWED: { status: 405, title: "Method Not Allowed" },
  ERR_CONFLICT: { status: 409, title: "Conflict" },
  ERR_PAYLOAD_TOO_LARGE: { status: 413, title: "Payload Too Large" },
  ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Unsupported Media Type" },
  ERR_SECRET_UNREADABLE: { status: 500, title: "Internal Server Error" },
  ERR_INTERNAL: { status: 500, title: "Internal Server Error" },
  ERR_UNAVAILABLE: { status: 503, title: "Service Unavailable" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** Konnect's InvalidRules names, plus what zod reports that has no Konnect twin. */
export type InvalidRule =
  | "required"
  | "is_array"
  | "is_boolean"
  | "is_integer"
  | "is_number"
  | "is_object"
  | "is_string"
  | "is_uuid"
  | "is_label"
  | "unknown_property"
  | "missing_reference"
  | "matches_regex"
  | "min_length"
  | "max_length"
  | "min"
  | "max"
  | "enum"
  | "unique"
  | "invalid";

export interface InvalidParameter {
  field: string;
  rule: InvalidRule;
  reason: string;
  /** Where the value came from. */
  source?: "body" | "query" | "path" | "header";
}

export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly invalidParameters: InvalidParameter[] = [],
    /** Extra response headers (e.g. WWW-Authenticate). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.status = PROBLEMS[code].status;
  }
}

export const problem = {
  notFound: (what: string) => new ApiProblem("ERR_NOT_FOUND", `${what} not found`),
  invalidParameter: (field: string, reason: string, rule: InvalidRule = "invalid", source: InvalidParameter["source"] = "query") =>
    new ApiProblem("ERR_INVALID_PARAMETER", `invalid ${field}: ${reason}`, [{ field, rule, reason, source }]),
  conflict: (field: string, reason: string) => new ApiProblem("ERR_CONFLICT", reason, [{ field, rule: "unique", reason, source: "body" }]),
  missingReference: (field: string, reason: string) =>
    new ApiProblem("ERR_REFERENCE_NOT_FOUND", reason, [{ field, rule: "missing_reference", reason, source: "body" }]),
  unauthorized: (detail: string) => new ApiProblem("ERR_UNAUTHORIZED", detail, [], { "www-authenticate": 'Bearer realm="konnect"' }),
  forbidden: (detail: string) => new ApiProblem("ERR_FORBIDDEN", detail),
};

/** zod issues → invalid_parameters, with dotted field paths (`config.client_secret`, `protocols.1`). */
export function fromZod(error: z.ZodError, source: InvalidParameter["source"], input?: unknown): InvalidParameter[] {
  const out: InvalidParameter[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ field: joinPath([...issue.path, key]), rule: "unknown_property", reason: "unknown field", source });
      }
      continue;
    }
    if (issue.code === "invalid_union" && "errors" in issue && Array.isArray(issue.errors) && issue.errors.length > 0) {
      // Report the branch that got furthest (most specific path) instead of "invalid input".
      const best = issue.errors.map((e) => e as z.core.$ZodIssue[]).sort((a, b) => depth(b) - depth(a))[0];
      for (const sub of best) out.push(...fromZod({ issues: [{ ...sub, path: [...issue.path, ...sub.path] }] } as z.ZodError, source, input));
      continue;
    }
    // zod 4 issues do not carry the input; look the value up to tell "missing" from "wrong type".
    const at = valueAt(input, issue.path);
    out.push({ field: joinPath(issue.path) || "(body)", rule: ruleOf(issue, at), reason: reasonOf(issue, at), source });
  }
  return out;
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join(".");
}

/** The value at `path` inside `input`: { present: false } when a key on the way is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) return { present: false };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { present: cur !== undefined, value: cur };
}

function ruleOf(issue: z.core.$ZodIssue, at: { present: boolean; value?: unknown }): InvalidRule {
  switch (issue.code) {
    case "invalid_type": {
      if (!at.present) return "required";
      const expected = issue.expected as string;
      if (expected === "array") return "is_array";
      if (expected === "boolean") return "is_boolean";
      if (expected === "number" || expected === "int") return issue.expected === "int" ? "is_integer" : "is_number";
      if (expected === "object") return "is_object";
      if (expected === "string") return "is_string";
      return "invalid";
    }
    case "too_small":
      return issue.origin === "string" || issue.origin === "array" ? "min_length" : "min";
    case "too_big":
      return issue.origin === "string" || issue.origin === "array" ? "max_length" : "max";
    case "invalid_format":
      return issue.format === "uuid" ? "is_uuid" : issue.format === "regex" ? "matches_regex" : "invalid";
    case "invalid_value":
      return "enum";
    case "unrecognized_keys":
      return "unknown_property";
    default:
      return "invalid";
  }
}

function reasonOf(issue: z.core.$ZodIssue, at: { present: boolean; value?: unknown }): string {
  if (issue.code === "invalid_type" && !at.present) return issue.path.length === 0 ? "a JSON body is required" : "required field missing";
  if (issue.code === "invalid_type" && at.value === null) return `must not be null (expected ${issue.expected})`;
  // JSON has no Infinity, but a literal like 1e400 parses to it ("expected number, got number").
  if (issue.code === "invalid_type" && typeof at.value === "number" && !Number.isFinite(at.value)) return "number out of range";
  if (issue.code === "invalid_type") return `expected ${issue.expected}, got ${Array.isArray(at.value) ? "array" : typeof at.value}`;
  return issue.message;
}

/** Paths whose errors use the plain-JSON (core-entity) body style. */
export function isCoreEntityPath(url: string): boolean {
  return /^\/v2\/control-planes\/[^/?]+\/core-entities(\/|\?|$)/.test(url);
}

export interface ProblemResponse {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** The one place that turns a problem into a response. */
export function toResponse(p: ApiProblem, url: string): ProblemResponse {
  const { status, title } = PROBLEMS[p.code];
  const base: Record<string, unknown> = { status, code: p.code, message: p.detail };
  if (p.invalidParameters.length > 0) base.invalid_parameters = p.invalidParameters;
  if (isCoreEntityPath(url)) {
    return { status, contentType: "application/json; charset=utf-8", headers: p.headers, body: base };
  }
  return {
    status,
    contentType: "application/problem+json; charset=utf-8",
    headers: p.headers,
    body: { ...base, title, type: `https://httpstatuses.com/${status}`, instance: `kong:trace:${randomUUID()}`, detail: p.detail },
  };
}

// ---- OpenAPI description of the error bodies (documentation only) ------------------------------

const InvalidParameterSchema = zod.object({
  field: zod.string().describe("Dotted path of the offending field or the parameter name"),
  rule: zod.string(),
  reason: zod.string(),
  source: zod.enum(["body", "query", "path", "header"]).optional(),
});

const codes = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/** Core-entity error body (application/json). */
export const ErrorBody = zod.object({
  status: zod.number().int(),
  code: zod.enum(codes).describe("Stable error code"),
  message: zod.string(),
  invalid_parameters: zod.array(InvalidParameterSchema).optional(),
});

/** Control-plane error body (application/problem+json): RFC 7807 plus message/status/code. */
export const ProblemBody = ErrorBody.extend({ title: zod.string(), type: zod.string(), instance: zod.string(), detail: zod.string() });

/** Statuses every authenticated route can answer besides its success status. */
export const DOCUMENTED_ERRORS = [400, 401, 403, 404, 409, 413, 500, 503] as const;

/** Response entries for the OpenAPI document of a route at `url`. */
export function errorResponsesFor(url: string): Record<number, unknown> {
  const core = isCoreEntityPath(url);
  const contentType = core ? "application/json" : "application/problem+json";
  const schema = core ? ErrorBody : ProblemBody;
  return Object.fromEntries(
    DOCUMENTED_ERRORS.map((status) => [status, { description: `Error (${Object.entries(PROBLEMS).filter(([, v]) => v.status === status).map(([k]) => k).join(", ")})`, content: { [contentType]: { schema } } }]),
  );
}
