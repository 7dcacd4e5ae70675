// /v2/control-planes/{controlPlaneId}/core-entities/… — services, routes, consumers, plugins, the
// nested forms Konnect offers (services/{id}/routes, services|routes|consumers/{id}/plugins) and
// schemas/plugins/{name}. Errors here are plain JSON (see problems.ts); entities are returned bare.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Consumer, ConsumerInput, PLUGINS, Route, RouteInput, Service, ServiceInput, parsePluginInput, pluginInputSchema, pluginResponseSchema } from "../contract/index.ts";
import { PARENT_FIELD, type EntityInput, type EntityKind, type ListQuery, type ParentKind } from "../store/entities.ts";
import { requireAdmin, requireControlPlane } from "./auth.ts";
import { ApiProblem, problem } from "./problems.ts";
import { documentedAs, intParam, lowerIdIn, stringParam, uuidParam } from "./validation.ts";
import { bodiless } from "./replies.ts";

const ITEM_PARAM: Record<EntityKind, string> = { services: "ServiceId", routes: "RouteId", consumers: "ConsumerId", plugins: "PluginId" };

const pluginDefs = Object.values(PLUGINS);
const oneOrUnion = <T extends z.ZodType>(schemas: T[]) => (schemas.length === 1 ? schemas[0] : z.union(schemas as [T, T, ...T[]]));
/** Documented as the union of registered plugins; validated by the registry (precise "unknown plugin" errors). */
const PluginBody = documentedAs(oneOrUnion(pluginDefs.map((d) => pluginInputSchema(d))), (data) => parsePluginInput(data));
const PluginResponse = oneOrUnion(pluginDefs.map((d) => pluginResponseSchema(d)));

const BODIES: Record<EntityKind, z.ZodType> = { services: ServiceInput, routes: RouteInput, consumers: ConsumerInput, plugins: PluginBody };
const RESPONSES: Record<EntityKind, z.ZodType> = { services: Service, routes: Route, consumers: Consumer, plugins: PluginResponse };

const listQueryFields = {
  size: intParam(1, 1000).optional(),
  offset: stringParam(512).optional(),
  tags: stringParam(8192).optional(),
  "filter[name][eq]": stringParam(256).optional(),
  "filter[name][contains]": stringParam(256).min(1, "must not be empty").optional(),
};
const ListQueryFor = (kind: EntityKind) =>
  kind === "consumers" ? z.strictObject({ ...listQueryFields, custom_id: stringParam(256).optional() }) : z.strictObject(listQueryFields);

const listResponse = (item: z.ZodType) =>
  z.strictObject({
    data: z.array(item),
    next: z.string().nullable().describe("Path of the next page, null on the last page"),
    offset: z.string().optional().describe("Pass as ?offset= to get the next page; absent on the last page"),
  });

/** `a,b` = every tag, `a/b` = any tag. */
function parseTags(s: string): NonNullable<ListQuery["tags"]> {
  if (s.includes(",") && s.includes("/")) throw problem.invalidParameter("tags", "use either , (all tags) or / (any tag), not both");
  const mode = s.includes("/") ? "or" : "and";
  const values = s.split(mode === "or" ? "/" : ",");
  if (values.some((v) => v.length === 0)) throw problem.invalidParameter("tags", "empty tag");
  if (values.length > 64) throw problem.invalidParameter("tags", "at most 64 tags");
  return { mode, values };
}

function decodeOffset(s: string): string {
  const id = Buffer.from(s, "base64url").toString("utf8");
  if (!uuidParam.safeParse(id).success) throw problem.invalidParameter("offset", "not an offset this API returned");
  return id;
}

const encodeOffset = (id: string) => Buffer.from(id, "utf8").toString("base64url");

function nextLink(req: FastifyRequest, offset: string): string {
  const url = new URL(req.url, "http://x");
  url.searchParams.set("offset", offset);
  return url.pathname + url.search;
}

