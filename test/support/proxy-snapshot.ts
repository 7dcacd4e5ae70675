// Builds data-plane snapshots for proxy tests from the contract's own input schemas, so every
// entity carries the defaults the API would store.
import { createHash, randomUUID } from "node:crypto";
import {
  ConfigSnapshot,
  ConsumerInput,
  RouteInput,
  Service,
  ServiceInput,
  Route,
  Consumer,
  type Plugin,
} from "../../api/contract/index.ts";

const now = () => Math.floor(Date.now() / 1000);

export function service(input: ServiceInput & { id?: string }): Service {
  const parsed = ServiceInput.parse(input);
  return Service.parse({ ...parsed, id: input.id ?? randomUUID(), created_at: now(), updated_at: now() });
}

export function route(input: RouteInput & { id?: string }): Route {
  const parsed = RouteInput.parse(input);
  return Route.parse({ ...parsed, id: input.id ?? randomUUID(), created_at: now(), updated_at: now() });
}

export function consumer(input: ConsumerInput & { id?: string }): Consumer {
  const parsed = ConsumerInput.parse(input);
  return Consumer.parse({ ...parsed, id: input.id ?? randomUUID(), created_at: now(), updated_at: now() });
}

/** A plugin entity (envelope defaults filled); `config` is taken as given. */
export function plugin(p: Partial<Plugin> & { name: string; config?: Record<string, unknown> }): Plugin {
  return {
    id: p.id ?? randomUUID(),
    name: p.name,
    instance_name: p.instance_name ?? null,
    enabled: p.enabled ?? true,
    protocols: p.protocols ?? ["grpc", "grpcs", "http", "https"],
    service: p.service ?? null,
    route: p.route ?? null,
    consumer: p.consumer ?? null,
    consumer_group: null,
    tags: null,
    condition: null,
    ordering: null,
    partials: null,
    config: p.config ?? {},
    created_at: now(),
    updated_at: now(),
  };
}

export function snapshot(
  controlPlaneId: string,
  version: number,
  parts: { services?: Service[]; routes?: Route[]; consumers?: Consumer[]; plugins?: Plugin[] },
): ConfigSnapshot {
  const body = { services: parts.services ?? [], routes: parts.routes ?? [], consumers: parts.consumers ?? [], plugins: parts.plugins ?? [] };
  const config_hash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  return ConfigSnapshot.parse({ control_plane_id: controlPlaneId, version, config_hash, ...body });
}
