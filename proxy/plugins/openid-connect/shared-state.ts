// Process-lifetime state of the plugin, kept in PluginServices.shared so it survives snapshot
// swaps: the verified-claims cache, the introspection cache, the exchanged-token cache (with its
// optional Redis layer) and the Redis connections.
import { LRUCache } from "lru-cache";
import { Redis } from "ioredis";
import type { OpenidConnectConfig } from "../../../api/contract/plugins/openid-connect.ts";
import type { Logger, PluginServices } from "../types.ts";
import { ExchangeCache, SharedExchangeStore } from "./exchange-cache.ts";
import type { Claims } from "./verify.ts";

const PREFIX = "openid-connect:";

/** Entry bounds. 100k verified tokens ≈ a few hundred MB at most (measured in test/bench/proxy.bench.ts). */
export const VERIFIED_MAX = Number(process.env.OIDC_VERIFIED_CACHE_MAX ?? 100_000);
export const EXCHANGE_MAX = Number(process.env.OIDC_EXCHANGE_CACHE_MAX ?? 100_000);
const INTROSPECTION_MAX = 50_000;

export interface VerifiedEntry {
  claims: Claims;
  /** IssuerState.verifierId of the keys that verified the signature (plus an HS marker for HMAC). */
  verifier: string;
  /** Only iss and the time claims were kept (a foreign subject token). */
  partial: boolean;
}

function getOrCreate<T>(shared: Map<string, unknown>, key: string, make: () => T): T {
  let v = shared.get(PREFIX + key) as T | undefined;
  if (v === undefined) {
    v = make();
    shared.set(PREFIX + key, v);
  }
  return v;
}

export function verifiedCache(shared: Map<string, unknown>): LRUCache<string, VerifiedEntry> {
  return getOrCreate(shared, "verified", () => new LRUCache<string, VerifiedEntry>({ max: VERIFIED_MAX, updateAgeOnGet: false }));
}

export function introspectionCache(shared: Map<string, unknown>): LRUCache<string, Claims> {
  return getOrCreate(shared, "introspection", () => new LRUCache<string, Claims>({ max: INTROSPECTION_MAX, updateAgeOnGet: false }));
}

/** Redis URL for the shared exchange cache: PROXY_REDIS_URL (services.redisUrl) or cluster_cache_redis. */
export function redisUrlFor(services: PluginServices, config: OpenidConnectConfig): string | undefined {
  if (services.redisUrl) return services.redisUrl;
  if (config.cluster_cache_strategy !== "redis") return undefined;
  const r = config.cluster_cache_redis;
  const auth = r.password ? `${encodeURIComponent(r.username ?? "")}:${encodeURIComponent(r.password)}@` : "";
  return `${r.ssl ? "rediss" : "redis"}://${auth}${r.host}:${r.port}/${r.database}`;
}

function redisClient(shared: Map<string, unknown>, url: string): Redis {
  return getOrCreate(shared, `redis:${url}`, () => {
    // Fail fast: the shared cache is an optimisation; a slow or absent Redis must not stall requests.
    const client = new Redis(url, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500, connectTimeout: 2000 });
    client.on("error", () => { /* reported by SharedExchangeStore, rate-limited */ });
    return client;
  });
}

export function exchangeCacheFor(shared: Map<string, unknown>, services: PluginServices, config: OpenidConnectConfig, log: Logger): ExchangeCache {
  const url = redisUrlFor(services, config);
  return getOrCreate(shared, `exchange:${url ?? "local"}`, () => {
    const store = url ? new SharedExchangeStore(redisClient(shared, url), log) : undefined;
    return new ExchangeCache(EXCHANGE_MAX, store);
  });
}

/** Closes Redis connections held in `shared` (tests, graceful shutdown). */
export async function closeSharedState(shared: Map<string, unknown>): Promise<void> {
  for (const [k, v] of shared) {
    if (k.startsWith(`${PREFIX}redis:`)) {
      shared.delete(k);
      (v as Redis).disconnect();
    }
  }
}
