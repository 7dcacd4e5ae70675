// konnect_gateway_plugin_openid_connect: the openid-connect plugin (with RFC 8693 token exchange),
// global or scoped to a service or route.
import { PLUGINS, pluginInputSchema } from "../../../api/contract/index.ts";
import { coreEntityCrud, planEntity, validateEntity } from "../engine/crud.ts";
import { coreEntitySchema } from "../schema/common.ts";
import type { AttributeFacts } from "../schema/derive.ts";
import { describeAs, type Resource } from "./resource.ts";

const PLUGIN = PLUGINS["openid-connect"];
const CONTRACT = pluginInputSchema(PLUGIN);
/** The plugin name travels in the body only; the resource type carries it on the Terraform side. */
const CONSTANT_BODY = { name: PLUGIN.name };

/**
 * Terraform-only facts, as the official provider declares this resource: no consumer scoping,
 * `protocols` is a set, cluster_cache_redis has no prefix/socket, and a few settings without a
 * default are Optional+Computed (planned as null here, which is what the API stores for them).
 */
const FACTS: AttributeFacts = {
  exclude: ["name", "consumer", "consumer_group", "config.cluster_cache_redis.prefix", "config.cluster_cache_redis.socket"],
  sets: ["protocols"],
  computedNull: [
    "route",
    "service",
    "ordering",
    "config.token_exchange",
    "config.cache_tokens_salt",
    "config.consumer_claim",
    "config.introspection_endpoint_auth_method",
    "config.pushed_authorization_request_endpoint_auth_method",
    "config.revocation_endpoint_auth_method",
    "config.token_endpoint_auth_method",
    ...["redis", "cluster_cache_redis"].flatMap((r) => [`config.${r}.sentinel_role`, `config.${r}.cloud_authentication.auth_provider`]),
  ],
};

const crud = coreEntityCrud("plugins", CONSTANT_BODY);

export const gatewayPluginOpenidConnect: Resource = {
  metadata: {
    typeName: "konnect_gateway_plugin_openid_connect",
    describe: (o) => describeAs("konnect_gateway_plugin_openid_connect", o.instance_name, o.id),
  },
  schema: () =>
    coreEntitySchema(CONTRACT, FACTS, "The openid-connect plugin: verifies bearer tokens and, with token_exchange, exchanges tokens of other issuers (RFC 8693) before proxying."),
  validate: (schema, config) => validateEntity(CONTRACT, schema, config, CONSTANT_BODY),
  plan: (schema, prior, config) => planEntity(CONTRACT, schema, prior, config, CONSTANT_BODY),
  create: crud.create,
  read: crud.read,
  update: crud.update,
  delete: crud.delete,
  import: crud.import,
};
