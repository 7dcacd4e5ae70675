// Our zod contract against the official Konnect OpenAPI (test/fixtures/konnect-openapi-schemas.json):
// every field the official provider knows exists here with the same type, enum and default,
// except for the deliberate deviations listed below (each with its reason).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConsumerInput, PLUGINS, RouteInput, ServiceInput, ControlPlaneCreate, pluginInputSchema, toJsonSchema } from "../../api/contract/index.ts";

type Json = Record<string, any>;
const oracle: Record<string, Json> = JSON.parse(readFileSync(new URL("../fixtures/konnect-openapi-schemas.json", import.meta.url), "utf8")).schemas;

/** path → why our contract differs from the provider's OpenAPI on purpose. */
const DEVIATIONS: Record<string, string> = {
  "config.redis.port": "integer on the wire (the provider model converts its string to a number before sending)",
  "config.cluster_cache_redis.port": "same as redis.port",
  "config.http_version": "Kong 3.14 default 1.1 filled in; the OpenAPI leaves it server-computed",
  "config.redis": "server-computed object in the OpenAPI; we fill Kong's defaults",
  "config.cluster_cache_redis": "server-computed object in the OpenAPI; we fill Kong's defaults",
  "config.cache_tokens_salt": "server-computed in the OpenAPI; we keep null instead of a random salt (random salts cause perpetual diffs)",
  "config.consumer_claim": "legacy field; null when unset",
  "config.introspection_endpoint_auth_method": "server-computed in the OpenAPI; null when unset",
  "config.revocation_endpoint_auth_method": "server-computed in the OpenAPI; null when unset",
  "config.token_endpoint_auth_method": "server-computed in the OpenAPI; null when unset",
  "config.pushed_authorization_request_endpoint_auth_method": "server-computed in the OpenAPI; null when unset",
  "config.token_exchange.subject_token_issuers": "minItems instead of the OpenAPI's (string-only) minLength",
  "config.redis.cluster_nodes": "minItems instead of minLength",
  "config.redis.sentinel_nodes": "minItems instead of minLength",
  "config.cluster_cache_redis.cluster_nodes": "minItems instead of minLength",
  "config.cluster_cache_redis.sentinel_nodes": "minItems instead of minLength",
};

function typeOf(s: Json): string[] {
  if (s.anyOf) return s.anyOf.flatMap(typeOf);
  if (s.enum?.every((v: unknown) => Number.isInteger(v))) return ["integer"];
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.enum) return [typeof s.enum[0] === "number" ? "integer" : "string"];
  if (s.const !== undefined) return [typeof s.const];
  return [];
}
function nonNull(s: Json): Json {
  if (s.anyOf) return s.anyOf.find((x: Json) => !typeOf(x).every((t) => t === "null")) ?? s;
  return s;
}

function compare(ours: Json, theirs: Json, path: string, problems: string[]) {
  const oursProps: Json = nonNull(ours).properties ?? {};
  const theirProps: Json = theirs.properties ?? {};
  for (const [name, t] of Object.entries(theirProps)) {
    const p = path ? `${path}.${name}` : name;
    const o = oursProps[name];
    if (!o) {
      problems.push(`${p}: missing from our contract`);
      continue;
    }
    if (DEVIATIONS[p]) continue;
    const ourTypes = typeOf(o).filter((x) => x !== "null");
    const theirTypes = typeOf(t).filter((x) => x !== "null");
    const compatible = theirTypes.every((x) => ourTypes.includes(x) || (x === "number" && ourTypes.includes("integer")));
    if (theirTypes.length && !compatible) problems.push(`${p}: type ${ourTypes} vs ${theirTypes}`);
    const ourEnum = nonNull(o).enum ?? nonNull(o).items?.enum;
    const theirEnum = t.enum ?? t.items?.enum;
    if (theirEnum && JSON.stringify([...(ourEnum ?? [])].sort()) !== JSON.stringify([...theirEnum].sort())) {
      problems.push(`${p}: enum ${JSON.stringify(ourEnum)} vs ${JSON.stringify(theirEnum)}`);
    }
    if ("default" in t && JSON.stringify(o.default) !== JSON.stringify(t.default)) {
      problems.push(`${p}: default ${JSON.stringify(o.default)} vs ${JSON.stringify(t.default)}`);
    }
    if (!("default" in t) && !theirs.required?.includes(name) && t.nullable !== true && o.default !== undefined && o.default !== null) {
      problems.push(`${p}: we default to ${JSON.stringify(o.default)} where the OpenAPI computes the value`);
    }
    const tNested = t.type === "array" ? t.items : t;
    const oNested = nonNull(o).type === "array" ? nonNull(o).items : nonNull(o);
    if (tNested?.properties) compare(oNested, tNested, p, problems);
  }
}

function jsonSchema(schema: z.ZodType): Json {
  return toJsonSchema(schema, "input") as Json;
}

test("openid-connect plugin body matches the official OpenAPI field by field", () => {
  const problems: string[] = [];
  const ours = jsonSchema(pluginInputSchema(PLUGINS["openid-connect"]));
  compare(ours.properties.config, oracle.OpenidConnectPluginConfig.properties.config, "config", problems);
  compare(ours, oracle.PluginBase, "", problems);
  assert.deepEqual(problems, []);
  const ourFields = Object.keys(ours.properties.config.properties).sort();
  const theirFields = Object.keys(oracle.OpenidConnectPluginConfig.properties.config.properties).sort();
  assert.deepEqual(ourFields, theirFields, "same field list as Kong 3.14 / provider 3.19");
});

test("services, routes, consumers and control planes match the official OpenAPI", () => {
  const problems: string[] = [];
  compare(jsonSchema(ServiceInput), oracle.Service, "service", problems);
  compare(jsonSchema(RouteInput), oracle.RouteJson, "route", problems);
  compare(jsonSchema(ConsumerInput), oracle.Consumer, "consumer", problems);
  compare(jsonSchema(ControlPlaneCreate), oracle.CreateControlPlaneRequest, "control_plane", problems);
  assert.deepEqual(problems, []);
});

test("secret values are marked so the API encrypts them and the provider marks them sensitive", () => {
  const secrets: string[] = [];
  const walk = (s: Json, path: string) => {
    if (!s || typeof s !== "object") return;
    if (s.secret === true) secrets.push(path);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v as Json, path ? `${path}.${k}` : k);
    for (const v of s.anyOf ?? []) walk(v, path);
    if (s.items) walk(s.items, `${path}[]`);
  };
  walk(jsonSchema(PLUGINS["openid-connect"].config), "");
  for (const expected of ["client_secret", "client_id", "session_secret", "client_jwk[].d", "redis.password", "cluster_cache_redis.password"]) {
    assert.ok(secrets.includes(expected), `${expected} is marked secret (found: ${secrets.join(", ")})`);
  }
});
