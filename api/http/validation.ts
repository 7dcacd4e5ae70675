// Request validation with the contract's zod schemas, wired into Fastify's schema hooks so handlers
// receive parsed, defaulted values and never re-check shape. Failures become ApiProblems:
// body → ERR_VALIDATION (field paths inside the body), querystring/params/headers →
// ERR_INVALID_PARAMETER naming the parameter.
import type { FastifySchemaCompiler } from "fastify";
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

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const validate: Validate = customValidators.get(schema) ?? ((d) => schema.safeParse(d));
  const part = httpPart ?? "body";
  const source = SOURCES[part] ?? "body";
  return (data: unknown) => {
    const result = validate(data);
    if (result.success) return { value: result.data };
    const params = fromZod(result.error, source, data);
    if (part === "body") {
      const summary = params.slice(0, 5).map((p) => `${p.field}: ${p.reason}`).join("; ");
      return { error: new ApiProblem("ERR_VALIDATION", `invalid request body: ${summary}${params.length > 5 ? `; and ${params.length - 5} more` : ""}`, params) };
    }
    const summary = params.map((p) => `${p.field}: ${p.reason}`).join("; ");
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

export const uuidParam = z.uuid({ error: "must be a UUID" });
