// konnect_gateway_consumer: an identity plugins can attach to.
import { ConsumerInput } from "../../../api/contract/index.ts";
import { coreEntityCrud, planEntity, validateEntity } from "../engine/crud.ts";
import { coreEntitySchema } from "../schema/common.ts";
import type { AttributeFacts } from "../schema/derive.ts";
import { describeAs, type Resource } from "./resource.ts";

const FACTS: AttributeFacts = {};

const crud = coreEntityCrud("consumers");

export const gatewayConsumer: Resource = {
  metadata: {
    typeName: "konnect_gateway_consumer",
    describe: (o) => describeAs("konnect_gateway_consumer", o.username, o.custom_id, o.id),
  },
  schema: () => coreEntitySchema(ConsumerInput, FACTS, "A gateway consumer: an identity (username and/or custom_id) plugins can attach to."),
  validate: (schema, config) => validateEntity(ConsumerInput, schema, config),
  plan: (schema, prior, config) => planEntity(ConsumerInput, schema, prior, config),
  create: crud.create,
  read: crud.read,
  update: crud.update,
  delete: crud.delete,
  import: crud.import,
};
