// The plugin envelope (what every plugin instance carries) and the registry of plugin schemas.
// A plugin is accepted only if its name is registered; its `config` is validated by that plugin's
// schema, so the API, the proxy and the Terraform provider share one definition per plugin.
import { z } from "zod";
import { EntityName, ForeignKey, Protocol, Tags, UnixSeconds, Uuid, dflt, optional } from "./common.ts";
import { OpenidConnectConfig, PLUGIN_NAME as OIDC } from "./plugins/openid-connect.ts";

export interface PluginDefinition {
  name: string;
  /** Zod schema of `config`, with defaults. */
  config: z.ZodType;
  /** Protocols the plugin may run on (also the enum of its `protocols` field). */
  protocols: readonly z.output<typeof Protocol>[];
  /** Whether an instance may be scoped to a consumer (auth plugins cannot: they identify the consumer). */
  consumerScope: boolean;
  /** Execution order, highest first (Kong's static priorities). */
  priority: number;
}

export const PLUGINS: Readonly<Record<string, PluginDefinition>> = {
  [OIDC]: { name: OIDC, config: OpenidConnectConfig, protocols: ["grpc", "grpcs", "http", "https", "ws", "wss"], consumerScope: false, priority: 1050 },
};

export const DEFAULT_PLUGIN_PROTOCOLS = ["grpc", "grpcs", "http", "https"] as const;

const AccessOrder = optional(z.strictObject({ access: optional(z.array(z.string().min(1))) }));

const envelopeFields = {
  id: Uuid.nullish(),
  name: z.string().min(1),
  instance_name: optional(EntityName),
  enabled: dflt(z.boolean(), true),
  protocols: dflt(z.array(Protocol), [...DEFAULT_PLUGIN_PROTOCOLS]),
  service: optional(ForeignKey),
  route: optional(ForeignKey),
  consumer: optional(ForeignKey),
  consumer_group: optional(ForeignKey),
  tags: Tags,
  condition: optional(z.string().max(1024)),
  ordering: optional(z.strictObject({ before: AccessOrder, after: AccessOrder })),
  partials: optional(z.array(z.strictObject({ id: optional(z.string().min(1)), name: optional(z.string()), path: z.string() }))),
  created_at: UnixSeconds.nullish(),
  updated_at: UnixSeconds.nullish(),
};

/** Full request-body schema of one plugin (envelope + that plugin's config). */
export function pluginInputSchema(def: PluginDefinition) {
  return z
    .strictObject({ ...envelopeFields, name: z.literal(def.name), config: def.config })
    .superRefine((p, ctx) => {
      p.protocols.forEach((proto, i) => {
        if (!def.protocols.includes(proto)) {
          ctx.addIssue({ code: "custom", path: ["protocols", i], message: `${def.name} cannot run on ${proto}; allowed: ${def.protocols.join(", ")}` });
        }
      });
      if (p.consumer && !def.consumerScope) ctx.addIssue({ code: "custom", path: ["consumer"], message: `${def.name} cannot be scoped to a consumer` });
      if (p.consumer_group) ctx.addIssue({ code: "custom", path: ["consumer_group"], message: "consumer groups are not supported" });
      if (p.condition != null) ctx.addIssue({ code: "custom", path: ["condition"], message: "conditional plugin execution is not supported; leave condition null" });
      if (p.partials && p.partials.length > 0) ctx.addIssue({ code: "custom", path: ["partials"], message: "partials are not supported; inline the settings in config" });
    });
}

const inputSchemas = new Map(Object.values(PLUGINS).map((d) => [d.name, pluginInputSchema(d)]));

/**
 * Validates a plugin request body: the name must be registered, then the whole body is checked by
 * that plugin's schema. Returns zod's result so callers map issues (with paths) the same way everywhere.
 */
export function parsePluginInput(body: unknown): z.ZodSafeParseResult<PluginOutput> {
  const name = typeof body === "object" && body !== null ? (body as { name?: unknown }).name : undefined;
  const schema = typeof name === "string" ? inputSchemas.get(name) : undefined;
  if (!schema) {
    const message =
      typeof name === "string"
        ? `unknown plugin "${name}"; this gateway provides: ${Object.keys(PLUGINS).join(", ")}`
        : "name is required and must be a string";
    return { success: false, error: new z.ZodError([{ code: "custom", path: ["name"], message, input: name }]) } as unknown as z.ZodSafeParseResult<PluginOutput>;
  }
  return schema.safeParse(body) as z.ZodSafeParseResult<PluginOutput>;
}

/** Stored/returned shape of any plugin. */
export const Plugin = z.strictObject({
  ...envelopeFields,
  id: Uuid,
  config: z.record(z.string(), z.unknown()),
  created_at: UnixSeconds,
  updated_at: UnixSeconds,
});
export type Plugin = z.output<typeof Plugin>;
type PluginOutput = Omit<Plugin, "id" | "created_at" | "updated_at"> & { id?: string | null; created_at?: number | null; updated_at?: number | null };

/** Response schema of one registered plugin (used for OpenAPI, `schemas/plugins/{name}` and the provider). */
export function pluginResponseSchema(def: PluginDefinition) {
  return z.strictObject({ ...envelopeFields, id: Uuid, name: z.literal(def.name), config: def.config, created_at: UnixSeconds, updated_at: UnixSeconds });
}
