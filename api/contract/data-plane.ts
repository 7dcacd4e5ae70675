// The data-plane side of the API: credentials proxies use, the configuration snapshot they poll,
// and the node records each poll leaves behind.
import { z } from "zod";
import { Consumer } from "./consumer.ts";
import { Plugin } from "./plugin.ts";
import { Route } from "./route.ts";
import { Service } from "./service.ts";
import { UnixSeconds, Uuid } from "./common.ts";

/** Prefix of data-plane credentials (personal access tokens use kpat_, system accounts spat_). */
export const DP_TOKEN_PREFIX = "kdp_";

/** 9999-12-31T23:59:59Z in unix seconds: the latest expiry a data-plane token can have. */
export const MAX_EXPIRES_AT = 253402300799;

export const DpTokenCreate = z.strictObject({
  name: z.string().min(1).max(128).nullish(),
  /**
   * Unix seconds after which the credential stops working; null = no expiry. At most the end of
   * year 9999: larger values are not valid dates (they used to fail in the database with a 500).
   */
  expires_at: UnixSeconds.max(MAX_EXPIRES_AT, "must be at most 253402300799 (9999-12-31T23:59:59Z)").nullish(),
});
export type DpTokenCreate = z.output<typeof DpTokenCreate>;

export const DpToken = z.strictObject({
  id: Uuid,
  name: z.string().nullable(),
  created_at: UnixSeconds,
  expires_at: UnixSeconds.nullable(),
  last_used_at: UnixSeconds.nullable(),
  /** Present only in the response to the create call; never stored in clear. */
  token: z.string().optional(),
});
export type DpToken = z.output<typeof DpToken>;

/** Path a proxy polls for its control plane's configuration. */
export function dataPlaneConfigPath(controlPlaneId: string): string {
  return `/v2/control-planes/${encodeURIComponent(controlPlaneId)}/data-plane/config`;
}

/**
 * Request headers a proxy sends with every poll; the API records them as the node's heartbeat.
 * The conditional-request headers are the standard ones: If-None-Match / ETag.
 */
export const NODE_HEADERS = {
  id: "x-node-id",
  hostname: "x-node-hostname",
  version: "x-node-version",
  configHash: "x-node-config-hash",
} as const;

/** Longest long-poll the API honours (`?wait=` seconds). */
export const MAX_POLL_WAIT_SECONDS = 60;

/**
 * Everything a proxy needs to serve one control plane. Plugins carry fully-defaulted configs with
 * secrets in clear (the channel is authenticated by a data-plane credential of this control plane).
 * ETag of the response = `"<version>"`.
 */
export const ConfigSnapshot = z.strictObject({
  control_plane_id: Uuid,
  /** Monotonic per control plane; bumped in the same transaction as every write. */
  version: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the canonical JSON of services, routes, consumers and plugins. */
  config_hash: z.string().regex(/^[0-9a-f]{64}$/),
  services: z.array(Service),
  routes: z.array(Route),
  consumers: z.array(Consumer),
  plugins: z.array(Plugin),
});
export type ConfigSnapshot = z.output<typeof ConfigSnapshot>;

export const Node = z.strictObject({
  id: z.string(),
  version: z.string(),
  hostname: z.string(),
  last_ping: UnixSeconds,
  type: z.string(),
  config_hash: z.string(),
  created_at: UnixSeconds,
  updated_at: UnixSeconds,
  compatibility_status: z.strictObject({ state: z.string() }),
});
export type Node = z.output<typeof Node>;
