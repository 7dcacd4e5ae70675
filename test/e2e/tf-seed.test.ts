// The seed page's three Terraform variants (global, service-scoped and route-scoped
// konnect_gateway_plugin_openid_connect), run as written from cdktf/examples/hcl/ with the real
// terraform binary against the real API: init offline, apply, an empty second plan, destroy.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { KonnectClient } from "../../api/client.ts";
import { PROJECT_ROOT } from "../support/processes.ts";
import { expectExit, installAndStartApi, Workspace, type ProviderInstall, type RunningApi } from "../support/terraform.ts";

const VARIANTS = [
  { name: "global", resources: 2 },
  { name: "service", resources: 3 },
  { name: "route", resources: 4 },
] as const;

// The variants use separate workspaces and control planes, so they run side by side.
describe("tf seed scenario (three variants)", { concurrency: true }, () => {
  let install: ProviderInstall;
  let api: RunningApi;
  let client: KonnectClient;
  before(async () => {
    ({ install, api } = await installAndStartApi());
    client = new KonnectClient({ serverUrl: api.url, token: api.token });
  });
  after(async () => {
    await client?.close();
    await api?.stop();
    install?.cleanup();
  });

  for (const variant of VARIANTS) {
    it(`${variant.name}: applies as written, second plan is empty, destroy removes everything`, async () => {
      const cpName = `seed-${variant.name}`;
      const ws = Workspace.create(install, `seed-${variant.name}`, {
        // Secrets come from the environment, as the example's header says.
        KONNECT_TOKEN: api.token,
        TF_VAR_server_url: api.url,
        TF_VAR_control_plane_name: cpName,
        TF_VAR_issuer: "https://idp-b.example.test/realms/b",
        TF_VAR_client_id: "gateway-client",
        TF_VAR_client_secret: "gateway-secret-value",
        TF_VAR_subject_token_issuer: "https://idp-a.example.test/realms/a",
      });
      ws.write({ "main.tf": readFileSync(`${PROJECT_ROOT}/cdktf/examples/hcl/${variant.name}/main.tf`, "utf8") });

      const init = expectExit(await ws.init(), 0, "init");
      assert.match(init.output, /Installed kong\/konnect v\d+\.\d+\.\d+ \(unauthenticated\)/);

      const apply = expectExit(await ws.apply(), 0, "apply");
      assert.match(apply.output, new RegExp(`Apply complete! Resources: ${variant.resources} added, 0 changed, 0 destroyed`));
      assert.doesNotMatch(apply.output, /gateway-secret-value/, "the client secret is never printed");

      expectExit(await ws.plan(), 0, "second plan (must say No changes)");

      // What the API now holds is what the page asked for.
      const state = await ws.state();
      const cpId = state["konnect_gateway_control_plane.my_konnect_cp"].id as string;
      const pluginId = state["konnect_gateway_plugin_openid_connect.my_openid_connect"].id as string;
      const plugin = (await client.plugins.get(cpId, pluginId)) as any;
      assert.equal(plugin.name, "openid-connect");
      assert.equal(plugin.config.issuer, "https://idp-b.example.test/realms/b");
      assert.deepEqual(plugin.config.client_auth, ["client_secret_post"]);
      assert.deepEqual(plugin.config.auth_methods, ["bearer"]);
      assert.equal(plugin.config.token_exchange.subject_token_issuers[0].issuer, "https://idp-a.example.test/realms/a");
      assert.equal(plugin.config.token_exchange.request.empty_audience, false);
      assert.deepEqual(plugin.tags, []);
      if (variant.name === "service") assert.equal(plugin.service?.id, state["konnect_gateway_service.my_service"].id);
      if (variant.name === "route") assert.equal(plugin.route?.id, state["konnect_gateway_route.my_route"].id);
      if (variant.name === "global") assert.ok(plugin.service === null && plugin.route === null);

      const destroy = expectExit(await ws.destroy(), 0, "destroy");
      assert.match(destroy.output, new RegExp(`Destroy complete! Resources: ${variant.resources} destroyed`));
      const left = await client.controlPlanes.list({ "filter[name][eq]": cpName });
      assert.equal(left.data.length, 0);
    });
  }
});
