// Building blocks shared by every entity and plugin schema.
//
// Wire rules (Konnect / Kong admin semantics):
//  - an explicit `null` means "unset": for a field with a default the default applies,
//    for a field without one the stored value is null;
//  - unknown keys are rejected (strict objects), so typos surface as 400s with a field path;
//  - every field appears in responses, unset ones as null.
import { z } from "zod";

/** A field whose unset value is null. Accepts null or absence. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullable().default(null);
}

/**
 * A field with a non-null default. Accepts null or absence, both meaning "use the default".
 * `prefault` runs the default through the schema (an object default gets its own defaults filled);
 * `overwrite` maps an explicit null to that default without a transform, so z.toJSONSchema keeps
 * every default (zod drops defaults around transforms on the input side).
 */
export function dflt<T extends z.ZodType>(schema: T, value: unknown) {
  const filled = schema.parse(value);
  return schema
    .nullable()
    .prefault(value as never)
    .overwrite((v) => (v === null ? structuredClone(filled) : v)) as unknown as z.ZodPrefault<z.ZodType<z.output<T>, z.input<T> | null>>;
}

/** An absolute http(s) URL, as Kong's `url` typedef accepts for issuers and endpoints. */
export function httpUrl() {
  return z.url({ protocol: /^https?$/, error: "must be an absolute http:// or https:// URL" });
}

export const Uuid = z.uuid({ error: "must be a UUID" });

/** `{ "id": "<uuid>" }` reference to another entity of the same control plane. */
export const ForeignKey = z.strictObject({ id: Uuid });

export const Tags = optional(
  z.array(z.string().min(1).max(128).regex(/^[\p{L}\p{N}._~:\-\/ ]+$/u, "tags may contain letters, digits and . _ ~ : - / and space")).max(64),
);

/** Kong entity names: letters, digits and `-._~`. */
export const EntityName = z.string().min(1).max(128).regex(/^[A-Za-z0-9.\-_~]+$/, "may only contain letters, digits and - . _ ~");

/** Integer unix seconds, as core entities carry them. Accepted on input (PUT echoes them) and ignored. */
export const UnixSeconds = z.number().int().nonnegative();

export const PROTOCOLS = ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"] as const;
export const Protocol = z.enum(PROTOCOLS);

/**
 * The value of a JWT/`iss`-like issuer as used for identity comparisons: Kong accepts an issuer
 * configured as its discovery URL, and ignores a trailing slash when comparing.
 */
export function issuerIdentity(issuer: string): string {
  return issuer
    .replace(/\/\.well-known\/(openid-configuration|oauth-authorization-server)$/, "")
    .replace(/\/+$/, "");
}

/** JSON Schema keyword our schemas attach (via `.meta`) to values that must be encrypted at rest and never logged. */
export const SECRET_META = "secret";

/**
 * JSON Schema of a contract schema, with object defaults fully expanded (zod renders a prefault's
 * raw value, e.g. `{}`) and defaults kept around the few transforms we have (zod drops `default`
 * from any container holding a transform on the input side). The OpenAPI document, the plugin
 * schema endpoint and the Terraform schema all come from here.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string; defaultValue?: unknown; innerType?: z.ZodType } } })._zod.def;
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (def.type === "default") json.default = def.defaultValue;
      if (def.type === "prefault" && def.innerType) json.default = def.innerType.parse(def.defaultValue);
    },
  }) as Record<string, unknown>;
}
