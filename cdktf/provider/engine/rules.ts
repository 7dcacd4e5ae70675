// Cross-field rules (zod refinements) that a failed parse skipped.
//
// zod runs an object's refinements only when the object's own shape parsed: a config with a bad
// enum AND a broken token-exchange conditions rule reports the enum first and the rule on the next
// plan. The API keeps that behaviour (its contract is not ours to change); the provider wants every
// mistake in one `terraform validate`, so after a failed parse it re-runs, for each object/array/record
// whose shape failed, the refinements zod skipped, on zod's partially parsed value (defaults applied,
// rejected leaves left as written). Terraform has already enforced every value's type, so a rule never
// sees a wrong type, only a wrong enum, range, format or length.
//
// Guards, so a rule never speaks about made-up data:
//  - a container holding an unknown value (the validate.ts sentinel) is skipped entirely, as before;
//  - a rule that throws on the partial value contributes nothing;
//  - the caller drops rule issues whose path is at, above or below a path already reported.
//
// This uses zod 4's documented internals for library authors (`_zod.def`, `_zod.parse`, a check's
// `_zod.check`): test/unit/tf-validate.test.ts fails if a zod upgrade changes them.
import { z } from "zod";

type Path = (string | number)[];
interface RawIssue {
  path?: PropertyKey[];
  message?: string;
  continue?: boolean;
  [k: string]: unknown;
}
interface Payload {
  value: unknown;
  issues: RawIssue[];
}
interface Internals {
  _zod: {
    def: { type: string; checks?: CheckInternals[]; shape?: Record<string, Internals>; element?: Internals; valueType?: Internals; innerType?: Internals; in?: Internals };
    parse(payload: Payload, ctx: { async: false }): Payload | Promise<Payload>;
  };
}
interface CheckInternals {
  _zod: { def: { when?: unknown }; check(payload: Payload): unknown };
}

/** Wrappers whose inner schema sees the same value (defaults are applied by zod's own parse below). */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch"]);

export function skippedRuleIssues(schema: z.ZodType, input: unknown, isUnknown: (v: unknown) => boolean): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  walk(schema as unknown as Internals, input, [], isUnknown, out);
  return out;
}

function walk(schema: Internals, value: unknown, path: Path, isUnknown: (v: unknown) => boolean, out: z.core.$ZodIssue[]): void {
  let s = schema;
  for (let d = s._zod.def; ; d = s._zod.def) {
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else break;
  }
  const def = s._zod.def;
  const isObj = def.type === "object" && isPlainObject(value);
  const isArr = def.type === "array" && Array.isArray(value);
  const isRec = def.type === "record" && isPlainObject(value);
  if (!isObj && !isArr && !isRec) return;
  if (containsUnknown(value, isUnknown)) {
    // The rules of this container stay off, but a fully known child may still have its own.
    descend(def, value, path, isUnknown, out);
    return;
  }
  const pending = (def.checks ?? []).filter((c) => !c._zod.def.when); // checks with `when` already ran
  if (pending.length) {
    const payload = s._zod.parse({ value, issues: [] }, { async: false });
    if (!(payload instanceof Promise) && aborted(payload)) {
      for (const check of pending) {
        const before = payload.issues.length;
        try {
          if (check._zod.check(payload) instanceof Promise) payload.issues.length = before;
        } catch {
          payload.issues.length = before; // the rule could not make sense of the partial value
        }
        for (const raw of payload.issues.slice(before)) {
          const iss = z.core.util.finalizeIssue(raw as never, {}, z.core.config()) as z.core.$ZodIssue;
          out.push({ ...iss, path: [...path, ...iss.path] });
        }
      }
    }
  }
  descend(def, value, path, isUnknown, out);
}

function descend(def: Internals["_zod"]["def"], value: unknown, path: Path, isUnknown: (v: unknown) => boolean, out: z.core.$ZodIssue[]): void {
  if (def.type === "object" && def.shape) {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(def.shape)) {
      if (Object.hasOwn(obj, key)) walk(def.shape[key], obj[key], [...path, key], isUnknown, out);
    }
  } else if (def.type === "array" && def.element) {
    (value as unknown[]).forEach((v, i) => walk(def.element!, v, [...path, i], isUnknown, out));
  } else if (def.type === "record" && def.valueType) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(def.valueType, v, [...path, k], isUnknown, out);
  }
}

/** zod's own test: an issue that does not say `continue: true` stops the checks after it. */
function aborted(p: Payload): boolean {
  return p.issues.some((i) => i.continue !== true);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function containsUnknown(v: unknown, isUnknown: (v: unknown) => boolean): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some((x) => containsUnknown(x, isUnknown));
  if (isPlainObject(v)) return Object.values(v).some((x) => containsUnknown(x, isUnknown));
  return false;
}
