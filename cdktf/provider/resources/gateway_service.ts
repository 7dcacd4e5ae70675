// konnect_gateway_service: where matched requests are proxied to.
import { ServiceInput } from "../../../api/contract/index.ts";
import { coreEntityCrud, planEntity, validateEntity } from "../engine/crud.ts";
import { coreEntitySchema } from "../schema/common.ts";
import type { AttributeFacts } from "../schema/derive.ts";
import { describeAs, type Resource } from "./resource.ts";

/** Terraform-only facts. `url` is the API's write-only shorthand, which the official provider does not expose. */
const FACTS: AttributeFacts = {
  exclude: ["url"],
  required: ["host"],
};

const crud = coreEntityCrud("services");

export const gatewayService: Resource = {
  metadata: {
    typeName: "konnect_gateway_service",
    describe: (o) => describeAs("konnect_gateway_service", o.name, o.host, o.id),
  },
  schema: () => coreEntitySchema(ServiceInput, FACTS, "A gateway service: the upstream that matched requests are proxied to."),
  validate: (schema, config) => validateEntity(ServiceInput, schema, config),
  plan: (schema, prior, config) => planEntity(ServiceInput, schema, prior, config),
  create: crud.create,
  read: crud.read,
  update: crud.update,
  delete: crud.delete,
  import: crud.import,
};
