// konnect_gateway_route: which requests reach which service.
import { RouteInput } from "../../../api/contract/index.ts";
import { coreEntityCrud, planEntity, validateEntity } from "../engine/crud.ts";
import { coreEntitySchema } from "../schema/common.ts";
import type { AttributeFacts } from "../schema/derive.ts";
import { describeAs, type Resource } from "./resource.ts";

/** Terraform-only facts: `service` is Optional+Computed with a null default in the official provider. */
const FACTS: AttributeFacts = {
  computedNull: ["service"],
};

const crud = coreEntityCrud("routes");

export const gatewayRoute: Resource = {
  metadata: {
    typeName: "konnect_gateway_route",
    describe: (o) => describeAs("konnect_gateway_route", o.name, o.id),
  },
  schema: () => coreEntitySchema(RouteInput, FACTS, "A gateway route: the requests (paths, hosts, methods, headers) that reach a service."),
  validate: (schema, config) => validateEntity(RouteInput, schema, config),
  plan: (schema, prior, config) => planEntity(RouteInput, schema, prior, config),
  create: crud.create,
  read: crud.read,
  update: crud.update,
  delete: crud.delete,
  import: crud.import,
};
