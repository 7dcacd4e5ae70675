// Planning and state shaping, shared by every resource.
//
// Rules (Terraform enforces the first two, see terraform-plugin.md A8):
//  - a planned value equals the config value for every attribute that is not computed;
//  - apply's new state equals every known planned value;
//  - Optional+Computed attribute left null in config: its static default when it has one (as the
//    official provider's schema defaults do, so removing a setting resets it), otherwise the prior
//    value on update and "known after apply" on create;
//  - computed-only: prior value on update, unknown on create; `volatile` ones (updated_at) become
//    unknown whenever the plan changes anything else;
//  - a change of a RequiresReplace attribute (unknown counts as a change) replaces the object.
import { UNKNOWN, Unknown, conform, ctyEqual, type CtyValue } from "../cty/value.ts";
import { attributeType, schemaType, type TfAttribute, type TfSchema } from "../schema/types.ts";
import type { PathStep } from "../diagnostics.ts";

export type Obj = Record<string, CtyValue>;

export interface PlanResult {
  planned: Obj | null;
  requiresReplace: PathStep[][];
}

export function planChange(schema: TfSchema, prior: Obj | null, config: Obj | null): PlanResult {
  if (config === null) return { planned: null, requiresReplace: [] }; // destroy
  const planned = planObject(schema.attributes, config, prior, prior !== null);
  const requiresReplace: PathStep[][] = [];
  if (prior !== null) {
    const changed = schema.attributes.some((a) => !a.volatile && !ctyEqual(planned[a.name], prior[a.name] ?? null, attributeType(a)));
    if (changed) {
      for (const a of schema.attributes) if (a.volatile && (config[a.name] ?? null) === null) planned[a.name] = UNKNOWN;
    }
    for (const a of schema.attributes) {
      if (a.requiresReplace && !ctyEqual(planned[a.name], prior[a.name] ?? null, attributeType(a))) requiresReplace.push([{ attribute_name: a.name }]);
    }
  }
  return { planned: conform(planned, schemaType(schema)) as Obj, requiresReplace };
}

function planObject(attrs: TfAttribute[], config: Obj, prior: Obj | null, priorExists: boolean): Obj {
  const out: Obj = {};
  for (const a of attrs) out[a.name] = planAttribute(a, config[a.name] ?? null, prior?.[a.name] ?? null, priorExists);
  return out;
}

function planAttribute(a: TfAttribute, c: CtyValue, p: CtyValue, priorExists: boolean): CtyValue {
  const computedOnly = a.computed && !a.optional && !a.required;
  if (computedOnly) return priorExists ? p : UNKNOWN;
  if (c instanceof Unknown) return c;
  if (c === null) {
    if (!a.computed) return null;
    if (a.default !== undefined) return conform(a.default as CtyValue, attributeType(a));
    return priorExists ? p : UNKNOWN;
  }
  if (!a.nested) return c;
  const inner = a.nested.attributes;
  const priorObj = (v: CtyValue): Obj | null => (v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown) ? (v as Obj) : null);
  switch (a.nested.nesting) {
    case "SINGLE": {
      const po = priorObj(p);
      return planObject(inner, c as Obj, po, po !== null);
    }
    case "LIST": {
      const pl = Array.isArray(p) ? p : [];
      return (c as CtyValue[]).map((e, i) => (e instanceof Unknown || e === null ? e : planObject(inner, e as Obj, priorObj(pl[i] ?? null), priorObj(pl[i] ?? null) !== null)));
    }
    case "SET":
      return (c as CtyValue[]).map((e) => (e instanceof Unknown || e === null ? e : planObject(inner, e as Obj, null, false)));
    case "MAP": {
      const pm = priorObj(p) ?? {};
      return Object.fromEntries(
        Object.entries(c as Obj).map(([k, e]) => [k, e instanceof Unknown || e === null ? e : planObject(inner, e as Obj, priorObj(pm[k] ?? null), priorObj(pm[k] ?? null) !== null)]),
      );
    }
  }
}

/**
 * New state after create/update: every known planned value wins, unknown ones take the API's value.
 * (Same as the official provider: API normalisation of a configured value shows up on the next
 * refresh as drift instead of failing the apply.)
 */
export function overlayPlanned(planned: CtyValue, actual: CtyValue): CtyValue {
  if (planned instanceof Unknown) return actual instanceof Unknown ? null : actual;
  if (planned === null || typeof planned !== "object") return planned;
  if (Array.isArray(planned)) {
    if (!containsUnknownShallow(planned)) return planned;
    const act = Array.isArray(actual) ? actual : [];
    if (act.length !== planned.length) return act;
    return planned.map((v, i) => overlayPlanned(v, act[i] ?? null));
  }
  const act = actual !== null && typeof actual === "object" && !Array.isArray(actual) && !(actual instanceof Unknown) ? (actual as Obj) : {};
  const out: Obj = {};
  for (const [k, v] of Object.entries(planned)) out[k] = overlayPlanned(v, act[k] ?? null);
  return out;
}

function containsUnknownShallow(v: CtyValue): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(containsUnknownShallow);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknownShallow);
  return false;
}

/** Replaces unknowns with null: what an API request body carries for values Terraform leaves to the server. */
export function knownOnly(v: CtyValue): unknown {
  if (v instanceof Unknown) return null;
  if (Array.isArray(v)) return v.map(knownOnly);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, knownOnly(x)]));
  return v;
}
