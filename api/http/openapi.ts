// OpenAPI document (/openapi.json) generated from the zod contract: request bodies from the input
// schemas, responses from the output schemas, errors from problems.ts. Large shared schemas are
// named in a registry of our own (not zod's global one, which other code's z.toJSONSchema calls
// read), so they appear once under components instead of inline on every route.
import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { Consumer, ControlPlane, PLUGINS, Route, Service } from "../contract/index.ts";
import { ErrorBody, ProblemBody, errorResponsesFor } from "./problems.ts";

const registry = z.registry<{ id: string }>();
// Metadata the contract attaches with .meta()/.describe() (descriptions, `secret`) lives in zod's
// global registry; look it up there for every schema this registry does not name itself. (The
// type provider derives its per-io registries the same way, through the registry's `_map`.)
type MetaMap = WeakMap<object, unknown>;
const globalMeta = (z.globalRegistry as unknown as { _map: MetaMap })._map;
class MetaWithFallback extends WeakMap<object, unknown> {
  override get(key: object) {
    return super.get(key) ?? globalMeta.get(key);
  }
  override has(key: object) {
    return super.has(key) || globalMeta.has(key);
  }
}
(registry as unknown as { _map: MetaMap })._map = new MetaWithFallback();
// One id per schema: the transform emits every registered schema in both its input ("<id>Input")
// and output form, so request-only schemas (with transforms) stay inline on their routes.
registry.add(ControlPlane, { id: "ControlPlane" });
registry.add(Service, { id: "Service" });
registry.add(Route, { id: "Route" });
registry.add(Consumer, { id: "Consumer" });
registry.add(ErrorBody, { id: "Error" });
registry.add(ProblemBody, { id: "Problem" });
for (const def of Object.values(PLUGINS)) {
  const name = def.name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  registry.add(def.config, { id: `${name}Config` });
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // Error statuses of every API route, added before @fastify/swagger reads the routes.
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/v2/") || !route.schema) return;
    const schema = route.schema as { response?: Record<number, unknown> };
    schema.response = { ...errorResponsesFor(route.url), ...schema.response };
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Konnect-compatible control plane (self-hosted)", version: "0.1.0", description: "Generated from the zod contract in api/contract." },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "kpat_/spat_ admin tokens; kdp_ data-plane tokens for data-plane/config" } } },
      security: [{ bearer: [] }],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: registry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: registry }),
  });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
