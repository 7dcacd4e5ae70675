// Request validation with the contract's zod schemas, wired into Fastify's schema hooks so handlers
// receive parsed, defaulted values and never re-check shape. Failures become ApiProblems:
// body → ERR_VALIDATION (field paths inside the body), querystring/params/headers →
// ERR_INVALID_PARAMETER naming the parameter.
import type { FastifyRequest, FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import { ApiProblem, fromZod, type InvalidParameter } from "./problems.ts";

type Validate = (data: unknown) => z.ZodSafeParseResult<unknown>;

/** Schemas whose validation is not `schema.safeParse` (the schema then only documents the shape). */
const customValidators = new WeakMap<object, Validate>();

/** Documents `doc` in OpenAPI but validates with `validate` (e.g. the plugin registry dispatch by name). */
export function documentedAs<T extends z.ZodType>(doc: T, validate: Validate): T {
  customValidators.set(doc, validate);
  return doc;
}

const SOURCES: Record<string, InvalidParameter["source"]> = { body: "body", querystring: "query", params: "path", headers: "header" };

/**
 * Characters no store can keep: NUL (PostgreSQL text columns reject it, so it used to surface as a
 * 500) and unpaired UTF-16 surrogates (not encodable as UTF-8; Prisma's query encoder fails on them
 * on both stores). Matched on code units on purpose (no `u` flag).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Path of the first string (value or object key) holding an unstorable character, or null.
 * Iterative, and each entry links to its parent instead of carrying its path: JSON.parse accepts
 * nesting far deeper than the call stack, and copying paths would cost depth² on such input.
 */
export function findUnstorableString(input: unknown): (string | number)[] | null {
  interface Entry {
    value: unknown;
    key: string | number | null;
    parent: Entry | null;
  }
  const pathOf = (e: Entry | null, last?: string): (string | number)[] => {
    const out: (string | number)[] = last === undefined ? [] : [last];
    for (let at = e; at && at.key !== null; at = at.parent) out.push(at.key);
    return out.reverse();
  };
  const stack: Entry[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return pathOf(entry);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: entry });
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (UNSTORABLE.test(k)) return pathOf(entry, k);
        stack.push({ value: v, key: k, parent: entry });
      }
    }
  }
  return null;
}

/** At most this many invalid_parameters entries per response. */
export const MAX_INVALID_PARAMETERS = 100;

const UNSTORABLE_REASON = "must not contain NUL characters or unpaired UTF-16 surrogates";

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const validate: Validate = customValidators.get(schema) ?? ((d) => schema.safeParse(d));
  const part = httpPart ?? "body";
  const source = SOURCES[part] ?? "body";
  return (data: unknown) => {
    // Before the schema: such a string is valid to zod but would fail in the database (500), and
    // the value is not echoed back (it may be a secret).
    const bad = findUnstorableString(data);
    if (bad) {
      // Shortened: the path of a string nested 100k levels deep is not worth echoing in full.
      const joined = bad.map(String).join(".");
      const field = joined.length > 512 ? `${joined.slice(0, 512)}…` : joined || "(body)";
      const params: InvalidParameter[] = [{ field, rule: "invalid", reason: UNSTORABLE_REASON, source }];
      return part === "body"
        ? { error: new ApiProblem("ERR_VALIDATION", `invalid request body: ${field}: ${UNSTORABLE_REASON}`, params) }
        : { error: new ApiProblem("ERR_INVALID_PARAMETER", `invalid ${part === "params" ? "path parameter" : part === "headers" ? "header" : "query parameter"}: ${field}: ${UNSTORABLE_REASON}`, params) };
    }
    const result = validate(data);
    if (result.success) return { value: result.data };
    const all = fromZod(result.error, source, data);
    // Bounded: a 1 MiB body of wrong array items or unknown keys yielded one entry each (a 20 MiB
    // error response); the count of the rest is in the message.
    const params = all.slice(0, MAX_INVALID_PARAMETERS);
    const more = all.length > 5 ? `; and ${all.length - 5} more` : "";
    const summary = all.slice(0, 5).map((p) => `${p.field}: ${p.reason}`).join("; ") + more;
    if (part === "body") return { error: new ApiProblem("ERR_VALIDATION", `invalid request body: ${summary}`, params) };
    return { error: new ApiProblem("ERR_INVALID_PARAMETER", `invalid ${part === "params" ? "path parameter" : part === "headers" ? "header" : "query parameter"}: ${summary}`, params) };
  };
};

// ---- building blocks for query strings (values arrive as strings; repeated keys as arrays) --------

/** An integer query parameter within [min, max]. */
export function intParam(min: number, max: number) {
  return z
    .string({ error: "must be given once, as an integer" })
    .regex(/^-?\d+$/, "must be an integer")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

export function stringParam(maxLength = 1024) {
  return z.string({ error: "must be given once, as a string" }).max(maxLength, `must be at most ${maxLength} characters`);
}

// ---- UUIDs: one spelling ---------------------------------------------------------------------------
// Ids are compared as strings in the store, and UUIDs are case-insensitive (RFC 9562 §4: accepted in
// either case, emitted in lower case). So every UUID that enters is lower-cased at the edge: a
// client-chosen upper-case id used to be stored as given (its lower-case twin was a second entity)
// and an upper-case id of an existing entity answered 404 (Terraform imports with upper-case ids).

/** Any-case UUID shape (what z.uuid() accepts); used to pick values to lower-case, not to validate. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID path or query parameter, lower-cased once valid. */
export const uuidParam = z.uuid({ error: "must be a UUID" }).transform((s) => s.toLowerCase());

/**
 * onRequest (root): path parameters declared as `uuidParam` are lower-cased before any hook reads
 * them (auth compares the control plane id in onRequest, nested paths copy the parent id into the
 * body in preValidation; both run before the schema's own transform).
 */
export async function lowerUuidParams(req: FastifyRequest): Promise<void> {
  const shape = (req.routeOptions.schema?.params as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!shape) return;
  const params = req.params as Record<string, unknown>;
  for (const [name, value] of Object.entries(params)) {
    if (shape[name] === uuidParam && typeof value === "string") params[name] = value.toLowerCase();
  }
}

/** `obj.id` lower-cased in place when it is a UUID in any case (anything else is left for validation to report). */
export function lowerIdIn(obj: unknown): void {
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) return;
  const o = obj as { id?: unknown };
  if (typeof o.id === "string" && UUID_SHAPE.test(o.id)) o.id = o.id.toLowerCase();
}
