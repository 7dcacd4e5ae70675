// Bad input through the real terraform binary: each mistake is a diagnostic naming the resource (and
// the attribute where there is one), terraform exits 1, and no state is lost or invented.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import type { KonnectClient } from "../../api/client.ts";
import { expectExit, tokensCli, Workspace, startTerraformStack, type ProviderInstall, type RunningApi, type TerraformStack } from "../support/terraform.ts";

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
`;
const PROVIDER = `
provider "konnect" {
  server_url            = var.server_url
  personal_access_token = var.token
}
`;
const plugin = (config: string, name = "bad") => `
resource "konnect_gateway_plugin_openid_connect" "${name}" {
  control_plane_id = "00000000-0000-4000-8000-000000000001"
  config = {
${config}
  }
}
`;
/** Terraform wraps long lines; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, " ");

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

// Each case has its own workspace and names: they run side by side.
describe("tf errors", { concurrency: true }, () => {
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

  it("contract violations are reported at validate time on the offending attribute", async () => {
    const ws = Workspace.create(install, "validate", vars);
    ws.write({ "main.tf": HEADER + PROVIDER + plugin(`issuer = "https://idp.example.test"`) });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.tf(["validate", "-no-color"]), 0, "a valid config validates");

    const cases: { name: string; tf: string; expect: RegExp[] }[] = [
      {
        name: "bad enum",
        tf: HEADER + PROVIDER + plugin(`issuer = "https://idp.example.test"\n    auth_methods = ["bearer", "magic"]`),
        expect: [/Error: Invalid config\.auth_methods\[1\]/, /with konnect_gateway_plugin_openid_connect\.bad/, /Invalid option: expected one of .*"bearer"/, /\(got "magic"\)/, /\[ERR_INVALID_ATTRIBUTE\]/],
      },
      {
        name: "token-exchange conditions rule",
        tf:
          HEADER +
          PROVIDER +
          plugin(`issuer = "https://idp.example.test"
    client_id = ["gw"]
    client_secret = ["s"]
    token_exchange = { subject_token_issuers = [{ issuer = "https://idp.example.test" }] }`),
        expect: [/Invalid config\.token_exchange\.subject_token_issuers\[0\]\.conditions/, /conditions are required when the subject token issuer is the plugin's own issuer/, /\[ERR_INVALID_ATTRIBUTE\]/],
      },
      {
        // zod skips the conditions rule while the enum is wrong: the provider re-runs it, so one
        // validate reports all three (was: the enum, then the rules on the next run)
        name: "bad enum and conditions rules in one round",
        tf:
          HEADER +
          PROVIDER +
          plugin(`issuer = "https://idp.example.test"
    auth_methods = ["bearer", "magic"]
    client_id = ["gw"]
    client_secret = ["s"]
    token_exchange = { subject_token_issuers = [
      { issuer = "https://idp.example.test" },
      { issuer = "https://other.example.test", conditions = { has_scopes = ["x"] } },
    ] }`),
        expect: [
          /Error: Invalid config\.auth_methods\[1\]/,
          /Error: Invalid config\.token_exchange\.subject_token_issuers\[0\]\.conditions .*conditions are required when the subject token issuer is the plugin's own issuer/,
          /Error: Invalid config\.token_exchange\.subject_token_issuers\[1\]\.conditions .*conditions may only be set for the plugin's own issuer/,
        ],
      },
      {
        name: "bad URL",
        tf: HEADER + PROVIDER + plugin(`issuer = "idp.example.test/realms/b"`),
        expect: [/Invalid config\.issuer/, /must be an absolute http:\/\/ or https:\/\/ URL/, /\[ERR_INVALID_ATTRIBUTE\]/],
      },
      {
        name: "label rule",
        tf: HEADER + PROVIDER + `resource "konnect_gateway_control_plane" "cp" {\n  name   = "ok-name"\n  labels = { konnect_env = "x" }\n}\n`,
        expect: [/Invalid labels\.konnect_env/, /with konnect_gateway_control_plane\.cp/, /on main\.tf line \d+/, /must not start with/],
      },
      {
        // The msgpack decoder refused the key and the provider failed with a stack trace ("provider bug");
        // the API refuses any body with it, so it is an error on the key itself.
        name: "map key __proto__",
        tf: HEADER + PROVIDER + `resource "konnect_gateway_control_plane" "cp" {\n  name   = "ok-name"\n  labels = { "__proto__" = "x" }\n}\n`,
        expect: [/Error: Invalid map key in labels/, /with konnect_gateway_control_plane\.cp/, /on main\.tf line \d+/, /labels = \{ "__proto__" = "x" \}/, /not supported/, /\[ERR_INVALID_ATTRIBUTE\]/],
      },
      {
        name: "bad server_url",
        tf: HEADER + `provider "konnect" {\n  server_url = "ftp://konnect.internal"\n}\n` + `resource "konnect_gateway_control_plane" "cp" { name = "ok-name" }\n`,
        expect: [/Error: Invalid server_url/, /on main\.tf line \d+, in provider "konnect":/, /server_url = "ftp:\/\/konnect\.internal"/, /\[ERR_INVALID_SERVER_URL\]/],
      },
    ];
    for (const c of cases) {
      ws.write({ "main.tf": c.tf });
      const r = await ws.tf(["validate", "-no-color"]);
      assert.equal(r.code, 1, `${c.name}: exit code\n${r.output}`);
      for (const re of c.expect) assert.match(flat(r.output), new RegExp(re.source.replace(/ /g, "\\s"), re.flags), `${c.name}\n${r.output}`);
    }
  });

  it("values unknown at validate time are checked at plan time", async () => {
    const ws = Workspace.create(install, "plan-time", vars);
    ws.write({
      "main.tf":
        HEADER +
        PROVIDER +
        `variable "methods" { type = list(string) }\n` +
        plugin(`issuer = "https://idp.example.test"\n    auth_methods = var.methods`),
    });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.tf(["validate", "-no-color"]), 0, "validate cannot know var.methods");
    const r = await ws.plan(["-var", 'methods=["bearer","sorcery"]']);
    assert.equal(r.code, 1, r.output);
    assert.match(flat(r.output), /Invalid config\.auth_methods\[1\].*\(got "sorcery"\).*ERR_INVALID_ATTRIBUTE/);
  });

  it("an unknown control plane fails the create on control_plane_id and leaves nothing in state", async () => {
    const ws = Workspace.create(install, "unknown-cp", vars);
    ws.write({ "main.tf": HEADER + PROVIDER + `resource "konnect_gateway_service" "orphan" {\n  control_plane_id = "00000000-0000-4000-8000-00000000dead"\n  host = "x.internal"\n}\n` });
    expectExit(await ws.init(), 0, "init");
    const r = await ws.apply();
    assert.equal(r.code, 1, r.output);
    const out = flat(r.output);
    assert.match(out, /with konnect_gateway_service\.orphan/);
    assert.match(out, /control plane 00000000-0000-4000-8000-00000000dead was not found/);
    assert.match(out, /\[ERR_API_NOT_FOUND\]/);
    assert.deepEqual(await ws.state(), {});
  });

  it("a bad token says to check personal_access_token; a failed refresh keeps the state", async () => {
    const ws = Workspace.create(install, "bad-token", vars);
    ws.write({ "main.tf": HEADER + PROVIDER + `resource "konnect_gateway_control_plane" "cp" { name = "token-test-cp" }\n` });
    expectExit(await ws.init(), 0, "init");
    const bad = { TF_VAR_token: "kpat_" + "revokedOrUnknown".padEnd(40, "z") };
    const create = await ws.apply().then(() => ws.tf(["apply", "-auto-approve", "-no-color"], bad));
    // (the first apply used the good token and created the control plane; now refresh with a bad one)
    assert.equal(create.code, 1, create.output);
    assert.match(flat(create.output), /with konnect_gateway_control_plane\.cp/);
    assert.match(flat(create.output), /check personal_access_token/);
    assert.match(create.output, /\[ERR_API_UNAUTHORIZED\]/);
    const state = await ws.state();
    assert.equal(state["konnect_gateway_control_plane.cp"].name, "token-test-cp", "state survives a failed refresh");

    const fresh = Workspace.create(install, "bad-token-create", { ...vars, ...bad });
    fresh.write({ "main.tf": HEADER + PROVIDER + `resource "konnect_gateway_control_plane" "cp" { name = "never-created" }\n` });
    expectExit(await fresh.init(), 0, "init");
    const r = await fresh.apply();
    assert.equal(r.code, 1);
    assert.match(r.output, /\[ERR_API_UNAUTHORIZED\]/);
    assert.deepEqual(await fresh.state(), {});
    assert.equal((await client.controlPlanes.list({ "filter[name][eq]": "never-created" })).data.length, 0);
  });

  it("a revoked system account token fails the refresh with a clear message and keeps the state", async () => {
    const created = expectExit(await tokensCli(api, ["create", "--kind", "spat", "--name", "tf-e2e-revoked"]), 0, "tokens create");
    const spat = created.stdout.trim().split("\n").pop()!.trim();
    assert.match(spat, /^spat_/);
    const ws = Workspace.create(install, "revoked", { TF_VAR_server_url: api.url, TF_VAR_spat: spat });
    ws.write({
      "main.tf":
        HEADER.replace(/variable "token"[\s\S]*?\n}\n/, "") +
        `variable "spat" {\n  type      = string\n  sensitive = true\n}\nprovider "konnect" {\n  server_url                  = var.server_url\n  system_account_access_token = var.spat\n}\n` +
        `resource "konnect_gateway_control_plane" "cp" { name = "revoked-token-cp" }\n`,
    });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply with the system account token");
    expectExit(await tokensCli(api, ["revoke", "tf-e2e-revoked"]), 0, "tokens revoke");
    const r = await ws.plan();
    assert.equal(r.code, 1, r.output);
    assert.match(flat(r.output), /with konnect_gateway_control_plane\.cp.*check personal_access_token \(or system_account_access_token.*\[ERR_API_UNAUTHORIZED\]/);
    assert.equal((await ws.state())["konnect_gateway_control_plane.cp"].name, "revoked-token-cp", "state survives");
  });

  it("personal_access_token = \"$KONNECT_TOKEN\" reads the environment, and says so when it is unset", async () => {
    const ws = Workspace.create(install, "dollar-token", { ...vars, KONNECT_TOKEN: undefined });
    ws.write({
      "main.tf": HEADER + `provider "konnect" {\n  personal_access_token = "$KONNECT_TOKEN"\n  server_url            = var.server_url\n}\n` + `data "konnect_gateway_control_plane_list" "all" {}\n`,
    });
    expectExit(await ws.init(), 0, "init");
    const unset = await ws.plan();
    assert.equal(unset.code, 1);
    assert.match(flat(unset.output), /personal_access_token refers to an unset environment variable.*KONNECT_TOKEN.*ERR_TOKEN_VARIABLE_UNSET/);
    expectExit(await ws.plan(["-refresh=true"]).then(() => ws.tf(["plan", "-no-color"], { KONNECT_TOKEN: api.token })), 0, "plan with KONNECT_TOKEN set");
  });

  it("an unreachable API names the URL", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const ws = Workspace.create(install, "unreachable", { ...vars, TF_VAR_server_url: url });
    ws.write({ "main.tf": HEADER + PROVIDER + `resource "konnect_gateway_control_plane" "cp" { name = "nowhere" }\n` });
    expectExit(await ws.init(), 0, "init");
    const r = await ws.apply();
    assert.equal(r.code, 1);
    assert.match(flat(r.output), new RegExp(`cannot reach ${url.replace(/\./g, "\\.")}.*ERR_API_UNREACHABLE`));
    assert.deepEqual(await ws.state(), {});
  });

  it("conflicting names: the duplicate fails on its name, the original stays; a failed update keeps the prior state", async () => {
    const ws = Workspace.create(install, "conflict", vars);
    const cfg = (bName: string) =>
      HEADER +
      PROVIDER +
      `resource "konnect_gateway_control_plane" "cp" { name = "conflict-cp" }
