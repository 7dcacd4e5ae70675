// Cross-field rules of the contract that the API, the proxy and the provider all rely on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ConsumerInput, RouteInput, ServiceInput, parsePluginInput, type ServiceInput as ServiceBody } from "../../api/contract/index.ts";
import { OpenidConnectConfig } from "../../api/contract/plugins/openid-connect.ts";

const A = "http://127.0.0.1:9000";
const B = "http://127.0.0.1:9001";
const base = { issuer: B, client_id: ["gw"], client_secret: ["s3cret"], client_auth: ["client_secret_post"], auth_methods: ["bearer"] };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

test("the seed page's curl body is accepted as written and defaults are filled", () => {
  const seed = {
    name: "openid-connect",
    config: {
      ...base,
      token_exchange: {
        subject_token_issuers: [{ issuer: A, conditions: { missing_audience: null, has_audience: null, missing_scopes: null, has_scopes: null } }],
        request: { empty_audience: false, scopes: null, empty_scopes: false, audience: null },
      },
    },
    tags: [],
  };
  const r = parsePluginInput(seed);
  assert.deepEqual(issues(r), []);
  assert.ok(r.success);
  const cfg = r.data.config as OpenidConnectConfig;
  assert.equal(cfg.upstream_access_token_header, "authorization:bearer");
  assert.equal(cfg.leeway, 0);
  assert.equal(r.data.enabled, true);
  assert.deepEqual(r.data.protocols, ["grpc", "grpcs", "http", "https"]);
});

