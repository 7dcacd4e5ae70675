// Contract validation of Terraform values: the same zod schema the API enforces, run at
// validate/plan time so mistakes surface with the attribute's source location instead of an
// HTTP 400 at apply time.
//
// Unknown values skip validation: each is replaced by a sentinel no schema accepts, so it yields
// an issue at its own path (dropped) and keeps the refinements around it from running on made-up data.
import type { z } from "zod";
import { Unknown, type CtyValue } from "../cty/value.ts";
import { error, type Diagnostic, type PathStep } from "../diagnostics.ts";
import { renameKeys, type TfAttribute } from "../schema/types.ts";
import { skippedRuleIssues } from "./rules.ts";

const UNKNOWN_SENTINEL = Symbol("unknown");

export function validateAgainstContract(schema: z.ZodType, tfBody: Record<string, CtyValue>, attrs: TfAttribute[], sensitive = sensitivePaths(attrs)): Diagnostic[] {
  // zod speaks the API's field names; keys outside the schema (a plugin's constant name) pass as they are.
  const known = new Set(attrs.map((a) => a.name));
  const body = { ...Object.fromEntries(Object.entries(tfBody).filter(([k]) => !known.has(k))), ...renameKeys(tfBody, attrs, "toApi") } as Record<string, CtyValue>;
  const unknownPaths: (string | number)[][] = [];
  const input = toZodInput(body, [], unknownPaths);
  const result = schema.safeParse(input);
  if (result.success) return [];
  // Rules zod skipped because a shape check failed: reported now rather than on the next plan
  // (see rules.ts), except where a value they speak about is already reported.
  const issues = [...result.error.issues];
  const reported = issues.map((i) => i.path.filter((p): p is string | number => typeof p !== "symbol"));
  for (const rule of skippedRuleIssues(schema, input, (v) => v === UNKNOWN_SENTINEL)) {
    const path = rule.path.filter((p): p is string | number => typeof p !== "symbol");
    if (!reported.some((r) => isPrefix(r, path))) issues.push(rule);
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (unknownPaths.some((u) => isPrefix(u, path) || isPrefix(path, u))) continue;
    const key = `${path.join(".")}|${issue.message}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = formatPath(path);
    // zod reports a rejected record key as "Invalid key in record" with the key's own issues inside.
    const inner = (issue as { issues?: { message: string }[] }).issues;
    const message = issue.code === "invalid_key" && inner?.length ? inner.map((i) => i.message).join("; ") : issue.message;
    const value = issue.code === "invalid_key" ? path[path.length - 1] : valueAt(body, path);
    const shown = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;
    const secret = sensitive.some((s) => isPrefix(s, path.filter((p) => typeof p === "string")));
    const got = shown !== undefined && !secret ? ` (got ${JSON.stringify(shown)})` : "";
    out.push(error("ERR_INVALID_ATTRIBUTE", `Invalid ${where || "configuration"}`, `${where ? where + ": " : ""}${message}${got}`, toSteps(path, attrs)));
  }
  return out;
}

function toZodInput(v: CtyValue, path: (string | number)[], unknownPaths: (string | number)[][]): unknown {
  if (v instanceof Unknown) {
    unknownPaths.push(path);
    return UNKNOWN_SENTINEL;
  }
  if (Array.isArray(v)) return v.map((x, i) => toZodInput(x, [...path, i], unknownPaths));
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toZodInput(x, [...path, k], unknownPaths)]));
  }
  return v;
}

function isPrefix(prefix: (string | number)[], path: (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

function valueAt(v: unknown, path: (string | number)[]): unknown {
  let cur = v;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Maps a body path to Terraform path steps: attributes by name, list indexes, map keys; stops at sets. */
export function toSteps(path: (string | number)[], attrs: TfAttribute[]): PathStep[] {
  const steps: PathStep[] = [];
  let level: TfAttribute[] | undefined = attrs;
  let container: "object" | "list" | "map" | "set" | "none" = "object";
  let current: TfAttribute | undefined;
  for (const p of path) {
    if (container === "object" && typeof p === "string" && level) {
      current = level.find((a) => (a.apiName ?? a.name) === p);
      if (!current) break;
      steps.push({ attribute_name: current.name });
      if (current.nested) {
        container = current.nested.nesting === "SINGLE" ? "object" : current.nested.nesting === "LIST" ? "list" : current.nested.nesting === "MAP" ? "map" : "set";
        level = current.nested.attributes;
      } else {
        const t = current.type;
        container = Array.isArray(t) ? (t[0] === "list" ? "list" : t[0] === "map" ? "map" : "none") : "none";
        level = undefined;
      }
    } else if (container === "list" && typeof p === "number") {
      steps.push({ element_key_int: p });
      container = level ? "object" : "none";
    } else if (container === "map" && typeof p === "string") {
      steps.push({ element_key_string: p });
      container = level ? "object" : "none";
    } else break;
  }
  return steps;
}

/** Paths (in API field names, as zod reports them) of sensitive attributes, so their values never appear in a diagnostic. */
export function sensitivePaths(attrs: TfAttribute[], prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const a of attrs) {
    const p = [...prefix, a.apiName ?? a.name];
    if (a.sensitive) out.push(p);
    if (a.nested) out.push(...sensitivePaths(a.nested.attributes, p));
  }
  return out;
}
