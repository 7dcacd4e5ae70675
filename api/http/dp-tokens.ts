// /v2/control-planes/{controlPlaneId}/dp-tokens — data-plane credentials of one control plane.
// The token is in the create response only; it is stored as a SHA-256 digest.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DpToken, DpTokenCreate } from "../contract/index.ts";
import { requireAdmin, requireControlPlane } from "./auth.ts";
import { uuidParam } from "./validation.ts";
import { bodiless } from "./replies.ts";

const Params = z.strictObject({ controlPlaneId: uuidParam });
const ItemParams = z.strictObject({ controlPlaneId: uuidParam, tokenId: uuidParam });

export const dpTokenRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", requireAdmin);
  app.addHook("preHandler", requireControlPlane);
  const repo = () => app.store.tokens;

  app.post("/", {
    schema: {
      tags: ["dp-tokens"],
      params: Params,
      // An empty POST (no body at all) means "no name, no expiry".
      body: DpTokenCreate.nullish(),
      response: { 201: z.strictObject({ item: DpToken }) },
    },
  }, async (req, reply) => {
    const item = await repo().createDp(req.params.controlPlaneId, req.body ?? {});
    return reply.code(201).header("cache-control", "no-store").send({ item });
  });

  app.get("/", {
    schema: { tags: ["dp-tokens"], params: Params, response: { 200: z.strictObject({ items: z.array(DpToken), page: z.strictObject({ total_count: z.number().int() }) }) } },
  }, async (req) => {
    const items = await repo().listDp(req.params.controlPlaneId);
    return { items, page: { total_count: items.length } };
  });

  app.delete("/:tokenId", {
    schema: { tags: ["dp-tokens"], params: ItemParams, response: { 204: z.null().describe("Revoked") } },
  }, async (req, reply) => {
    await repo().revokeDp(req.params.controlPlaneId, req.params.tokenId);
    return bodiless(reply, 204);
  });
};
