// Contract validation at validate/plan time: zod issues become diagnostics on the right attribute,
// unknown values are skipped, secrets are never echoed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UNKNOWN, conform } from "../../cdktf/provider/cty/value.ts";
import type { Obj } from "../../cdktf/provider/engine/plan.ts";
import { validateProviderConfig, resolveProviderConfig } from "../../cdktf/provider/provider-config.ts";
import { DATA_SOURCES, deriveSchemas, RESOURCES } from "../../cdktf/provider/registry.ts";
import { schemaType } from "../../cdktf/provider/schema/types.ts";

const schemas = deriveSchemas();
function validate(type: string, value: Record<string, unknown>) {
  const schema = schemas.resources[type];
  return RESOURCES[type].validate(schema, conform(value as Obj, schemaType(schema)) as Obj);
}
const OIDC = "konnect_gateway_plugin_openid_connect";
const seedConfig = (over: Record<string, unknown> = {}) => ({
  issuer: "https://idp-b.example/realms/b",
  client_id: ["gw"],
  client_secret: ["s3cret-value"],
  client_auth: ["client_secret_post"],
  auth_methods: ["bearer"],
  token_exchange: {
    subject_token_issuers: [{ issuer: "https://idp-a.example/realms/a", conditions: { missing_audience: null, has_audience: null, missing_scopes: null, has_scopes: null } }],
    request: { empty_audience: false, scopes: null, empty_scopes: false, audience: null },
  },
  ...over,
});