export const coreEntityRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", requireAdmin);
  // Body ids and references ({id}) in one spelling (see validation.ts); before the route-level
  // preValidation of nested paths, which compares the body's parent with the path's.
  app.addHook("preValidation", async (req) => {
    const body = req.body as Record<string, unknown> | null | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body)) return;
    lowerIdIn(body);
    for (const field of ["service", "route", "consumer"]) lowerIdIn(body[field]);
  });
  app.addHook("preHandler", requireControlPlane);
  const repo = () => app.store.entities;

  const register = (kind: EntityKind, parent?: ParentKind) => {
    const parentParam = parent ? ITEM_PARAM[parent] : undefined;
    const collection = parent ? `/${parent}/:${parentParam}/${kind}` : `/${kind}`;
    const itemParam = ITEM_PARAM[kind];
    const item = `${collection}/:${itemParam}`;
    const baseParams = { controlPlaneId: uuidParam, ...(parentParam ? { [parentParam]: uuidParam } : {}) };
    const CollectionParams = z.strictObject(baseParams);
    const ItemParams = z.strictObject({ ...baseParams, [itemParam]: uuidParam });
    const tags = [kind];
    const parentOf = (params: Record<string, string>) => (parent ? { kind: parent, id: params[parentParam!] } : undefined);
    const Body = BODIES[kind];
    const Response = RESPONSES[kind];
    // Nested paths: the parent goes into the body BEFORE validation, so scope rules (e.g. "cannot be
    // scoped to a consumer") see it; a different parent in the body is an error, not overwritten.
    const forceParent = parent
      ? async (req: FastifyRequest) => {
          const body = req.body as Record<string, unknown> | null | undefined;
          if (!body || typeof body !== "object" || Array.isArray(body)) return;
          const field = PARENT_FIELD[parent];
          const parentId = (req.params as Record<string, string>)[parentParam!];
          const given = body[field];
          const givenId = given && typeof given === "object" ? (given as { id?: unknown }).id : undefined;
          if (given != null && givenId !== parentId) {
            throw new ApiProblem("ERR_VALIDATION", `${field}.id conflicts with the ${field} in the path`, [
              { field: `${field}.id`, rule: "invalid", reason: `must be ${parentId} (the ${field} in the path) or omitted`, source: "body" },
            ]);
          }
          body[field] = { id: parentId };
        }
      : undefined;
    const writeHooks = forceParent ? { preValidation: forceParent } : {};

    app.get(collection, {
      schema: { tags, params: CollectionParams, querystring: ListQueryFor(kind), response: { 200: listResponse(Response) } },
    }, async (req) => {
      const params = req.params as Record<string, string>;
      const q = req.query as Record<string, string | number | undefined>;
      const page = await repo().list(params.controlPlaneId, kind, {
        size: (q.size as number | undefined) ?? 100,
        after: q.offset !== undefined ? decodeOffset(String(q.offset)) : undefined,
        tags: q.tags !== undefined ? parseTags(String(q.tags)) : undefined,
        nameEq: q["filter[name][eq]"] as string | undefined,
        nameContains: q["filter[name][contains]"] as string | undefined,
        customId: q.custom_id as string | undefined,
      }, parentOf(params));
      if (page.nextAfter === null) return { data: page.data, next: null };
      const offset = encodeOffset(page.nextAfter);
      return { data: page.data, next: nextLink(req, offset), offset };
    });

    app.post(collection, {
      ...writeHooks,
      schema: { tags, params: CollectionParams, body: Body, response: { 201: Response } },
    }, async (req, reply) => {
      const params = req.params as Record<string, string>;
      const entity = await repo().create(params.controlPlaneId, kind, req.body as EntityInput, parentOf(params));
      return reply.code(201).send(entity);
    });

    app.get(item, {
      schema: { tags, params: ItemParams, response: { 200: Response } },
    }, async (req) => {
      const params = req.params as Record<string, string>;
      return repo().get(params.controlPlaneId, kind, params[itemParam], parentOf(params));
    });

    app.put(item, {
      ...writeHooks,
      schema: { tags, params: ItemParams, body: Body, response: { 200: Response } },
    }, async (req) => {
      const params = req.params as Record<string, string>;
      const { entity } = await repo().upsert(params.controlPlaneId, kind, params[itemParam], req.body as EntityInput, parentOf(params));
      return entity;
    });

    app.delete(item, {
      schema: { tags, params: ItemParams, response: { 204: z.null().describe("Deleted") } },
    }, async (req, reply) => {
      const params = req.params as Record<string, string>;
      await repo().delete(params.controlPlaneId, kind, params[itemParam], parentOf(params));
      return bodiless(reply, 204);
    });
  };

  for (const kind of ["services", "routes", "consumers", "plugins"] as const) register(kind);
  register("routes", "services");
  for (const parent of ["services", "routes", "consumers"] as const) register("plugins", parent);

  const jsonSchemas = new Map<string, unknown>();
  app.get("/schemas/plugins/:pluginName", {
    schema: {
      tags: ["plugins"],
      params: z.strictObject({ controlPlaneId: uuidParam, pluginName: z.string().min(1).max(128) }),
      response: { 200: z.record(z.string(), z.unknown()).describe("JSON Schema of the plugin's config (input form: defaults, secret markers)") },
    },
  }, async (req) => {
    const name = req.params.pluginName;
    const def = PLUGINS[name];
    if (!def) throw problem.notFound(`plugin schema "${name}"`);
    let schema = jsonSchemas.get(name);
    if (!schema) {
      schema = z.toJSONSchema(def.config, { io: "input", unrepresentable: "any" });
      jsonSchemas.set(name, schema);
    }
    return schema as Record<string, unknown>;
  });
};
