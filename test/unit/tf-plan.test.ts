// The plan engine's rules (terraform-plugin.md A8 plus the official provider's defaults) on the real
// derived schemas: what is planned on create, on update, what replaces, and apply's state overlay.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UNKNOWN, Unknown, conform, type CtyValue } from "../../cdktf/provider/cty/value.ts";
import { overlayPlanned, planChange, type Obj } from "../../cdktf/provider/engine/plan.ts";
import { deriveSchemas } from "../../cdktf/provider/registry.ts";
import { gatewayControlPlane } from "../../cdktf/provider/resources/gateway_control_plane.ts";
import { schemaType } from "../../cdktf/provider/schema/types.ts";

const schemas = deriveSchemas();
const svc = schemas.resources.konnect_gateway_service;
const cp = schemas.resources.konnect_gateway_control_plane;
const oidc = schemas.resources.konnect_gateway_plugin_openid_connect;
const shape = (s: typeof svc, v: Record<string, unknown>) => conform(v as Obj, schemaType(s)) as Obj;
const CP_ID = "0b8f3c9e-8d8f-4a53-9a49-0e0f2b8b3c11";

describe("tf-plan engine", () => {
  it("create: config values kept, defaults planned, server-set values unknown", () => {
    const config = shape(svc, { control_plane_id: CP_ID, host: "upstream.internal", retries: 2 });
    const { planned, requiresReplace } = planChange(svc, null, config);
    assert.equal(planned!.host, "upstream.internal");
    assert.equal(planned!.retries, 2);
    assert.equal(planned!.port, 80); // contract default
    assert.equal(planned!.protocol, "http");
    assert.equal(planned!.path, null); // Optional, no default
    for (const k of ["id", "created_at", "updated_at"]) assert.ok(planned![k] instanceof Unknown, k);
    assert.deepEqual(requiresReplace, []);
  });

  it("update with unchanged config: planned equals prior (no diff), updated_at kept", () => {
    const prior = shape(svc, { control_plane_id: CP_ID, id: "s1", host: "h", port: 80, protocol: "http", retries: 5, connect_timeout: 60000, read_timeout: 60000, write_timeout: 60000, enabled: true, created_at: 1, updated_at: 2 });
    const config = shape(svc, { control_plane_id: CP_ID, host: "h" });
    const { planned } = planChange(svc, prior, config);
    assert.deepEqual(planned, prior);
  });

  it("update with a change: updated_at becomes unknown; removing a setting resets it to its default", () => {
    const prior = shape(svc, { control_plane_id: CP_ID, id: "s1", host: "h", port: 8080, protocol: "http", retries: 5, connect_timeout: 60000, read_timeout: 60000, write_timeout: 60000, enabled: true, created_at: 1, updated_at: 2 });
    const { planned } = planChange(svc, prior, shape(svc, { control_plane_id: CP_ID, host: "h" }));
    assert.equal(planned!.port, 80);
    assert.ok(planned!.updated_at instanceof Unknown);
    assert.equal(planned!.created_at, 1);
    assert.equal(planned!.id, "s1");
  });

  it("a changed or unknown control_plane_id requires replacement", () => {
    const prior = shape(svc, { control_plane_id: CP_ID, id: "s1", host: "h" });
    assert.deepEqual(planChange(svc, prior, shape(svc, { control_plane_id: "other", host: "h" })).requiresReplace, [[{ attribute_name: "control_plane_id" }]]);
    assert.deepEqual(planChange(svc, prior, shape(svc, { control_plane_id: UNKNOWN, host: "h" })).requiresReplace, [[{ attribute_name: "control_plane_id" }]]);
    assert.deepEqual(planChange(svc, prior, shape(svc, { control_plane_id: CP_ID, host: "h2" })).requiresReplace, []);
  });

  it("a configured id that changes requires replacement (a PUT to the old id cannot move the object); an unset id keeps the prior", () => {
    const prior = shape(svc, { control_plane_id: CP_ID, id: "11111111-1111-4111-8111-111111111111", host: "h" });
    const changed = planChange(svc, prior, shape(svc, { control_plane_id: CP_ID, id: "22222222-2222-4222-8222-222222222222", host: "h" }));
    assert.deepEqual(changed.requiresReplace, [[{ attribute_name: "id" }]]);
    const unset = planChange(svc, prior, shape(svc, { control_plane_id: CP_ID, host: "h" }));
    assert.deepEqual(unset.requiresReplace, []);
    assert.equal(unset.planned!.id, prior.id);
    for (const s of [schemas.resources.konnect_gateway_route, schemas.resources.konnect_gateway_consumer, oidc]) {
      assert.equal(s.attributes.find((a) => a.name === "id")!.requiresReplace, true);
    }
  });

  it("control plane: O+C without static default keeps the prior value; cluster_type change replaces", () => {
    const prior = shape(cp, { id: "c1", name: "n", description: null, labels: { a: "b" }, cluster_type: "CLUSTER_TYPE_CONTROL_PLANE", auth_type: "pinned_client_certs", cloud_gateway: false, proxy_urls: [], config: { control_plane_endpoint: "https://x" } });
    const same = planChange(cp, prior, shape(cp, { name: "n" }));
    assert.deepEqual(same.planned, prior);
    assert.deepEqual(same.requiresReplace, []);
    const created = planChange(cp, null, shape(cp, { name: "n" }));
    assert.ok(created.planned!.cluster_type instanceof Unknown);
    assert.ok(created.planned!.config instanceof Unknown);
    const replaced = planChange(cp, prior, shape(cp, { name: "n", cluster_type: "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER" }));
    assert.deepEqual(replaced.requiresReplace, [[{ attribute_name: "cluster_type" }]]);
  });

  it("control plane: the read-only config block is planned with the new auth_type/proxy_urls it mirrors (was stale after an update)", () => {
    const urls = [{ host: "a.example", port: 443, protocol: "https" }];
    const prior = shape(cp, { id: "c1", name: "n", description: null, labels: {}, cluster_type: "CLUSTER_TYPE_CONTROL_PLANE", auth_type: "pinned_client_certs", cloud_gateway: false, proxy_urls: urls, config: { control_plane_endpoint: "https://x", auth_type: "pinned_client_certs", proxy_urls: urls, cluster_type: "CLUSTER_TYPE_CONTROL_PLANE", cloud_gateway: false } });
    const newUrls = [{ host: "b.example", port: 8443, protocol: "https" }];
    const { planned } = gatewayControlPlane.plan(cp, prior, shape(cp, { name: "n", auth_type: "pki_client_certs", proxy_urls: newUrls }));
    const config = planned!.config as Obj;
    assert.equal(config.auth_type, "pki_client_certs");
    assert.deepEqual(config.proxy_urls, newUrls);
    assert.equal(config.control_plane_endpoint, "https://x");
    // Unchanged config: nothing moves.
    assert.deepEqual(gatewayControlPlane.plan(cp, prior, shape(cp, { name: "n" })).planned, prior);
    // Unknown new value: the mirror is unknown too.
    assert.ok(((gatewayControlPlane.plan(cp, prior, shape(cp, { name: "n", auth_type: UNKNOWN })).planned!.config as Obj).auth_type) instanceof Unknown);
  });

  it("nested config: inner defaults are planned, unknown config values pass through unchanged", () => {
    const config = shape(oidc, {
      control_plane_id: UNKNOWN,
      config: { issuer: "https://a.example", client_secret: UNKNOWN, token_exchange: { subject_token_issuers: [{ issuer: "https://b.example" }], request: { empty_scopes: true } } },
      tags: [],
    });
    const { planned } = planChange(oidc, null, config);
    const c = planned!.config as Record<string, CtyValue>;
    assert.ok(planned!.control_plane_id instanceof Unknown);
    assert.ok(c.client_secret instanceof Unknown);
    assert.deepEqual(c.auth_methods, ["authorization_code", "bearer", "client_credentials", "introspection", "kong_oauth2", "password", "refresh_token", "session", "userinfo"]);
    const te = c.token_exchange as Record<string, any>;
    assert.deepEqual(te.request, { audience: null, scopes: null, empty_audience: false, empty_scopes: true });
    assert.deepEqual(te.subject_token_issuers, [{ issuer: "https://b.example", conditions: null }]);
    assert.equal(te.cache, null);
    assert.deepEqual(planned!.tags, []);
    assert.equal(planned!.service, null); // Optional+Computed with a null default
    assert.deepEqual(planned!.protocols, ["grpc", "grpcs", "http", "https"]);
  });

  it("destroy plans null", () => {
    assert.equal(planChange(svc, shape(svc, { host: "h" }), null).planned, null);
  });

  it("apply overlay: known planned values win, unknown ones take the API's value", () => {
    const planned = { id: UNKNOWN, name: "n", nested: { a: UNKNOWN, b: "keep" }, list: ["x"] } as unknown as CtyValue;
    const api = { id: "server-id", name: "normalised", nested: { a: 1, b: "other" }, list: ["y"] } as CtyValue;
    assert.deepEqual(overlayPlanned(planned, api), { id: "server-id", name: "n", nested: { a: 1, b: "keep" }, list: ["x"] });
  });
});
