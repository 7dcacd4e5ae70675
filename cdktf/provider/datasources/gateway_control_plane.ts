// data "konnect_gateway_control_plane": one control plane, looked up by id (or by exact name).
import { error, type Diagnostic } from "../diagnostics.ts";
import { markComputedOnly } from "../schema/derive.ts";
import { gatewayControlPlane } from "../resources/gateway_control_plane.ts";
import type { DataSource } from "../resources/resource.ts";
import { Unknown } from "../cty/value.ts";
import type { TfSchema } from "../schema/types.ts";
import type { ControlPlane } from "../../../api/contract/index.ts";

/** Same attributes as the resource, all read-only except the two lookup keys. */
export function controlPlaneDataAttributes(lookup: boolean): TfSchema["attributes"] {
  return gatewayControlPlane.schema().attributes.map((a) => {
    const copy = structuredClone(a);
    delete copy.requiresReplace;
    delete copy.volatile;
    markComputedOnly(copy);
    if (lookup && (a.name === "id" || a.name === "name")) {
      copy.optional = true;
      copy.description = a.name === "id" ? "Id of the control plane to read. Give id or name." : "Exact name of the control plane to read. Give id or name.";
    }
    return copy;
  });
}

export const gatewayControlPlaneData: DataSource = {
  metadata: { typeName: "konnect_gateway_control_plane" },

  schema: () => ({ version: 0, description: "Reads one control plane by id or by exact name.", attributes: controlPlaneDataAttributes(true) }),

  validate: (_schema, config): Diagnostic[] => {
    const given = ["id", "name"].filter((k) => config[k] !== null && config[k] !== undefined);
    if (given.length === 1 || given.some((k) => config[k] instanceof Unknown)) return [];
    return [
      error(
        "ERR_INVALID_ATTRIBUTE",
        "Exactly one of id or name is required",
        given.length === 0 ? "Set id or name to choose the control plane." : "Set either id or name, not both.",
        [{ attribute_name: given[1] ?? "id" }],
      ),
    ];
  },

  read: async (ctx, config) => {
    let cp: ControlPlane;
    if (typeof config.id === "string") cp = await ctx.client.controlPlanes.get(config.id);
    else {
      const list = await ctx.client.controlPlanes.list({ "filter[name][eq]": config.name as string, "page[size]": 2 });
      const exact = list.data.filter((c) => c.name === config.name);
      if (exact.length !== 1) {
        const e = Object.assign(new Error(`no control plane is named ${JSON.stringify(config.name)}`), { code: "API_NOT_FOUND", status: 404 });
        throw e;
      }
      cp = exact[0];
    }
    return {
      id: cp.id,
      name: cp.name,
      description: cp.description,
      labels: cp.labels,
      cluster_type: cp.config.cluster_type,
      auth_type: cp.config.auth_type,
      cloud_gateway: cp.config.cloud_gateway,
      proxy_urls: cp.config.proxy_urls,
      config: cp.config as never,
    };
  },
};
