// Terraform attributes derived from the contract's JSON Schema (z.toJSONSchema(schema, {io:"input"})).
//
// The mapping, in one place:
//   string/number|integer/boolean      → "string" / "number" / "bool"
//   array of scalars                   → ["list", T]   (["set", T] where the facts say so)
//   object with properties             → nested attribute, SINGLE
//   array of objects                   → nested attribute, LIST (SET where the facts say so)
//   record                             → ["map", T]
//   field with a non-null default      → Optional + Computed, that default planned when config is null
//   nullable field (default null)      → Optional
//   required, not nullable, no default → Required
//   `secret: true` (from .meta)        → sensitive
// Terraform-only facts (computed-only, RequiresReplace, sets, fields the official provider lacks)
// come from each resource's small table.
import type { CtyType } from "../cty/value.ts";
import type { Nesting, TfAttribute } from "./types.ts";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  secret?: boolean;
  [k: string]: unknown;
}

/** Terraform-only facts for one resource; paths are dotted attribute paths (`config.token_exchange`). */
export interface AttributeFacts {
  /** API fields the Terraform resource does not expose. */
  exclude?: string[];
  /** Required in Terraform although the API can do without (e.g. service host, which `url` may replace). */
  required?: string[];
  /** Optional+Computed with no static default: the API decides, the plan keeps the prior value. */
  computed?: string[];
  /** Optional+Computed whose unset value is null (as the official provider declares them). */
  computedNull?: string[];
  /** Set by the API only. */
  computedOnly?: string[];
  /** Lists Terraform treats as sets. */
  sets?: string[];
  requiresReplace?: string[];
  /** Computed values the API changes on every write. */
  volatile?: string[];
}

export function deriveAttributes(schema: JsonSchema, facts: AttributeFacts = {}, prefix = ""): TfAttribute[] {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const out: TfAttribute[] = [];
  for (const [name, raw] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (facts.exclude?.includes(path)) continue;
    out.push(deriveAttribute(name, path, raw, required.has(name), facts));
  }
  return out;
}

/**
 * Terraform attribute names are identifiers; an API field that is not one gets the name the official
 * (Speakeasy-generated) provider uses: `#` → `_number_`, other symbols → `_`, lower case.
 */
export function terraformName(apiName: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(apiName)) return apiName;
  return apiName.replace(/#/g, "_number_").replace(/[^A-Za-z0-9_]/g, "_").toLowerCase();
}

function deriveAttribute(name: string, path: string, raw: JsonSchema, listedRequired: boolean, facts: AttributeFacts): TfAttribute {
  const { node, nullable, meta } = unwrap(raw);
  const attr: TfAttribute = { name: terraformName(name) };
  if (attr.name !== name) attr.apiName = name;
  if (meta.description) attr.description = meta.description;
  if (meta.secret) attr.sensitive = true;

  const asSet = facts.sets?.includes(path) === true;
  const objectItems = node.type === "array" && node.items && isObjectWithProperties(unwrap(node.items).node);
  if (isObjectWithProperties(node)) {
    attr.nested = { nesting: "SINGLE", attributes: deriveAttributes(node, facts, path) };
  } else if (objectItems) {
    attr.nested = { nesting: (asSet ? "SET" : "LIST") as Nesting, attributes: deriveAttributes(unwrap(node.items!).node, facts, path) };
  } else {
    const t = typeOf(node);
    attr.type = asSet && Array.isArray(t) && t[0] === "list" ? ["set", t[1] as CtyType] : t;
  }

  // Flags.
  const hasDefault = meta.default !== undefined && meta.default !== null;
  if (facts.computedOnly?.includes(path)) {
    attr.computed = true;
    markComputedOnly(attr);
  } else if (facts.required?.includes(path) || (listedRequired && !nullable && !hasDefault && meta.default === undefined)) {
    attr.required = true;
  } else if (hasDefault) {
    attr.optional = true;
    attr.computed = true;
    attr.default = expandDefault(attr, meta.default);
  } else if (facts.computedNull?.includes(path)) {
    attr.optional = true;
    attr.computed = true;
    attr.default = null;
  } else if (facts.computed?.includes(path)) {
    attr.optional = true;
    attr.computed = true;
  } else {
    attr.optional = true;
  }
  if (facts.requiresReplace?.includes(path)) attr.requiresReplace = true;
  if (facts.volatile?.includes(path)) attr.volatile = true;
  return attr;
}