test("token exchange conditions: required for the plugin's own issuer, forbidden for others", () => {
  const own = OpenidConnectConfig.safeParse({ ...base, token_exchange: { subject_token_issuers: [{ issuer: `${B}/` }] } });
  assert.match(issues(own).join("\n"), /^token_exchange\.subject_token_issuers\.0\.conditions: conditions are required/m);
  const ownOk = OpenidConnectConfig.safeParse({ ...base, token_exchange: { subject_token_issuers: [{ issuer: B, conditions: { has_audience: ["client-2"] } }] } });
  assert.deepEqual(issues(ownOk), []);
  const foreign = OpenidConnectConfig.safeParse({ ...base, token_exchange: { subject_token_issuers: [{ issuer: A, conditions: { has_scopes: ["x"] } }] } });
  assert.match(issues(foreign).join("\n"), /conditions may only be set for the plugin's own issuer/);
  const empty = OpenidConnectConfig.safeParse({ ...base, token_exchange: { subject_token_issuers: [] } });
  assert.match(issues(empty).join("\n"), /^token_exchange\.subject_token_issuers: at least one/m);
});

test("token exchange needs client credentials matching the client auth method", () => {
  const te = { subject_token_issuers: [{ issuer: A }] };
  assert.match(issues(OpenidConnectConfig.safeParse({ issuer: B, token_exchange: te })).join("\n"), /^client_id: token exchange needs a client_id/m);
  assert.match(issues(OpenidConnectConfig.safeParse({ issuer: B, client_id: ["gw"], token_exchange: te })).join("\n"), /^client_secret: client_auth client_secret_basic needs a client_secret/m);
  assert.match(issues(OpenidConnectConfig.safeParse({ issuer: B, client_id: ["gw"], client_auth: ["private_key_jwt"], token_exchange: te })).join("\n"), /^client_jwk:/m);
});

test("explicit null means unset: defaults apply, nullable fields stay null", () => {
  const cfg = OpenidConnectConfig.parse({ ...base, leeway: null, scopes: null, audience: null, redis: null });
  assert.equal(cfg.leeway, 0);
  assert.deepEqual(cfg.scopes, []);
  assert.equal(cfg.audience, null);
  assert.equal(cfg.redis.port, 6379);
  const again = OpenidConnectConfig.parse({ ...base });
  again.scopes!.push("mutated");
  assert.deepEqual(OpenidConnectConfig.parse({ ...base, scopes: null }).scopes, [], "defaults are not shared between parses");
});

test("unknown fields and bad enums are rejected with their path", () => {
  const r = parsePluginInput({ name: "openid-connect", config: { ...base, auth_method: ["bearer"], client_auth: ["basic"] }, bogus: true });
  const got = issues(r).join("\n");
  assert.match(got, /^: Unrecognized key: "bogus"/m);
  assert.match(got, /^config: Unrecognized key: "auth_method"/m);
  assert.match(got, /^config\.client_auth\.0: Invalid option/m);
  assert.match(issues(parsePluginInput({ name: "rate-limiting", config: {} })).join(), /^name: unknown plugin "rate-limiting"/);
  assert.match(issues(parsePluginInput({ config: {} })).join(), /^name: name is required/);
});

test("services expand Kong's url shorthand", () => {
  const body: ServiceBody = { url: "https://api.internal:8443/v1/" };
  assert.deepEqual(
    (({ protocol, host, port, path }) => ({ protocol, host, port, path }))(ServiceInput.parse(body)),
    { protocol: "https", host: "api.internal", port: 8443, path: "/v1/" },
  );
  const noPath = ServiceInput.parse({ url: "https://api.internal" });
  assert.equal(noPath.port, 443);
  assert.equal(noPath.path, null);
  assert.match(issues(ServiceInput.safeParse({ port: 80 })).join(), /^host: host is required/);
  assert.match(issues(ServiceInput.safeParse({ host: "h", protocol: "tcp", path: "/x" })).join(), /^path: path cannot be set/);
});

test("routes follow Kong's router rules", () => {
  assert.match(issues(RouteInput.safeParse({ protocols: ["http"] })).join(), /an http route needs at least one of/);
  assert.match(issues(RouteInput.safeParse({ paths: ["/a//b"] })).join(), /^paths\.0: must not contain \/\//);
  assert.match(issues(RouteInput.safeParse({ paths: ["/x"], methods: ["get"] })).join(), /^methods\.0: HTTP methods must be upper-case/);
  assert.match(issues(RouteInput.safeParse({ hosts: ["*.a.*"] })).join(), /^hosts\.0:/);
  assert.match(issues(RouteInput.safeParse({ paths: ["/x"], snis: ["a.test"], protocols: ["http"] })).join(), /^snis: snis can only be set/);
  assert.deepEqual(issues(RouteInput.safeParse({ hosts: ["*.example.com", "example.*", "h:8000"], paths: ["~/v\\d+"] })), []);
  assert.match(issues(ConsumerInput.safeParse({ tags: ["a"] })).join(), /^username: at least one of username or custom_id/);
});

test("regex paths may use Kong's (?P<name>…) named groups", () => {
  assert.deepEqual(issues(RouteInput.safeParse({ paths: ["~/users/(?P<user>[^/]+)$"] })), []);
});

test("route regexes are checked as RE2 (the proxies' linear-time engine): no backreferences or look-around", () => {
  for (const p of ["~/(a)\\1", "~/(?=a)x", "~/(?!a)b", "~/a(?<=a)"]) {
    assert.deepEqual(issues(RouteInput.safeParse({ paths: ["/ok", p] })).map((i) => i.split(":")[0]), ["paths.1"], p);
  }
  assert.deepEqual(issues(RouteInput.safeParse({ paths: ["/ok"], headers: { "x-a": ["v", "~*^(?!beta)"] } })).map((i) => i.split(":")[0]), ["headers.x-a.1"]);
  // Nested quantifiers are harmless under RE2 and stay valid, as in Kong.
  assert.deepEqual(issues(RouteInput.safeParse({ paths: ["~/(a+)+$", "~/(?<id>\\d+)"], headers: { "x-a": ["~*^(a|aa)+$"] } })), []);
});

test("endpoint overrides must be http(s) URLs; redirect URIs absolute URLs", () => {
  const bad = OpenidConnectConfig.safeParse({ ...base, token_endpoint: "ftp://idp/token", jwks_endpoint: "not a url", extra_jwks_uris: ["file:///etc/passwd"], redirect_uri: ["/relative"] });
  const got = issues(bad).join("\n");
  for (const path of ["token_endpoint", "jwks_endpoint", "extra_jwks_uris.0", "redirect_uri.0"]) assert.match(got, new RegExp(`^${path.replace(".", "\\.")}: must be an absolute`, "m"));
  assert.deepEqual(issues(OpenidConnectConfig.safeParse({ ...base, token_endpoint: "https://idp/token", redirect_uri: ["myapp://cb"] })), []);
});
