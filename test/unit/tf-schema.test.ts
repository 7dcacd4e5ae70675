// The Terraform schema derived from api/contract: flags, types, sensitivity, nesting, and agreement
// with the official provider's attribute list (test/fixtures/konnect-openapi-schemas.json, cut from
// Kong/terraform-provider-konnect 3.19.0's openapi.yaml, Apache-2.0, Kong Inc.).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { deriveSchemas } from "../../cdktf/provider/registry.ts";
import { renameKeys, type TfAttribute } from "../../cdktf/provider/schema/types.ts";

const schemas = deriveSchemas();
const fixture = JSON.parse(readFileSync(new URL("../fixtures/konnect-openapi-schemas.json", import.meta.url), "utf8")).schemas;

function find(attrs: TfAttribute[], path: string): TfAttribute {
  let level = attrs;
  let found: TfAttribute | undefined;
  for (const name of path.split(".")) {
    found = level.find((a) => a.name === name);
    assert.ok(found, `attribute ${path} exists`);
    level = found.nested?.attributes ?? [];
  }
  return found!;
}
const flag = (a: TfAttribute) => (a.required ? "R" : a.optional && a.computed ? "OC" : a.computed ? "C" : "O");
const oidc = schemas.resources.konnect_gateway_plugin_openid_connect.attributes;

