// /v2/control-planes[/{controlPlaneId}] — Konnect's control-plane API (problem+json errors).
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CLUSTER_TYPES, ControlPlane, ControlPlaneCreate, ControlPlaneList, ControlPlaneUpdate } from "../contract/index.ts";
import type { ControlPlaneListQuery } from "../store/control-planes.ts";
import { requireAdmin } from "./auth.ts";
import { problem } from "./problems.ts";
import { intParam, stringParam, uuidParam } from "./validation.ts";
import { publicUrlOf } from "./public-url.ts";
import { bodiless } from "./replies.ts";

const SORT_FIELDS = ["created_at", "updated_at", "name"] as const;

const ListQuery = z.strictObject({
  "page[size]": intParam(1, 100).optional(),
  "page[number]": z.union([z.literal(""), intParam(1, 1_000_000)]).optional(),
  "filter[name]": stringParam(256).optional(),
  "filter[name][eq]": stringParam(256).optional(),
  "filter[name][neq]": stringParam(256).optional(),
  "filter[name][contains]": stringParam(256).optional(),
  "filter[id]": uuidParam.optional(),
  "filter[id][eq]": uuidParam.optional(),
  "filter[id][oeq]": stringParam(37 * 100)
    .transform((s) => s.split(","))
    .pipe(z.array(uuidParam).min(1).max(100))
    .optional(),
  "filter[cluster_type][eq]": z.enum(CLUSTER_TYPES).optional(),
  "filter[cluster_type][neq]": z.enum(CLUSTER_TYPES).optional(),
  "filter[cluster_type][oeq]": stringParam()
    .transform((s) => s.split(","))
    .pipe(z.array(z.enum(CLUSTER_TYPES)).min(1))
    .optional(),
  "filter[cloud_gateway]": z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  "filter[cloud_gateway][eq]": z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  labels: stringParam(4096).optional(),
  sort: stringParam(256).optional(),
});

const Params = z.strictObject({ controlPlaneId: uuidParam });

function parseLabels(s: string): { key: string; value?: string }[] {
  return s.split(",").map((term) => {
    const t = term.trim();
    if (!t) throw problem.invalidParameter("labels", "empty label term; use key:value or key, comma-separated", "is_label");
    const i = t.indexOf(":");
    return i < 0 ? { key: t } : { key: t.slice(0, i), value: t.slice(i + 1) };
  });
}

function parseSort(s: string): NonNullable<ControlPlaneListQuery["sort"]> {
  return s.split(",").map((term) => {
    let t = term.trim();
    let desc = false;
    if (t.startsWith("-")) {
      desc = true;
      t = t.slice(1);
    }
    const m = /^([a-z_]+)(?:\s+(asc|desc))?$/i.exec(t);
    if (!m || !(SORT_FIELDS as readonly string[]).includes(m[1])) {
      throw problem.invalidParameter("sort", `unsupported sort "${term}"; use ${SORT_FIELDS.join(", ")} with an optional " desc" suffix or "-" prefix`);
    }
    return { field: m[1] as (typeof SORT_FIELDS)[number], desc: desc || m[2]?.toLowerCase() === "desc" };
  });
}

function oneOf<T>(field: string, ...values: (T | undefined)[]): T | undefined {
  const set = values.filter((v) => v !== undefined);
  if (set.length > 1) throw problem.invalidParameter(field, "given in more than one form");
  return set[0];
}

export const controlPlaneRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", requireAdmin);
  const repo = () => app.store.controlPlanes;
  const base = (req: FastifyRequest) => publicUrlOf(req);

  app.get("/", {
    schema: { tags: ["control-planes"], querystring: ListQuery, response: { 200: ControlPlaneList } },
  }, async (req) => {
    const q = req.query;
    const cloud = oneOf("filter[cloud_gateway]", q["filter[cloud_gateway]"], q["filter[cloud_gateway][eq]"]);
    const page = q["page[number]"];
    return repo().list({
      pageSize: q["page[size]"] ?? 100,
      pageNumber: typeof page === "number" ? page : 1,
      nameEq: oneOf("filter[name][eq]", q["filter[name]"], q["filter[name][eq]"]),
      nameNeq: q["filter[name][neq]"],
      nameContains: q["filter[name][contains]"],
      idEq: oneOf("filter[id][eq]", q["filter[id]"], q["filter[id][eq]"]),
      idOeq: q["filter[id][oeq]"],
      clusterTypeEq: q["filter[cluster_type][eq]"],
      clusterTypeNeq: q["filter[cluster_type][neq]"],
      clusterTypeOeq: q["filter[cluster_type][oeq]"],
      cloudGateway: cloud === undefined ? undefined : cloud === "true",
      labels: q.labels !== undefined ? parseLabels(q.labels) : undefined,
      sort: q.sort !== undefined ? parseSort(q.sort) : undefined,
    }, base(req));
  });

  app.post("/", {
    schema: { tags: ["control-planes"], body: ControlPlaneCreate, response: { 201: ControlPlane } },
  }, async (req, reply) => {
    const cp = await repo().create(req.body, base(req));
    return reply.code(201).send(cp);
  });

  app.get("/:controlPlaneId", {
    schema: { tags: ["control-planes"], params: Params, response: { 200: ControlPlane } },
  }, async (req) => repo().get(req.params.controlPlaneId, base(req)));

  app.patch("/:controlPlaneId", {
    schema: { tags: ["control-planes"], params: Params, body: ControlPlaneUpdate, response: { 200: ControlPlane } },
  }, async (req) => repo().update(req.params.controlPlaneId, req.body, base(req)));

  app.delete("/:controlPlaneId", {
    schema: { tags: ["control-planes"], params: Params, response: { 204: z.null().describe("Deleted, with everything under it") } },
  }, async (req, reply) => {
    await repo().delete(req.params.controlPlaneId);
    app.store.snapshots.forget(req.params.controlPlaneId);
    return bodiless(reply, 204);
  });
};