resource "konnect_gateway_service" "a" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "alpha"
  host             = "a.internal"
}
resource "konnect_gateway_service" "b" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "${bName}"
  host             = "b.internal"
  depends_on       = [konnect_gateway_service.a]
}
`;
    ws.write({ "main.tf": cfg("beta") });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "apply");
    const before = await ws.state();

    // Update b to a's name: 409, b keeps its prior state, the change is still pending.
    ws.write({ "main.tf": cfg("alpha") });
    const upd = await ws.apply();
    assert.equal(upd.code, 1, upd.output);
    assert.match(flat(upd.output), /Error: Conflict on name.*with konnect_gateway_service\.b.*already exists.*\[ERR_API_CONFLICT\]/);
    const after = await ws.state();
    assert.deepEqual(after["konnect_gateway_service.b"], before["konnect_gateway_service.b"]);
    expectExit(await ws.plan(), 2, "the update is still pending");

    // A second control plane with a taken name: only the first exists, in the API and in state.
    ws.write({ "main.tf": cfg("beta") + `resource "konnect_gateway_control_plane" "dup" { name = "conflict-cp" }\n` });
    const dup = await ws.apply();
    assert.equal(dup.code, 1, dup.output);
    assert.match(flat(dup.output), /with konnect_gateway_control_plane\.dup.*\[ERR_API_CONFLICT\]/);
    const st = await ws.state();
    assert.equal(st["konnect_gateway_control_plane.dup"], undefined);
    assert.equal((await client.controlPlanes.list({ "filter[name][eq]": "conflict-cp" })).data.length, 1);
  });
});
