// Full lifecycle with the real terraform binary against the real API: drift detection, in-place
// update, replacement, objects deleted behind Terraform's back, 404-on-delete, data sources, import
// (CLI and import{} blocks) of every resource type, destroy — and `terraform providers schema -json`
// agreeing with what the CDKTF bindings were generated from.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { KonnectClient } from "../../api/client.ts";
import { providerSchemaJson } from "../../cdktf/scripts/generate-bindings.ts";
import { expectExit, Workspace, startTerraformStack, type ProviderInstall, type RunningApi, type TerraformStack } from "../support/terraform.ts";

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

interface Knobs {
  cpName: string;
  clusterType?: string;
  labels?: string;
  description?: string;
  paths?: string;
  scopes?: string;
  consumerTags?: string;
}

function lifecycleConfig(k: Knobs): string {
  return `${HEADER}
resource "konnect_gateway_control_plane" "cp" {
  name        = "${k.cpName}"
  description = "${k.description ?? "lifecycle test"}"
  labels      = ${k.labels ?? `{ env = "test" }`}
  ${k.clusterType ? `cluster_type = "${k.clusterType}"` : ""}
}
resource "konnect_gateway_service" "svc" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "life-svc"
  host             = "upstream.internal"
  port             = 8080
}
resource "konnect_gateway_route" "rt" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "life-route"
  paths            = ${k.paths ?? `["/v1"]`}
  service          = { id = konnect_gateway_service.svc.id }
}
resource "konnect_gateway_consumer" "c" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  username         = "alice"
  custom_id        = "alice-1"
  tags             = ${k.consumerTags ?? `["team-a"]`}
}
resource "konnect_gateway_plugin_openid_connect" "oidc" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  route            = { id = konnect_gateway_route.rt.id }
  config = {
    issuer        = "https://idp-b.example.test"
    client_id     = ["gw"]
    client_secret = ["gw-secret"]
    client_auth   = ["client_secret_basic"]
    auth_methods  = ["bearer"]
    scopes        = ${k.scopes ?? `["openid"]`}
    token_exchange = {
      subject_token_issuers = [{ issuer = "https://idp-a.example.test" }]
    }
  }
}
data "konnect_gateway_control_plane" "by_id" {
  id = konnect_gateway_control_plane.cp.id
}
data "konnect_gateway_control_plane" "by_name" {
  name       = konnect_gateway_control_plane.cp.name
  depends_on = [konnect_gateway_control_plane.cp]
}
data "konnect_gateway_control_plane_list" "named" {
  filter     = { name = { eq = konnect_gateway_control_plane.cp.name } }
  depends_on = [konnect_gateway_control_plane.cp]
}
output "endpoint" { value = data.konnect_gateway_control_plane.by_id.config.control_plane_endpoint }
output "by_name_id" { value = data.konnect_gateway_control_plane.by_name.id }
output "listed" { value = [for cp in data.konnect_gateway_control_plane_list.named.data : cp.id] }
`;
}