describe("tf-validate", () => {
  it("accepts the seed's configuration (placeholders as null)", () => {
    assert.deepEqual(validate(OIDC, { control_plane_id: UNKNOWN, enabled: true, tags: [], config: seedConfig() }), []);
  });

  it("a bad enum value points at its list element", () => {
    const [d, ...rest] = validate(OIDC, { control_plane_id: "cp", config: seedConfig({ auth_methods: ["bearer", "magic"] }) });
    assert.equal(rest.length, 0);
    assert.equal(d.code, "ERR_INVALID_ATTRIBUTE");
    assert.deepEqual(d.attribute?.steps, [{ attribute_name: "config" }, { attribute_name: "auth_methods" }, { element_key_int: 1 }]);
    assert.match(d.detail, /magic/);
  });

  it("the token-exchange conditions rule reports on subject_token_issuers[i].conditions", () => {
    const own = seedConfig({
      token_exchange: { subject_token_issuers: [{ issuer: "https://idp-b.example/realms/b" }] },
    });
    const [d] = validate(OIDC, { control_plane_id: "cp", config: own });
    assert.equal(d.code, "ERR_INVALID_ATTRIBUTE");
    assert.deepEqual(d.attribute?.steps, [
      { attribute_name: "config" },
      { attribute_name: "token_exchange" },
      { attribute_name: "subject_token_issuers" },
      { element_key_int: 0 },
      { attribute_name: "conditions" },
    ]);
  });

  it("a bad enum and a conditions-rule violation are reported together (zod alone stops at the enum)", () => {
    const config = seedConfig({
      auth_methods: ["bearer", "magic"],
      token_exchange: {
        subject_token_issuers: [{ issuer: "https://idp-b.example/realms/b" }, { issuer: "https://idp-a.example/realms/a", conditions: { has_scopes: ["x"] } }],
      },
    });
    const diags = validate(OIDC, { control_plane_id: "cp", config });
    const paths = diags.map((d) => JSON.stringify(d.attribute?.steps));
    const te = (i: number) => JSON.stringify([{ attribute_name: "config" }, { attribute_name: "token_exchange" }, { attribute_name: "subject_token_issuers" }, { element_key_int: i }, { attribute_name: "conditions" }]);
    assert.deepEqual(paths.sort(), [JSON.stringify([{ attribute_name: "config" }, { attribute_name: "auth_methods" }, { element_key_int: 1 }]), te(0), te(1)].sort());
    assert.ok(diags.every((d) => d.code === "ERR_INVALID_ATTRIBUTE"));
    assert.match(diags.find((d) => JSON.stringify(d.attribute?.steps) === te(0))!.detail, /conditions are required/);
    assert.match(diags.find((d) => JSON.stringify(d.attribute?.steps) === te(1))!.detail, /conditions may only be set/);
  });

  it("skipped rules of every level run: plugin envelope, config, and other resources' rules", () => {
    // envelope rule (protocols) + config enum + config rule (client_secret needed), in one round
    const diags = validate(OIDC, {
      control_plane_id: "cp",
      protocols: ["http", "tcp"],
      config: seedConfig({ auth_methods: ["magic"], client_secret: null }),
    });
    const paths = diags.map((d) => d.attribute?.steps.map((s) => Object.values(s)[0]).join("."));
    assert.deepEqual(paths.sort(), ["config.auth_methods.0", "config.client_secret", "protocols"]);
  });

  it("a skipped rule stays silent about a value already reported, and about unknown values", () => {
    // conditions has a bad entry (empty string) AND the conditions rule applies: only the entry is reported below it
    const bad = seedConfig({
      token_exchange: { subject_token_issuers: [{ issuer: "https://idp-a.example/realms/a", conditions: { has_scopes: [""] } }] },
    });
    const diags = validate(OIDC, { control_plane_id: "cp", config: bad });
    const paths = diags.map((d) => d.attribute?.steps.map((s) => Object.values(s)[0]).join("."));
    // the rule's own path (…conditions) is above the reported entry, so it is still said once
    assert.deepEqual(paths.sort(), ["config.token_exchange.subject_token_issuers.0.conditions", "config.token_exchange.subject_token_issuers.0.conditions.has_scopes.0"]);
    // client_secret unknown: the client_secret rule must not fire although auth_methods is wrong
    const withUnknown = validate(OIDC, { control_plane_id: "cp", config: seedConfig({ auth_methods: ["magic"], client_secret: UNKNOWN }) });
    assert.deepEqual(withUnknown.map((d) => d.attribute?.steps.map((s) => Object.values(s)[0]).join(".")), ["config.auth_methods.0"]);
  });

  it("updated_at in the configuration (as -generate-config-out writes it) warns on its own line; created_at (never moves) does not", () => {
    const diags = validate("konnect_gateway_service", { control_plane_id: "cp", host: "h.internal", created_at: 1796302210, updated_at: 1796302210 });
    assert.deepEqual(diags.map((d) => [d.severity, d.code, d.attribute?.steps]), [["WARNING", "WARN_SERVER_FIELD_CONFIGURED", [{ attribute_name: "updated_at" }]]]);
    assert.deepEqual(validate("konnect_gateway_service", { control_plane_id: "cp", host: "h.internal", updated_at: UNKNOWN }), []);
  });

  it("a bad issuer URL is reported on config.issuer", () => {
    const [d] = validate(OIDC, { control_plane_id: "cp", config: seedConfig({ issuer: "not a url" }) });
    assert.deepEqual(d.attribute?.steps, [{ attribute_name: "config" }, { attribute_name: "issuer" }]);
  });

  it("unknown values skip validation, including the rules that would read them", () => {
    assert.deepEqual(validate(OIDC, { control_plane_id: UNKNOWN, config: seedConfig({ issuer: UNKNOWN }) }), []);
    assert.deepEqual(validate(OIDC, { control_plane_id: "cp", service: { id: UNKNOWN }, config: { ...seedConfig(), client_secret: UNKNOWN } }), []);
    // …while a rule over known values still fires when an unrelated value is unknown.
    const diags = validate(OIDC, { control_plane_id: UNKNOWN, service: { id: UNKNOWN }, config: seedConfig({ auth_methods: ["nope"] }) });
    assert.equal(diags.length, 1);
  });

  it("never echoes a sensitive value", () => {
    const [d] = validate(OIDC, { control_plane_id: "cp", config: seedConfig({ client_secret: ["a", "b"], client_id: ["x"] }) });
    assert.deepEqual(d.attribute?.steps, [{ attribute_name: "config" }, { attribute_name: "client_secret" }]);
    assert.doesNotMatch(d.detail, /"a"|"b"/);
  });

  it("label rules report on the label key", () => {
    const [d] = validate("konnect_gateway_control_plane", { name: "prod", labels: { kong_team: "x" } });
    assert.deepEqual(d.attribute?.steps, [{ attribute_name: "labels" }, { element_key_string: "kong_team" }]);
    assert.match(d.detail, /must not start with/);
  });

  it("plugin protocols outside the plugin's list are rejected (set attributes are reported as a whole)", () => {
    const [d] = validate(OIDC, { control_plane_id: "cp", protocols: ["http", "tcp"], config: seedConfig() });
    assert.deepEqual(d.attribute?.steps, [{ attribute_name: "protocols" }]);
  });

  it("data source konnect_gateway_control_plane needs exactly one of id or name", () => {
    const schema = schemas.dataSources.konnect_gateway_control_plane;
    const v = (cfg: Record<string, unknown>) => DATA_SOURCES.konnect_gateway_control_plane.validate(schema, conform(cfg as Obj, schemaType(schema)) as Obj);
    assert.deepEqual(v({ id: "x" }), []);
    assert.deepEqual(v({ name: "prod" }), []);
    assert.deepEqual(v({ id: UNKNOWN }), []);
    assert.equal(v({})[0].code, "ERR_INVALID_ATTRIBUTE");
    assert.deepEqual(v({ id: "x", name: "y" })[0].attribute?.steps, [{ attribute_name: "name" }]);
  });

  it("provider config: server_url must be http(s); $NAME tokens come from the environment", () => {
    assert.equal(validateProviderConfig({ server_url: "ftp://x" })[0].code, "ERR_INVALID_SERVER_URL");
    assert.deepEqual(validateProviderConfig({ server_url: "http://127.0.0.1:8080/konnect" }), []);
    const ok = resolveProviderConfig({ server_url: "http://h", personal_access_token: "$KONNECT_TOKEN" }, { KONNECT_TOKEN: "kpat_x" });
    assert.equal(ok.resolved?.token, "kpat_x");
    const missing = resolveProviderConfig({ personal_access_token: "$KONNECT_TOKEN" }, {});
    assert.equal(missing.diagnostics[0].code, "ERR_TOKEN_VARIABLE_UNSET");
    const foreign = resolveProviderConfig({ personal_access_token: "$AWS_SECRET_ACCESS_KEY" }, { AWS_SECRET_ACCESS_KEY: "do-not-send" });
    assert.equal(foreign.resolved, undefined);
    assert.equal(foreign.diagnostics[0].code, "ERR_TOKEN_VARIABLE_UNSET");
    assert.match(foreign.diagnostics[0].detail, /only environment variables named KONNECT_\*/);
    const env = resolveProviderConfig({}, { KONNECT_SERVER_URL: "http://e", KONNECT_SPAT: "spat_y" });
    assert.deepEqual(env.resolved, { serverUrl: "http://e", token: "spat_y" });
    const order = resolveProviderConfig({ personal_access_token: "kpat_a", system_account_access_token: "spat_b" }, {});
    assert.equal(order.resolved?.token, "kpat_a");
  });
});
