// konnect_gateway_control_plane: the unit of isolation every core entity belongs to.
// Terraform shows cluster_type/auth_type/cloud_gateway/proxy_urls at the top level (as the create
// body has them) and the API's `config` block as a computed attribute.
import { ControlPlane, ControlPlaneCreate } from "../../../api/contract/index.ts";
import { Unknown, type CtyValue } from "../cty/value.ts";
import { planChange, knownOnly, type Obj } from "../engine/plan.ts";
import { validateAgainstContract } from "../engine/validate.ts";
import { deriveAttributes, markComputedOnly, type AttributeFacts, type JsonSchema } from "../schema/derive.ts";
import { jsonSchemaOf } from "../schema/common.ts";
import type { TfAttribute } from "../schema/types.ts";
import { describeAs, ImportIdError, type Resource } from "./resource.ts";

/**
 * Terraform-only facts: the API fills cluster_type/auth_type/cloud_gateway/proxy_urls/labels when
 * they are not given (Optional+Computed); the first two cannot change in place.
 */
const FACTS: AttributeFacts = {
  computed: ["description", "labels", "cluster_type", "auth_type", "cloud_gateway", "proxy_urls"],
  sets: ["proxy_urls", "config.proxy_urls"],
  requiresReplace: ["cluster_type", "cloud_gateway"],
};

/** Fields of the create body that PATCH accepts; the rest need a replacement. */
const UPDATABLE = ["name", "description", "auth_type", "proxy_urls", "labels"] as const;

function configAttribute(): TfAttribute {
  const response = jsonSchemaOf(ControlPlane) as JsonSchema;
  const [config] = deriveAttributes({ type: "object", properties: { config: response.properties!.config } }, { sets: ["config.proxy_urls"] });
  config.description = "Endpoints and settings of the control plane, as the API reports them.";
  markComputedOnly(config);
  return config;
}

function createBody(o: Obj): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of ["name", "description", "cluster_type", "auth_type", "cloud_gateway", "proxy_urls", "labels"]) {
    const v = knownOnly(o[k] ?? null);
    if (v !== null) body[k] = v;
  }
  return body;
}

function toState(cp: ControlPlane): Obj {
  return {
    id: cp.id,
    name: cp.name,
    description: cp.description,
    labels: cp.labels,
    cluster_type: cp.config.cluster_type,
    auth_type: cp.config.auth_type,
    cloud_gateway: cp.config.cloud_gateway,
    proxy_urls: cp.config.proxy_urls,
    config: cp.config as unknown as CtyValue,
  };
}

export const gatewayControlPlane: Resource = {
  metadata: {
    typeName: "konnect_gateway_control_plane",
    describe: (o) => describeAs("konnect_gateway_control_plane", o.name, o.id),
  },

  schema: () => ({
    version: 0,
    description: "A Konnect control plane: the unit of isolation for gateway configuration and data-plane nodes.",
    attributes: [
      { name: "id", type: "string", computed: true, description: "The control plane's id." },
      ...deriveAttributes(jsonSchemaOf(ControlPlaneCreate), FACTS),
      configAttribute(),
    ],
  }),

  validate: (schema, config) => {
    const body: Record<string, CtyValue> = {};
    for (const [k, v] of Object.entries(config)) {
      if (k === "id" || k === "config") continue;
      if (v instanceof Unknown && schema.attributes.find((a) => a.name === k)?.computed) continue;
      body[k] = v;
    }
    return validateAgainstContract(ControlPlaneCreate, body, schema.attributes);
  },

  plan: (schema, prior, config) => {
    const result = planChange(schema, prior, config);
    // The read-only `config` block mirrors auth_type and proxy_urls: planning it as the prior value
    // left it stale after an in-place update (outputs saw the old value, and the next plan reported
    // "changed outside of Terraform"). Plan the mirrored members as the new values instead.
    const planned = result.planned;
    if (prior && planned && planned.config !== null && typeof planned.config === "object" && !(planned.config instanceof Unknown) && !Array.isArray(planned.config)) {
      planned.config = { ...planned.config, auth_type: planned.auth_type, proxy_urls: planned.proxy_urls };
    }
    return { ...result, diagnostics: result.planned ? gatewayControlPlane.validate(schema, result.planned) : [] };
  },

  create: async (ctx, planned) => toState(await ctx.client.controlPlanes.create(createBody(planned) as ControlPlaneCreate)),

  read: async (ctx, state) => {
    try {
      return toState(await ctx.client.controlPlanes.get(state.id as string));
    } catch (e) {
      if ((e as { code?: string }).code === "API_NOT_FOUND") return null;
      throw e;
    }
  },

  update: async (ctx, prior, planned) => {
    const body: Record<string, unknown> = {};
    for (const k of UPDATABLE) body[k] = knownOnly(planned[k] ?? null);
    // Labels replace the whole map; a removed key must be sent as null to be dropped.
    const priorLabels = (prior.labels ?? {}) as Record<string, unknown>;
    if (body.labels && typeof body.labels === "object") {
      const labels = body.labels as Record<string, unknown>;
      for (const k of Object.keys(priorLabels)) if (!(k in labels)) labels[k] = null;
    }
    return toState(await ctx.client.controlPlanes.update(prior.id as string, body));
  },

  delete: async (ctx, state) => {
    await ctx.client.controlPlanes.delete(state.id as string);
  },

  /** The official format: the plain control plane id. */
  import: (id) => {
    const trimmed = id.trim();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(trimmed)) {
      throw new ImportIdError(`expected the control plane's id (a UUID), got ${JSON.stringify(id)}`);
    }
    return { id: trimmed };
  },
};
