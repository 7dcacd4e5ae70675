// A demanding user against the real terraform binary and the real API: the cases that once went
// wrong (each names what it guards against). One API and one provider install for the file; every
// case has its own workspace and control plane, so they run side by side.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { after, before, describe, it } from "node:test";
import type { KonnectClient } from "../../api/client.ts";
import { expectExit, TERRAFORM_BIN, terraformEnv, Workspace, startTerraformStack, type ProviderInstall, type RunningApi, type TerraformStack } from "../support/terraform.ts";

const HEADER = `
terraform {
  required_providers {
    konnect = { source = "kong/konnect" }
  }
}
variable "server_url" { type = string }
variable "token" {
  type      = string
  sensitive = true
}
provider "konnect" {
  server_url            = var.server_url
  personal_access_token = var.token
}
`;
/** Terraform wraps long lines; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, " ");

/**
 * A real HTTP pass-through to the API that holds the first POST until released: a slow API, made
 * deterministic (a stand-in because the API has no knob to be slow; everything else is real).
 */
async function holdingProxy(upstream: string) {
  let arrived!: () => void;
  let release!: () => void;
  const arrivedP = new Promise<void>((r) => (arrived = r));
  const releaseP = new Promise<void>((r) => (release = r));
  let held = false;
  const body = (req: IncomingMessage) => new Promise<Buffer>((r) => { const parts: Buffer[] = []; req.on("data", (c) => parts.push(c)).on("end", () => r(Buffer.concat(parts))); });
  const server = createServer(async (req, res) => {
    const payload = await body(req);
    if (req.method === "POST" && !held) {
      held = true;
      arrived();
      await releaseP;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "content-length", "connection"].includes(k))) as Record<string, string>;
    const up = await fetch(upstream + req.url, { method: req.method, headers, body: payload.length ? new Uint8Array(payload) : undefined });
    const text = Buffer.from(await up.arrayBuffer());
    try {
      res.writeHead(up.status, { "content-type": up.headers.get("content-type") ?? "application/json" }).end(text);
    } catch {
      /* the client went away */
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, arrived: arrivedP, release, close: () => { release(); server.closeAllConnections(); server.close(); } };
}