/** Computed-only nested attributes must be computed all the way down. */
export function markComputedOnly(attr: TfAttribute): void {
  delete attr.required;
  delete attr.optional;
  delete attr.default;
  attr.computed = true;
  for (const a of attr.nested?.attributes ?? []) markComputedOnly(a);
}

/**
 * The value a default stands for once the API has applied it: an object default (`{}` for redis)
 * gets every member's own default, as zod's prefault does on the server.
 */
function expandDefault(attr: TfAttribute, value: unknown): unknown {
  if (attr.nested?.nesting === "SINGLE" && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      attr.nested.attributes.map((a) => {
        const key = a.apiName ?? a.name;
        return [a.name, key in obj ? expandDefault(a, obj[key]) : a.default !== undefined ? a.default : null];
      }),
    );
  }
  if (attr.nested?.nesting === "LIST" && Array.isArray(value)) {
    return value.map((v) => expandDefault({ ...attr, nested: { ...attr.nested!, nesting: "SINGLE" } }, v));
  }
  return value;
}

/** Strips the null branch of `anyOf: [X, {type: null}]` and `type: [X, "null"]`, keeping the outer metadata. */
function unwrap(raw: JsonSchema): { node: JsonSchema; nullable: boolean; meta: JsonSchema } {
  let node = raw;
  let nullable = false;
  const meta: JsonSchema = { default: raw.default, description: raw.description, secret: raw.secret };
  for (let guard = 0; guard < 5; guard++) {
    const alts = node.anyOf ?? node.oneOf;
    if (alts) {
      const nonNull = alts.filter((a) => a.type !== "null");
      if (nonNull.length < alts.length) nullable = true;
      if (nonNull.length === 1) {
        node = { ...nonNull[0] };
      } else {
        // A union of constants of one type (https_redirect_status_code: 426|301|…) is that type.
        const types = new Set(nonNull.map((a) => (a.type === "integer" ? "number" : a.type)));
        node = types.size === 1 ? { type: [...types][0] as string } : { type: "dynamic" };
      }
    } else if (Array.isArray(node.type)) {
      const nonNull = node.type.filter((t) => t !== "null");
      if (nonNull.length < node.type.length) nullable = true;
      node = { ...node, type: nonNull.length === 1 ? nonNull[0] : "dynamic" };
    } else break;
    meta.default ??= node.default;
    meta.description ??= node.description;
    meta.secret ??= node.secret;
  }
  if (meta.default === undefined) meta.default = node.default;
  meta.description ??= node.description;
  meta.secret ??= node.secret;
  if (meta.default === null) nullable = true;
  return { node, nullable, meta };
}

function isObjectWithProperties(n: JsonSchema): boolean {
  return n.type === "object" && n.properties !== undefined && Object.keys(n.properties).length > 0;
}

/** Type constraint of a value that is not a nested attribute (inside lists and maps, objects become object types). */
function typeOf(n: JsonSchema): CtyType {
  switch (n.type) {
    case "string":
      return "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "bool";
    case "array":
      return ["list", n.items ? typeOf(unwrap(n.items).node) : "dynamic"];
    case "object":
      if (isObjectWithProperties(n)) {
        return ["object", Object.fromEntries(Object.entries(n.properties!).map(([k, v]) => [k, typeOf(unwrap(v).node)]))];
      }
      if (n.additionalProperties && typeof n.additionalProperties === "object") return ["map", typeOf(unwrap(n.additionalProperties).node)];
      return ["map", "string"];
  }
  if (n.const !== undefined) return typeof n.const === "number" ? "number" : typeof n.const === "boolean" ? "bool" : "string";
  if (n.enum) return "string";
  throw new Error(`cannot map JSON Schema ${JSON.stringify(n).slice(0, 200)} to a Terraform type`);
}
