// data "konnect_gateway_control_plane_list": control planes matching a filter, every page read.
import type { ControlPlaneListQuery } from "../../../api/client.ts";
import type { ControlPlane } from "../../../api/contract/index.ts";
import type { DataSource } from "../resources/resource.ts";
import { controlPlaneDataAttributes } from "./gateway_control_plane.ts";
import type { TfAttribute } from "../schema/types.ts";
import type { Diagnostic } from "../diagnostics.ts";

const stringFilter = (name: string, ops: string[], what: string): TfAttribute => ({
  name,
  optional: true,
  description: `Filter on ${what}.`,
  nested: { nesting: "SINGLE", attributes: ops.map((op) => ({ name: op, type: "string" as const, optional: true })) },
});

export const gatewayControlPlaneList: DataSource = {
  metadata: { typeName: "konnect_gateway_control_plane_list" },

  schema: () => ({
    version: 0,
    description: "Lists control planes, optionally filtered by name or labels.",
    attributes: [
      { name: "filter", optional: true, description: "Filters, as the list endpoint's filter[...] parameters.", nested: { nesting: "SINGLE", attributes: [stringFilter("name", ["eq", "contains"], "the name")] } },
      { name: "labels", type: "string", optional: true, description: "Label filter, e.g. \"env:prod\"." },
      { name: "sort", type: "string", optional: true, description: "Sort order, e.g. \"created_at\"." },
      { name: "page_size", type: "number", optional: true, description: "Page size used while reading every page (default 100)." },
      { name: "data", computed: true, description: "The matching control planes.", nested: { nesting: "LIST", attributes: controlPlaneDataAttributes(false) } },
    ],
  }),

  validate: (): Diagnostic[] => [],

  read: async (ctx, config) => {
    const filter = (config.filter ?? {}) as { name?: { eq?: string | null; contains?: string | null } | null };
    const query: ControlPlaneListQuery = { "page[size]": typeof config.page_size === "number" ? config.page_size : 100 };
    if (filter.name?.eq) query["filter[name][eq]"] = filter.name.eq;
    if (filter.name?.contains) query["filter[name][contains]"] = filter.name.contains;
    if (typeof config.labels === "string") query.labels = config.labels;
    if (typeof config.sort === "string") query.sort = config.sort;
    const all: ControlPlane[] = [];
    for (let page = 1; ; page++) {
      const res = await ctx.client.controlPlanes.list({ ...query, "page[number]": page });
      all.push(...res.data);
      if (res.data.length === 0 || all.length >= res.meta.page.total) break;
    }
    return {
      ...config,
      data: all.map((cp) => ({
        id: cp.id,
        name: cp.name,
        description: cp.description,
        labels: cp.labels,
        cluster_type: cp.config.cluster_type,
        auth_type: cp.config.auth_type,
        cloud_gateway: cp.config.cloud_gateway,
        proxy_urls: cp.config.proxy_urls,
        config: cp.config as never,
      })),
    };
  },
};
