// /v2/control-planes/{controlPlaneId}/nodes and /expected-config-hash — what the data planes
// reported in their polls, for admins.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Node, UnixSeconds } from "../contract/index.ts";
import { requireAdmin, requireControlPlane } from "./auth.ts";
import { problem } from "./problems.ts";
import { intParam, stringParam, uuidParam } from "./validation.ts";
import { bodiless } from "./replies.ts";
import { NodeHeader } from "./data-plane.ts";

const Params = z.strictObject({ controlPlaneId: uuidParam });
// Node ids are whatever a poll's x-node-id header held (NodeHeader): every recorded node must be
// addressable here, so the same rule (up to 256 characters, not 128).
const NodeParams = z.strictObject({ controlPlaneId: uuidParam, nodeId: NodeHeader });

const NodeList = z.strictObject({
  items: z.array(Node),
  page: z.strictObject({ total_count: z.number().int(), next: z.string().nullable() }),
});

export const nodeRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", requireAdmin);
  app.addHook("preHandler", requireControlPlane);

  app.get("/nodes", {
    schema: {
      tags: ["nodes"],
      params: Params,
      querystring: z.strictObject({ "page[size]": intParam(1, 1000).optional(), "page[after]": stringParam(512).optional() }),
      response: { 200: NodeList },
    },
  }, async (req) => {
    const after = req.query["page[after]"];
    let afterId: string | undefined;
    if (after !== undefined) {
      afterId = Buffer.from(after, "base64url").toString("utf8");
      // The cursor is a node id; anything else (e.g. one decoding to a NUL byte, which PostgreSQL
      // rejects with a 500) is not a cursor this API returned.
      if (!NodeHeader.safeParse(afterId).success) throw problem.invalidParameter("page[after]", "not a cursor this API returned");
    }
    const page = await app.store.nodes.list(req.params.controlPlaneId, req.query["page[size]"] ?? 100, afterId);
    return { items: page.items, page: { total_count: page.total, next: page.nextAfter ? Buffer.from(page.nextAfter).toString("base64url") : null } };
  });

  app.get("/nodes/:nodeId", {
    schema: { tags: ["nodes"], params: NodeParams, response: { 200: z.strictObject({ item: Node }) } },
  }, async (req) => ({ item: await app.store.nodes.get(req.params.controlPlaneId, req.params.nodeId) }));

  app.delete("/nodes/:nodeId", {
    schema: { tags: ["nodes"], params: NodeParams, response: { 204: z.null().describe("Record removed (the node reappears when it polls again)") } },
  }, async (req, reply) => {
    await app.store.nodes.delete(req.params.controlPlaneId, req.params.nodeId);
    return bodiless(reply, 204);
  });

  app.get("/expected-config-hash", {
    schema: {
      tags: ["nodes"],
      params: Params,
      response: { 200: z.strictObject({ expected_hash: z.string(), created_at: UnixSeconds, updated_at: UnixSeconds }) },
    },
  }, async (req) => {
    const snap = await app.store.snapshots.current(req.params.controlPlaneId);
    return {
      expected_hash: snap.configHash,
      created_at: Math.floor(snap.createdAt.getTime() / 1000),
      updated_at: Math.floor(snap.configUpdatedAt.getTime() / 1000),
    };
  });
};