describe("tf adversarial", { concurrency: true }, () => {
  let install: ProviderInstall;
  let api: RunningApi;
  let client: KonnectClient;
  let vars: Record<string, string>;
  let stack: TerraformStack | undefined;
  before(async () => {
    stack = await startTerraformStack();
    ({ install, api, client, vars } = stack);
  });
  after(() => stack?.stop());

  it("many shapes plan clean after apply (every attribute set, none set, empties, sets in any order, floats, nested partials, values unknown at plan time), and REST drift of each kind shows", async () => {
    const ws = Workspace.create(install, "shapes", vars);
    ws.write({
      "main.tf":
        HEADER +
        `resource "konnect_gateway_control_plane" "cp" {
  name          = "adv-shapes"
  description   = ""
  labels        = { env = "test", team = "a-b.c" }
  cluster_type  = "CLUSTER_TYPE_CONTROL_PLANE"
  auth_type     = "pinned_client_certs"
  cloud_gateway = false
  proxy_urls    = [{ host = "b.example.com", port = 443, protocol = "https" }, { host = "a.example.com", port = 80, protocol = "http" }]
}
resource "konnect_gateway_control_plane" "bare" { name = "adv-shapes-bare" }
resource "konnect_gateway_service" "full" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "full-svc"
  host             = "UP.Example.COM"
  port             = 8443
  protocol         = "https"
  path             = "/api/"
  retries          = 3
  connect_timeout  = 1000
  read_timeout     = 2000
  write_timeout    = 3000
  enabled          = true
  tags             = ["b", "a"]
  tls_verify       = true
  tls_verify_depth = 2
  ca_certificates  = []
  tls_sans         = { dnsnames = ["x.example"] }
}
resource "konnect_gateway_service" "bare" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  host             = "h-\${konnect_gateway_control_plane.bare.id}"
  tags             = []
}
resource "konnect_gateway_route" "full" {
  control_plane_id           = konnect_gateway_control_plane.cp.id
  name                       = "full-route"
  protocols                  = ["https", "http"]
  methods                    = ["POST", "GET"]
  hosts                      = ["API.Example.com", "*.wild.example"]
  paths                      = ["/z", "/a/", "~/re/(?P<id>\\\\d+)$"]
  headers                    = { "X-B" = ["2", "1"], x-a = ["v"] }
  https_redirect_status_code = 308
  regex_priority             = 5
  strip_path                 = false
  path_handling              = "v1"
  preserve_host              = true
  request_buffering          = false
  response_buffering         = false
  snis                       = ["sni.example"]
  tags                       = []
  service                    = { id = konnect_gateway_service.full.id }
}
resource "konnect_gateway_route" "empties" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  paths            = ["/\${konnect_gateway_control_plane.bare.id}"]
  methods          = []
  hosts            = []
  snis             = []
  headers          = {}
  sources          = []
  destinations     = []
}
resource "konnect_gateway_consumer" "c" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  custom_id        = "c-1"
  tags             = []
}
resource "konnect_gateway_plugin_openid_connect" "route" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  route            = { id = konnect_gateway_route.full.id }
  enabled          = false
  protocols        = ["https", "http"]
  tags             = []
  instance_name    = "oidc-full"
  ordering         = { before = { access = ["rate-limiting"] } }
  partials         = []
  config = {
    issuer           = "http://\${konnect_gateway_control_plane.bare.id}.example.test/"
    leeway           = 0.1
    http_version     = 1.1
    cache_ttl        = 3600.5
    timeout          = 1e3
    scopes           = ["openid", "email"]
    audience         = []
    client_id        = ["a"]
    client_secret    = ["s"]
    hide_credentials = false
    redis            = { host = "redis.internal", port = 6380, sentinel_nodes = [{ host = "s1", port = 26379 }] }
    upstream_headers = [{ header = "x-sub", path = ["sub"] }]
    client_jwk       = [{ kty = "oct", k = "c2VjcmV0", kid = "k1", key_ops = ["sign"] }]
    consumer_claims  = [["sub"], ["email", "primary"]]
    token_exchange = {
      subject_token_issuers = [{ issuer = "https://other.example.test" }]
      request               = { scopes = ["x"] }
      cache                 = {}
    }
  }
}
resource "konnect_gateway_plugin_openid_connect" "service" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  service          = { id = konnect_gateway_service.bare.id }
  config           = { issuer = "https://bare.example.test" }
}
`,
    });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply");
    expectExit(await ws.plan(), 0, "plan after apply");

    // Drift through REST, one kind each: list order, map, nested object, bool, label removal, number.
    const st = await ws.state();
    const cpId = st["konnect_gateway_control_plane.cp"].id as string;
    const route = await client.routes.get(cpId, st["konnect_gateway_route.full"].id);
    await client.routes.upsert(cpId, route.id, { ...route, methods: ["GET", "POST"], headers: { "X-B": ["1", "2"], "x-a": ["v"] } } as never);
    const plugin = (await client.plugins.get(cpId, st["konnect_gateway_plugin_openid_connect.route"].id)) as any;
    plugin.enabled = true;
    plugin.config.token_exchange.request.scopes = ["y"];
    plugin.config.leeway = 2;
    await client.plugins.upsert(cpId, plugin.id, plugin);
    await client.controlPlanes.update(cpId, { labels: { env: "prod", team: null } } as never);
    const drift = expectExit(await ws.plan(), 2, "plan after REST drift");
    for (const re of [/~ enabled\s+= true -> false/, /~ leeway\s+= 2 -> 0\.1/, /~ "y" -> "x"/, /~ "env"\s+= "prod" -> "test"/, /\+ "team"\s+= "a-b\.c"/, /- "GET",/]) assert.match(drift.output, re);
    assert.match(drift.output, /0 to add, 3 to change, 0 to destroy/);
    expectExit(await ws.apply(), 0, "apply fixing the drift");
    expectExit(await ws.plan(), 0, "plan after fixing the drift");
    expectExit(await ws.destroy(), 0, "destroy");
  });

  it("a configured id that changes replaces the object (it used to update in place, record the new id and orphan the old object)", async () => {
    const ws = Workspace.create(install, "id-change", vars);
    const cfg = (id: string) =>
      HEADER +
      `resource "konnect_gateway_control_plane" "cp" { name = "adv-id-change" }
resource "konnect_gateway_service" "s" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  id               = "${id}"
  host             = "fixed-id.internal"
}
`;
    ws.write({ "main.tf": cfg("11111111-1111-4111-8111-111111111111") });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply");
    ws.write({ "main.tf": cfg("22222222-2222-4222-8222-222222222222") });
    const plan = expectExit(await ws.plan(), 2, "plan of the id change");
    assert.match(plan.output, /konnect_gateway_service\.s must be replaced/);
    assert.match(plan.output, /id\s+= "11111111-1111-4111-8111-111111111111" -> "22222222-2222-4222-8222-222222222222" # forces replacement/);
    expectExit(await ws.apply(), 0, "apply of the id change");
    expectExit(await ws.plan(), 0, "plan after the id change");
    const cpId = (await ws.state())["konnect_gateway_control_plane.cp"].id as string;
    assert.deepEqual((await client.services.listAll(cpId)).map((s) => s.id), ["22222222-2222-4222-8222-222222222222"], "no orphan left behind");
  });

  it("two global openid-connect plugins: the second fails with a readable 409 naming the scope; the first stays in state", async () => {
    const ws = Workspace.create(install, "two-global", vars);
    ws.write({
      "main.tf":
        HEADER +
        `resource "konnect_gateway_control_plane" "cp" { name = "adv-two-global" }
resource "konnect_gateway_plugin_openid_connect" "first" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  config           = { issuer = "https://first.example.test" }
}
resource "konnect_gateway_plugin_openid_connect" "second" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  config           = { issuer = "https://second.example.test" }
  depends_on       = [konnect_gateway_plugin_openid_connect.first]
}
`,
    });
    expectExit(await ws.init(), 0, "init");
    const r = await ws.apply();
    assert.equal(r.code, 1, r.output);
    const out = flat(r.output);
    assert.match(out, /with konnect_gateway_plugin_openid_connect\.second/);
    assert.match(out, /already exists for this scope \(global\)/);
    assert.match(out, /\[ERR_API_CONFLICT\]/);
    // The plugin's id is unknown until created: the message must not show an unknown's internals.
    assert.doesNotMatch(out, /"ext"|ExtData|\[object Object\]/);
    const state = await ws.state();
    assert.ok(state["konnect_gateway_plugin_openid_connect.first"]?.id);
    assert.equal(state["konnect_gateway_plugin_openid_connect.second"], undefined);
    assert.equal((await client.plugins.listAll(state["konnect_gateway_control_plane.cp"].id)).length, 1);
  });

  it("an in-place control plane update: the read-only config block shows the new auth_type/proxy_urls at once (no false 'changed outside of Terraform')", async () => {
    const ws = Workspace.create(install, "cp-config", vars);
    const cfg = (auth: string, host: string) =>
      HEADER +
      `resource "konnect_gateway_control_plane" "cp" {
  name       = "adv-cp-config"
  auth_type  = "${auth}"
  proxy_urls = [{ host = "${host}", port = 443, protocol = "https" }]
}
output "config" { value = konnect_gateway_control_plane.cp.config }
`;
    ws.write({ "main.tf": cfg("pinned_client_certs", "a.example") });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply");
    ws.write({ "main.tf": cfg("pki_client_certs", "b.example") });
    expectExit(await ws.apply(), 0, "apply of the update");
    const out = JSON.parse((await ws.tf(["output", "-json"])).stdout).config.value;
    assert.equal(out.auth_type, "pki_client_certs");
    assert.deepEqual(out.proxy_urls, [{ host: "b.example", port: 443, protocol: "https" }]);
    const plan = expectExit(await ws.plan(), 0, "plan after the update");
    assert.doesNotMatch(plan.output, /changed outside of Terraform/);
    expectExit(await ws.destroy(), 0, "destroy");
  });

  it("Ctrl-C during a create: the create completes and is recorded in state (the provider died with the process group and orphaned the object)", async () => {
    const proxy = await holdingProxy(api.url);
    try {
      const env = terraformEnv(install, { ...vars, TF_VAR_server_url: proxy.url });
      const ws = new Workspace(`${install.root}/work/ctrl-c`, env);
      ws.write({ "main.tf": HEADER + `resource "konnect_gateway_control_plane" "cp" { name = "adv-ctrl-c" }\n` });
      expectExit(await ws.init(), 0, "init");
      // Detached: its own process group, which a terminal's Ctrl-C signals as a whole.
      const child = spawn(TERRAFORM_BIN, ["apply", "-auto-approve", "-no-color", "-input=false"], { cwd: ws.dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout!.on("data", (d) => (output += d));
      child.stderr!.on("data", (d) => (output += d));
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      await proxy.arrived; // the create is in flight
      process.kill(-child.pid!, "SIGINT");
      for (let i = 0; i < 400 && !/Interrupt received/.test(output); i++) await new Promise((r) => setTimeout(r, 50));
      assert.match(output, /Interrupt received/);
      proxy.release();
      await exited;
      assert.doesNotMatch(output, /Plugin did not respond/, output);
      assert.match(output, /konnect_gateway_control_plane\.cp: Creation complete/, output);
      const state = await ws.state();
      const created = (await client.controlPlanes.list({ "filter[name][eq]": "adv-ctrl-c" })).data;
      assert.equal(created.length, 1);
      assert.equal(state["konnect_gateway_control_plane.cp"]?.id, created[0].id, "the created object is in state, not orphaned");
      await client.controlPlanes.delete(created[0].id);
    } finally {
      proxy.close();
    }
  });

  it("Ctrl-C while the API rate-limits a create: terraform stops at once with ERR_STOPPED, nothing created, no further POST (the provider kept retrying for the whole budget)", async () => {
    // Stand-in for a rate-limiting Konnect (our API has no rate limiter): every POST gets 429, Retry-After 30 s.
    let posts = 0;
    let arrived!: () => void;
    const first = new Promise<void>((r) => (arrived = r));
    const limiter = createServer((req, res) => {
      req.resume();
      if (req.method === "POST") {
        posts++;
        arrived();
      }
      res.writeHead(429, { "content-type": "application/json", "retry-after": "30" }).end('{"message":"slow down","status":429}');
    });
    await new Promise<void>((r) => limiter.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(limiter.address() as { port: number }).port}`;
      const env = terraformEnv(install, { ...vars, TF_VAR_server_url: url, KONNECT_MAX_RETRY_MS: "120000" });
      const ws = new Workspace(`${install.root}/work/ctrl-c-429`, env);
      ws.write({ "main.tf": HEADER + `resource "konnect_gateway_control_plane" "cp" { name = "adv-ctrl-c-429" }\n` });
      expectExit(await ws.init(), 0, "init");
      const child = spawn(TERRAFORM_BIN, ["apply", "-auto-approve", "-no-color", "-input=false"], { cwd: ws.dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout!.on("data", (d) => (output += d));
      child.stderr!.on("data", (d) => (output += d));
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      await first; // the create got its 429 and the provider is waiting to retry
      process.kill(-child.pid!, "SIGINT");
      // Without the stop, the provider keeps retrying for KONNECT_MAX_RETRY_MS (2 min), then ERR_API_RATE_LIMITED.
      const code = await exited;
      assert.equal(code, 1, output);
      const out = flat(output);
      assert.match(out, /Error: Stopped by Terraform.*with konnect_gateway_control_plane\.cp.*answered 429 \(rate limited\), so nothing was created.*\[ERR_STOPPED\]/, output);
      assert.doesNotMatch(out, /ERR_API_RATE_LIMITED|Plugin did not respond/);
      assert.equal(posts, 1, "no POST after the interrupt");
      assert.deepEqual(await ws.state(), {});
    } finally {
      limiter.closeAllConnections();
      limiter.close();
    }
  });

  it("import blocks with -generate-config-out: the generated config (secrets filled in, timestamps dropped as the README says) plans clean and stays clean after an update", async () => {
    const cp = await client.controlPlanes.create({ name: "adv-genconfig", labels: { team: "x" } });
    const svc = await client.services.create(cp.id, { name: "gen-svc", host: "gen.internal", tags: ["b", "a"] } as never);
    const rt = await client.routes.create(cp.id, { name: "gen-route", paths: ["/gen"], methods: ["GET"], headers: { "x-a": ["1"] }, service: { id: svc.id } } as never);
    const plugin = await client.plugins.create(cp.id, {
      name: "openid-connect",
      route: { id: rt.id },
      config: { issuer: "https://idp-b.example.test", client_id: ["gw"], client_secret: ["gw-secret"], leeway: 1.5, token_exchange: { subject_token_issuers: [{ issuer: "https://idp-a.example.test" }], request: { scopes: ["x"] } } },
    });
    const id = (x: string) => JSON.stringify(JSON.stringify({ control_plane_id: cp.id, id: x }));
    const ws = Workspace.create(install, "genconfig", vars).write({
      "main.tf":
        HEADER +
        `import {\n  to = konnect_gateway_control_plane.cp\n  id = "${cp.id}"\n}\n` +
        `import {\n  to = konnect_gateway_service.svc\n  id = ${id(svc.id)}\n}\n` +
        `import {\n  to = konnect_gateway_route.rt\n  id = ${id(rt.id)}\n}\n` +
        `import {\n  to = konnect_gateway_plugin_openid_connect.oidc\n  id = ${id(plugin.id)}\n}\n`,
    });
    expectExit(await ws.init(), 0, "init");
    // Exit 1 is expected: the generated plugin has client_id = null (sensitive), which token exchange needs.
    const gen = await ws.tf(["plan", "-no-color", "-generate-config-out=gen.tf"]);
    assert.match(gen.output, /client_id: token exchange needs a client_id/, gen.output);
    const generated = readFileSync(`${ws.dir}/gen.tf`, "utf8");
    assert.match(generated, /client_secret\s+= null # sensitive/);
    const withSecrets = generated
      .replace(/client_id(\s+)= null # sensitive/, 'client_id$1= ["gw"]')
      .replace(/client_secret(\s+)= null # sensitive/, 'client_secret$1= ["gw-secret"]');
    // As generated, updated_at would come back as a diff after every update: validate says so on the line.
    ws.write({ "gen.tf": withSecrets });
    const warned = expectExit(await ws.tf(["validate", "-no-color"]), 0, "validate of the generated config");
    assert.match(flat(warned.output), /Warning: updated_at is set by the API .* on gen\.tf line \d+, in resource "konnect_gateway_\w+" "\w+": \d+: updated_at = \d+ .*Delete this line.*\[WARN_SERVER_FIELD_CONFIGURED\]/, warned.output);
    // terraform folds warnings with one summary: service, route and plugin each have one
    assert.match(warned.output, /\(and 2 more similar warnings elsewhere\)/);
    assert.doesNotMatch(warned.output, /created_at is set by the API/);
    const edited = withSecrets.replace(/^\s*(created_at|updated_at)\s*=.*\n/gm, "");
    ws.write({ "gen.tf": edited });
    const plan = expectExit(await ws.plan(), 2, "plan with the generated config");
    assert.match(plan.output, /Plan: 4 to import, 0 to add, 0 to change, 0 to destroy/);
    expectExit(await ws.apply(), 0, "apply (import)");
    expectExit(await ws.plan(), 0, "plan after import");
    ws.write({ "gen.tf": edited.replace(/retries(\s+)= 5/, "retries$1= 4").replace(/leeway(\s+)= 1.5/, "leeway$1= 2.5") });
    expectExit(await ws.apply(), 0, "apply of an update");
    expectExit(await ws.plan(), 0, "plan after the update");
    assert.equal((await client.services.get(cp.id, svc.id)).retries, 4);
  });

  it("a server_url with a wrong path prefix (every path 404) keeps the state on refresh and on destroy -refresh=false", async () => {
    const ws = Workspace.create(install, "wrong-prefix", vars);
    ws.write({
      "main.tf":
        HEADER +
        `resource "konnect_gateway_control_plane" "cp" { name = "adv-wrong-prefix" }
resource "konnect_gateway_consumer" "c" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  username         = "kept"
}
`,
    });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply");
    const before = await ws.state();
    const wrong = { TF_VAR_server_url: `${api.url}/konnect` };

    // Refresh: every read is a 404 there; taken at its word, apply dropped both from state.
    const apply = await ws.tf(["apply", "-auto-approve", "-no-color"], wrong);
    assert.equal(apply.code, 1, apply.output);
    assert.match(flat(apply.output), /server_url does not serve the Konnect API.*\/konnect\/v2\/control-planes.*kept in state.*\[ERR_INVALID_SERVER_URL\]/);
    assert.deepEqual(await ws.state(), before);

    // Destroy without refresh: the DELETEs are 404s too, which must not count as deleted.
    const destroy = await ws.tf(["destroy", "-auto-approve", "-no-color", "-refresh=false"], wrong);
    assert.equal(destroy.code, 1, destroy.output);
    assert.match(destroy.output, /\[ERR_INVALID_SERVER_URL\]/);
    assert.deepEqual(Object.keys(await ws.state()).sort(), Object.keys(before).sort());

    // With the right URL nothing changed, and a real 404 (deleted behind terraform's back) still re-creates.
    expectExit(await ws.plan(), 0, "plan with the right server_url");
    await client.consumers.delete(before["konnect_gateway_consumer.c"].control_plane_id, before["konnect_gateway_consumer.c"].id);
    const gone = expectExit(await ws.plan(), 2, "plan after a REST delete");
    assert.match(gone.output, /konnect_gateway_consumer\.c will be created/);
    expectExit(await ws.destroy(), 0, "destroy");
  });
});
