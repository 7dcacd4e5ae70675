// The seed scenario as a CDKTF app (cdktf/examples/cdktf-app) with the generated bindings: `cdktf synth`
// (default JSON) and `cdktf deploy --skip-provider-lock` from node_modules against the real API through
// the filesystem mirror, an empty terraform plan afterwards, then `cdktf destroy`.
import { parse } from "@cdktf/hcl2json";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { KonnectClient } from "../../api/client.ts";
import { PROJECT_ROOT } from "../support/processes.ts";
import { expectExit, installAndStartApi, run, terraformEnv, TERRAFORM_BIN, type ProviderInstall, type RunningApi } from "../support/terraform.ts";

const APP_DIR = join(PROJECT_ROOT, "cdktf/examples/cdktf-app");
const CDKTF = join(PROJECT_ROOT, "node_modules/.bin/cdktf");

/** Drops nulls and empty objects: CDKTF omits unset attributes where the HCL writes the page's placeholders as null. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v && typeof v === "object") {
    const out = Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== null && k !== "//").map(([k, x]) => [k, withoutNulls(x)]));
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

describe("cdktf app", () => {
  let install: ProviderInstall;
  let api: RunningApi;
  let client: KonnectClient;
  let env: NodeJS.ProcessEnv;
  let outDir: string;
  before(async () => {
    ({ install, api } = await installAndStartApi());
    client = new KonnectClient({ serverUrl: api.url, token: api.token });
    outDir = join(install.root, "cdktf.out");
    env = terraformEnv(install, {
      CI: "1", // no spinners in cdktf's output
      KONNECT_TOKEN: api.token,
      KONNECT_EXAMPLE_STATE_FILE: join(install.root, "seed.tfstate"),
      TF_VAR_server_url: api.url,
      TF_VAR_control_plane_name: "cdktf-seed",
      TF_VAR_issuer: "https://idp-b.example.test/realms/b",
      TF_VAR_client_id: "gateway-client",
      TF_VAR_client_secret: "cdktf-secret-value",
      TF_VAR_subject_token_issuer: "https://idp-a.example.test/realms/a",
    });
  });
  after(async () => {
    await client?.close();
    await api?.stop();
    install?.cleanup();
  });

  it("synthesizes JSON whose plugin config matches the HCL example", async () => {
    expectExit(await run(CDKTF, ["synth", "--output", outDir], { cwd: APP_DIR, env, timeoutMs: 180_000 }), 0, "cdktf synth");
    const synth = JSON.parse(readFileSync(join(outDir, "stacks/seed/cdk.tf.json"), "utf8"));
    assert.deepEqual(synth.terraform.required_providers.konnect, { source: "registry.terraform.io/kong/konnect", version: JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version });
    const plugins = synth.resource.konnect_gateway_plugin_openid_connect;
    assert.deepEqual(Object.keys(plugins).sort(), ["my_openid_connect", "my_openid_connect_route", "my_openid_connect_service"]);
    assert.doesNotMatch(JSON.stringify(synth), /cdktf-secret-value|kpat_/, "no secret literal in the synthesized config");

    const hcl = (await parse("main.tf", readFileSync(join(PROJECT_ROOT, "cdktf/examples/hcl/route/main.tf"), "utf8"))) as any;
    const fromHcl = hcl.resource.konnect_gateway_plugin_openid_connect.my_openid_connect[0];
    assert.deepEqual(withoutNulls(plugins.my_openid_connect_route.config), withoutNulls(fromHcl.config));
  });

  it("deploys with --skip-provider-lock, plans no changes, destroys", async () => {
    const deploy = expectExit(await run(CDKTF, ["deploy", "seed", "--auto-approve", "--skip-provider-lock", "--output", outDir], { cwd: APP_DIR, env, timeoutMs: 300_000 }), 0, "cdktf deploy");
    assert.match(deploy.output, /Apply complete! Resources: 6 added, 0 changed, 0 destroyed/);

    const stackDir = join(outDir, "stacks/seed");
    expectExit(await run(TERRAFORM_BIN, ["plan", "-detailed-exitcode", "-no-color", "-input=false"], { cwd: stackDir, env }), 0, "terraform plan after cdktf deploy");

    const cp = (await client.controlPlanes.list({ "filter[name][eq]": "cdktf-seed" })).data[0];
    assert.ok(cp, "control plane created");
    const plugins = (await client.plugins.listAll(cp.id)) as any[];
    assert.equal(plugins.length, 3);
    assert.deepEqual(plugins.map((p) => (p.route ? "route" : p.service ? "service" : "global")).sort(), ["global", "route", "service"]);
    for (const p of plugins) assert.equal(p.config.token_exchange.subject_token_issuers[0].issuer, "https://idp-a.example.test/realms/a");

    expectExit(await run(CDKTF, ["destroy", "seed", "--auto-approve", "--output", outDir], { cwd: APP_DIR, env, timeoutMs: 300_000 }), 0, "cdktf destroy");
    assert.equal((await client.controlPlanes.list({ "filter[name][eq]": "cdktf-seed" })).data.length, 0);
  });
});
