// cdktf/bindings is generated (npm run bindings:generate) from the provider's own schema and committed:
// regenerating into a temporary folder must give the same files, and the example app must typecheck
// against them.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, describe, it } from "node:test";
import { PROJECT_ROOT } from "../support/processes.ts";
import { run } from "../support/terraform.ts";

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe("cdktf bindings", () => {
  const scratch = mkdtempSync(join(tmpdir(), "cdktf-bindings-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const env = {
    PATH: process.env.PATH,
    HOME: join(scratch, "home"),
    CDKTF_HOME: join(scratch, "home/.cdktf"),
    CHECKPOINT_DISABLE: "1",
    TMPDIR: scratch,
  };

  it("are current: regenerating from the provider schema changes nothing", async () => {
    const out = join(scratch, "bindings");
    const r = await run(process.execPath, ["--import", "tsx", "cdktf/scripts/generate-bindings.ts", "--out", out], { cwd: PROJECT_ROOT, env, timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.output);
    const committed = join(PROJECT_ROOT, "cdktf/bindings");
    assert.deepEqual(files(out), files(committed), "same files (run `npm run bindings:generate` and commit)");
    for (const f of files(committed)) {
      assert.equal(readFileSync(join(out, f), "utf8"), readFileSync(join(committed, f), "utf8"), `${f} is stale: run \`npm run bindings:generate\` and commit`);
    }
  });

  it("name the classes as the official provider's bindings do, and the example app typechecks against them", async () => {
    const idx = (p: string) => readFileSync(join(PROJECT_ROOT, "cdktf/bindings/providers/konnect", p, "index.ts"), "utf8");
    assert.match(idx("provider"), /export class KonnectProvider extends cdktf\.TerraformProvider/);
    assert.match(idx("gateway-control-plane"), /export class GatewayControlPlane extends cdktf\.TerraformResource/);
    assert.match(idx("gateway-service"), /export class GatewayService extends/);
    assert.match(idx("gateway-route"), /export class GatewayRoute extends/);
    assert.match(idx("gateway-consumer"), /export class GatewayConsumer extends/);
    const oidc = idx("gateway-plugin-openid-connect");
    assert.match(oidc, /export class GatewayPluginOpenidConnect extends/);
    assert.match(oidc, /export interface GatewayPluginOpenidConnectConfigA \{/);
    assert.match(oidc, /export class GatewayPluginOpenidConnectConfigTokenExchangeSubjectTokenIssuersList extends cdktf\.ComplexList/);
    assert.match(idx("data-konnect-gateway-control-plane"), /export class DataKonnectGatewayControlPlane extends cdktf\.TerraformDataSource/);
    assert.match(idx("data-konnect-gateway-control-plane-list"), /export class DataKonnectGatewayControlPlaneList extends/);
    const tsc = await run(process.execPath, [join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "cdktf/examples/cdktf-app"], { cwd: PROJECT_ROOT, env, timeoutMs: 180_000 });
    assert.equal(tsc.code, 0, tsc.output);
  });
});