describe("tf-schema derivation", () => {
  it("serves the official resource and data source names", () => {
    assert.deepEqual(Object.keys(schemas.resources).sort(), [
      "konnect_gateway_consumer",
      "konnect_gateway_control_plane",
      "konnect_gateway_plugin_openid_connect",
      "konnect_gateway_route",
      "konnect_gateway_service",
    ]);
    assert.deepEqual(Object.keys(schemas.dataSources).sort(), ["konnect_gateway_control_plane", "konnect_gateway_control_plane_list"]);
    assert.deepEqual(schemas.provider.attributes.map((a) => a.name).sort(), [
      "konnect_access_token",
      "personal_access_token",
      "server_url",
      "service_access_token",
      "system_account_access_token",
    ]);
    for (const a of schemas.provider.attributes) assert.equal(a.sensitive === true, a.name !== "server_url", a.name);
  });

  it("openid-connect: config is one nested attribute with token_exchange and its subject_token_issuers list", () => {
    assert.equal(flag(find(oidc, "config")), "R");
    assert.equal(find(oidc, "config").nested?.nesting, "SINGLE");
    assert.equal(flag(find(oidc, "config.issuer")), "R");
    const te = find(oidc, "config.token_exchange");
    assert.equal(te.nested?.nesting, "SINGLE");
    assert.equal(flag(te), "OC");
    assert.equal(te.default, null);
    const sti = find(oidc, "config.token_exchange.subject_token_issuers");
    assert.equal(sti.nested?.nesting, "LIST");
    assert.equal(flag(sti), "R");
    assert.deepEqual(find(oidc, "config.token_exchange.subject_token_issuers.conditions.has_audience").type, ["list", "string"]);
    assert.equal(flag(find(oidc, "config.token_exchange.request.empty_audience")), "OC");
    assert.equal(find(oidc, "config.token_exchange.request.empty_audience").default, false);
  });

  it("openid-connect envelope: protocols is a set, scope refs are {id}, control_plane_id replaces", () => {
    assert.deepEqual(find(oidc, "protocols").type, ["set", "string"]);
    assert.deepEqual(find(oidc, "protocols").default, ["grpc", "grpcs", "http", "https"]);
    for (const ref of ["route", "service"]) {
      assert.equal(find(oidc, ref).nested?.nesting, "SINGLE");
      assert.deepEqual(find(oidc, ref).nested?.attributes.map((a) => a.name), ["id"]);
      assert.equal(flag(find(oidc, ref)), "OC");
    }
    assert.equal(find(oidc, "control_plane_id").requiresReplace, true);
    assert.equal(flag(find(oidc, "control_plane_id")), "R");
    for (const n of ["ordering", "partials", "tags", "instance_name", "condition", "created_at", "updated_at", "enabled", "id"]) find(oidc, n);
    assert.equal(find(oidc, "updated_at").volatile, true);
    assert.ok(!oidc.some((a) => ["consumer", "consumer_group", "name"].includes(a.name)), "no consumer scoping, no name");
  });

  it("secret values from the contract are sensitive, others are not", () => {
    for (const p of ["config.client_secret", "config.client_id", "config.session_secret", "config.redis.password", "config.client_jwk.d"]) {
      assert.equal(find(oidc, p).sensitive, true, p);
    }
    for (const p of ["config.issuer", "config.scopes", "config.redis.host"]) assert.notEqual(find(oidc, p).sensitive, true, p);
  });

  it("defaults become Optional+Computed with the default planned; null defaults stay Optional", () => {
    const svc = schemas.resources.konnect_gateway_service.attributes;
    assert.equal(flag(find(svc, "port")), "OC");
    assert.equal(find(svc, "port").default, 80);
    assert.equal(flag(find(svc, "host")), "R");
    assert.equal(flag(find(svc, "path")), "O");
    assert.ok(!svc.some((a) => a.name === "url"), "write-only url is not exposed");
    // An object default ({} for redis) stands for every member's own default.
    const redis = find(oidc, "config.redis").default as Record<string, unknown>;
    assert.equal(redis.host, "127.0.0.1");
    assert.equal(redis.port, 6379);
    assert.equal(redis.password, null);
  });

  it("API fields that are not Terraform identifiers get the official provider's names, and map back", () => {
    const jwk = find(oidc, "config.client_jwk");
    const x5t = jwk.nested!.attributes.find((a) => a.apiName === "x5t#S256");
    assert.equal(x5t?.name, "x5t_number_s256");
    const apiValue = { issuer: "https://i", client_jwk: [{ kty: "RSA", "x5t#S256": "thumb" }] };
    const tf = renameKeys(apiValue, find(oidc, "config").nested!.attributes, "fromApi") as any;
    assert.equal(tf.client_jwk[0].x5t_number_s256, "thumb");
    assert.equal(tf.client_jwk[0]["x5t#S256"], undefined);
    const back = renameKeys(tf, find(oidc, "config").nested!.attributes, "toApi") as any;
    assert.equal(back.client_jwk[0]["x5t#S256"], "thumb");
    assert.equal(back.issuer, "https://i");
  });

  it("control plane: cluster_type/cloud_gateway replace, config is read-only, proxy_urls is a set", () => {
    const cp = schemas.resources.konnect_gateway_control_plane.attributes;
    assert.equal(find(cp, "cluster_type").requiresReplace, true);
    assert.equal(find(cp, "cloud_gateway").requiresReplace, true);
    assert.notEqual(find(cp, "auth_type").requiresReplace, true);
    assert.equal(flag(find(cp, "config")), "C");
    assert.equal(flag(find(cp, "config.control_plane_endpoint")), "C");
    assert.equal(find(cp, "proxy_urls").nested?.nesting, "SET");
    assert.deepEqual(find(cp, "labels").type, ["map", "string"]);
    assert.equal(flag(find(cp, "id")), "C");
  });

  it("agrees with the official provider's attributes and flags (known deviations listed)", () => {
    // Where the official OpenAPI and the official resource code disagree, konnect-wire.md §5 (the
    // resource code) wins; other deviations are ours on purpose. Each entry says why.
    const allowed = new Map<string, string>([
      ["oidc config.token_exchange", "resource code declares it Optional+Computed (null default)"],
      ["plugin config", "Required in the resource code"],
      ["plugin ordering", "Optional+Computed in the resource code"],
      ["plugin route", "Optional+Computed in the resource code"],
      ["plugin service", "Optional+Computed in the resource code"],
      ["route service", "Optional+Computed in the resource code"],
      ["plugin route.id", "a reference without an id is meaningless; required here"],
      ["plugin service.id", "same"],
      ["route service.id", "same"],
      ["service client_certificate.id", "same"],
      ["plugin MISSING consumer", "the openid-connect resource has no consumer scoping"],
      ["plugin MISSING consumer_group", "same"],
      ["plugin MISSING name", "the resource type carries the plugin name"],
      ["service MISSING url", "write-only in the API, not in the official provider model"],
      ["oidc config.redis.port type", "the contract keeps Kong's integer port; the official model has a string"],
      ["oidc config.cluster_cache_redis.port type", "same"],
    ]);
    const problems: string[] = [];
    const oflag = (name: string, p: any, req: string[] | undefined) =>
      req?.includes(name) ? "R" : p.readOnly ? "C" : p["x-speakeasy-param-computed"] === false ? "O" : "OC";
    const tfType = (p: any): string => (p.type === "array" ? "list" : p.type === "boolean" ? "bool" : p.type === "integer" || p.type === "number" ? "number" : p.type);
    const compare = (label: string, attrs: TfAttribute[], props: Record<string, any>, req: string[] | undefined, prefix = "") => {
      for (const [k, p] of Object.entries(props)) {
        const a = attrs.find((x) => (x.apiName ?? x.name) === k);
        const key = (x: string) => `${label} ${x}`;
        if (!a) {
          if (!allowed.has(key(`MISSING ${prefix}${k}`))) problems.push(key(`MISSING ${prefix}${k}`));
          continue;
        }
        if (oflag(k, p, req) !== flag(a) && !allowed.has(key(prefix + k))) problems.push(`${key(prefix + k)}: official ${oflag(k, p, req)}, ours ${flag(a)}`);
        const ours = a.nested ? (a.nested.nesting === "SINGLE" ? "object" : "list") : Array.isArray(a.type) ? a.type[0] : a.type;
        const theirs = tfType(p);
        const sameType = ours === theirs || (ours === "set" && theirs === "list") || (ours === "map" && theirs === "object");
        if (!sameType && !allowed.has(key(`${prefix}${k} type`))) problems.push(`${key(prefix + k)}: type ${theirs} vs ${ours}`);
        const inner = p.properties ?? p.items?.properties;
        if (inner && a.nested) compare(label, a.nested.attributes, inner, p.required ?? p.items?.required, `${prefix}${k}.`);
      }
    };
    const oidcConfig = fixture.OpenidConnectPluginConfig.properties.config;
    compare("oidc", find(oidc, "config").nested!.attributes, oidcConfig.properties, oidcConfig.required, "config.");
    compare("plugin", oidc, fixture.Plugin.properties, fixture.Plugin.required);
    compare("service", schemas.resources.konnect_gateway_service.attributes, fixture.Service.properties, fixture.Service.required);
    compare("route", schemas.resources.konnect_gateway_route.attributes, fixture.RouteJson.properties, fixture.RouteJson.required);
    compare("consumer", schemas.resources.konnect_gateway_consumer.attributes, fixture.Consumer.properties, fixture.Consumer.required);
    assert.deepEqual(problems, []);
    // And the config carries every field the official model has (231 in 3.19.0).
    assert.equal(find(oidc, "config").nested!.attributes.length, Object.keys(oidcConfig.properties).length);
  });
});
