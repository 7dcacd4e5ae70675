// Request bodies shaped like the official kong/konnect Terraform provider's (Speakeasy SDK): every
// config field present, explicit null for unset ones, scalar defaults spelled out, the envelope's
// optional fields as null, and on PUT the full object including id/created_at/updated_at.
// Field list, types and defaults: test/fixtures/konnect-oidc-config-fields.json (from Kong's OpenAPI).
import { readFileSync } from "node:fs";

interface FieldInfo {
  type?: string;
  default?: unknown;
  items?: string;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/konnect-oidc-config-fields.json", import.meta.url), "utf8")) as { fields: Record<string, FieldInfo> };
export const OIDC_FIELDS = fixture.fields;

/** The provider's serialisation of an openid-connect config where only `set` was configured. */
export function providerOidcConfig(set: Record<string, unknown>): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [name, info] of Object.entries(OIDC_FIELDS)) {
    const scalarDefault = info.default !== undefined && info.default !== null && typeof info.default !== "object";
    config[name] = scalarDefault ? info.default : null;
  }
  return { ...config, ...set };
}

/** POST body for konnect_gateway_plugin_openid_connect. */
export function providerOidcCreateBody(set: Record<string, unknown>, envelope: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    condition: null,
    config: providerOidcConfig(set),
    enabled: true,
    instance_name: null,
    name: "openid-connect",
    ordering: null,
    partials: null,
    protocols: ["grpc", "grpcs", "http", "https"],
    route: null,
    service: null,
    tags: null,
    ...envelope,
  };
}

/** PUT body: the create body plus what the provider keeps in state. */
export function providerOidcUpdateBody(state: { id: string; created_at: number; updated_at: number }, set: Record<string, unknown>, envelope: Record<string, unknown> = {}) {
  return { ...providerOidcCreateBody(set, envelope), id: state.id, created_at: state.created_at, updated_at: state.updated_at };
}

/** Number of explicit nulls in a body (the point of these bodies). */
export function countNulls(v: unknown): number {
  if (v === null) return 1;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countNulls(x), 0);
  if (typeof v === "object") return Object.values(v as object).reduce((n: number, x) => n + countNulls(x), 0);
  return 0;
}
