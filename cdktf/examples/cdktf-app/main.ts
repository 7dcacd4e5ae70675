// The seed scenario (token exchange for cross-domain security) as a CDKTF app, using the bindings
// generated from this provider's schema (cdktf/bindings). One control plane carries the page's three
// variants: a global openid-connect plugin, one scoped to a service and one scoped to a route.
//
// Secrets and endpoints come from the environment, never from literals:
//   KONNECT_TOKEN                      read by the provider (personal_access_token = "$KONNECT_TOKEN")
//   TF_VAR_server_url                  this service's API, e.g. http://127.0.0.1:8080
//   TF_VAR_issuer, TF_VAR_client_id, TF_VAR_client_secret, TF_VAR_subject_token_issuer
//
//   export TF_CLI_CONFIG_FILE=…/cdktf/provider/dist/terraformrc    (npm run provider:install)
//   npx cdktf deploy --skip-provider-lock      (JSON synth; never --hcl, which mangles nested attributes)
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { GatewayControlPlane } from "../../bindings/providers/konnect/gateway-control-plane/index.ts";
import { GatewayPluginOpenidConnect, type GatewayPluginOpenidConnectConfigA } from "../../bindings/providers/konnect/gateway-plugin-openid-connect/index.ts";
import { GatewayRoute } from "../../bindings/providers/konnect/gateway-route/index.ts";
import { GatewayService } from "../../bindings/providers/konnect/gateway-service/index.ts";
import { KonnectProvider } from "../../bindings/providers/konnect/provider/index.ts";

export class SeedStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // State next to the app (terraform.tfstate is git-ignored), or where KONNECT_EXAMPLE_STATE_FILE says (tests).
    new LocalBackend(this, { path: process.env.KONNECT_EXAMPLE_STATE_FILE ?? "terraform.tfstate" });
    const variable = (name: string, opts: { sensitive?: boolean; default?: string; description?: string } = {}) =>
      new TerraformVariable(this, name, { type: "string", ...opts }).stringValue;

    new KonnectProvider(this, "konnect", {
      personalAccessToken: "$KONNECT_TOKEN",
      serverUrl: variable("server_url", { description: "Base URL of this service's Konnect-compatible API." }),
    });

    const cp = new GatewayControlPlane(this, "my_konnect_cp", {
      name: variable("control_plane_name", { default: "token-exchange-cdktf" }),
      description: "Control plane for the token-exchange example (CDKTF)",
    });
    const service = new GatewayService(this, "my_service", {
      controlPlaneId: cp.id,
      name: "example-service",
      host: "upstream.internal",
      port: 8080,
    });
    const route = new GatewayRoute(this, "my_route", {
      controlPlaneId: cp.id,
      name: "example-route",
      paths: ["/api"],
      service: { id: service.id },
    });

    // The page's plugin config; its blanks (`has_audience =`) are placeholders, left unset here.
    const config: GatewayPluginOpenidConnectConfigA = {
      issuer: variable("issuer"),
      clientId: [variable("client_id")],
      clientSecret: [variable("client_secret", { sensitive: true })],
      clientAuth: ["client_secret_post"],
      authMethods: ["bearer"],
      tokenExchange: {
        subjectTokenIssuers: [{ issuer: variable("subject_token_issuer"), conditions: {} }],
        request: { emptyAudience: false, emptyScopes: false },
      },
    };
    const global = new GatewayPluginOpenidConnect(this, "my_openid_connect", { enabled: true, config, tags: [], controlPlaneId: cp.id });
    new GatewayPluginOpenidConnect(this, "my_openid_connect_service", { enabled: true, config, tags: [], controlPlaneId: cp.id, service: { id: service.id } });
    new GatewayPluginOpenidConnect(this, "my_openid_connect_route", { enabled: true, config, tags: [], controlPlaneId: cp.id, route: { id: route.id } });

    new TerraformOutput(this, "control_plane_id", { value: cp.id });
    new TerraformOutput(this, "first_subject_token_issuer", { value: global.config.tokenExchange.subjectTokenIssuers.get(0).issuer });
  }
}

// cdktf-cli passes the output folder in CDKTF_OUTDIR; `node --import tsx main.ts` alone writes ./cdktf.out.
// Default JSON synth: `cdktf synth --hcl` writes nested attributes as blocks, which terraform rejects.
const app = new App();
new SeedStack(app, "seed");
app.synth();
