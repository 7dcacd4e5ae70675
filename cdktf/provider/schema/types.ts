// The provider's schema model: what GetProviderSchema sends, plus the provider-side facts the plan
// engine needs (static defaults, replace-on-change, values that move on every update). It is plain
// JSON so the build can precompute it and a launch need not load zod just to answer GetProviderSchema.
import type { CtyType } from "../cty/value.ts";

export type Nesting = "SINGLE" | "LIST" | "SET" | "MAP";

export interface TfAttribute {
  name: string;
  /** The API's field name, when it is not a valid Terraform name (`x5t#S256` → `x5t_number_s256`). */
  apiName?: string;
  /** Type constraint, for attributes without nested attributes. */
  type?: CtyType;
  /** Nested attributes (protocol 6 `nested_type`). */
  nested?: { nesting: Nesting; attributes: TfAttribute[] };
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  // ---- provider-side facts, never sent to Terraform ----
  /** Value planned when config leaves an Optional+Computed attribute null. Absent: no static default. */
  default?: unknown;
  /** A planned change of this attribute replaces the object. */
  requiresReplace?: boolean;
  /** Computed value the API changes on every write (updated_at): unknown in a plan that changes anything. */
  volatile?: boolean;
}

export interface TfSchema {
  version: number;
  description?: string;
  attributes: TfAttribute[];
}

export interface ProviderSchemas {
  provider: TfSchema;
  resources: Record<string, TfSchema>;
  dataSources: Record<string, TfSchema>;
}

/**
 * Renames object keys between Terraform's attribute names and the API's field names, following the
 * schema at every depth. Keys the schema does not know are left out.
 */
export function renameKeys(value: unknown, attrs: TfAttribute[], direction: "toApi" | "fromApi"): Record<string, unknown> | null {
  if (!isPlainObject(value)) return null;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const a of attrs) {
    const [from, to] = direction === "toApi" ? [a.name, a.apiName ?? a.name] : [a.apiName ?? a.name, a.name];
    if (!(from in src)) continue;
    out[to] = renameValue(src[from], a, direction);
  }
  return out;
}

function renameValue(v: unknown, a: TfAttribute, direction: "toApi" | "fromApi"): unknown {
  if (!a.nested || v === null || typeof v !== "object" || (!Array.isArray(v) && !isPlainObject(v))) return v;
  const inner = a.nested.attributes;
  if (!inner.some(hasRename)) return v;
  switch (a.nested.nesting) {
    case "SINGLE":
      return renameKeys(v, inner, direction) ?? v;
    case "LIST":
    case "SET":
      return Array.isArray(v) ? v.map((e) => renameKeys(e, inner, direction) ?? e) : v;
    case "MAP":
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, renameKeys(e, inner, direction) ?? e]));
  }
}

/** Objects from JSON or msgpack, not class instances such as unknown values. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function hasRename(a: TfAttribute): boolean {
  return a.apiName !== undefined || (a.nested?.attributes.some(hasRename) ?? false);
}

export function attributeType(a: TfAttribute): CtyType {
  if (!a.nested) return a.type!;
  const obj = objectType(a.nested.attributes);
  switch (a.nested.nesting) {
    case "SINGLE":
      return obj;
    case "LIST":
      return ["list", obj];
    case "SET":
      return ["set", obj];
    case "MAP":
      return ["map", obj];
  }
}

export function objectType(attrs: TfAttribute[]): CtyType {
  return ["object", Object.fromEntries(attrs.map((a) => [a.name, attributeType(a)]))];
}

export function schemaType(s: TfSchema): CtyType {
  return objectType(s.attributes);
}

// ---- GetProviderSchema wire shape ------------------------------------------------------------------

export function toProtoSchema(s: TfSchema): Record<string, unknown> {
  return {
    version: s.version,
    block: { version: s.version, attributes: s.attributes.map(toProtoAttribute), description: s.description ?? "", description_kind: "PLAIN" },
  };
}

function toProtoAttribute(a: TfAttribute): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: a.name,
    description: a.description ?? "",
    description_kind: "PLAIN",
    required: a.required === true,
    optional: a.optional === true,
    computed: a.computed === true,
    sensitive: a.sensitive === true,
  };
  if (a.nested) out.nested_type = { nesting: a.nested.nesting, attributes: a.nested.attributes.map(toProtoAttribute) };
  else out.type = Buffer.from(JSON.stringify(a.type));
  return out;
}

/** The GetProviderSchema response message for a set of schemas. */
export function providerSchemaResponse(s: ProviderSchemas): Record<string, unknown> {
  const map = (m: Record<string, TfSchema>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, toProtoSchema(v)]));
  return {
    provider: toProtoSchema(s.provider),
    resource_schemas: map(s.resources),
    data_source_schemas: map(s.dataSources),
    server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
  };
}

// ---- `terraform providers schema -json` shape (what @cdktf/provider-generator reads) -----------------

/** Converts a GetProviderSchema response (as decoded from the wire) to terraform's JSON schema format. */
export function protoResponseToTerraformJson(resp: Record<string, any>, providerAddress: string): Record<string, unknown> {
  const block = (schema: any) => {
    const attrs: Record<string, unknown> = {};
    for (const a of schema.block?.attributes ?? []) attrs[a.name] = attributeJson(a);
    return { version: Number(schema.version ?? 0), block: { attributes: attrs, ...(schema.block?.description ? { description: schema.block.description } : {}), description_kind: "plain" } };
  };
  const map = (m: Record<string, any> | undefined) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, block(v)]));
  return {
    format_version: "1.0",
    provider_schemas: {
      [providerAddress]: {
        provider: block(resp.provider),
        resource_schemas: map(resp.resource_schemas),
        data_source_schemas: map(resp.data_source_schemas),
      },
    },
  };
}

function attributeJson(a: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.nested_type) {
    const inner: Record<string, unknown> = {};
    for (const x of a.nested_type.attributes ?? []) inner[x.name] = attributeJson(x);
    out.nested_type = { attributes: inner, nesting_mode: String(a.nested_type.nesting).toLowerCase() };
  } else out.type = JSON.parse(Buffer.from(a.type).toString("utf8"));
  if (a.description) out.description = a.description;
  out.description_kind = "plain";
  if (a.required) out.required = true;
  if (a.optional) out.optional = true;
  if (a.computed) out.computed = true;
  if (a.sensitive) out.sensitive = true;
  return out;
}