// Separate workspaces and names per test: they run side by side.
describe("tf lifecycle", { concurrency: true }, () => {
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

  it("apply, drift, update in place, deleted behind terraform's back, 404 on delete, replace, destroy", async () => {
    const ws = Workspace.create(install, "life", vars);
    const knobs: Knobs = { cpName: "life-cp" };
    ws.write({ "main.tf": lifecycleConfig(knobs) });
    expectExit(await ws.init(), 0, "init");
    expectExit(await ws.apply(), 0, "first apply");
    expectExit(await ws.plan(), 0, "plan after apply");

    let state = await ws.state();
    const cpId = state["konnect_gateway_control_plane.cp"].id as string;
    const svcId = state["konnect_gateway_service.svc"].id as string;
    const outputs = JSON.parse((await ws.tf(["output", "-json"])).stdout);
    assert.equal(outputs.endpoint.value, (await client.controlPlanes.get(cpId)).config.control_plane_endpoint);
    assert.equal(outputs.by_name_id.value, cpId);
    assert.deepEqual(outputs.listed.value, [cpId]);

    // Drift: a change made through REST shows in the next plan, and apply puts it back.
    const svc = await client.services.get(cpId, svcId);
    await client.services.upsert(cpId, svcId, { ...svc, port: 9999, retries: 1 } as never);
    const drift = expectExit(await ws.plan(), 2, "plan after drift");
    assert.match(drift.output, /~ port\s+= 9999 -> 8080/);
    assert.match(drift.output, /~ retries\s+= 1 -> 5/); // an unset attribute goes back to its default
    assert.match(drift.output, /0 to add, 1 to change, 0 to destroy/);
    expectExit(await ws.apply(), 0, "apply fixing drift");
    assert.equal((await client.services.get(cpId, svcId)).port, 8080);
    expectExit(await ws.plan(), 0, "plan after fixing drift");

    // In-place update of every resource type (ids stay).
    const before = await ws.state();
    Object.assign(knobs, { description: "updated", labels: `{ env = "prod", tier = "gold" }`, paths: `["/v1", "/v2"]`, scopes: `["openid", "profile"]`, consumerTags: `["team-b"]` });
    ws.write({ "main.tf": lifecycleConfig(knobs) });
    const upd = expectExit(await ws.plan(), 2, "plan of the update");
    assert.match(upd.output, /0 to add, 4 to change, 0 to destroy/);
    expectExit(await ws.apply(), 0, "apply of the update");
    state = await ws.state();
    for (const addr of ["konnect_gateway_control_plane.cp", "konnect_gateway_route.rt", "konnect_gateway_consumer.c", "konnect_gateway_plugin_openid_connect.oidc"]) {
      assert.equal(state[addr].id, before[addr].id, `${addr} updated in place`);
    }
    assert.deepEqual((await client.controlPlanes.get(cpId)).labels, { env: "prod", tier: "gold" });
    const plugin = (await client.plugins.get(cpId, state["konnect_gateway_plugin_openid_connect.oidc"].id)) as any;
    assert.deepEqual(plugin.config.scopes, ["openid", "profile"]);
    expectExit(await ws.plan(), 0, "plan after the update");

    // Deleted behind Terraform's back: refresh drops it from state and the plan re-creates it.
    const consumerId = state["konnect_gateway_consumer.c"].id as string;
    await client.consumers.delete(cpId, consumerId);
    const gone = expectExit(await ws.plan(), 2, "plan after REST delete");
    assert.match(gone.output, /konnect_gateway_consumer\.c will be created/);
    assert.match(gone.output, /1 to add, 0 to change, 0 to destroy/);
    expectExit(await ws.apply(), 0, "apply re-creating the consumer");
    expectExit(await ws.plan(), 0, "plan after re-create");

    // A 404 on delete counts as deleted.
    state = await ws.state();
    await client.consumers.delete(cpId, state["konnect_gateway_consumer.c"].id);
    const del = expectExit(await ws.tf(["destroy", "-auto-approve", "-no-color", "-refresh=false", "-target=konnect_gateway_consumer.c"]), 0, "destroy of an already deleted object");
    assert.match(del.output, /Destroy complete! Resources: 1 destroyed/);
    expectExit(await ws.apply(), 0, "apply after targeted destroy");

    // Replacement: cluster_type cannot change in place; everything in the control plane follows.
    knobs.clusterType = "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER";
    ws.write({ "main.tf": lifecycleConfig(knobs) });
    const rep = expectExit(await ws.plan(), 2, "plan of the replacement");
    assert.match(rep.output, /konnect_gateway_control_plane\.cp must be replaced/);
    assert.match(rep.output, /cluster_type\s+= "CLUSTER_TYPE_CONTROL_PLANE" -> "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER" # forces replacement/);
    assert.match(rep.output, /konnect_gateway_service\.svc must be replaced/); // control_plane_id forces replacement
    assert.match(rep.output, /5 to add, 0 to change, 5 to destroy/);
    expectExit(await ws.apply(), 0, "apply of the replacement");
    state = await ws.state();
    const newCp = state["konnect_gateway_control_plane.cp"].id as string;
    assert.notEqual(newCp, cpId);
    assert.equal((await client.controlPlanes.get(newCp)).config.cluster_type, "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER");
    await assert.rejects(client.controlPlanes.get(cpId), { code: "API_NOT_FOUND" });
    expectExit(await ws.plan(), 0, "plan after the replacement");

    const destroy = expectExit(await ws.destroy(), 0, "destroy");
    assert.match(destroy.output, /Destroy complete! Resources: 5 destroyed/);
    await assert.rejects(client.controlPlanes.get(newCp), { code: "API_NOT_FOUND" });
  });

  it("imports every resource type with the official id formats (CLI and import blocks)", async () => {
    // Objects made through REST, as someone clicking around would.
    const cp = await client.controlPlanes.create({ name: "imported-cp", description: "made by REST", labels: { team: "x" } });
    const svc = await client.services.create(cp.id, { name: "imp-svc", host: "imp.internal", port: 8443, protocol: "https" } as never);
    const rt = await client.routes.create(cp.id, { name: "imp-route", paths: ["/imp"], service: { id: svc.id } } as never);
    const consumer = await client.consumers.create(cp.id, { username: "bob" } as never);
    const plugin = await client.plugins.create(cp.id, { name: "openid-connect", service: { id: svc.id }, config: { issuer: "https://idp.example.test", auth_methods: ["bearer"] } });
    const config = `${HEADER}
resource "konnect_gateway_control_plane" "cp" {
  name        = "imported-cp"
  description = "made by REST"
  labels      = { team = "x" }
}
resource "konnect_gateway_service" "svc" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "imp-svc"
  host             = "imp.internal"
  port             = 8443
  protocol         = "https"
}
resource "konnect_gateway_route" "rt" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "imp-route"
  paths            = ["/imp"]
  service          = { id = konnect_gateway_service.svc.id }
}
resource "konnect_gateway_consumer" "c" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  username         = "bob"
}
resource "konnect_gateway_plugin_openid_connect" "oidc" {
  control_plane_id = konnect_gateway_control_plane.cp.id
  service          = { id = konnect_gateway_service.svc.id }
  config = {
    issuer       = "https://idp.example.test"
    auth_methods = ["bearer"]
  }
}
`;
    const ids: Record<string, string> = {
      "konnect_gateway_control_plane.cp": cp.id,
      "konnect_gateway_service.svc": JSON.stringify({ control_plane_id: cp.id, id: svc.id }),
      "konnect_gateway_route.rt": JSON.stringify({ control_plane_id: cp.id, id: rt.id }),
      "konnect_gateway_consumer.c": JSON.stringify({ control_plane_id: cp.id, id: consumer.id }),
      "konnect_gateway_plugin_openid_connect.oidc": JSON.stringify({ control_plane_id: cp.id, id: plugin.id }),
    };

    // CLI import.
    const cli = Workspace.create(install, "import-cli", vars).write({ "main.tf": config });
    expectExit(await cli.init(), 0, "init");
    for (const [addr, id] of Object.entries(ids)) {
      const r = expectExit(await cli.tf(["import", "-no-color", addr, id]), 0, `import ${addr}`);
      assert.match(r.output, /Import successful!/);
    }
    expectExit(await cli.plan(), 0, "plan after CLI import matches the API");

    // Malformed or unknown ids are errors that name the expected format.
    const bad = Workspace.create(install, "import-bad", vars).write({
      "main.tf": `${HEADER}
resource "konnect_gateway_control_plane" "other" { name = "other" }
resource "konnect_gateway_service" "other" {
  control_plane_id = konnect_gateway_control_plane.other.id
  host             = "other.internal"
}
`,
    });
    expectExit(await bad.init(), 0, "init");
    const extra = await bad.tf(["import", "-no-color", "konnect_gateway_service.other", JSON.stringify({ control_plane_id: cp.id, id: svc.id, name: "x" })]);
    assert.equal(extra.code, 1);
    assert.match(extra.output, /unknown key\(s\) "name"[\s\S]*ERR_INVALID_IMPORT_ID/);
    const notJson = await bad.tf(["import", "-no-color", "konnect_gateway_service.other", svc.id]);
    assert.equal(notJson.code, 1);
    assert.match(notJson.output, /import id is not JSON[\s\S]*control_plane_id[\s\S]*ERR_INVALID_IMPORT_ID/);
    const cpJson = await bad.tf(["import", "-no-color", "konnect_gateway_control_plane.other", JSON.stringify({ id: cp.id })]);
    assert.equal(cpJson.code, 1);
    assert.match(cpJson.output, /expected the control plane's id \(a UUID\)[\s\S]*ERR_INVALID_IMPORT_ID/);
    const missing = await bad.tf(["import", "-no-color", "konnect_gateway_control_plane.other", "00000000-0000-4000-8000-000000000000"]);
    assert.equal(missing.code, 1);
    assert.match(missing.output, /Cannot import non-existent remote object/);
    assert.deepEqual(await bad.state(), {}, "failed imports leave nothing in state");

    // import {} blocks, in a fresh workspace, for the same objects.
    const blocks = Object.entries(ids)
      .map(([addr, id]) => `import {\n  to = ${addr}\n  id = ${JSON.stringify(id)}\n}`)
      .join("\n");
    const blk = Workspace.create(install, "import-blocks", vars).write({ "main.tf": config + blocks });
    expectExit(await blk.init(), 0, "init");
    const plan = expectExit(await blk.plan(), 2, "plan with import blocks");
    assert.match(plan.output, /Plan: 5 to import, 0 to add, 0 to change, 0 to destroy/);
    expectExit(await blk.apply(), 0, "apply with import blocks");
    blk.write({ "main.tf": config });
    expectExit(await blk.plan(), 0, "plan after import-block apply");
  });

  it("terraform providers schema -json equals the schema the CDKTF bindings are generated from", async () => {
    const ws = Workspace.create(install, "schema", vars).write({ "main.tf": HEADER });
    expectExit(await ws.init(), 0, "init");
    const r = expectExit(await ws.tf(["providers", "schema", "-json"]), 0, "providers schema");
    const fromTerraform = JSON.parse(r.stdout);
    delete fromTerraform.provider_schemas["registry.terraform.io/kong/konnect"].resource_identity_schemas;
    assert.deepEqual(fromTerraform, await providerSchemaJson());
  });
});
