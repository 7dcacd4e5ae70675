// Every resource and data source the provider serves, and the schemas derived from them.
import { gatewayControlPlaneData } from "./datasources/gateway_control_plane.ts";
import { gatewayControlPlaneList } from "./datasources/gateway_control_plane_list.ts";
import { PROVIDER_SCHEMA } from "./provider-config.ts";
import { gatewayConsumer } from "./resources/gateway_consumer.ts";
import { gatewayControlPlane } from "./resources/gateway_control_plane.ts";
import { gatewayPluginOpenidConnect } from "./resources/gateway_plugin_openid_connect.ts";
import { gatewayRoute } from "./resources/gateway_route.ts";
import { gatewayService } from "./resources/gateway_service.ts";
import type { DataSource, Resource } from "./resources/resource.ts";
import type { ProviderSchemas } from "./schema/types.ts";

export const RESOURCES: Record<string, Resource> = Object.fromEntries(
  [gatewayControlPlane, gatewayService, gatewayRoute, gatewayConsumer, gatewayPluginOpenidConnect].map((r) => [r.metadata.typeName, r]),
);

export const DATA_SOURCES: Record<string, DataSource> = Object.fromEntries(
  [gatewayControlPlaneData, gatewayControlPlaneList].map((d) => [d.metadata.typeName, d]),
);

/** Derives every schema from the contract (zod → JSON Schema → Terraform attributes). */
export function deriveSchemas(): ProviderSchemas {
  return {
    provider: PROVIDER_SCHEMA,
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([k, r]) => [k, r.schema()])),
    dataSources: Object.fromEntries(Object.entries(DATA_SOURCES).map(([k, d]) => [k, d.schema()])),
  };
}
