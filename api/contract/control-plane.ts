// Control planes: the unit of isolation. Every core entity, data-plane credential and node belongs
// to exactly one. Shapes follow the Konnect v2 control-planes API.
import { z } from "zod";
import { Uuid } from "./common.ts";

export const CLUSTER_TYPES = [
  "CLUSTER_TYPE_CONTROL_PLANE",
  "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER",
  "CLUSTER_TYPE_CONTROL_PLANE_GROUP",
  "CLUSTER_TYPE_SERVERLESS",
  "CLUSTER_TYPE_HYBRID",
  "CLUSTER_TYPE_SERVERLESS_V1",
] as const;
export const AUTH_TYPES = ["pinned_client_certs", "pki_client_certs"] as const;

/** Label keys must not use prefixes reserved by Konnect. */
const RESERVED_LABEL_PREFIXES = ["kong", "konnect", "mesh", "kic", "_"];

const LabelKey = z
  .string()
  .min(1, "label keys must be 1-63 characters")
  .max(63, "label keys must be 1-63 characters")
  .refine((k) => !RESERVED_LABEL_PREFIXES.some((p) => k.startsWith(p)), {
    message: `label keys must not start with ${RESERVED_LABEL_PREFIXES.map((p) => `"${p}"`).join(", ")}`,
  });
const LabelValue = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9A-Z]{1}([a-z0-9A-Z\-._]*[a-z0-9A-Z]+)?$/, "label values are 1-63 letters, digits, - . _ and must start and end with a letter or digit");

/** Labels on input: a null value removes that label (PATCH) or is dropped (POST). */
export const LabelsInput = z
  .record(LabelKey, LabelValue.nullable())
  .refine((l) => Object.keys(l).length <= 50, { message: "at most 50 labels" });
export type Labels = Record<string, string>;

export const ProxyUrl = z.strictObject({
  host: z.string().min(1).max(120),
  port: z.number().int().min(1).max(65535),
  protocol: z.string().min(1).max(32),
});

export const ControlPlaneCreate = z.strictObject({
  name: z.string().min(2, "name must be 2-256 characters").max(256, "name must be 2-256 characters"),
  description: z.string().max(2048).nullish(),
  cluster_type: z.enum(CLUSTER_TYPES).nullish(),
  auth_type: z.enum(AUTH_TYPES).nullish(),
  cloud_gateway: z.boolean().nullish(),
  proxy_urls: z.array(ProxyUrl).nullish(),
  labels: LabelsInput.nullish(),
});
export type ControlPlaneCreate = z.output<typeof ControlPlaneCreate>;

/**
 * PATCH body. An absent field is left unchanged; explicit null unsets it, as everywhere in this API:
 * `description` → null, `labels` → {}, `auth_type` → pinned_client_certs, `proxy_urls` → [] (what
 * create gives without them). `name` cannot be unset: null leaves it unchanged (the official provider
 * always sends `name`, as null when unset). `labels` replaces the whole label map; a null value inside
 * it drops that key.
 */
export const ControlPlaneUpdate = z.strictObject({
  name: z.string().min(2, "name must be 2-256 characters").max(256, "name must be 2-256 characters").nullish(),
  description: z.string().max(2048).nullish(),
  auth_type: z.enum(AUTH_TYPES).nullish(),
  proxy_urls: z.array(ProxyUrl).nullish(),
  labels: LabelsInput.nullish(),
});
export type ControlPlaneUpdate = z.output<typeof ControlPlaneUpdate>;

/** Response shape. Timestamps are RFC 3339 strings here (unlike core entities). */
export const ControlPlane = z.strictObject({
  id: Uuid,
  name: z.string(),
  description: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  config: z.strictObject({
    control_plane_endpoint: z.string(),
    telemetry_endpoint: z.string(),
    cluster_type: z.enum(CLUSTER_TYPES),
    auth_type: z.enum(AUTH_TYPES),
    cloud_gateway: z.boolean(),
    proxy_urls: z.array(ProxyUrl),
  }),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ControlPlane = z.output<typeof ControlPlane>;

export const ControlPlaneList = z.strictObject({
  meta: z.strictObject({ page: z.strictObject({ number: z.number().int(), size: z.number().int(), total: z.number().int() }) }),
  data: z.array(ControlPlane),
});
export type ControlPlaneList = z.output<typeof ControlPlaneList>;
